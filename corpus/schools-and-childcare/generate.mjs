// Deterministic generator for the schools-and-childcare group. Node 20, no dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'schools-and-childcare';
const DIR = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(DIR, 'source');
const OUT = path.join(DIR, 'conversations');
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);

function hash(s) { let h = 2166136261; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function fail(id, msg) { throw new Error(`${id}: ${msg}`); }

function dur(text, lang, r) {
  if (lang === 'ja') { const n = [...text.replace(/[\s、。！？!?「」…・]/g, '')].length; return Math.max(1.1, n / (6 + 1.2 * r()) + 0.4); }
  const w = text.trim().split(/\s+/).length; return Math.max(0.9, w / 2.5 + 0.2);
}
const r2 = x => Math.round(x * 1000) / 1000;
function ts(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, f = ms % 1000; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}${sep}${String(f).padStart(3,'0')}`; }
function tsec(t) { const s = Math.floor(t); return `${String(Math.floor(s/3600)).padStart(2,'0')}:${String(Math.floor(s/60)%60).padStart(2,'0')}:${String(s%60).padStart(2,'0')}`; }

// ASR roughening for srt/json: drop some commas and full stops, deterministic.
function asr(text, lang, r) {
  if (lang === 'ja') return text.replace(/、/g, m => (r() < 0.55 ? ' ' : m)).replace(/。(?!$)/g, m => (r() < 0.4 ? ' ' : m)).replace(/。$/, m => (r() < 0.5 ? '' : m)).replace(/\s+/g, ' ').trim();
  return text.replace(/,/g, m => (r() < 0.5 ? '' : m)).replace(/\.$/, m => (r() < 0.5 ? '' : m));
}

function build(c) {
  const r = rng(hash(c.id));
  const fmt = c.format; // teams | zoom | srt | srtplain | log | json
  if (!['teams','zoom','srt','srtplain','log','json'].includes(fmt)) fail(c.id, 'bad format ' + fmt);
  const spk = c.speakers;
  // timeline
  let t = 0.4 + r() * 1.5; const cues = [];
  for (const turn of c.turns) {
    if (turn[0] === '_') { t += turn[1]; continue; }
    const [who, text0, cats] = turn;
    if (!spk[who]) fail(c.id, 'unknown speaker ' + who);
    let text = text0;
    if (fmt === 'srt' || fmt === 'srtplain' || fmt === 'json') text = asr(text, c.lang, r);
    const d = dur(text0, c.lang, r);
    const cue = { who, text, cats: cats || [], start: r2(t), end: r2(t + d) };
    cues.push(cue);
    t = t + d + 0.5 + r() * 1.6;
  }
  // spans checks
  const isK = c.verdict === 'kasuhara';
  for (const [i, q] of cues.entries()) {
    for (const k of q.cats) if (!CATS.has(k)) fail(c.id, 'bad category ' + k);
    if (q.cats.length && spk[q.who].role !== 'customer') fail(c.id, `span on non-customer cue ${i}: ${q.text}`);
    if (q.cats.length && !isK) fail(c.id, 'span on a ' + c.verdict + ' conversation');
  }
  let body = ''; const spans = [];
  const addSpan = (q, s, e) => { if (q.cats.length) spans.push({ start: s, end: e, categories: [...q.cats] }); };
  if (fmt === 'teams') {
    const uid = hash(c.id + 'u').toString(16).padStart(8, '0') + '-' + (hash(c.id + 'v') & 0xffff).toString(16).padStart(4, '0') + '-4' + (hash(c.id+'w') & 0xfff).toString(16).padStart(3,'0') + '-a' + (hash(c.id+'x') & 0xfff).toString(16).padStart(3,'0') + '-' + hash(c.id+'y').toString(16).padStart(8,'0') + (hash(c.id+'z') & 0xffff).toString(16).padStart(4,'0');
    body = 'WEBVTT\n\n' + cues.map((q, i) => { addSpan(q, q.start, q.end); return `${uid}/${i + 10}-0\n${ts(q.start,'.')} --> ${ts(q.end,'.')}\n<v ${spk[q.who].name}>${q.text}</v>\n`; }).join('\n');
  } else if (fmt === 'zoom') {
    body = 'WEBVTT\n\n' + cues.map((q, i) => { addSpan(q, q.start, q.end); return `${i + 1}\n${ts(q.start,'.')} --> ${ts(q.end,'.')}\n${spk[q.who].name}: ${q.text}\n`; }).join('\n');
  } else if (fmt === 'srt' || fmt === 'srtplain') {
    body = cues.map((q, i) => { addSpan(q, q.start, q.end); return `${i + 1}\n${ts(q.start,',')} --> ${ts(q.end,',')}\n${fmt === 'srt' ? spk[q.who].label + ': ' : ''}${q.text}\n`; }).join('\n');
  } else if (fmt === 'json') {
    const segs = cues.map((q, i) => { addSpan(q, q.start, q.end); return { type: 'transcript.text.segment', id: 'seg_' + i, start: q.start, end: q.end, speaker: spk[q.who].label, text: q.text }; });
    body = JSON.stringify({ task: 'transcribe', duration: r2(cues.at(-1).end + 0.6), text: cues.map(q => q.text).join(' '), segments: segs }, null, 1) + '\n';
  } else if (fmt === 'log') {
    let prev = -1; const secs = cues.map(q => { let s = Math.floor(q.start); if (s <= prev) s = prev + 1; prev = s; return s; });
    cues.forEach((q, i) => { if (q.cats.length) { if (i === cues.length - 1) fail(c.id, 'span on the last line of a log'); spans.push({ start: secs[i], end: secs[i + 1], categories: [...q.cats] }); } });
    body = cues.map((q, i) => `[${tsec(secs[i])}] ${spk[q.who].label}: ${q.text}`).join('\n') + '\n';
  }
  if (isK && !spans.length) fail(c.id, 'kasuhara without spans');
  const cat = new Set(); spans.forEach(s => s.categories.forEach(k => cat.add(k)));
  const declared = c.categories ? new Set(c.categories) : cat;
  for (const k of cat) declared.add(k);
  let custSp = [];
  if (fmt === 'teams' || fmt === 'zoom') custSp = [...new Set(Object.values(spk).filter(s => s.role === 'customer').map(s => s.name))];
  else if (fmt === 'srt' || fmt === 'json' || fmt === 'log') custSp = [...new Set(Object.values(spk).filter(s => s.role === 'customer').map(s => s.label))];
  const ext = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srtplain: 'srt', log: 'txt', json: 'json' }[fmt];
  if (!isK && (c.severity || 0) !== 0) fail(c.id, 'severity on non-kasuhara');
  if (isK && ![1,2,3].includes(c.severity)) fail(c.id, 'kasuhara needs severity 1-3');
  const label = { id: c.id, file: `conversations/${c.id}.${ext}`, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity || 0, borderline: !!c.borderline,
    categories: isK ? [...declared].filter(k => CATS.has(k)).sort() : [], customer_speakers: custSp, spans, notes: c.notes, group: GROUP };
  return { ext, body, label, duration: cues.at(-1).end, n: cues.length };
}

const files = fs.readdirSync(SRC).filter(f => f.endsWith('.mjs') && f !== 'bank.mjs').sort();
let convs = [];
for (const f of files) convs = convs.concat((await import(pathToFileURL(path.join(SRC, f)).href)).default);
const seen = new Set();
fs.rmSync(OUT, { recursive: true, force: true }); fs.mkdirSync(OUT, { recursive: true });
const labels = [];
const sortKey = id => id;
convs.sort((a, b) => sortKey(a.id).localeCompare(sortKey(b.id)));
for (const c of convs) {
  if (seen.has(c.id)) fail(c.id, 'duplicate id'); seen.add(c.id);
  if (!c.id.startsWith(`${GROUP}-${c.lang}-`)) fail(c.id, 'id/lang mismatch');
  const { ext, body, label, duration, n } = build(c);
  fs.writeFileSync(path.join(OUT, `${c.id}.${ext}`), body);
  labels.push(label);
  if (process.argv.includes('-v')) console.log(c.id, c.format, c.verdict, n, 'cues', (duration / 60).toFixed(1), 'min');
}
fs.writeFileSync(path.join(DIR, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + '\n');

// bank
const bank = (await import(pathToFileURL(path.join(SRC, 'bank.mjs')).href)).default;
const texts = new Set(); const rows = [];
bank.forEach((b, i) => {
  const [lang, kind, setting, text, cats] = b;
  if (texts.has(text)) fail('bank', 'duplicate ' + text); texts.add(text);
  const harassing = kind === 'harassment';
  if (harassing && !(cats && cats.length)) fail('bank', 'harassment without categories: ' + text);
  if (!harassing && cats && cats.length) fail('bank', 'categories on non-harassment: ' + text);
  (cats || []).forEach(k => { if (!CATS.has(k)) fail('bank', 'bad cat ' + k); });
  rows.push({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing, categories: harassing ? cats : [], kind, setting, source_kind: 'illustrative', source_url: null });
});
fs.writeFileSync(path.join(DIR, 'bank.jsonl'), rows.map(r => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
