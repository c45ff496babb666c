#!/usr/bin/env node
// Generates conversations/, labels.jsonl and bank.jsonl from source/*.mjs. Deterministic (seeded), Node 20, no deps.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'salons-leisure-auto';
const here = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srt_bare: 'srt', txt: 'txt', json: 'json' };
function fail(msg) { console.error('REFUSED: ' + msg); process.exit(1); }
function rng(seedStr) { let h = 2166136261; for (const ch of seedStr) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } let s = h >>> 0; return () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(ms, sep) { const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, r = ms % 1000; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(r, 3)}`; }
function tsWhole(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }
function speechMs(text, lang, r) {
  if (lang === 'ja') { const n = [...text.replace(/[\s、。！？!?「」（）()…・]/g, '')].length; const cps = 6 + r() * 2; return Math.round((n / cps + 0.4) * 1000); }
  const w = text.split(/\s+/).filter(Boolean).length; return Math.round((w / 2.5 + 0.4) * 1000);
}
function asrNoise(text, lang, r) {
  // recogniser output: punctuation often missing
  if (lang === 'ja') { if (r() < 0.45) text = text.replace(/。$/, ''); if (r() < 0.3) text = text.replace(/、/g, ' '); return text.replace(/！/g, r() < 0.5 ? '' : '!'); }
  if (r() < 0.4) text = text.replace(/[.,]/g, ''); return text;
}
// load sources
const srcDir = join(here, 'source');
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && !f.startsWith('bank')).sort();
const convs = [];
for (const f of files) { const mod = await import(pathToFileURL(join(srcDir, f)).href); for (const c of mod.default) convs.push({ ...c, _src: f }); }
rmSync(join(here, 'conversations'), { recursive: true, force: true });
mkdirSync(join(here, 'conversations'), { recursive: true });
const counter = { ja: 0, en: 0 };
const labels = [];
for (const c of convs) {
  const lang = c.lang; if (!['ja', 'en'].includes(lang)) fail(`${c._src}: bad lang`);
  counter[lang]++; const id = `${GROUP}-${lang}-${pad(counter[lang], 3)}`;
  const where = `${id} (${c._src}, "${c.title ?? ''}")`;
  if (!SETTINGS.has(c.setting)) fail(`${where}: bad setting`);
  if (!FORMATS[c.format]) fail(`${where}: bad format ${c.format}`);
  if (!['kasuhara', 'complaint', 'normal'].includes(c.verdict)) fail(`${where}: bad verdict`);
  const ext = FORMATS[c.format];
  const r = rng(id);
  // speakers: { key: { name, role } }
  const spk = c.speakers;
  for (const [k, v] of Object.entries(spk)) if (!['customer', 'staff'].includes(v.role)) fail(`${where}: speaker ${k} role`);
  const keys = Object.keys(spk);
  const label = {};
  keys.forEach((k, i) => {
    if (c.format === 'teams' || c.format === 'zoom') label[k] = spk[k].name;
    else if (c.format === 'srt') label[k] = `SPEAKER_${pad(i)}`;
    else if (c.format === 'srt_bare') label[k] = null;
    else if (c.format === 'txt') label[k] = spk[k].log ?? (spk[k].role === 'customer' ? (lang === 'ja' ? 'お客様' : 'Customer') : (lang === 'ja' ? '受付' : 'Staff'));
    else label[k] = String.fromCharCode(65 + i);
  });
  // timeline
  let t = Math.round(300 + r() * 900); const cues = []; let lastTxt = -1;
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) t += Math.round(turn.pause * 1000); continue; }
    const [k, text0, cats] = turn;
    if (!spk[k]) fail(`${where}: unknown speaker ${k}`);
    const noisy = c.format === 'srt' || c.format === 'srt_bare' || c.format === 'json';
    const text = noisy ? asrNoise(text0, lang, r) : text0;
    const dur = speechMs(text0, lang, r);
    let start = t, end = t + dur;
    if (c.format === 'txt') { let s = Math.round(start / 1000); if (s <= lastTxt) s = lastTxt + 1; lastTxt = s; start = s * 1000; }
    cues.push({ k, text, start, end, cats: cats ?? null });
    t = end + Math.round(250 + r() * (lang === 'ja' ? 900 : 1100));
  }
  if (c.format === 'txt') cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : null; });
  // spans
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats) return;
    if (!q.cats.length) fail(`${where}: empty category list on cue ${i}`);
    for (const x of q.cats) if (!CATS.has(x)) fail(`${where}: unknown category ${x}`);
    if (spk[q.k].role !== 'customer') fail(`${where}: span on a staff cue ${i}: ${q.text}`);
    if (c.format === 'txt' && i === cues.length - 1) fail(`${where}: span on the last line of a .txt log`);
    if (c.verdict !== 'kasuhara') fail(`${where}: span on a ${c.verdict} conversation`);
    spans.push({ start: q.start / 1000, end: q.end / 1000, categories: q.cats });
  });
  if (c.verdict === 'kasuhara' && !spans.length) fail(`${where}: kasuhara without spans`);
  const sev = c.verdict === 'kasuhara' ? c.severity : 0;
  if (c.verdict === 'kasuhara' && !(sev >= 1 && sev <= 3)) fail(`${where}: severity`);
  const categories = [...new Set(spans.flatMap((s) => s.categories))];
  // write file
  let out = '';
  if (c.format === 'teams') {
    const base = c.uuid ?? [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('')).join('-');
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 1}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${label[q.k]}>${q.text}</v>\n`).join('\n');
  } else if (c.format === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${label[q.k]}: ${q.text}\n`).join('\n');
  } else if (c.format === 'srt' || c.format === 'srt_bare') {
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${label[q.k] ? label[q.k] + ': ' : ''}${q.text}\n`).join('\n');
  } else if (c.format === 'txt') {
    out = cues.map((q) => `[${tsWhole(q.start / 1000)}] ${label[q.k]}: ${q.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start / 1000, end: q.end / 1000, speaker: label[q.k], text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: Math.ceil(cues.at(-1).end / 100) / 10, text: cues.map((q) => q.text).join(lang === 'ja' ? '' : ' '), segments: segs }, null, 1) + '\n';
  }
  const file = `conversations/${id}.${ext}`;
  writeFileSync(join(here, file), out);
  const customers = [...new Set(keys.filter((k) => spk[k].role === 'customer').map((k) => label[k]).filter(Boolean))];
  labels.push({ id, file, lang, setting: c.setting, verdict: c.verdict, severity: sev, borderline: !!c.borderline, categories, customer_speakers: customers, spans, notes: c.notes, group: GROUP, _fmt: c.format, _dur: (cues.at(-1).end ?? cues.at(-1).start + 5000) / 1000, _n: cues.length });
}
writeFileSync(join(here, 'labels.jsonl'), labels.map(({ _fmt, _dur, _n, ...l }) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')).href)).default;
const seenText = new Set(); const rows = [];
bank.forEach(([lang, kind, setting, cats, text], i) => {
  if (!['harassment', 'hard_negative', 'ordinary'].includes(kind)) fail(`bank ${i}: kind`);
  if (!SETTINGS.has(setting)) fail(`bank ${i}: setting ${setting}`);
  for (const x of cats) if (!CATS.has(x)) fail(`bank ${i}: cat ${x}`);
  if ((kind === 'harassment') !== (cats.length > 0)) fail(`bank ${i}: categories vs kind: ${text}`);
  const norm = text.replace(/[\s、。！？!?,.…「」]/g, '');
  if (seenText.has(norm)) fail(`bank ${i}: duplicate ${text}`); seenText.add(norm);
  rows.push({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null });
});
writeFileSync(join(here, 'bank.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + (rows.length ? '\n' : ''));
// summary
const tally = (f) => labels.reduce((a, l) => ((a[f(l)] = (a[f(l)] ?? 0) + 1), a), {});
console.log('conversations', labels.length, JSON.stringify(tally((l) => l.lang)), JSON.stringify(tally((l) => l.verdict)));
console.log('formats', JSON.stringify(tally((l) => l._fmt)), 'settings', JSON.stringify(tally((l) => l.setting)));
console.log('severity', JSON.stringify(tally((l) => l.severity)), 'borderline', labels.filter((l) => l.borderline).length);
console.log('categories', JSON.stringify(labels.flatMap((l) => l.categories).reduce((a, x) => ((a[x] = (a[x] ?? 0) + 1), a), {})));
console.log('durations(min)', labels.map((l) => `${l.id.slice(GROUP.length + 1)}:${(l._dur / 60).toFixed(1)}/${l._n}`).join(' '));
console.log('bank', rows.length, JSON.stringify(tally.call(null, () => 0) && rows.reduce((a, x) => ((a[x.lang + '/' + x.kind] = (a[x.lang + '/' + x.kind] ?? 0) + 1), a), {})));
