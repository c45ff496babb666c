#!/usr/bin/env node
// Deterministic generator for the written-channels group. Node 20, no dependencies.
// Reads source/*.mjs (conversations) and source/bank.mjs, writes conversations/, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'written-channels';
const here = dirname(fileURLToPath(import.meta.url));
const ORDER = ['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure'];
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srt_plain: 'srt', txt: 'txt', json: 'json' };

function hash(s) { let h = 2166136261; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seed) { let a = seed; return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function hms(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }
const r2 = (x) => Math.round(x * 100) / 100;

// speaking (or typing) time from text length
function duration(text, lang, r, typing) {
  let d;
  if (lang === 'ja') { const n = [...text.replace(/\s+/g, '')].length; d = n / (6 + r() * 2); }
  else { const w = text.split(/\s+/).filter(Boolean).length; d = w / 2.5; }
  d = Math.max(d, 0.9) + 0.2;
  return typing ? d * 2.2 + 2 : d;
}

function build(conv) {
  const { id, lang, format } = conv;
  if (!EXT[format]) throw new Error(`${id}: unknown format ${format}`);
  if (!SETTINGS.has(conv.setting)) throw new Error(`${id}: bad setting`);
  const r = rng(hash(id));
  const typing = format === 'txt';
  // speaker labels as written in the file
  const order = []; for (const t of conv.turns) if (Array.isArray(t) && !order.includes(t[0])) order.push(t[0]);
  const label = {};
  order.forEach((k, i) => {
    const sp = conv.speakers[k]; if (!sp) throw new Error(`${id}: undefined speaker ${k}`);
    if (format === 'srt') label[k] = 'SPEAKER_' + pad(i);
    else if (format === 'srt_plain') label[k] = null;
    else if (format === 'json') label[k] = String.fromCharCode(65 + i);
    else label[k] = sp.name;
  });
  // timing
  let t = conv.start ?? (0.4 + r() * 1.5);
  const cues = [];
  for (const turn of conv.turns) {
    if (!Array.isArray(turn)) { t += turn.pause; continue; }
    const [k, text, cs] = turn;
    const d = duration(text, lang, r, typing);
    let start = t, end = t + d;
    if (typing) { start = Math.max(Math.round(t), cues.length ? cues.at(-1).start + 1 : 0); }
    cues.push({ k, text, cats: cs ?? null, start: typing ? start : r2(start), end: typing ? null : r2(end) });
    t = (typing ? start : end) + (typing ? d : 0) + (typing ? 0.5 + r() * 4 : 0.7 + r() * 2.0);
  }
  if (typing) cues.forEach((c, i) => { c.end = i + 1 < cues.length ? cues[i + 1].start : c.start + 5; });
  // checks
  const spans = [];
  cues.forEach((c, i) => {
    if (!c.cats) return;
    if (conv.speakers[c.k].role !== 'customer') throw new Error(`${id}: span on a staff cue: ${c.text}`);
    if (typing && i === cues.length - 1) throw new Error(`${id}: span on the last line of a .txt log`);
    spans.push({ start: c.start, end: c.end, categories: c.cats });
  });
  if (conv.verdict === 'kasuhara' && !spans.length) throw new Error(`${id}: kasuhara without spans`);
  if (conv.verdict !== 'kasuhara' && spans.length) throw new Error(`${id}: spans on a ${conv.verdict} conversation`);
  if (conv.verdict === 'kasuhara' && !(conv.severity >= 1)) throw new Error(`${id}: severity`);
  if (conv.verdict !== 'kasuhara' && conv.severity !== 0) throw new Error(`${id}: severity must be 0`);
  // render
  let out = '';
  if (format === 'teams') {
    const uuid = [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('')).join('-');
    out = 'WEBVTT\n\n' + cues.map((c, i) => `${uuid}/${i + 11}-0\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n<v ${label[c.k]}>${c.text}</v>\n`).join('\n');
  } else if (format === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n${label[c.k]}: ${c.text}\n`).join('\n');
  } else if (format === 'srt' || format === 'srt_plain') {
    out = cues.map((c, i) => `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${label[c.k] ? label[c.k] + ': ' : ''}${c.text}\n`).join('\n');
  } else if (format === 'txt') {
    out = cues.map((c) => `[${hms(c.start)}] ${label[c.k]}: ${c.text}`).join('\n') + '\n';
  } else if (format === 'json') {
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: 'seg_' + i, start: c.start, end: c.end, speaker: label[c.k], text: c.text }));
    out = JSON.stringify({ task: 'transcribe', duration: r2(cues.at(-1).end + 0.5), text: cues.map((c) => c.text).join(lang === 'ja' ? '' : ' '), segments: segs }, null, 1) + '\n';
  }
  const file = `conversations/${id}.${EXT[format]}`;
  const catset = new Set(spans.flatMap((s) => s.categories));
  const customers = order.filter((k) => conv.speakers[k].role === 'customer').map((k) => label[k]).filter((x) => x != null);
  const lab = { id, file, lang, setting: conv.setting, verdict: conv.verdict, severity: conv.severity, borderline: !!conv.borderline,
    categories: ORDER.filter((c) => catset.has(c)), customer_speakers: [...new Set(customers)], spans, notes: conv.notes, group: GROUP };
  return { file, out, lab, dur: cues.at(-1).end, n: cues.length };
}

const srcDir = join(here, 'source');
const convs = [];
for (const f of readdirSync(srcDir).filter((f) => /^conv.*\.mjs$/.test(f)).sort()) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  for (const c of mod.default) convs.push({ ...c, id: `${GROUP}-${c.id}` });
}
const seen = new Set(); for (const c of convs) { if (seen.has(c.id)) throw new Error('duplicate id ' + c.id); seen.add(c.id); }
convs.sort((a, b) => a.id.localeCompare(b.id));
rmSync(join(here, 'conversations'), { recursive: true, force: true });
mkdirSync(join(here, 'conversations'), { recursive: true });
const labels = [];
const stats = [];
for (const c of convs) {
  const b = build(c);
  writeFileSync(join(here, b.file), b.out);
  labels.push(JSON.stringify(b.lab));
  stats.push(`${c.id}\t${c.format}\t${c.verdict}\t${c.severity}\t${b.n} cues\t${(b.dur / 60).toFixed(1)} min`);
}
writeFileSync(join(here, 'labels.jsonl'), labels.join('\n') + '\n');

// bank
const { default: bankSrc } = await import(pathToFileURL(join(srcDir, 'bank.mjs')).href);
const KIND = { h: 'harassment', n: 'hard_negative', o: 'ordinary' };
const { cats } = await import(pathToFileURL(join(srcDir, 'dsl.mjs')).href);
const rows = []; const texts = new Set();
let i = 0;
for (const line0 of bankSrc.split('\n')) {
  const line = line0.trim(); if (!line || line.startsWith('//')) continue;
  const m = line.match(/^([hno])\|([a-z,]*)\|([a-z_]+)\|(.+)$/); if (!m) throw new Error('bad bank line: ' + line);
  const [, k, cs, setting, text] = m;
  if (!SETTINGS.has(setting)) throw new Error('bad bank setting: ' + line);
  const categories = cs ? cats(cs) : [];
  if (k === 'h' && !categories.length) throw new Error('harassment row without categories: ' + line);
  if (k !== 'h' && categories.length) throw new Error('non-harassment row with categories: ' + line);
  const len = [...text].length; if (len < 2 || len > 80) throw new Error(`bank text length ${len}: ${text}`);
  if (texts.has(text)) throw new Error('duplicate bank text: ' + text); texts.add(text);
  const lang = /[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]/.test(text) ? 'ja' : 'en';
  rows.push(JSON.stringify({ id: `${GROUP}-b${pad(++i, 4)}`, lang, text, harassing: k === 'h', categories, kind: KIND[k], setting, source_kind: 'illustrative', source_url: null }));
}
writeFileSync(join(here, 'bank.jsonl'), rows.join('\n') + '\n');
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`wrote ${labels.length} conversations, ${rows.length} bank rows`);
