// generate.mjs — counter-rough corpus generator (Node 20, no dependencies).
// Reads source/*.mjs (conversations: export default [ ... ]; bank: export const bank = [ ... ])
// and writes conversations/<id>.<ext>, labels.jsonl and bank.jsonl.
//
// Script grammar of a conversation (one turn per line):
//   [+P ]K: text [{cat1,cat2}]
//     +P   pause in seconds before the turn (default: a short seeded pause 0.2–1.1 s)
//     K    speaker key defined in `speakers` ({role:'customer'|'staff'|'other', name})
//     {..} SPEC category ids carried by this customer turn (none = not a span)
//   [+P ]~ text   a recogniser's invented line in silence (written only in srt/json files)
//   lines starting with // are comments; blank lines are ignored.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', 'srt-noprefix': 'srt', txt: 'txt', json: 'json' };

function rng(seedStr) {
  let h = 2166136261;
  for (const ch of seedStr) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); }
  let s = h >>> 0;
  return () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function parseScript(conv) {
  const turns = [];
  const lines = conv.script.split('\n');
  for (let raw of lines) {
    let line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    let pause = null;
    let m = line.match(/^\+(\d+(?:\.\d+)?)\s+(.*)$/);
    if (m) { pause = parseFloat(m[1]); line = m[2]; }
    let cats = [];
    m = line.match(/^(.*?)\s*\{([a-z_, ]+)\}\s*$/);
    if (m) { line = m[1]; cats = m[2].split(',').map(s => s.trim()).filter(Boolean); }
    for (const c of cats) if (!CATS.has(c)) throw new Error(`${conv.id}: unknown category ${c} in: ${raw}`);
    if (line.startsWith('~')) { turns.push({ key: '~', role: 'other', text: line.slice(1).trim(), cats: [], pause }); continue; }
    m = line.match(/^([A-Za-z][A-Za-z0-9]*):\s*(.*)$/);
    if (!m) throw new Error(`${conv.id}: cannot parse line: ${raw}`);
    const sp = conv.speakers[m[1]];
    if (!sp) throw new Error(`${conv.id}: unknown speaker ${m[1]}`);
    if (cats.length && sp.role !== 'customer') throw new Error(`${conv.id}: categories on a non-customer turn: ${raw}`);
    turns.push({ key: m[1], role: sp.role, text: m[2].trim(), cats, pause });
  }
  return turns;
}

function speechSeconds(text, lang, rate) {
  if (lang === 'ja') {
    const n = [...text.replace(/[\s、。！？!?,.「」『』…ー〜・（）()]/g, '')].length;
    return Math.max(0.8, n / rate + 0.25);
  }
  const words = text.split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(0.7, words / rate + 0.25);
}

function timeTurns(conv, turns) {
  const r = rng(conv.id);
  const rates = {};
  for (const k of [...Object.keys(conv.speakers), '~']) rates[k] = conv.lang === 'ja' ? 6.0 + r() * 2.0 : 2.2 + r() * 0.7;
  let t = conv.offset ?? +(0.4 + r() * 1.5).toFixed(2);
  for (const tu of turns) {
    const p = tu.pause ?? (0.2 + r() * 0.9);
    t += p;
    tu.start = t;
    tu.dur = speechSeconds(tu.text, conv.lang, rates[tu.key]) * (0.95 + r() * 0.1);
    t += tu.dur;
    tu.end = t;
  }
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsWhole(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }
const r3 = x => Math.round(x * 1000) / 1000;
const r2 = x => Math.round(x * 100) / 100;

// light ASR roughening for srt/json: drop some punctuation
function asr(text, lang, r) {
  if (lang === 'ja') {
    if (r() < 0.55) text = text.replace(/、/g, r() < 0.5 ? ' ' : '');
    if (r() < 0.45) text = text.replace(/。(?!$)/g, ' ').replace(/。$/, '');
    return text.replace(/\s+/g, ' ').trim();
  }
  if (r() < 0.45) text = text.replace(/,/g, '');
  if (r() < 0.3) text = text.replace(/\.$/, '');
  return text;
}

function render(conv, turns) {
  const fmt = conv.format;
  const r = rng(conv.id + ':asr');
  const isAsr = fmt === 'srt' || fmt === 'srt-noprefix' || fmt === 'json';
  const shown = turns.filter(t => isAsr || t.key !== '~');
  const spans = [];
  const custLabels = new Set();
  let out = '';
  const label = {};
  if (fmt === 'teams' || fmt === 'zoom') {
    for (const [k, sp] of Object.entries(conv.speakers)) label[k] = sp.name;
  } else if (fmt === 'srt' || fmt === 'json') {
    let n = 0;
    for (const t of shown) if (!(t.key in label)) { label[t.key] = fmt === 'srt' ? `SPEAKER_${pad(n)}` : String.fromCharCode(65 + n); n++; }
  } else if (fmt === 'txt') {
    for (const [k, sp] of Object.entries(conv.speakers)) label[k] = sp.tag;
  }
  if (fmt === 'teams') {
    const g = rng(conv.id + ':guid'); const hex = n => Array.from({ length: n }, () => Math.floor(g() * 16).toString(16)).join('');
    const guid = `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(g() * 4)]}${hex(3)}-${hex(12)}`;
    out = 'WEBVTT\n\n';
    shown.forEach((t, i) => {
      out += `${guid}/${i + 11}-0\n${ts(t.start, '.')} --> ${ts(t.end, '.')}\n<v ${label[t.key]}>${t.text}</v>\n\n`;
      if (t.cats.length) spans.push({ start: r3(t.start), end: r3(t.end), categories: t.cats });
    });
  } else if (fmt === 'zoom') {
    out = 'WEBVTT\n\n';
    shown.forEach((t, i) => {
      out += `${i + 1}\n${ts(t.start, '.')} --> ${ts(t.end, '.')}\n${label[t.key]}: ${t.text}\n\n`;
      if (t.cats.length) spans.push({ start: r3(t.start), end: r3(t.end), categories: t.cats });
    });
  } else if (fmt === 'srt' || fmt === 'srt-noprefix') {
    shown.forEach((t, i) => {
      const text = t.key === '~' ? t.text : asr(t.text, conv.lang, r);
      out += `${i + 1}\n${ts(t.start, ',')} --> ${ts(t.end, ',')}\n${fmt === 'srt' ? label[t.key] + ': ' : ''}${text}\n\n`;
      if (t.cats.length) spans.push({ start: r3(t.start), end: r3(t.end), categories: t.cats });
    });
  } else if (fmt === 'txt') {
    let prev = -1;
    const secs = shown.map(t => { let s = Math.round(t.start); if (s <= prev) s = prev + 1; prev = s; return s; });
    shown.forEach((t, i) => {
      out += `[${tsWhole(secs[i])}] ${label[t.key]}: ${t.text}\n`;
      if (t.cats.length) {
        if (i === shown.length - 1) throw new Error(`${conv.id}: span on the last line of a txt log`);
        spans.push({ start: secs[i], end: secs[i + 1], categories: t.cats });
      }
    });
  } else if (fmt === 'json') {
    const segs = shown.map((t, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: r2(t.start), end: r2(t.end), speaker: label[t.key], text: t.key === '~' ? t.text : asr(t.text, conv.lang, r) }));
    segs.forEach((s, i) => { if (shown[i].cats.length) spans.push({ start: s.start, end: s.end, categories: shown[i].cats }); });
    const doc = { task: 'transcribe', duration: r2(shown[shown.length - 1].end + 0.6), text: segs.map(s => s.text).join(' '), segments: segs };
    out = JSON.stringify(doc, null, 1) + '\n';
  }
  for (const [k, sp] of Object.entries(conv.speakers)) if (sp.role === 'customer' && fmt !== 'srt-noprefix' && shown.some(t => t.key === k)) custLabels.add(label[k]);
  return { out, spans, customer_speakers: [...custLabels] };
}

function check(conv) {
  for (const f of ['id', 'lang', 'setting', 'verdict', 'format', 'notes', 'speakers', 'script']) if (conv[f] === undefined) throw new Error(`${conv.id}: missing ${f}`);
  if (!SETTINGS.has(conv.setting)) throw new Error(`${conv.id}: bad setting`);
  if (!(conv.format in FORMATS)) throw new Error(`${conv.id}: bad format`);
  if (conv.format === 'txt') for (const [k, sp] of Object.entries(conv.speakers)) if (!sp.tag) throw new Error(`${conv.id}: txt speaker ${k} needs a tag`);
}

const convs = [], bank = [];
for (const f of fs.readdirSync(path.join(ROOT, 'source')).filter(f => f.endsWith('.mjs')).sort()) {
  const mod = await import(path.join(ROOT, 'source', f));
  if (mod.default) convs.push(...mod.default);
  if (mod.bank) bank.push(...mod.bank);
}
convs.sort((a, b) => a.id.localeCompare(b.id));
const outDir = path.join(ROOT, 'conversations');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const labels = [];
const seen = new Set();
const stats = [];
for (const conv of convs) {
  check(conv);
  if (seen.has(conv.id)) throw new Error(`duplicate id ${conv.id}`);
  seen.add(conv.id);
  const turns = parseScript(conv);
  timeTurns(conv, turns);
  const { out, spans, customer_speakers } = render(conv, turns);
  const file = `conversations/${conv.id}.${FORMATS[conv.format]}`;
  fs.writeFileSync(path.join(ROOT, file), out);
  const kas = conv.verdict === 'kasuhara';
  if (kas && !spans.length) throw new Error(`${conv.id}: kasuhara without spans`);
  if (!kas && spans.length) throw new Error(`${conv.id}: spans on a ${conv.verdict}`);
  const categories = [...new Set(spans.flatMap(s => s.categories))];
  labels.push({ id: conv.id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict, severity: kas ? conv.severity : 0, borderline: !!conv.borderline, categories, customer_speakers, spans, notes: conv.notes, group: 'counter-rough' });
  stats.push({ id: conv.id, cues: turns.filter(t => conv.format === 'srt' || conv.format === 'srt-noprefix' || conv.format === 'json' || t.key !== '~').length, min: +(turns[turns.length - 1].end / 60).toFixed(1), format: conv.format, verdict: conv.verdict });
}
fs.writeFileSync(path.join(ROOT, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + (labels.length ? '\n' : ''));

// bank: entries [lang, kind(h|n|o), categories(comma string or ''), setting, text]
const KIND = { h: 'harassment', n: 'hard_negative', o: 'ordinary' };
const norm = s => s.replace(/[\s、。！？!?,.…「」ー〜]/g, '').toLowerCase();
const bigrams = s => { const a = new Set(); for (let i = 0; i < s.length - 1; i++) a.add(s.slice(i, i + 2)); return a; };
const bankOut = [];
const bg = [];
bank.forEach((e, i) => {
  const [lang, k, cats, setting, text] = e;
  const categories = cats ? cats.split(',').map(s => s.trim()) : [];
  for (const c of categories) if (!CATS.has(c)) throw new Error(`bank ${i}: unknown category ${c}`);
  if (!SETTINGS.has(setting)) throw new Error(`bank ${i}: bad setting ${setting}`);
  if (!KIND[k]) throw new Error(`bank ${i}: bad kind`);
  if ((k === 'h') !== (categories.length > 0)) throw new Error(`bank ${i}: categories/kind mismatch: ${text}`);
  const b = bigrams(norm(text));
  bg.forEach((o, j) => { let inter = 0; for (const x of b) if (o.has(x)) inter++; const jac = inter / (b.size + o.size - inter || 1); if (jac > 0.6) console.warn(`near-duplicate bank ${j + 1} / ${i + 1}: ${bank[j][4]} | ${text}`); });
  bg.push(b);
  bankOut.push({ id: `counter-rough-b${pad(i + 1, 4)}`, lang, text, harassing: k === 'h', categories, kind: KIND[k], setting, source_kind: 'illustrative', source_url: null });
});
fs.writeFileSync(path.join(ROOT, 'bank.jsonl'), bankOut.map(b => JSON.stringify(b)).join('\n') + (bankOut.length ? '\n' : ''));
if (process.argv.includes('--stats')) for (const s of stats) console.log(`${s.id}\t${s.format}\t${s.verdict}\t${s.cues} cues\t${s.min} min`);
console.log(`wrote ${labels.length} conversations, ${bankOut.length} bank utterances`);
