#!/usr/bin/env node
// short-calls-ja: builds conversations/, labels.jsonl and bank.jsonl from source/*.mjs.
// Node 20, no dependencies, deterministic (seeded PRNG). Usage: node generate.mjs
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'short-calls-ja';
const ROOT = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = ['teams', 'zoom', 'srt', 'txt', 'json'];
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', txt: 'txt', json: 'json' };

function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function hashStr(s) { let h = 2166136261; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
const die = (msg) => { console.error('REFUSED: ' + msg); process.exit(1); };

const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(cs, sep) { // centiseconds -> HH:MM:SS.mmm
  const h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = Math.floor(cs / 100) % 60, ms = (cs % 100) * 10;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms, 3)}`;
}
function tsec(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }
const strip = (t) => t.replace(/[。、]/g, ' ').replace(/[！？!?…「」『』]/g, '').replace(/\s+/g, ' ').trim();

// ---------- load sources ----------
const srcDir = join(ROOT, 'source');
const convFiles = readdirSync(srcDir).filter((f) => /^conv.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of convFiles) convs.push(...(await import(pathToFileURL(join(srcDir, f)))).default);

// ---------- format assignment: explicit fmt first, then fill to balance ----------
const fcount = Object.fromEntries(FORMATS.map((f) => [f, 0]));
for (const c of convs) { if (c.fmt) { if (!FORMATS.includes(c.fmt)) die(`${c.key}: bad fmt ${c.fmt}`); fcount[c.fmt]++; } }
for (const c of convs) {
  if (c.fmt) continue;
  const lastSpan = c.t.filter(Array.isArray).at(-1)?.[2]?.length;
  const order = [...FORMATS].sort((a, b) => fcount[a] - fcount[b] || FORMATS.indexOf(a) - FORMATS.indexOf(b));
  c.fmt = order.find((f) => !(f === 'txt' && lastSpan)) ; fcount[c.fmt]++;
}

rmSync(join(ROOT, 'conversations'), { recursive: true, force: true });
mkdirSync(join(ROOT, 'conversations'), { recursive: true });
const labels = []; const seenKeys = new Set(); let srtNo = 0, jsonNo = 0;
const stats = { verdict: {}, fmt: {}, setting: {}, scene: {}, dur: [] };

convs.forEach((c, idx) => {
  const id = `${GROUP}-ja-${pad(idx + 1, 3)}`;
  const where = `${c.key} (${id})`;
  if (seenKeys.has(c.key)) die(`duplicate key ${c.key}`); seenKeys.add(c.key);
  if (!SETTINGS.has(c.setting)) die(`${where}: bad setting ${c.setting}`);
  if (!['kasuhara', 'complaint', 'normal'].includes(c.verdict)) die(`${where}: bad verdict`);
  const R = rng(hashStr(GROUP + c.key));
  const fmt = c.fmt; const asr = fmt === 'srt' || fmt === 'json';
  const hasAsr = c.t.some((q) => Array.isArray(q) && q[3]?.a);
  const stripP = fmt === 'srt' || (fmt === 'json' && (hasAsr || jsonNo % 2 === 0));
  const noPrefix = fmt === 'srt' && (srtNo % 3 === 2);
  if (fmt === 'srt') srtNo++; if (fmt === 'json') jsonNo++;
  // speakers
  const spk = c.sp; const order = [];
  for (const k of Object.keys(spk)) if (!/^[cs]\d?$/.test(k)) die(`${where}: speaker key ${k} must be c, c2, s, s2...`);
  // ---------- timing ----------
  const cues = []; let t = Math.round((0.4 + R() * 2.2) * 100); let pendingPause = null;
  for (const turn of c.t) {
    if (!Array.isArray(turn)) { if (turn.p == null) die(`${where}: bad turn`); pendingPause = (pendingPause ?? 0) + turn.p; continue; }
    let [k, text, cats, o = {}] = turn;
    const noise = k === 'x';
    if (noise && !asr) { continue; }
    if (noise) k = Object.keys(spk).find((q) => q.startsWith('s'));
    if (!spk[k]) die(`${where}: unknown speaker ${k}`);
    if (cats && cats.length) {
      if (k.startsWith('s')) die(`${where}: span on a staff cue: ${text}`);
      for (const x of cats) if (!CATS.has(x)) die(`${where}: unknown category ${x}`);
      if (c.verdict !== 'kasuhara') die(`${where}: span on a ${c.verdict} conversation: ${text}`);
    }
    const len = [...text].length;
    if (o.p != null) pendingPause = (pendingPause ?? 0) + o.p;
    const gap = pendingPause != null ? pendingPause : (c.chat ? 3 + R() * 9 : 0.3 + R() * 1.6);
    const dur = o.d != null ? o.d : (c.chat ? 3 + len * 0.45 * (0.8 + R() * 0.5) : (0.9 + len * 0.19) * (0.88 + R() * 0.24));
    if (cues.length) t += Math.round(gap * 100); else if (pendingPause != null) t += Math.round(gap * 100);
    pendingPause = null;
    const start = t, end = t + Math.max(60, Math.round(dur * 100));
    t = end;
    if (!order.includes(k)) order.push(k);
    let shown = asr && o.a ? o.a : text;
    if (stripP) shown = strip(shown);
    cues.push({ k, text: shown, cats: cats ?? [], start, end, noise });
  }
  if (!cues.length) die(`${where}: no turns`);
  // ---------- render ----------
  let out = ''; let spans = []; let custLabels = [];
  const isCust = (k) => k.startsWith('c');
  const nameOf = (k) => spk[k][0]; const logOf = (k) => spk[k][1] ?? spk[k][0];
  if (fmt === 'txt') {
    let prev = -1; const secs = cues.map((q) => { let s = Math.floor(q.start / 100); if (s <= prev) s = prev + 1; prev = s; return s; });
    const lines = cues.map((q, i) => `[${tsec(secs[i])}] ${logOf(q.k)}: ${q.text}`);
    out = lines.join('\n') + '\n';
    cues.forEach((q, i) => { if (q.cats.length) { if (i === cues.length - 1) die(`${where}: span on the last line of a .txt log`); spans.push({ start: secs[i], end: secs[i + 1], categories: q.cats }); } });
    custLabels = [...new Set(order.filter(isCust).map(logOf))];
    if (new Set(Object.keys(spk).map(logOf)).size !== Object.keys(spk).length) die(`${where}: log role words not distinct`);
  } else if (fmt === 'json') {
    const letter = (k) => String.fromCharCode(65 + order.indexOf(k));
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start / 100, end: q.end / 100, speaker: letter(q.k), text: q.text }));
    const obj = { task: 'transcribe', duration: cues.at(-1).end / 100, text: cues.map((q) => q.text).join(stripP ? ' ' : ''), segments: segs };
    out = JSON.stringify(obj, null, 1) + '\n';
    spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start / 100, end: q.end / 100, categories: q.cats }));
    custLabels = order.filter(isCust).map(letter);
  } else if (fmt === 'srt') {
    const sid = (k) => `SPEAKER_${pad(order.indexOf(k))}`;
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${noPrefix ? '' : sid(q.k) + ': '}${q.text}\n`).join('\n');
    spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start / 100, end: q.end / 100, categories: q.cats }));
    custLabels = noPrefix ? [] : order.filter(isCust).map(sid);
  } else if (fmt === 'teams') {
    const hex = (n) => Array.from({ length: n }, () => Math.floor(R() * 16).toString(16)).join('');
    const u = `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(R() * 4)]}${hex(3)}-${hex(12)}`;
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${u}/${i + 8}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${nameOf(q.k)}>${q.text}</v>\n`).join('\n');
    spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start / 100, end: q.end / 100, categories: q.cats }));
    custLabels = [...new Set(order.filter(isCust).map(nameOf))];
  } else { // zoom
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${nameOf(q.k)}: ${q.text}\n`).join('\n');
    spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start / 100, end: q.end / 100, categories: q.cats }));
    custLabels = [...new Set(order.filter(isCust).map(nameOf))];
  }
  const cats = [...new Set(spans.flatMap((s) => s.categories))];
  const ALL = [...CATS]; cats.sort((a, b) => ALL.indexOf(a) - ALL.indexOf(b));
  if (c.verdict === 'kasuhara') {
    if (!spans.length) die(`${where}: kasuhara without spans`);
    if (!(c.severity >= 1 && c.severity <= 3)) die(`${where}: kasuhara severity must be 1-3`);
  } else if (c.severity) die(`${where}: severity must be 0`);
  const file = `conversations/${id}.${EXT[fmt]}`;
  writeFileSync(join(ROOT, file), out);
  labels.push({ id, file, lang: 'ja', setting: c.setting, verdict: c.verdict, severity: c.verdict === 'kasuhara' ? c.severity : 0,
    borderline: !!c.borderline, categories: cats, customer_speakers: custLabels, spans, notes: c.notes, group: GROUP });
  const durMin = cues.at(-1).end / 6000;
  stats.verdict[c.verdict] = (stats.verdict[c.verdict] ?? 0) + 1;
  stats.fmt[fmt] = (stats.fmt[fmt] ?? 0) + 1;
  stats.setting[c.setting] = (stats.setting[c.setting] ?? 0) + 1;
  stats.scene[c.scene] = (stats.scene[c.scene] ?? 0) + 1;
  stats.dur.push(`${id.slice(-3)}:${c.key}:${fmt}:${cues.length}c:${durMin.toFixed(1)}m`);
});
writeFileSync(join(ROOT, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');

// ---------- bank ----------
const bankSrc = (await import(pathToFileURL(join(srcDir, 'bank.mjs')))).default;
const KIND = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };
const seenText = new Set(); const bank = []; const bstats = {};
bankSrc.forEach(([setting, k, catStr, text], i) => {
  const kind = KIND[k]; if (!kind) die(`bank row ${i + 1}: bad kind ${k}`);
  const categories = catStr ? catStr.split(',').map((s) => s.trim()).filter(Boolean) : [];
  for (const x of categories) if (!CATS.has(x)) die(`bank row ${i + 1}: unknown category ${x}`);
  if (kind === 'harassment' && !categories.length) die(`bank row ${i + 1}: harassment needs a category`);
  if (kind !== 'harassment' && categories.length) die(`bank row ${i + 1}: ${kind} must have no category`);
  if (seenText.has(text)) die(`bank row ${i + 1}: duplicate text ${text}`); seenText.add(text);
  bank.push({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang: 'ja', text, harassing: kind === 'harassment', categories, kind, setting, source_kind: 'illustrative', source_url: null });
  bstats[kind] = (bstats[kind] ?? 0) + 1;
});
writeFileSync(join(ROOT, 'bank.jsonl'), bank.map((b) => JSON.stringify(b)).join('\n') + (bank.length ? '\n' : ''));

console.log(JSON.stringify({ conversations: labels.length, verdict: stats.verdict, fmt: stats.fmt, setting: stats.setting }));
console.log('scenes', JSON.stringify(stats.scene));
console.log('bank', bank.length, JSON.stringify(bstats));
if (process.argv.includes('-v')) console.log(stats.dur.join('\n'));
