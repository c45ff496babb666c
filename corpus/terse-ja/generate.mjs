// terse-ja generator: node generate.mjs  (Node 20, no deps, deterministic)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'terse-ja';
const here = path.dirname(fileURLToPath(import.meta.url));
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);

function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const die = (m) => { console.error('REFUSED: ' + m); process.exit(1); };
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(ms, sep) { const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, r = ms % 1000; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(r, 3)}`; }
function tsec(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }

// load sources
const srcDir = path.join(here, 'source');
const files = fs.readdirSync(srcDir).filter(f => /^convs\d+\.mjs$/.test(f)).sort();
let convs = [];
for (const f of files) convs = convs.concat((await import(pathToFileURL(path.join(srcDir, f)))).default);
const bank = (await import(pathToFileURL(path.join(srcDir, 'bank.mjs')))).default;

const FORMATS = ['teams', 'zoom', 'srt', 'txt', 'json'];
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', txt: 'txt', json: 'json' };
const outDir = path.join(here, 'conversations');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const FILLERS = ['えー ', 'あの ', 'えっと ', 'あー '];
function asr(text, r) { // light recogniser noise
  let t = text;
  if (r() < 0.35) t = t.replace(/。/g, ' ').trim();
  if (r() < 0.2) t = t.replace(/、/g, ' ');
  if (r() < 0.15 && t.length > 6) t = FILLERS[Math.floor(r() * FILLERS.length)] + t;
  return t;
}

const labels = [];
let srtCount = 0;
convs.forEach((c, i) => {
  const id = `${GROUP}-ja-${pad(i + 1, 3)}`;
  const fmt = FORMATS[i % 5];
  const r = rng(1000 + i * 7919);
  if (!SETTINGS.has(c.setting)) die(`${id}: bad setting ${c.setting}`);
  const spk = c.speakers;
  // timeline
  let t = Math.round((1 + r() * 3) * 1000);
  const cues = [];
  let pendingPause = 0;
  for (const turn of c.turns) {
    if (turn[0] === 'p') { pendingPause += turn[1] * 1000; continue; }
    const [who, text, cats, dur] = turn;
    if (!spk[who]) die(`${id}: unknown speaker ${who}`);
    const len = [...text].length;
    const d = Math.round((dur ?? Math.min(14, 0.7 + len * 0.16 + r() * 0.6)) * 1000);
    const gap = pendingPause || Math.round((0.25 + r() * 1.1) * 1000);
    pendingPause = 0;
    const start = cues.length ? cues[cues.length - 1].end + gap : t;
    cues.push({ who, text, cats: cats || [], start, end: start + d });
  }
  // validation of labels in source
  if (c.verdict === 'kasuhara') {
    if (!cues.some(q => q.cats.length)) die(`${id}: kasuhara without spans`);
  } else if (cues.some(q => q.cats.length)) die(`${id}: spans on a ${c.verdict} conversation`);
  for (const q of cues) {
    for (const k of q.cats) if (!CATS.has(k)) die(`${id}: bad category ${k}`);
    if (q.cats.length && spk[q.who].role !== 'customer') die(`${id}: span on staff cue "${q.text}"`);
  }
  // speaker labels per format
  const whoList = Object.keys(spk);
  let label = {};
  let custLabels = [];
  let noPrefix = false;
  if (fmt === 'teams' || fmt === 'zoom') { for (const w of whoList) label[w] = spk[w].name; }
  else if (fmt === 'srt') {
    noPrefix = (srtCount++ % 3) === 2;
    const order = []; for (const q of cues) if (!order.includes(q.who)) order.push(q.who);
    order.forEach((w, k) => label[w] = `SPEAKER_${pad(k)}`);
  } else if (fmt === 'txt') {
    for (const w of whoList) label[w] = spk[w].role === 'customer' ? (spk[w].txt || c.custWord || 'お客様') : (spk[w].txt || c.staffWord || '担当');
    const seen = new Set(); for (const w of whoList) { if (seen.has(label[w])) die(`${id}: duplicate txt role word ${label[w]}`); seen.add(label[w]); }
  } else if (fmt === 'json') {
    const order = []; for (const q of cues) if (!order.includes(q.who)) order.push(q.who);
    order.forEach((w, k) => label[w] = String.fromCharCode(65 + k));
  }
  const used = new Set(cues.map(q => q.who));
  custLabels = noPrefix ? [] : [...new Set(whoList.filter(w => spk[w].role === 'customer' && used.has(w)).map(w => label[w]))];

  let out = '';
  const spans = [];
  if (fmt === 'txt') {
    // whole seconds, strictly increasing
    let prev = -1;
    const secs = cues.map(q => { let s = Math.floor(q.start / 1000); if (s <= prev) s = prev + 1; prev = s; return s; });
    cues.forEach((q, k) => {
      out += `[${tsec(secs[k])}] ${label[q.who]}: ${q.text}\n`;
      if (q.cats.length) {
        if (k === cues.length - 1) die(`${id}: span on last line of txt log`);
        spans.push({ start: secs[k], end: secs[k + 1], categories: q.cats });
      }
    });
  } else {
    if (fmt === 'teams' || fmt === 'zoom') out = 'WEBVTT\n\n';
    const hex = () => Array.from({ length: 8 }, () => Math.floor(r() * 16).toString(16)).join('');
    const uuid = `${hex()}-${hex().slice(0, 4)}-4${hex().slice(0, 3)}-a${hex().slice(0, 3)}-${hex()}${hex().slice(0, 4)}`;
    const segs = [];
    cues.forEach((q, k) => {
      const text = (fmt === 'srt' || fmt === 'json') ? asr(q.text, r) : q.text;
      if (fmt === 'teams') out += `${uuid}/${k + 12}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${label[q.who]}>${text}</v>\n\n`;
      else if (fmt === 'zoom') out += `${k + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${label[q.who]}: ${text}\n\n`;
      else if (fmt === 'srt') out += `${k + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${noPrefix ? '' : label[q.who] + ': '}${text}\n\n`;
      else segs.push({ type: 'transcript.text.segment', id: `seg_${k}`, start: q.start / 1000, end: q.end / 1000, speaker: label[q.who], text });
      if (q.cats.length) spans.push({ start: q.start / 1000, end: q.end / 1000, categories: q.cats });
    });
    if (fmt === 'json') out = JSON.stringify({ task: 'transcribe', duration: cues[cues.length - 1].end / 1000, text: segs.map(s => s.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  const file = `conversations/${id}.${EXT[fmt]}`;
  fs.writeFileSync(path.join(here, file), out);
  const cats = [...new Set(cues.flatMap(q => q.cats))];
  labels.push({ id, file, lang: 'ja', setting: c.setting, verdict: c.verdict, severity: c.verdict === 'kasuhara' ? c.severity : 0,
    borderline: !!c.borderline, categories: cats, customer_speakers: custLabels, spans, notes: c.notes, group: GROUP });
  c._id = id; c._fmt = fmt; c._dur = cues[cues.length - 1].end / 1000; c._cues = cues.length;
});
fs.writeFileSync(path.join(here, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + '\n');

// bank
const KINDS = new Set(['harassment', 'hard_negative', 'ordinary']);
const seenText = new Set();
const rows = bank.map((b, i) => {
  const [kind, setting, text, cats = []] = b;
  if (!KINDS.has(kind)) die(`bank ${i}: kind ${kind}`);
  if (kind === 'harassment' && !cats.length) die(`bank ${i}: harassment without category`);
  if (kind !== 'harassment' && cats.length) die(`bank ${i}: categories on ${kind}`);
  for (const k of cats) if (!CATS.has(k)) die(`bank ${i}: bad category ${k}`);
  if (seenText.has(text)) die(`bank ${i}: duplicate text ${text}`);
  seenText.add(text);
  return { id: `${GROUP}-b${pad(i + 1, 4)}`, lang: 'ja', text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null };
});
fs.writeFileSync(path.join(here, 'bank.jsonl'), rows.map(r => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));

// summary
const count = (arr, f) => arr.reduce((m, x) => (m[f(x)] = (m[f(x)] || 0) + 1, m), {});
console.log('conversations', convs.length, JSON.stringify(count(convs, c => c.verdict)), JSON.stringify(count(convs, c => c._fmt)));
console.log('settings', JSON.stringify(count(convs, c => c.setting)));
console.log('scenes', Object.keys(count(convs, c => c.scene)).length, JSON.stringify(count(convs, c => c.scene)));
console.log('severity', JSON.stringify(count(convs.filter(c => c.verdict === 'kasuhara'), c => c.severity)), 'long(min)', convs.filter(c => c._dur > 1500).map(c => c._id + ':' + (c._dur / 60).toFixed(1)).join(' '));
console.log('durations(min)', convs.map(c => (c._dur / 60).toFixed(1)).join(' '));
console.log('cues', convs.map(c => c._cues).join(' '));
console.log('bank', rows.length, JSON.stringify(count(rows, r => r.kind)));
const allCats = new Set(labels.flatMap(l => l.categories)); console.log('categories used', allCats.size, [...CATS].filter(k => !allCats.has(k)).join(',') || 'all');
