// generate.mjs — builds conversations/<id>.<ext> and labels.jsonl from source/*.mjs
// Node 20, no dependencies.  Usage: node generate.mjs
//
// A source file exports default one conversation object (or an array of them):
//   { id, lang, setting, verdict, severity, borderline, format, notes,
//     speakers: { key: { role: 'customer'|'staff'|'other', name } },
//     turns: `...` }
// format: 'teams' | 'zoom' | 'srt' | 'srt-noprefix' | 'txt' | 'json'
// Turn lines (one cue each):
//   key [ {cat,cat} ] [ +pause ] [ =duration ] : text
//   ~N          a hold / silence of N seconds before the next cue
//   # ...       comment
// Times: Japanese ~6-8 chars/s, English ~2.5 words/s, plus pauses; deterministic.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'threats-and-hard-negatives';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(HERE, 'source');
const OUT = path.join(HERE, 'conversations');

const CATS = ['physical', 'threat', 'abuse', 'intimidation', 'apology_coercion', 'unreasonable_demand',
  'persistence', 'restraint', 'sexual', 'discrimination', 'personal_targeting', 'sns_exposure'];
const SETTINGS = ['call_center', 'store', 'municipal', 'hospital', 'hotel', 'bank', 'school', 'care',
  'delivery', 'restaurant', 'other'];
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', 'srt-noprefix': 'srt', txt: 'txt', json: 'json' };

function hash(str) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}
function rand01(seed) { return (hash(seed) % 10000) / 10000; }

function speechSeconds(text, lang, seed) {
  const r = rand01(seed + ':rate');
  if (lang === 'ja') {
    const chars = text.replace(/[\s、。！？!?,.・…「」『』（）()ー〜~]/g, '').length;
    const rate = 6.0 + 2.0 * r; // chars per second
    return Math.max(0.9, chars / rate + 0.35);
  }
  const words = text.split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
  const rate = 2.2 + 0.6 * r; // words per second
  return Math.max(0.9, words / rate + 0.35);
}

function parseTurns(conv) {
  const cues = [];
  let pendingHold = 0;
  const lines = conv.turns.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const raw = lines[ln].trim();
    if (!raw || raw.startsWith('#')) continue;
    if (/^~\s*[\d.]+$/.test(raw)) { pendingHold += parseFloat(raw.slice(1)); continue; }
    const m = raw.match(/^([A-Za-z0-9_]+)\s*(\{[^}]*\})?\s*(\+[\d.]+)?\s*(=[\d.]+)?\s*:\s?(.*)$/);
    if (!m) throw new Error(`${conv.id}: cannot parse line ${ln + 1}: ${raw}`);
    const [, key, catStr, pauseStr, durStr, text] = m;
    const sp = conv.speakers[key];
    if (!sp) throw new Error(`${conv.id}: unknown speaker key ${key} on line ${ln + 1}`);
    const cats = catStr ? catStr.slice(1, -1).split(',').map(s => s.trim()).filter(Boolean) : [];
    for (const c of cats) if (!CATS.includes(c)) throw new Error(`${conv.id}: bad category ${c}`);
    if (cats.length && sp.role !== 'customer') throw new Error(`${conv.id}: span on non-customer cue: ${raw}`);
    if (!text.trim()) throw new Error(`${conv.id}: empty text line ${ln + 1}`);
    cues.push({ key, sp, cats, pause: pauseStr ? parseFloat(pauseStr.slice(1)) : null,
      dur: durStr ? parseFloat(durStr.slice(1)) : null, hold: pendingHold, text: text.trim() });
    pendingHold = 0;
  }
  return cues;
}

function timeCues(conv, cues) {
  let t = 0.4 + rand01(conv.id + ':start') * 1.2;
  cues.forEach((c, i) => {
    const seed = `${conv.id}:${i}`;
    if (i > 0) {
      const prev = cues[i - 1];
      const defPause = prev.key === c.key ? 0.5 + rand01(seed + ':p') * 0.9 : 0.25 + rand01(seed + ':p') * 0.9;
      t += (c.pause ?? defPause) + c.hold;
    } else t += c.hold;
    c.start = Math.round(t * 100) / 100;
    const d = c.dur ?? speechSeconds(c.text, conv.lang, seed);
    c.end = Math.round((t + d) * 100) / 100;
    t = c.end;
  });
  if (conv.format === 'txt') {
    let last = -1;
    cues.forEach(c => { let s = Math.floor(c.start); if (s <= last) s = last + 1; c.start = s; last = s; });
    cues.forEach((c, i) => { c.end = i + 1 < cues.length ? cues[i + 1].start : Math.ceil(Math.max(c.start + 1, c.end)); });
  }
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}
function tsWhole(sec) {
  const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60;
  return `[${pad(h)}:${pad(m)}:${pad(s)}]`;
}
function uuidFrom(seed) {
  const hex = [0, 1, 2, 3].map(i => hash(seed + i).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function labelsFor(conv, cues) {
  // speaker label as written in the file
  const order = [];
  cues.forEach(c => { if (!order.includes(c.key)) order.push(c.key); });
  const lab = {};
  order.forEach((k, i) => {
    const f = conv.format;
    if (f === 'srt') lab[k] = `SPEAKER_${pad(i)}`;
    else if (f === 'srt-noprefix') lab[k] = null;
    else if (f === 'json') lab[k] = String.fromCharCode(65 + i);
    else lab[k] = conv.speakers[k].name;
  });
  return lab;
}

function render(conv, cues, lab) {
  const f = conv.format;
  if (f === 'teams') {
    const u = uuidFrom(conv.id);
    return 'WEBVTT\n\n' + cues.map((c, i) =>
      `${u}/${i + 1}-0\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n<v ${lab[c.key]}>${c.text}</v>\n`).join('\n');
  }
  if (f === 'zoom') {
    return 'WEBVTT\n\n' + cues.map((c, i) =>
      `${i + 1}\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n${lab[c.key]}: ${c.text}\n`).join('\n');
  }
  if (f === 'srt' || f === 'srt-noprefix') {
    return cues.map((c, i) =>
      `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${lab[c.key] ? lab[c.key] + ': ' : ''}${c.text}\n`).join('\n');
  }
  if (f === 'txt') {
    return cues.map(c => `${tsWhole(c.start)} ${lab[c.key]}: ${c.text}`).join('\n') + '\n';
  }
  if (f === 'json') {
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.start, end: c.end,
      speaker: lab[c.key], text: c.text }));
    const text = cues.map(c => c.text).join(conv.lang === 'ja' ? '' : ' ');
    const duration = Math.round((cues[cues.length - 1].end + 0.6) * 100) / 100;
    return JSON.stringify({ task: 'transcribe', duration, text, segments: segs }, null, 1) + '\n';
  }
  throw new Error('unknown format ' + f);
}

function check(conv) {
  const need = ['id', 'lang', 'setting', 'verdict', 'severity', 'borderline', 'format', 'notes', 'speakers', 'turns'];
  for (const k of need) if (conv[k] === undefined) throw new Error(`${conv.id}: missing ${k}`);
  if (!conv.id.startsWith(GROUP + '-')) throw new Error(`${conv.id}: bad id`);
  if (!SETTINGS.includes(conv.setting)) throw new Error(`${conv.id}: bad setting`);
  if (!FORMATS[conv.format]) throw new Error(`${conv.id}: bad format`);
}

const files = fs.readdirSync(SRC).filter(f => f.endsWith('.mjs')).sort();
const convs = [];
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(SRC, f)).href);
  const v = mod.default;
  (Array.isArray(v) ? v : [v]).forEach(c => convs.push(c));
}
convs.sort((a, b) => a.id.localeCompare(b.id));
const seen = new Set();
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const out = [];
const stats = [];
for (const conv of convs) {
  check(conv);
  if (seen.has(conv.id)) throw new Error('duplicate id ' + conv.id);
  seen.add(conv.id);
  const cues = parseTurns(conv);
  timeCues(conv, cues);
  const lab = labelsFor(conv, cues);
  const ext = FORMATS[conv.format];
  const file = `conversations/${conv.id}.${ext}`;
  fs.writeFileSync(path.join(HERE, file), render(conv, cues, lab));
  const spans = [];
  cues.forEach((c, i) => {
    if (!c.cats.length) return;
    if (conv.format === 'txt' && i === cues.length - 1) throw new Error(`${conv.id}: span on last line of a .txt log`);
    spans.push({ start: c.start, end: c.end, categories: CATS.filter(x => c.cats.includes(x)) });
  });
  if (conv.verdict === 'kasuhara' && !spans.length) throw new Error(`${conv.id}: kasuhara without spans`);
  if (conv.verdict !== 'kasuhara' && spans.length) throw new Error(`${conv.id}: spans on a ${conv.verdict}`);
  if (conv.verdict === 'kasuhara' && !(conv.severity >= 1 && conv.severity <= 3)) throw new Error(`${conv.id}: severity`);
  if (conv.verdict !== 'kasuhara' && conv.severity !== 0) throw new Error(`${conv.id}: severity must be 0`);
  const catSet = new Set(spans.flatMap(s => s.categories));
  const custKeys = Object.keys(conv.speakers).filter(k => conv.speakers[k].role === 'customer');
  const customer_speakers = [...new Set(custKeys.filter(k => lab[k] !== undefined && lab[k] !== null).map(k => lab[k]))];
  out.push({ id: conv.id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict, severity: conv.severity,
    borderline: !!conv.borderline, categories: CATS.filter(x => catSet.has(x)), customer_speakers, spans,
    notes: conv.notes, group: GROUP });
  const dur = cues[cues.length - 1].end;
  stats.push(`${conv.id.replace(GROUP + '-', '')}\t${conv.format}\t${conv.verdict}\t${cues.length} cues\t${(dur / 60).toFixed(1)} min\t${spans.length} spans`);
}
fs.writeFileSync(path.join(HERE, 'labels.jsonl'), out.map(o => JSON.stringify(o)).join('\n') + '\n');
// ---- utterance bank: source/bank/<lang>-<kind>.txt, lines "setting|cats|text" (harassment) or "setting|text"
const BANK = path.join(SRC, 'bank');
const bankOut = [];
const seenText = new Set();
for (const lang of ['ja', 'en']) for (const kind of ['harassment', 'hard_negative', 'ordinary']) {
  const f = path.join(BANK, `${lang}-${kind}.txt`);
  if (!fs.existsSync(f)) continue;
  fs.readFileSync(f, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')).forEach(line => {
    const parts = line.split('|');
    const setting = parts[0].trim();
    const categories = kind === 'harassment' ? parts[1].split(',').map(x => x.trim()).filter(Boolean) : [];
    const text = (kind === 'harassment' ? parts.slice(2) : parts.slice(1)).join('|').trim();
    if (!SETTINGS.includes(setting)) throw new Error(`bank: bad setting in ${line}`);
    for (const c of categories) if (!CATS.includes(c)) throw new Error(`bank: bad category ${c} in ${line}`);
    if (kind === 'harassment' && !categories.length) throw new Error(`bank: harassment without category: ${line}`);
    if (!text) throw new Error(`bank: empty text: ${line}`);
    if (seenText.has(text)) throw new Error(`bank: duplicate text: ${text}`);
    seenText.add(text);
    bankOut.push({ lang, text, harassing: kind === 'harassment', categories: CATS.filter(x => categories.includes(x)), kind, setting });
  });
}
const bankLines = bankOut.map((b, i) => JSON.stringify({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang: b.lang, text: b.text,
  harassing: b.harassing, categories: b.categories, kind: b.kind, setting: b.setting, source_kind: 'illustrative', source_url: null }));
fs.writeFileSync(path.join(HERE, 'bank.jsonl'), bankLines.join('\n') + '\n');
console.log(`wrote ${bankLines.length} bank utterances`);
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`wrote ${out.length} conversations`);
