#!/usr/bin/env node
// Deterministic generator for the retail-food-ja writer group (Node 20, no dependencies).
// Reads source/conv-*.mjs and source/bank.mjs, writes conversations/, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const ROOT = dirname(fileURLToPath(import.meta.url));
const GROUP = 'retail-food-ja';
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
function die(msg) { console.error('REFUSED: ' + msg); process.exit(1); }
function seedOf(s) { let h = 2166136261; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seed) { let a = seed; return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const r2 = (x) => Math.round(x * 100) / 100;
function duration(text, lang, rnd, rate) {
  const clean = text.replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]/g, '');
  if (lang === 'en') { const w = clean.split(/\s+/).filter(Boolean).length; return Math.max(0.9, w / 2.5 + 0.3 + rnd() * 0.4); }
  const n = [...clean.replace(/[\s、。！？!?…「」]/g, '')].length;
  return Math.max(0.8, n / (rate ?? (6 + rnd() * 2)) + 0.3 + rnd() * 0.3);
}
function ts(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, x = ms % 1000; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}${sep}${String(x).padStart(3,'0')}`; }
function hms(t) { const h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = Math.floor(t) % 60; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}`; }
function uuid(rnd) { const hx = () => Math.floor(rnd() * 16).toString(16); const p = (n) => Array.from({ length: n }, hx).join(''); return `${p(8)}-${p(4)}-4${p(3)}-a${p(3)}-${p(12)}`; }

function build(c) {
  const rnd = rng(seedOf(c.id));
  for (const k of ['id','lang','setting','verdict','severity','borderline','notes','format','speakers','turns']) if (c[k] === undefined) die(`${c.id}: missing ${k}`);
  if (!SETTINGS.has(c.setting)) die(`${c.id}: bad setting`);
  const fmt = c.format; // teams | zoom | srt | srt-plain | txt | json
  // timing
  let t = c.start ?? (0.4 + rnd() * 1.5);
  const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { t += turn.pause; continue; }
    const [sp, text, cats] = turn;
    if (!c.speakers[sp]) die(`${c.id}: unknown speaker ${sp}`);
    const d = duration(text, c.lang, rnd, c.speakers[sp].rate);
    let start = t, end = t + d;
    if (fmt === 'txt') { start = Math.floor(t); if (cues.length && start <= cues[cues.length - 1].start) start = cues[cues.length - 1].start + 1; end = null; }
    cues.push({ sp, text, cats: cats ?? [], start: r2(start), end: end === null ? null : r2(end) });
    t = (end === null ? start + d : end) + 0.3 + rnd() * 1.0;
  }
  if (fmt === 'txt') cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
  // refusals
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats.length) return;
    for (const x of q.cats) if (!CATS.has(x)) die(`${c.id}: unknown category ${x}`);
    if (c.speakers[q.sp].role !== 'customer') die(`${c.id}: span on a staff cue: ${q.text}`);
    if (fmt === 'txt' && i === cues.length - 1) die(`${c.id}: span on the last line of a .txt log`);
    spans.push({ start: q.start, end: q.end, categories: q.cats });
  });
  if (c.verdict === 'kasuhara' && !spans.length) die(`${c.id}: kasuhara without spans`);
  if (c.verdict !== 'kasuhara' && spans.length) die(`${c.id}: spans on a ${c.verdict} conversation`);
  if (c.verdict === 'kasuhara' && !(c.severity >= 1)) die(`${c.id}: kasuhara needs severity`);
  if (c.verdict !== 'kasuhara' && c.severity !== 0) die(`${c.id}: severity must be 0`);
  // speaker labels as written
  const ids = Object.keys(c.speakers);
  const label = {};
  ids.forEach((k, i) => {
    const s = c.speakers[k];
    if (fmt === 'teams' || fmt === 'zoom') label[k] = s.name;
    else if (fmt === 'srt') label[k] = `SPEAKER_${String(s.diar ?? i).padStart(2, '0')}`;
    else if (fmt === 'srt-plain') label[k] = null;
    else if (fmt === 'txt') label[k] = s.tag ?? (s.role === 'customer' ? (c.lang === 'en' ? 'Caller' : '顧客') : (c.lang === 'en' ? 'Agent' : 'オペレーター'));
    else if (fmt === 'json') label[k] = 'ABCDEFG'[s.diar ?? i];
  });
  let body, ext;
  if (fmt === 'teams') {
    ext = 'vtt'; const base = uuid(rnd);
    body = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 1}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${label[q.sp]}>${q.text}</v>\n`).join('\n');
  } else if (fmt === 'zoom') {
    ext = 'vtt';
    body = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${label[q.sp]}: ${q.text}\n`).join('\n');
  } else if (fmt === 'srt' || fmt === 'srt-plain') {
    ext = 'srt';
    body = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${label[q.sp] ? label[q.sp] + ': ' : ''}${q.text}\n`).join('\n');
  } else if (fmt === 'txt') {
    ext = 'txt';
    body = cues.map((q) => `[${hms(q.start)}] ${label[q.sp]}: ${q.text}`).join('\n') + '\n';
  } else if (fmt === 'json') {
    ext = 'json';
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: label[q.sp], text: q.text }));
    body = JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end + 0.5), text: cues.map((q) => q.text).join(c.lang === 'en' ? ' ' : ''), segments: segs }, null, 1) + '\n';
  } else die(`${c.id}: bad format ${fmt}`);
  const custLabels = [...new Set(ids.filter((k) => c.speakers[k].role === 'customer').map((k) => label[k]).filter(Boolean))];
  const catSet = []; for (const s of spans) for (const x of s.categories) if (!catSet.includes(x)) catSet.push(x);
  const file = `conversations/${c.id}.${ext}`;
  const lab = { id: c.id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline,
    categories: catSet, customer_speakers: custLabels, spans, notes: c.notes, group: GROUP };
  return { file, body, lab, secs: cues[cues.length - 1].end, n: cues.length };
}

const srcDir = join(ROOT, 'source');
const convFiles = readdirSync(srcDir).filter((f) => /^conv-.*\.mjs$/.test(f)).sort();
const all = [];
for (const f of convFiles) { const m = await import(pathToFileURL(join(srcDir, f)).href); all.push(...m.default); }
const seen = new Set();
for (const c of all) { if (seen.has(c.id)) die('duplicate id ' + c.id); seen.add(c.id); if (!c.id.startsWith(GROUP + '-' + c.lang + '-')) die('bad id ' + c.id); }
const order = (id) => id.replace(/-(ja|en)-/, (m, l) => (l === 'ja' ? '-0-' : '-1-'));
all.sort((a, b) => order(a.id).localeCompare(order(b.id)));
rmSync(join(ROOT, 'conversations'), { recursive: true, force: true }); mkdirSync(join(ROOT, 'conversations'));
const out = [];
const stats = [];
for (const c of all) { const b = build(c); writeFileSync(join(ROOT, b.file), b.body); out.push(JSON.stringify(b.lab)); stats.push(`${c.id}\t${c.format}\t${c.verdict}\t${b.n} cues\t${(b.secs / 60).toFixed(1)} min`); }
writeFileSync(join(ROOT, 'labels.jsonl'), out.join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')).href)).default;
const rows = []; const texts = new Set();
for (const [i, b] of bank.entries()) {
  const [lang, kind, setting, cats, text] = b;
  if (!['harassment','hard_negative','ordinary'].includes(kind)) die('bank kind ' + kind);
  if (!SETTINGS.has(setting)) die('bank setting ' + setting);
  const cl = cats ? cats.split(',').filter(Boolean) : [];
  for (const x of cl) if (!CATS.has(x)) die('bank category ' + x);
  if (kind === 'harassment' && !cl.length) die('bank harassment without categories: ' + text);
  if (kind !== 'harassment' && cl.length) die('bank categories on non-harassment: ' + text);
  if (texts.has(text)) die('bank duplicate: ' + text); texts.add(text);
  rows.push(JSON.stringify({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing: kind === 'harassment', categories: cl, kind, setting, source_kind: 'illustrative', source_url: null }));
}
writeFileSync(join(ROOT, 'bank.jsonl'), rows.join('\n') + '\n');
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`wrote ${all.length} conversations, ${rows.length} bank rows`);
