#!/usr/bin/env node
// Generates conversations/, labels.jsonl and bank.jsonl from source/*.mjs. Node 20, no dependencies, deterministic.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'fixation-and-stalking';
const here = dirname(fileURLToPath(import.meta.url));
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srt_plain: 'srt', txt: 'txt', json: 'json' };
function rng(seedStr) { let h = 2166136261; for (const ch of seedStr) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return () => { h ^= h << 13; h ^= h >>> 17; h ^= h << 5; return ((h >>> 0) % 100000) / 100000; }; }
const r2 = (x) => Math.round(x * 100) / 100;
function dur(text, lang) {
  if (lang === 'ja') { const n = [...text.replace(/[\s、。！？!?…「」]/g, '')].length; return Math.max(0.9, n / 7 + 0.4); }
  const w = text.split(/\s+/).filter(Boolean).length; return Math.max(0.8, w / 2.5 + 0.3);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function fail(id, msg) { throw new Error(`${id}: ${msg}`); }

function build(c) {
  const id = `${GROUP}-${c.id}`;
  const R = rng(id);
  if (!SETTINGS.has(c.setting)) fail(id, 'bad setting ' + c.setting);
  if (!EXT[c.format]) fail(id, 'bad format ' + c.format);
  const keys = Object.keys(c.speakers);
  // timing
  let t = c.offset ?? r2(0.5 + R() * 1.5);
  const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) t += turn.pause; continue; }
    const [sp, text, cats] = turn;
    if (!c.speakers[sp]) fail(id, 'unknown speaker ' + sp);
    const start = c.format === 'txt' ? Math.max(Math.round(t), cues.length ? cues.at(-1).start + 1 : 0) : r2(t);
    const d = dur(text, c.lang);
    let end = r2(start + d);
    cues.push({ sp, text, cats: cats ?? [], start, end });
    t = start + d + 0.3 + R() * 0.9;
  }
  if (c.format === 'txt') cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
  // checks
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats.length) return;
    if (c.speakers[q.sp].role !== 'customer') fail(id, `span on staff cue: ${q.text}`);
    if (c.format === 'txt' && i === cues.length - 1) fail(id, 'span on last line of a .txt log');
    for (const k of q.cats) if (!CATS.has(k)) fail(id, 'unknown category ' + k);
    spans.push({ start: q.start, end: q.end, categories: q.cats });
  });
  if (c.verdict === 'kasuhara' && !spans.length) fail(id, 'kasuhara without spans');
  if (c.verdict !== 'kasuhara' && spans.length) fail(id, 'spans on ' + c.verdict);
  if (c.verdict === 'kasuhara' && !(c.severity >= 1)) fail(id, 'severity');
  if (c.verdict !== 'kasuhara' && c.severity) fail(id, 'severity must be 0');
  // labels per format
  const srtIdx = Object.fromEntries(keys.map((k, i) => [k, `SPEAKER_${pad(i)}`]));
  const jsonIdx = Object.fromEntries(keys.map((k, i) => [k, String.fromCharCode(65 + i)]));
  const lab = (k) => ({ teams: c.speakers[k].name, zoom: c.speakers[k].name, srt: srtIdx[k], srt_plain: null, txt: c.speakers[k].log, json: jsonIdx[k] })[c.format];
  let out = '';
  if (c.format === 'teams') {
    const guid = Array.from({ length: 4 }, () => Math.floor(R() * 0xffffffff).toString(16).padStart(8, '0'));
    const base = `${guid[0]}-${guid[1].slice(0, 4)}-${guid[1].slice(4)}-${guid[2].slice(0, 4)}-${guid[2].slice(4)}${guid[3]}`;
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 11}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${lab(q.sp)}>${q.text}</v>\n`).join('\n');
  } else if (c.format === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${lab(q.sp)}: ${q.text}\n`).join('\n');
  } else if (c.format === 'srt' || c.format === 'srt_plain') {
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${c.format === 'srt' ? lab(q.sp) + ': ' : ''}${q.text}\n`).join('\n');
  } else if (c.format === 'txt') {
    out = cues.map((q) => `[${ts(q.start, '.').slice(0, 8)}] ${lab(q.sp)}: ${q.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: lab(q.sp), text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: r2(cues.at(-1).end + 0.8), text: cues.map((q) => q.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  const custKeys = keys.filter((k) => c.speakers[k].role === 'customer');
  const customer_speakers = c.format === 'srt_plain' ? [] : custKeys.map(lab);
  const categories = [...new Set(spans.flatMap((s) => s.categories))].sort();
  const label = { id, file: `conversations/${id}.${EXT[c.format]}`, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity ?? 0, borderline: !!c.borderline, categories, customer_speakers, spans, notes: c.notes, group: GROUP };
  return { label, out, dur: cues.at(-1).end, n: cues.length };
}

const srcDir = join(here, 'source');
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'bank.mjs').sort();
const convs = [];
for (const f of files) convs.push(...(await import(pathToFileURL(join(srcDir, f)))).default);
rmSync(join(here, 'conversations'), { recursive: true, force: true });
mkdirSync(join(here, 'conversations'));
const seen = new Set(); const labels = []; const stats = [];
for (const c of convs) {
  if (seen.has(c.id)) fail(c.id, 'duplicate'); seen.add(c.id);
  const { label, out, dur: d, n } = build(c);
  writeFileSync(join(here, label.file), out);
  labels.push(label); stats.push(`${label.id}\t${c.format}\t${label.verdict}\t${n} cues\t${(d / 60).toFixed(1)} min`);
}
writeFileSync(join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')))).default;
const texts = new Set(); const rows = [];
bank.forEach(([lang, kind, setting, cats, text], i) => {
  const bid = `${GROUP}-b${pad(i + 1, 4)}`;
  if (texts.has(text)) fail(bid, 'duplicate bank text ' + text); texts.add(text);
  if (!SETTINGS.has(setting)) fail(bid, 'bad setting');
  const harassing = kind === 'harassment';
  if (harassing !== cats.length > 0) fail(bid, 'categories/kind mismatch: ' + text);
  for (const k of cats) if (!CATS.has(k)) fail(bid, 'bad cat ' + k);
  rows.push({ id: bid, lang, text, harassing, categories: cats, kind, setting, source_kind: 'illustrative', source_url: null });
});
writeFileSync(join(here, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('-v')) console.log(stats.join('\n'));
const cnt = (f) => labels.reduce((a, l) => ((a[f(l)] = (a[f(l)] ?? 0) + 1), a), {});
console.log('conversations', labels.length, JSON.stringify(cnt((l) => l.lang + '/' + l.verdict)));
console.log('bank', rows.length, JSON.stringify(rows.reduce((a, r) => ((a[r.lang + '/' + r.kind] = (a[r.lang + '/' + r.kind] ?? 0) + 1), a), {})));
