#!/usr/bin/env node
// Deterministic generator for the en-banter-and-venting group. Node 20, no dependencies.
// Reads source/conv-*.mjs (conversations) and source/bank.mjs (utterance bank);
// writes conversations/<id>.<ext>, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'en-banter-and-venting';
const HERE = dirname(fileURLToPath(import.meta.url));
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const FORMATS = new Set(['teams','zoom','srt','txt','json']);

function rng(seedStr) { // mulberry32 seeded from a string
  let h = 1779033703 ^ seedStr.length;
  for (let i = 0; i < seedStr.length; i++) { h = Math.imul(h ^ seedStr.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const fail = (id, msg) => { throw new Error(`${id}: ${msg}`); };
const r3 = (x) => Math.round(x * 1000) / 1000;
function duration(text, lang) {
  if (lang === 'ja') { const n = [...text.replace(/\s/g, '')].length; return Math.max(0.9, n / 7 + 0.4); }
  const w = text.split(/\s+/).filter(Boolean).length; return Math.max(0.8, w / 2.5 + 0.35);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsWhole(t) { const h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }
function hex(r, n) { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16); return s; }

function build(c) {
  const id = `${GROUP}-${c.lang}-${pad(c.n, 3)}`;
  if (!['ja','en'].includes(c.lang)) fail(id, 'bad lang');
  if (!SETTINGS.has(c.setting)) fail(id, 'bad setting ' + c.setting);
  if (!FORMATS.has(c.format)) fail(id, 'bad format ' + c.format);
  if (!['kasuhara','complaint','normal'].includes(c.verdict)) fail(id, 'bad verdict');
  const r = rng(id);
  // timeline
  let t = 0.4 + r() * 1.2; const cues = [];
  for (const turn of c.turns) {
    if (turn[0] === 'pause') { t += turn[1]; continue; }
    const [sp, raw, cats] = turn;
    // Japanese in human-edited formats (Teams, Zoom, call logs) gets punctuation; SRT/JSON keep the recogniser's bare spacing.
    const text = c.lang === 'ja' && ['teams', 'zoom', 'txt'].includes(c.format)
      ? raw.replace(/ +/g, '、') + (/[。？！?!」）)]$/.test(raw) ? '' : '。') : raw;
    const who = c.speakers[sp]; if (!who) fail(id, 'unknown speaker ' + sp);
    if (cats && cats.length) {
      if (who.role !== 'customer') fail(id, `span on a staff cue: "${text}"`);
      if (c.verdict !== 'kasuhara') fail(id, `span on a ${c.verdict} conversation: "${text}"`);
      for (const k of cats) if (!CATS.has(k)) fail(id, 'unknown category ' + k);
    }
    const d = duration(text, c.lang);
    cues.push({ sp, who, text, cats: cats || [], start: t, end: t + d });
    t += d + 0.25 + r() * 0.9;
  }
  if (c.verdict === 'kasuhara' && !cues.some((q) => q.cats.length)) fail(id, 'kasuhara conversation without spans');
  if (c.verdict === 'kasuhara' && !(c.severity >= 1)) fail(id, 'kasuhara needs severity');
  if (c.verdict !== 'kasuhara' && c.severity !== 0) fail(id, 'severity must be 0');
  const spk = Object.keys(c.speakers);
  let body = '', ext, custLabels = [];
  const label = (q) => {
    switch (c.format) {
      case 'teams': case 'zoom': return q.who.name;
      case 'srt': return c.srtPrefix === false ? null : `SPEAKER_${pad(spk.indexOf(q.sp))}`;
      case 'txt': return q.who.log;
      case 'json': return String.fromCharCode(65 + spk.indexOf(q.sp));
    }
  };
  if (c.format === 'txt') {
    let prev = -1;
    for (const q of cues) { let s = Math.round(q.start); if (s <= prev) s = prev + 1; q.start = s; prev = s; }
    cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
    if (cues[cues.length - 1].cats.length) fail(id, 'span on the last line of a .txt log');
    for (const q of cues) { if (!q.who.log) fail(id, 'txt speaker needs log'); }
    body = cues.map((q) => `[${tsWhole(q.start)}] ${q.who.log}: ${q.text}`).join('\n') + '\n';
    ext = 'txt';
  } else {
    for (const q of cues) { q.start = r3(q.start); q.end = r3(q.end); }
    if (c.format === 'teams') {
      const base = `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`;
      body = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 3}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${q.who.name}>${q.text}</v>\n`).join('\n');
      ext = 'vtt';
    } else if (c.format === 'zoom') {
      body = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${q.who.name}: ${q.text}\n`).join('\n');
      ext = 'vtt';
    } else if (c.format === 'srt') {
      body = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${label(q) ? label(q) + ': ' : ''}${q.text}\n`).join('\n');
      ext = 'srt';
    } else {
      const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: label(q), text: q.text }));
      const sepr = c.lang === 'ja' ? '' : ' ';
      body = JSON.stringify({ task: 'transcribe', duration: r3(cues[cues.length - 1].end + 0.5), text: cues.map((q) => q.text).join(sepr), segments: segs }, null, 1) + '\n';
      ext = 'json';
    }
  }
  for (const q of cues) if (q.who.role === 'customer') { const l = label(q); if (l && !custLabels.includes(l)) custLabels.push(l); }
  const spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start, end: q.end, categories: q.cats }));
  const categories = [...new Set(spans.flatMap((s) => s.categories))];
  if (c.verdict !== 'kasuhara' && spans.length) fail(id, 'spans on non-kasuhara');
  const lab = { id, file: `conversations/${id}.${ext}`, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity,
    borderline: !!c.borderline, categories, customer_speakers: custLabels, spans, notes: c.notes, group: GROUP };
  return { id, ext, body, lab, dur: cues[cues.length - 1].end, ncues: cues.length, format: c.format };
}

const srcDir = join(HERE, 'source');
const convs = [];
for (const f of readdirSync(srcDir).filter((f) => /^conv-.*\.mjs$/.test(f)).sort()) {
  const m = await import(pathToFileURL(join(srcDir, f)).href);
  convs.push(...m.default);
}
const outDir = join(HERE, 'conversations');
rmSync(outDir, { recursive: true, force: true }); mkdirSync(outDir, { recursive: true });
const labels = []; const seen = new Set(); const stats = [];
for (const c of convs) {
  const b = build(c);
  if (seen.has(b.id)) fail(b.id, 'duplicate id'); seen.add(b.id);
  writeFileSync(join(outDir, `${b.id}.${b.ext}`), b.body);
  labels.push(b.lab); stats.push(`${b.id}\t${b.format}${b.format === 'srt' && convs.find((x) => `${GROUP}-${x.lang}-${pad(x.n, 3)}` === b.id).srtPrefix === false ? '(noprefix)' : ''}\t${b.lab.verdict}\t${b.ncues} cues\t${(b.dur / 60).toFixed(1)} min`);
}
labels.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(join(HERE, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');

const { default: bank } = await import(pathToFileURL(join(srcDir, 'bank.mjs')).href);
const rows = []; const texts = new Set();
bank.forEach(([lang, kind, setting, cats, text], i) => {
  const bid = `${GROUP}-b${pad(i + 1, 4)}`;
  if (!['harassment','hard_negative','ordinary'].includes(kind)) fail(bid, 'bad kind');
  if (!SETTINGS.has(setting)) fail(bid, 'bad setting ' + setting);
  if (kind === 'harassment' && !cats.length) fail(bid, 'harassment without categories');
  if (kind !== 'harassment' && cats.length) fail(bid, 'categories on non-harassment');
  for (const k of cats) if (!CATS.has(k)) fail(bid, 'unknown category ' + k);
  const key = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (texts.has(key)) fail(bid, 'duplicate text ' + text); texts.add(key);
  const len = [...text].length; if (len < 2 || len > 80) fail(bid, `length ${len}: ${text}`);
  rows.push({ id: bid, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null });
});
writeFileSync(join(HERE, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('--stats')) console.log(stats.join('\n'));
const cnt = (arr, k) => arr.reduce((o, x) => ((o[x[k]] = (o[x[k]] ?? 0) + 1), o), {});
console.log(`conversations: ${labels.length}`, JSON.stringify(cnt(labels, 'verdict')), JSON.stringify(cnt(labels, 'lang')));
console.log(`bank: ${rows.length}`, JSON.stringify(cnt(rows, 'kind')), JSON.stringify(cnt(rows, 'lang')));
