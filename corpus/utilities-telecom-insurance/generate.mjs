#!/usr/bin/env node
// Deterministic generator: source/*.mjs -> conversations/, labels.jsonl, bank.jsonl. Node 20, no deps.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'utilities-telecom-insurance';
const here = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
function die(m) { console.error('REFUSED: ' + m); process.exit(1); }
function rng(seedStr) { let h = 1779033703; for (const ch of seedStr) { h = Math.imul(h ^ ch.charCodeAt(0), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function hms(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }
function speechSecs(text, lang) {
  if (lang === 'en') { const w = text.split(/\s+/).filter(Boolean).length; return Math.max(0.9, w / 2.5 + 0.3); }
  const n = [...text.replace(/[\s、。！？!?…「」（）()]/g, '')].length; return Math.max(0.8, n / 6.2 + 0.4);
}
const r2 = (x) => Math.round(x * 1000) / 1000;

const files = readdirSync(join(here, 'source')).filter((f) => f.endsWith('.mjs') && f !== 'bank.mjs' && !f.startsWith('_')).sort();
const convs = [];
for (const f of files) { const mod = await import(pathToFileURL(join(here, 'source', f)).href); convs.push(...mod.default); }
const outDir = join(here, 'conversations'); rmSync(outDir, { recursive: true, force: true }); mkdirSync(outDir, { recursive: true });
const labels = []; const ids = new Set();
for (const c of convs) {
  const id = `${GROUP}-${c.id}`; if (ids.has(id)) die('duplicate id ' + id); ids.add(id);
  if (!['ja', 'en'].includes(c.lang)) die(id + ' lang'); if (!SETTINGS.has(c.setting)) die(id + ' setting');
  if (!['kasuhara', 'complaint', 'normal'].includes(c.verdict)) die(id + ' verdict');
  const R = rng(id);
  // timing
  let t = 0.4 + R() * 1.2; const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) { t += turn.pause; continue; } die(id + ' bad turn'); }
    const [sp, text, cats] = turn; const spk = c.speakers[sp]; if (!spk) die(`${id}: unknown speaker ${sp}`);
    if (cats && cats.length) { if (spk.role !== 'customer') die(`${id}: span on a staff cue: ${text}`); for (const k of cats) if (!CATS.has(k)) die(`${id}: bad category ${k}`); }
    const d = speechSecs(text, c.lang) * (0.9 + R() * 0.25);
    cues.push({ sp, spk, text, cats: cats || [], start: r2(t), end: r2(t + d) });
    t += d + 0.4 + R() * 1.3;
  }
  const hasSpan = cues.some((q) => q.cats.length);
  if (c.verdict === 'kasuhara' && !hasSpan) die(id + ': kasuhara without spans');
  if (c.verdict !== 'kasuhara' && hasSpan) die(id + ': spans on a ' + c.verdict + ' conversation');
  let ext, body = '', custSpk = [];
  const fmt = c.format;
  if (fmt === 'teams' || fmt === 'zoom') {
    ext = 'vtt'; body = 'WEBVTT\n\n'; const base = Array.from({ length: 4 }, () => Math.floor(R() * 0x10000).toString(16).padStart(4, '0'));
    const guid = `${base[0]}${base[1]}-${base[2]}-4${base[3].slice(1)}-a${Math.floor(R() * 4096).toString(16).padStart(3, '0')}-${Math.floor(R() * 2 ** 32).toString(16).padStart(8, '0')}${Math.floor(R() * 65536).toString(16).padStart(4, '0')}`;
    cues.forEach((q, i) => { body += (fmt === 'teams' ? `${guid}/${i + 11}-0` : `${i + 1}`) + `\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n` + (fmt === 'teams' ? `<v ${q.spk.name}>${q.text}</v>` : `${q.spk.name}: ${q.text}`) + '\n\n'; });
    custSpk = [...new Set(cues.filter((q) => q.spk.role === 'customer').map((q) => q.spk.name))];
  } else if (fmt === 'srt' || fmt === 'srt-np') {
    ext = 'srt'; const lab = {}; let n = 0; for (const k of Object.keys(c.speakers)) lab[k] = c.speakers[k].srt ?? `SPEAKER_${pad(n++)}`;
    cues.forEach((q, i) => { body += `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${fmt === 'srt' ? lab[q.sp] + ': ' : ''}${q.text}\n\n`; });
    custSpk = fmt === 'srt' ? [...new Set(cues.filter((q) => q.spk.role === 'customer').map((q) => lab[q.sp]))] : [];
  } else if (fmt === 'txt') {
    ext = 'txt'; let prev = -1;
    for (const q of cues) { let s = Math.round(q.start); if (s <= prev) s = prev + 1; q.start = s; prev = s; }
    cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
    if (cues[cues.length - 1].cats.length) die(id + ': span on the last line of a .txt log');
    body = cues.map((q) => `[${hms(q.start)}] ${q.spk.log}: ${q.text}`).join('\n') + '\n';
    custSpk = [...new Set(cues.filter((q) => q.spk.role === 'customer').map((q) => q.spk.log))];
    for (const q of cues) if (!q.spk.log) die(id + ' speaker without log role');
  } else if (fmt === 'json') {
    ext = 'json'; const lab = {}; let n = 0; for (const k of Object.keys(c.speakers)) lab[k] = c.speakers[k].json ?? String.fromCharCode(65 + n++);
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: lab[q.sp], text: q.text }));
    body = JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end + 0.5), text: cues.map((q) => q.text).join(' '), segments: segs }, null, 1) + '\n';
    custSpk = [...new Set(cues.filter((q) => q.spk.role === 'customer').map((q) => lab[q.sp]))];
  } else die(id + ' format ' + fmt);
  const file = `conversations/${id}.${ext}`; writeFileSync(join(here, file), body);
  const spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start, end: q.end, categories: [...new Set(q.cats)] }));
  const categories = [...new Set(spans.flatMap((s) => s.categories))];
  const sev = c.verdict === 'kasuhara' ? c.severity : 0; if (c.verdict === 'kasuhara' && !(sev >= 1 && sev <= 3)) die(id + ' severity');
  labels.push({ id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: sev, borderline: !!c.borderline, categories, customer_speakers: custSpk, spans, notes: c.notes, group: GROUP });
  c._dur = cues[cues.length - 1].end; c._n = cues.length;
}
writeFileSync(join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(here, 'source', 'bank.mjs')).href)).default;
const seenT = new Set(); const rows = [];
bank.forEach(([lang, kind, setting, cats, text], i) => {
  if (seenT.has(text)) die('bank duplicate: ' + text); seenT.add(text);
  if (!['harassment', 'hard_negative', 'ordinary'].includes(kind)) die('bank kind ' + kind);
  if (kind === 'harassment' && !cats.length) die('bank harassment without categories: ' + text);
  if (kind !== 'harassment' && cats.length) die('bank categories on non-harassment: ' + text);
  for (const k of cats) if (!CATS.has(k)) die('bank category ' + k); if (!SETTINGS.has(setting)) die('bank setting ' + setting);
  rows.push({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null });
});
writeFileSync(join(here, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
// summary
const tally = (f) => labels.reduce((a, l) => ((a[f(l)] = (a[f(l)] ?? 0) + 1), a), {});
console.log('conversations', labels.length, JSON.stringify(tally((l) => l.lang)), JSON.stringify(tally((l) => l.verdict)), JSON.stringify(tally((l) => l.file.split('.').pop())));
console.log('formats', JSON.stringify(convs.reduce((a, c) => ((a[c.format] = (a[c.format] ?? 0) + 1), a), {})));
console.log('long(>=25min):', convs.filter((c) => c._dur >= 1500).map((c) => `${c.id} ${(c._dur / 60).toFixed(1)}min/${c._n}`).join(', '));
console.log('durations min:', convs.map((c) => `${c.id}:${(c._dur / 60).toFixed(1)}`).join(' '));
console.log('bank', rows.length, JSON.stringify(rows.reduce((a, r) => ((a[r.kind] = (a[r.kind] ?? 0) + 1), a), {})), JSON.stringify(rows.reduce((a, r) => ((a[r.lang] = (a[r.lang] ?? 0) + 1), a), {})));
