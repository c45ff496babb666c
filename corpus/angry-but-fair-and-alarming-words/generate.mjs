#!/usr/bin/env node
// Deterministic generator for the angry-but-fair-and-alarming-words group. Node 20, no dependencies.
// Reads source/conv-*.mjs (arrays of conversations) and source/bank.mjs; writes conversations/, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'angry-but-fair-and-alarming-words';
const ROOT = dirname(fileURLToPath(import.meta.url));
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', 'srt-noprefix': 'srt', txt: 'txt', json: 'json' };

function rng(seedStr) { // mulberry32 seeded from a string hash
  let h = 1779033703 ^ seedStr.length;
  for (let i = 0; i < seedStr.length; i++) { h = Math.imul(h ^ seedStr.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
function fail(msg) { console.error('REFUSED: ' + msg); process.exit(1); }

// speaking time in ms, estimated from text
function speakMs(text, lang, r) {
  if (lang === 'ja') {
    const chars = text.replace(/[\s、。,.!?！？「」…ー―]/g, '').length + (text.match(/[A-Za-z]+/g) || []).length;
    const cps = 6 + r() * 2; // 6-8 chars a second
    return Math.max(900, Math.round((chars / cps) * 1000 + 300));
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(800, Math.round((words / 2.5) * 1000 + 250));
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(ms, sep) { const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, x = ms % 1000; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(x, 3)}`; }
function tsSec(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }

// ASR roughening for srt/json: drop some punctuation deterministically
function asr(text, lang, r) {
  if (lang === 'ja') return text.replace(/、/g, () => (r() < 0.55 ? ' ' : '、')).replace(/。(?=.)/g, () => (r() < 0.4 ? ' ' : '。')).replace(/[。]$/, () => (r() < 0.6 ? '' : '。')).replace(/ +/g, ' ').trim();
  return text.replace(/,/g, () => (r() < 0.5 ? '' : ',')).replace(/\.$/, () => (r() < 0.5 ? '' : '.')).replace(/ +/g, ' ').trim();
}

function build(conv) {
  const id = `${GROUP}-${conv.id}`;
  const { lang, format } = conv;
  if (!FORMATS[format]) fail(`${id}: bad format ${format}`);
  if (!SETTINGS.has(conv.setting)) fail(`${id}: bad setting ${conv.setting}`);
  if (!['kasuhara','complaint','normal'].includes(conv.verdict)) fail(`${id}: bad verdict`);
  const ext = FORMATS[format];
  const r = rng(id);
  const sp = conv.speakers;
  // timing
  let t = Math.round(300 + r() * 900);
  const cues = [];
  for (const turn of conv.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) t += Math.round(turn.pause * 1000); continue; }
    const [who, raw, cats] = turn;
    if (!sp[who]) fail(`${id}: unknown speaker ${who}`);
    if (cats && cats.length) {
      if (sp[who].role !== 'customer') fail(`${id}: span on a non-customer cue: ${raw}`);
      for (const c of cats) if (!CATS.has(c)) fail(`${id}: unknown category ${c}`);
    }
    const text = (format === 'srt' || format === 'srt-noprefix' || format === 'json') && !sp[who].verbatim ? asr(raw, lang, r) : raw;
    const dur = speakMs(raw, lang, r);
    cues.push({ who, text, cats: cats || [], start: t, end: t + dur });
    t += dur + Math.round(250 + r() * 900);
  }
  // speaker labels per format
  const order = []; for (const c of cues) if (!order.includes(c.who)) order.push(c.who);
  const label = {};
  order.forEach((w, i) => {
    if (format === 'teams' || format === 'zoom') label[w] = sp[w].name;
    else if (format === 'srt') label[w] = `SPEAKER_${pad(i)}`;
    else if (format === 'srt-noprefix') label[w] = null;
    else if (format === 'json') label[w] = String.fromCharCode(65 + i);
    else label[w] = sp[w].log || (sp[w].role === 'customer' ? (lang === 'ja' ? '顧客' : 'Caller') : (lang === 'ja' ? 'オペレーター' : 'Agent'));
  });
  let out = '';
  const spans = [];
  if (format === 'txt') {
    let prev = -1;
    const secs = cues.map((c) => { let s = Math.round(c.start / 1000); if (s <= prev) s = prev + 1; prev = s; return s; });
    cues.forEach((c, i) => { c.s = secs[i]; c.e = i + 1 < cues.length ? secs[i + 1] : secs[i] + 5; });
    out = cues.map((c) => `[${tsSec(c.s)}] ${label[c.who]}: ${c.text}`).join('\n') + '\n';
    cues.forEach((c, i) => { if (c.cats.length) { if (i === cues.length - 1) fail(`${id}: span on the last line of a .txt log`); spans.push({ start: c.s, end: c.e, categories: c.cats }); } });
  } else {
    for (const c of cues) if (c.cats.length) spans.push({ start: c.start / 1000, end: c.end / 1000, categories: c.cats });
    if (format === 'teams') {
      const hex = () => Math.floor(r() * 16).toString(16);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, hex).join('')).join('-');
      const base = uuid();
      out = 'WEBVTT\n\n' + cues.map((c, i) => `${base}/${i + 11}-0\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n<v ${label[c.who]}>${c.text}</v>\n`).join('\n');
    } else if (format === 'zoom') {
      out = 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n${label[c.who]}: ${c.text}\n`).join('\n');
    } else if (format === 'srt' || format === 'srt-noprefix') {
      out = cues.map((c, i) => `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${label[c.who] ? label[c.who] + ': ' : ''}${c.text}\n`).join('\n');
    } else if (format === 'json') {
      const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.start / 1000, end: c.end / 1000, speaker: label[c.who], text: c.text }));
      out = JSON.stringify({ task: 'transcribe', duration: Math.round(cues.at(-1).end / 10) / 100, text: cues.map((c) => c.text).join(' '), segments: segs }, null, 1) + '\n';
    }
  }
  if (conv.verdict === 'kasuhara') {
    if (!spans.length) fail(`${id}: kasuhara without spans`);
    if (!(conv.severity >= 1 && conv.severity <= 3)) fail(`${id}: kasuhara severity`);
  } else {
    if (spans.length) fail(`${id}: spans on a ${conv.verdict} conversation`);
    if (conv.severity !== 0) fail(`${id}: severity must be 0`);
  }
  const catSet = []; for (const s of spans) for (const c of s.categories) if (!catSet.includes(c)) catSet.push(c);
  const custLabels = order.filter((w) => sp[w].role === 'customer').map((w) => label[w]).filter((x) => x);
  const file = `conversations/${id}.${ext}`;
  const lab = { id, file, lang, setting: conv.setting, verdict: conv.verdict, severity: conv.severity, borderline: !!conv.borderline,
    categories: catSet, customer_speakers: [...new Set(custLabels)], spans, notes: conv.notes, group: GROUP };
  const lastEnd = format === 'txt' ? cues.at(-1).e : cues.at(-1).end / 1000;
  return { file, out, lab, meta: { format, cues: cues.length, minutes: lastEnd / 60 } };
}

const srcDir = join(ROOT, 'source');
const files = readdirSync(srcDir).filter((f) => /^conv-.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) convs.push(...(await import(pathToFileURL(join(srcDir, f)).href)).default);
const seen = new Set();
for (const c of convs) { if (seen.has(c.id)) fail('duplicate id ' + c.id); seen.add(c.id); }
const langOrder = (c) => (c.lang === 'ja' ? 0 : 1) * 1000 + parseInt(c.id.split('-')[1], 10);
convs.sort((a, b) => langOrder(a) - langOrder(b));
rmSync(join(ROOT, 'conversations'), { recursive: true, force: true });
mkdirSync(join(ROOT, 'conversations'), { recursive: true });
const labels = [];
const stats = [];
for (const c of convs) {
  const b = build(c);
  writeFileSync(join(ROOT, b.file), b.out);
  labels.push(JSON.stringify(b.lab));
  stats.push(`${b.lab.id}\t${b.meta.format}\t${b.lab.setting}\t${b.lab.verdict}\t${b.meta.cues} cues\t${b.meta.minutes.toFixed(1)} min`);
}
writeFileSync(join(ROOT, 'labels.jsonl'), labels.join('\n') + '\n');

// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')).href)).default;
const rows = []; const texts = new Set();
bank.forEach((b, i) => {
  const [lang, kind, setting, text, cats = []] = b;
  if (!['harassment','hard_negative','ordinary'].includes(kind)) fail('bank kind ' + kind + ' ' + text);
  if (!SETTINGS.has(setting)) fail('bank setting ' + setting + ' ' + text);
  if (kind === 'harassment' && !cats.length) fail('bank harassment without categories: ' + text);
  if (kind !== 'harassment' && cats.length) fail('bank categories on non-harassment: ' + text);
  for (const c of cats) if (!CATS.has(c)) fail('bank category ' + c);
  if (texts.has(text)) fail('bank duplicate ' + text); texts.add(text);
  rows.push(JSON.stringify({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null }));
});
writeFileSync(join(ROOT, 'bank.jsonl'), rows.join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('--stats')) console.log(stats.join('\n'));
const k = {}; for (const b of bank) k[b[0] + '/' + b[1]] = (k[b[0] + '/' + b[1]] || 0) + 1;
console.log(`wrote ${labels.length} conversations, ${rows.length} bank rows`, JSON.stringify(k));
