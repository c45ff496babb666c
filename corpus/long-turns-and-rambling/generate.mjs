#!/usr/bin/env node
// Deterministic generator: source/*.mjs -> conversations/, labels.jsonl, bank.jsonl. Node 20, no deps.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'long-turns-and-rambling';
const here = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srt_plain: 'srt', txt: 'txt', json: 'json' };
function die(msg) { console.error('REFUSED: ' + msg); process.exit(1); }
function rng(seed) { let s = 0; for (const ch of seed) s = (s * 31 + ch.charCodeAt(0)) >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
function dur(text, lang, r) {
  if (lang === 'en') { const w = text.split(/\s+/).filter(Boolean).length; return Math.max(1.0, w / 2.5 + 0.3 + r() * 0.5); }
  const n = [...text.replace(/[\s、。！？!?,.…「」『』（）()]/g, '')].length; return Math.max(1.0, n / (6 + r() * 2) + 0.3 + r() * 0.4);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
const tsV = (ms) => `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
const tsS = (ms) => tsV(ms).replace('.', ',');
const tsL = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
function build(c) {
  const tag = c.id;
  if (!SETTINGS.has(c.setting)) die(`${tag}: setting ${c.setting}`);
  if (!FORMATS[c.format]) die(`${tag}: format ${c.format}`);
  if (!['kasuhara','complaint','normal'].includes(c.verdict)) die(`${tag}: verdict`);
  const r = rng(tag);
  const spk = c.speakers; // { C: {name, role}, S: {...} }
  const keys = Object.keys(spk);
  // speaker label per format
  const lbl = {};
  keys.forEach((k, i) => {
    if (c.format === 'teams' || c.format === 'zoom') lbl[k] = spk[k].name;
    else if (c.format === 'srt') lbl[k] = `SPEAKER_${pad(i)}`;
    else if (c.format === 'srt_plain') lbl[k] = null;
    else if (c.format === 'txt') lbl[k] = spk[k].logname ?? (spk[k].role === 'customer' ? (c.lang === 'ja' ? '顧客' : 'Caller') : (c.lang === 'ja' ? 'オペレーター' : 'Agent'));
    else lbl[k] = String.fromCharCode(65 + i);
  });
  // timeline
  let t = (c.start ?? 0.8) + r() * 0.6, prev = null; const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) {
      if (turn.pause) { const p = turn.pause; if (turn.ghost) { if (!['srt','srt_plain','json'].includes(c.format)) die(`${tag}: ghost line outside ASR format`); const gs = t + p * 0.4; cues.push({ k: turn.by ?? keys[0], text: turn.ghost, cats: null, start: gs, end: gs + 1.6, ghost: true }); } t += p; prev = null; continue; }
      die(`${tag}: bad turn entry`);
    }
    const [k, text, cats] = turn;
    if (!spk[k]) die(`${tag}: unknown speaker ${k}`);
    t += prev === null ? 0 : prev === k ? 0.1 + r() * 0.3 : 0.35 + r() * 0.9;
    const d = dur(text, c.lang, r);
    cues.push({ k, text, cats: cats && cats.length ? cats : null, start: t, end: t + d });
    t += d; prev = k;
  }
  // integer ms / seconds
  let last = -1;
  for (const q of cues) {
    if (c.format === 'txt') { let s = Math.round(q.start); if (s <= last) s = last + 1; q.s = s; last = s; }
    else { q.sm = Math.round(q.start * 1000); q.em = Math.round(q.end * 1000); if (q.sm <= last) q.sm = last + 10; if (q.em <= q.sm) q.em = q.sm + 500; last = q.sm; }
  }
  if (c.format === 'txt') cues.forEach((q, i) => { q.e = i + 1 < cues.length ? cues[i + 1].s : q.s + 5; });
  // refusals and spans
  const spans = []; const catset = new Set();
  cues.forEach((q, i) => {
    if (!q.cats) return;
    for (const x of q.cats) if (!CATS.has(x)) die(`${tag}: unknown category ${x}`);
    if (spk[q.k].role !== 'customer') die(`${tag}: span on a staff cue: ${q.text}`);
    if (c.verdict !== 'kasuhara') die(`${tag}: span on a ${c.verdict} conversation`);
    if (c.format === 'txt' && i === cues.length - 1) die(`${tag}: span on the last line of a .txt log`);
    q.cats.forEach((x) => catset.add(x));
    spans.push(c.format === 'txt' ? { start: q.s, end: q.e, categories: q.cats } : { start: q.sm / 1000, end: q.em / 1000, categories: q.cats });
  });
  if (c.verdict === 'kasuhara' && !spans.length) die(`${tag}: kasuhara without spans`);
  if (c.verdict === 'kasuhara' && !(c.severity >= 1 && c.severity <= 3)) die(`${tag}: severity`);
  if (c.verdict !== 'kasuhara' && c.severity !== 0) die(`${tag}: severity must be 0`);
  // render
  let out;
  const ext = FORMATS[c.format];
  if (c.format === 'teams') {
    const base = c.uuid ?? [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('')).join('-');
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 11}-0\n${tsV(q.sm)} --> ${tsV(q.em)}\n<v ${lbl[q.k]}>${q.text}</v>\n`).join('\n');
  } else if (c.format === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${tsV(q.sm)} --> ${tsV(q.em)}\n${lbl[q.k]}: ${q.text}\n`).join('\n');
  } else if (c.format === 'srt' || c.format === 'srt_plain') {
    out = cues.map((q, i) => `${i + 1}\n${tsS(q.sm)} --> ${tsS(q.em)}\n${lbl[q.k] ? lbl[q.k] + ': ' : ''}${q.text}\n`).join('\n');
  } else if (c.format === 'txt') {
    out = cues.map((q) => `[${tsL(q.s)}] ${lbl[q.k]}: ${q.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.sm / 1000, end: q.em / 1000, speaker: lbl[q.k], text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: Math.round(segs.at(-1).end * 100) / 100 + 0.5, text: segs.map((s) => s.text).join(c.lang === 'ja' ? '' : ' '), segments: segs }, null, 1) + '\n';
  }
  const cust = keys.filter((k) => spk[k].role === 'customer').map((k) => lbl[k]).filter((x) => x !== null);
  const label = { id: `${GROUP}-${c.id}`, file: `conversations/${GROUP}-${c.id}.${ext}`, lang: c.lang, setting: c.setting, verdict: c.verdict,
    severity: c.severity, borderline: !!c.borderline, categories: [...catset], customer_speakers: [...new Set(cust)], spans, notes: c.notes, group: GROUP };
  const lastEnd = c.format === 'txt' ? cues.at(-1).e : cues.at(-1).em / 1000;
  return { out, label, n: cues.length, minutes: lastEnd / 60, format: c.format };
}
const files = readdirSync(join(here, 'source')).filter((f) => f.endsWith('.mjs') && f !== 'bank.mjs').sort();
const convs = [];
for (const f of files) { const m = await import(pathToFileURL(join(here, 'source', f))); convs.push(...m.default); }
const ids = new Set();
for (const c of convs) { if (ids.has(c.id)) die('duplicate id ' + c.id); ids.add(c.id); }
rmSync(join(here, 'conversations'), { recursive: true, force: true }); mkdirSync(join(here, 'conversations'));
const labels = [];
const stats = [];
for (const c of convs) { const b = build(c); writeFileSync(join(here, b.label.file), b.out); labels.push(b.label); stats.push(`${c.id} ${c.format} ${c.verdict} ${b.n} cues ${b.minutes.toFixed(1)} min`); }
writeFileSync(join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(here, 'source', 'bank.mjs')))).default;
const seenT = new Set(); const rows = [];
bank.forEach(([lang, kind, setting, cats, text], i) => {
  if (!['harassment','hard_negative','ordinary'].includes(kind)) die('bank kind ' + kind);
  if (!SETTINGS.has(setting)) die('bank setting ' + setting);
  const h = kind === 'harassment';
  if (h !== cats.length > 0) die('bank categories vs kind: ' + text);
  for (const x of cats) if (!CATS.has(x)) die('bank category ' + x);
  if (seenT.has(text)) die('bank duplicate: ' + text); seenT.add(text);
  rows.push({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: h, categories: cats, kind, setting, source_kind: 'illustrative', source_url: null });
});
writeFileSync(join(here, 'bank.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
