// Deterministic generator for the money-and-public-counters group. Node 20, no dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'money-and-public-counters';
const here = path.dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srtnp: 'srt', txt: 'txt', json: 'json' };

function hash(s) { let h = 2166136261; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seed) { let a = seed; return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const r2 = (x) => Math.round(x * 100) / 100;
function fail(msg) { console.error('REFUSED: ' + msg); process.exit(1); }

function duration(lang, text, rand) {
  if (lang === 'ja') { const n = [...text.replace(/\s/g, '')].length; return Math.max(0.9, n / (6 + rand() * 2)) + 0.3; }
  const w = text.trim().split(/\s+/).length; return Math.max(0.9, w / 2.5) + 0.3;
}
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, f = ms % 1000;
  return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}${sep}${String(f).padStart(3,'0')}`; }
function tsWhole(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}`; }

function build(c) {
  const id = `${GROUP}-${c.id}`;
  if (!SETTINGS.has(c.setting)) fail(`${id}: bad setting ${c.setting}`);
  if (!EXT[c.format]) fail(`${id}: bad format ${c.format}`);
  const rand = rng(hash(id));
  const sp = c.speakers; // key -> {name, role, label?}
  for (const [k, v] of Object.entries(sp)) if (!['customer','staff'].includes(v.role)) fail(`${id}: speaker ${k} role`);
  // timeline
  let t = 0.4 + rand() * 1.2; const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) { t += turn.pause; continue; } fail(`${id}: bad turn`); }
    const [k, text, cats] = turn;
    if (!sp[k]) fail(`${id}: unknown speaker ${k}`);
    const d = duration(c.lang, text, rand);
    const start = t, end = t + d;
    cues.push({ k, text, cats: cats || [], start, end });
    t = end + 0.3 + rand() * 1.4;
  }
  // spans checks
  const spanCues = cues.filter((q) => q.cats.length);
  for (const q of spanCues) { if (sp[q.k].role !== 'customer') fail(`${id}: span on staff cue "${q.text}"`); for (const x of q.cats) if (!CATS.has(x)) fail(`${id}: bad cat ${x}`); }
  if (c.verdict === 'kasuhara' && !spanCues.length) fail(`${id}: kasuhara without spans`);
  if (c.verdict !== 'kasuhara' && spanCues.length) fail(`${id}: spans on ${c.verdict}`);
  if (c.verdict === 'kasuhara' && !(c.severity >= 1)) fail(`${id}: severity`);
  if (c.verdict !== 'kasuhara' && c.severity !== 0) fail(`${id}: severity must be 0`);
  const order = []; for (const q of cues) if (!order.includes(q.k)) order.push(q.k);
  let out = '', customerSpeakers = [], spans = [];
  const custKeys = order.filter((k) => sp[k].role === 'customer');
  if (c.format === 'txt') {
    let prev = -1; const times = cues.map((q) => { let s = Math.floor(q.start); if (s <= prev) s = prev + 1; prev = s; return s; });
    const lines = cues.map((q, i) => `[${tsWhole(times[i])}] ${sp[q.k].label}: ${q.text}`);
    out = lines.join('\n') + '\n';
    cues.forEach((q, i) => { if (q.cats.length) { if (i === cues.length - 1) fail(`${id}: span on last txt line`); spans.push({ start: times[i], end: times[i + 1], categories: q.cats }); } });
    customerSpeakers = [...new Set(custKeys.map((k) => sp[k].label))];
  } else {
    for (const q of cues) { q.start = r2(q.start); q.end = r2(q.end); if (q.cats.length) spans.push({ start: q.start, end: q.end, categories: q.cats }); }
    if (c.format === 'teams') {
      const base = [...Array(8)].map(() => Math.floor(rand() * 16).toString(16)).join('') + '-' + [...Array(4)].map(() => Math.floor(rand() * 16).toString(16)).join('') + '-4' + [...Array(3)].map(() => Math.floor(rand() * 16).toString(16)).join('') + '-a' + [...Array(3)].map(() => Math.floor(rand() * 16).toString(16)).join('') + '-' + [...Array(12)].map(() => Math.floor(rand() * 16).toString(16)).join('');
      out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 1}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${sp[q.k].name}>${q.text}</v>\n`).join('\n');
      customerSpeakers = custKeys.map((k) => sp[k].name);
    } else if (c.format === 'zoom') {
      out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${sp[q.k].name}: ${q.text}\n`).join('\n');
      customerSpeakers = custKeys.map((k) => sp[k].name);
    } else if (c.format === 'srt' || c.format === 'srtnp') {
      const lab = {}; order.forEach((k, i) => { lab[k] = `SPEAKER_${String(i).padStart(2, '0')}`; });
      out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${c.format === 'srt' ? lab[q.k] + ': ' : ''}${q.text}\n`).join('\n');
      customerSpeakers = c.format === 'srt' ? custKeys.map((k) => lab[k]) : [];
    } else if (c.format === 'json') {
      const lab = {}; order.forEach((k, i) => { lab[k] = String.fromCharCode(65 + i); });
      const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: lab[q.k], text: q.text }));
      const sepr = c.lang === 'ja' ? '' : ' ';
      out = JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end + 0.5), text: cues.map((q) => q.text).join(sepr), segments: segs }, null, 1) + '\n';
      customerSpeakers = custKeys.map((k) => lab[k]);
    }
  }
  const cats = [...new Set(spanCues.flatMap((q) => q.cats))].sort();
  const file = `conversations/${id}.${EXT[c.format]}`;
  const label = { id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline, categories: cats, customer_speakers: customerSpeakers, spans, notes: c.notes, group: GROUP };
  return { file, out, label, minutes: cues[cues.length - 1].end / 60, ncues: cues.length };
}

const srcDir = path.join(here, 'source');
const files = fs.readdirSync(srcDir).filter((f) => /^convs.*\.mjs$/.test(f)).sort();
let convs = [];
for (const f of files) convs = convs.concat((await import(pathToFileURL(path.join(srcDir, f)).href)).default);
const ids = new Set();
fs.rmSync(path.join(here, 'conversations'), { recursive: true, force: true });
fs.mkdirSync(path.join(here, 'conversations'));
const labels = []; const stats = [];
for (const c of convs) {
  if (ids.has(c.id)) fail(`duplicate id ${c.id}`); ids.add(c.id);
  const b = build(c); fs.writeFileSync(path.join(here, b.file), b.out); labels.push(b.label); stats.push(`${b.label.id}\t${c.format}\t${b.label.verdict}\t${b.ncues} cues\t${b.minutes.toFixed(1)} min`);
}
fs.writeFileSync(path.join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(path.join(srcDir, 'bank.mjs')).href)).default;
const seen = new Set(); const rows = [];
bank.forEach((b, i) => {
  const [lang, kind, setting, text, cats] = b;
  if (!['harassment','hard_negative','ordinary'].includes(kind)) fail(`bank kind ${kind}`);
  if (!SETTINGS.has(setting)) fail(`bank setting ${setting}`);
  if (seen.has(text)) fail(`bank duplicate ${text}`); seen.add(text);
  const harassing = kind === 'harassment';
  if (harassing && !(cats && cats.length)) fail(`bank harassment without cats: ${text}`);
  if (!harassing && cats && cats.length) fail(`bank cats on non-harassment: ${text}`);
  for (const x of cats || []) if (!CATS.has(x)) fail(`bank cat ${x}`);
  rows.push({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing, categories: cats || [], kind, setting, source_kind: 'illustrative', source_url: null });
});
fs.writeFileSync(path.join(here, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
