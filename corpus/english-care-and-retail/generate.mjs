#!/usr/bin/env node
// Deterministic generator for the english-care-and-retail group. Node 20, no dependencies.
// Reads source/conv-*.mjs (conversations) and source/bank.mjs (utterance bank); writes
// conversations/<id>.<ext>, labels.jsonl, bank.jsonl. Times are estimated from text length.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'english-care-and-retail';
const HERE = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srt_bare: 'srt', log: 'txt', json: 'json' };

function die(msg) { console.error('REFUSED: ' + msg); process.exit(1); }
function rng(seedStr) { let h = 2166136261; for (const ch of seedStr) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } let a = h >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const r2 = (x) => Math.round(x * 100) / 100;
function speechSeconds(text, lang) {
  if (lang === 'ja' || /[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) {
    const n = [...text.replace(/[\s、。！？!?「」…]/g, '')].length; return Math.max(0.9, n / 7);
  }
  const w = text.split(/\s+/).filter(Boolean).length; return Math.max(0.8, w / 2.5);
}
const hms = (s, sep) => { const ms = Math.round(s * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, x = Math.floor(ms / 1000) % 60, f = ms % 1000; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(x).padStart(2,'0')}${sep}${String(f).padStart(3,'0')}`; };
const hmsWhole = (s) => { const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, x = s % 60; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(x).padStart(2,'0')}`; };

function build(c, id) {
  const rand = rng(id);
  const ext = FORMATS[c.format]; if (!ext) die(`${id}: unknown format ${c.format}`);
  if (!SETTINGS.has(c.setting)) die(`${id}: bad setting ${c.setting}`);
  const sp = c.speakers; // key -> {name, role, log?}
  // timeline
  let t = c.startAt ?? (0.4 + rand() * 1.5);
  const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { t += (turn.pause ?? turn.hold ?? 0); continue; }
    const [key, text, cats] = turn;
    const s = sp[key]; if (!s) die(`${id}: unknown speaker ${key}`);
    if (cats && cats.length) {
      if (s.role !== 'customer') die(`${id}: span on a staff cue: ${text}`);
      for (const k of cats) if (!CATS.has(k)) die(`${id}: unknown category ${k}`);
    }
    const dur = speechSeconds(text, c.lang) * (0.9 + rand() * 0.25);
    cues.push({ key, text, cats: cats ?? [], start: r2(t), end: r2(t + dur) });
    t += dur + 0.25 + rand() * 0.9;
  }
  if (c.format === 'log') {
    let prev = -1;
    for (const q of cues) { let s = Math.floor(q.start); if (s <= prev) s = prev + 1; q.start = s; prev = s; }
    cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
    if (cues[cues.length - 1].cats.length) die(`${id}: span on the last line of a .txt log`);
  }
  // speaker labels as written
  const order = []; for (const q of cues) if (!order.includes(q.key)) order.push(q.key);
  const label = (key) => {
    if (c.format === 'teams' || c.format === 'zoom') return sp[key].name;
    if (c.format === 'srt') return `SPEAKER_${String(order.indexOf(key)).padStart(2, '0')}`;
    if (c.format === 'json') return String.fromCharCode(65 + order.indexOf(key));
    if (c.format === 'log') return sp[key].log ?? (sp[key].role === 'customer' ? (c.lang === 'ja' ? '顧客' : 'Caller') : (c.lang === 'ja' ? 'オペレーター' : 'Agent'));
    return null;
  };
  let out = '';
  if (c.format === 'teams') {
    const hex = () => Math.floor(rand() * 16).toString(16);
    const uuid = Array.from({ length: 32 }, hex).join('').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${uuid}/${i + 10}-0\n${hms(q.start, '.')} --> ${hms(q.end, '.')}\n<v ${label(q.key)}>${q.text}</v>\n`).join('\n');
  } else if (c.format === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${hms(q.start, '.')} --> ${hms(q.end, '.')}\n${label(q.key)}: ${q.text}\n`).join('\n');
  } else if (c.format === 'srt' || c.format === 'srt_bare') {
    out = cues.map((q, i) => `${i + 1}\n${hms(q.start, ',')} --> ${hms(q.end, ',')}\n${c.format === 'srt' ? label(q.key) + ': ' : ''}${q.text}\n`).join('\n');
  } else if (c.format === 'log') {
    out = cues.map((q) => `[${hmsWhole(q.start)}] ${label(q.key)}: ${q.text}`).join('\n') + '\n';
  } else if (c.format === 'json') {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: label(q.key), text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end), text: cues.map((q) => q.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  const spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start, end: q.end, categories: [...q.cats] }));
  if (c.verdict === 'kasuhara' && !spans.length) die(`${id}: kasuhara without spans`);
  if (c.verdict !== 'kasuhara' && spans.length) die(`${id}: spans on a ${c.verdict} conversation`);
  if (c.verdict === 'kasuhara' && !(c.severity >= 1)) die(`${id}: kasuhara needs severity`);
  const cats = [...new Set(spans.flatMap((s) => s.categories))];
  const custKeys = Object.keys(sp).filter((k) => sp[k].role === 'customer' && order.includes(k));
  const customer_speakers = c.format === 'srt_bare' ? [] : [...new Set(custKeys.map(label))];
  const labelRow = { id, file: `conversations/${id}.${ext}`, lang: c.lang, setting: c.setting, verdict: c.verdict,
    severity: c.verdict === 'kasuhara' ? c.severity : 0, borderline: !!c.borderline, categories: cats, customer_speakers,
    spans, notes: c.notes, group: GROUP };
  return { out, ext, labelRow, seconds: cues[cues.length - 1].end, n: cues.length };
}

const srcDir = join(HERE, 'source');
const files = readdirSync(srcDir).filter((f) => /^conv-.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) { const m = await import(pathToFileURL(join(srcDir, f)).href); convs.push(...m.default); }
rmSync(join(HERE, 'conversations'), { recursive: true, force: true }); mkdirSync(join(HERE, 'conversations'));
const counter = { ja: 0, en: 0 }; const labels = [];
for (const c of convs) {
  counter[c.lang]++;
  const id = `${GROUP}-${c.lang}-${String(counter[c.lang]).padStart(3, '0')}`;
  const b = build(c, id);
  writeFileSync(join(HERE, 'conversations', `${id}.${b.ext}`), b.out);
  labels.push(JSON.stringify(b.labelRow));
  console.log(`${id}\t${c.format}\t${c.setting}\t${c.verdict}\t${b.n} cues\t${(b.seconds / 60).toFixed(1)} min`);
}
writeFileSync(join(HERE, 'labels.jsonl'), labels.join('\n') + '\n');

const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')).href)).default;
const seen = new Set(); const rows = [];
bank.forEach((b, i) => {
  const [kind, lang, setting, text, cats = []] = b;
  if (!['harassment', 'hard_negative', 'ordinary'].includes(kind)) die(`bank ${i}: kind ${kind}`);
  if (!SETTINGS.has(setting)) die(`bank ${i}: setting ${setting}`);
  if (kind === 'harassment' && !cats.length) die(`bank ${i}: harassment without categories: ${text}`);
  if (kind !== 'harassment' && cats.length) die(`bank ${i}: categories on non-harassment: ${text}`);
  for (const k of cats) if (!CATS.has(k)) die(`bank ${i}: unknown category ${k}`);
  const norm = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''); if (seen.has(norm)) die(`bank duplicate: ${text}`); seen.add(norm);
  rows.push(JSON.stringify({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null }));
});
writeFileSync(join(HERE, 'bank.jsonl'), rows.join('\n') + '\n');
console.log(`conversations: ${labels.length}, bank: ${rows.length}`);
