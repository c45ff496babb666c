#!/usr/bin/env node
// Deterministic generator for the home-visits-b2b group (Node 20, no dependencies).
// Reads source/conv-*.mjs and source/bank.mjs; writes conversations/, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'home-visits-b2b';
const HERE = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { 'vtt-teams': 'vtt', 'vtt-zoom': 'vtt', srt: 'srt', txt: 'txt', json: 'json' };

function hash(s) { let h = 2166136261; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(ms, sep) { const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsec(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }
function uuid(r) { const hx = () => Math.floor(r() * 16).toString(16); const seg = (n) => Array.from({ length: n }, hx).join(''); return `${seg(8)}-${seg(4)}-4${seg(3)}-a${seg(3)}-${seg(12)}`; }

// speaking time in ms from text length
function speakMs(text, lang, r) {
  const clean = text.replace(/[（(][^）)]*[）)]/g, '').replace(/\[[^\]]*\]/g, '');
  let sec;
  if (lang === 'ja') { const n = [...clean.replace(/[\s、。！？!?…「」]/g, '')].length; sec = n / (6 + r() * 2); }
  else { const n = clean.split(/\s+/).filter(Boolean).length; sec = n / (2.3 + r() * 0.4); }
  return Math.round(Math.max(0.8, sec + 0.3) * 1000);
}

function build(conv, id) {
  const r = rng(hash(id));
  const fmt = conv.format; if (!FORMATS[fmt]) throw new Error(`${id}: unknown format ${fmt}`);
  if (!SETTINGS.has(conv.setting)) throw new Error(`${id}: bad setting ${conv.setting}`);
  if (!['kasuhara', 'complaint', 'normal'].includes(conv.verdict)) throw new Error(`${id}: bad verdict`);
  const spk = conv.speakers;
  for (const [k, s] of Object.entries(spk)) if (!['customer', 'staff'].includes(s.role)) throw new Error(`${id}: speaker ${k} role`);
  // label per speaker as written in the file
  const order = []; for (const t of conv.turns) if (Array.isArray(t) && !order.includes(t[0])) order.push(t[0]);
  const label = {};
  order.forEach((k, i) => {
    if (!spk[k]) throw new Error(`${id}: unknown speaker ${k}`);
    label[k] = fmt === 'srt' ? `SPEAKER_${pad(i)}` : fmt === 'json' ? String.fromCharCode(65 + i) : fmt === 'txt' ? spk[k].tag : spk[k].name;
    if (!label[k]) throw new Error(`${id}: speaker ${k} needs ${fmt === 'txt' ? 'tag' : 'name'}`);
  });
  // timing
  let t = Math.round((conv.lead ?? 0.8 + r() * 1.5) * 1000);
  const cues = [];
  for (const turn of conv.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) t += Math.round(turn.pause * 1000); continue; }
    const [k, text, cats] = turn;
    if (/\n/.test(text)) throw new Error(`${id}: newline in text`);
    const dur = speakMs(text, conv.lang, r);
    cues.push({ k, text, cats: cats ?? null, start: t, end: t + dur });
    t += dur + Math.round((0.3 + r() * 1.3) * 1000);
  }
  if (fmt === 'txt') {
    let prev = -1;
    for (const c of cues) { let s = Math.round(c.start / 1000); if (s <= prev) s = prev + 1; c.start = s * 1000; prev = s; }
    cues.forEach((c, i) => { c.end = i + 1 < cues.length ? cues[i + 1].start : c.start + 5000; });
  }
  // checks on spans
  const spans = [];
  cues.forEach((c, i) => {
    if (!c.cats) return;
    if (!c.cats.length) throw new Error(`${id}: empty categories on cue ${i}`);
    for (const x of c.cats) if (!CATS.has(x)) throw new Error(`${id}: unknown category ${x}`);
    if (spk[c.k].role !== 'customer') throw new Error(`${id}: span on a staff cue: ${c.text}`);
    if (conv.verdict !== 'kasuhara') throw new Error(`${id}: span on a ${conv.verdict} conversation`);
    if (fmt === 'txt' && i === cues.length - 1) throw new Error(`${id}: span on the last line of a .txt log`);
    spans.push({ start: c.start / 1000, end: c.end / 1000, categories: [...c.cats] });
  });
  if (conv.verdict === 'kasuhara' && !spans.length) throw new Error(`${id}: kasuhara without spans`);
  if (conv.verdict === 'kasuhara' && !(conv.severity >= 1 && conv.severity <= 3)) throw new Error(`${id}: severity`);
  if (conv.verdict !== 'kasuhara' && conv.severity !== 0) throw new Error(`${id}: severity must be 0`);
  const cats = [...new Set(spans.flatMap((s) => s.categories))];
  // render
  let out;
  if (fmt === 'vtt-teams') {
    const base = uuid(r);
    out = 'WEBVTT\n\n' + cues.map((c, i) => `${base}/${i + 7}-0\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n<v ${label[c.k]}>${c.text}</v>\n`).join('\n');
  } else if (fmt === 'vtt-zoom') {
    out = 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n${label[c.k]}: ${c.text}\n`).join('\n');
  } else if (fmt === 'srt') {
    out = cues.map((c, i) => `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${conv.noprefix ? '' : label[c.k] + ': '}${c.text}\n`).join('\n');
  } else if (fmt === 'txt') {
    out = cues.map((c) => `[${tsec(c.start / 1000)}] ${label[c.k]}: ${c.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.start / 1000, end: c.end / 1000, speaker: label[c.k], text: c.text }));
    out = JSON.stringify({ task: 'transcribe', duration: Math.round(cues.at(-1).end / 100) / 10 + 0.4, text: cues.map((c) => c.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  const custLabels = (fmt === 'srt' && conv.noprefix) ? [] : order.filter((k) => spk[k].role === 'customer').map((k) => label[k]);
  const ext = FORMATS[fmt];
  const lab = { id, file: `conversations/${id}.${ext}`, lang: conv.lang, setting: conv.setting, verdict: conv.verdict,
    severity: conv.severity, borderline: !!conv.borderline, categories: cats, customer_speakers: custLabels, spans, notes: conv.notes, group: GROUP };
  if (!conv.notes) throw new Error(`${id}: notes`);
  return { out, lab, ext, dur: cues.at(-1).end / 1000, n: cues.length };
}

const srcDir = join(HERE, 'source');
const files = readdirSync(srcDir).filter((f) => /^conv-.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) { const m = await import(pathToFileURL(join(srcDir, f)).href); convs.push(...m.default); }
rmSync(join(HERE, 'conversations'), { recursive: true, force: true });
mkdirSync(join(HERE, 'conversations'), { recursive: true });
const count = { ja: 0, en: 0 }; const labels = []; const stats = [];
for (const c of convs) {
  count[c.lang]++;
  const id = `${GROUP}-${c.lang}-${pad(count[c.lang], 3)}`;
  const b = build(c, id);
  writeFileSync(join(HERE, b.lab.file), b.out);
  labels.push(b.lab); stats.push({ id, fmt: c.format, setting: c.setting, verdict: c.verdict, sev: c.severity, bl: !!c.borderline, min: +(b.dur / 60).toFixed(1), cues: b.n, cats: b.lab.categories.join(',') });
}
writeFileSync(join(HERE, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');

// bank
const bank = await import(pathToFileURL(join(srcDir, 'bank.mjs')).href);
const rows = [];
for (const kind of ['harassment', 'hard_negative', 'ordinary']) for (const row of bank[kind] ?? []) {
  const [lang, setting, text, cats] = row;
  if (!['ja', 'en'].includes(lang) || !SETTINGS.has(setting)) throw new Error(`bank: bad row ${text}`);
  const len = [...text].length; if (len < 2 || len > 80) throw new Error(`bank: length ${len}: ${text}`);
  if (kind === 'harassment') { if (!cats?.length) throw new Error(`bank: no categories: ${text}`); for (const x of cats) if (!CATS.has(x)) throw new Error(`bank: category ${x}`); }
  else if (cats?.length) throw new Error(`bank: categories on ${kind}: ${text}`);
  rows.push({ lang, text, harassing: kind === 'harassment', categories: kind === 'harassment' ? [...cats] : [], kind, setting, source_kind: 'illustrative', source_url: null });
}
const seen = new Map();
const grams = (s) => { const g = new Set(); const a = [...s.toLowerCase().replace(/[\s、。,.!?！？]/g, '')]; for (let i = 0; i + 1 < a.length; i++) g.add(a[i] + a[i + 1]); return g; };
const gs = rows.map((x) => grams(x.text));
for (let i = 0; i < rows.length; i++) {
  if (seen.has(rows[i].text)) throw new Error(`bank: duplicate ${rows[i].text}`); seen.set(rows[i].text, i);
  for (let j = 0; j < i; j++) { const a = gs[i], b = gs[j]; if (a.size < 4 || b.size < 4) continue; let inter = 0; for (const x of a) if (b.has(x)) inter++; const jac = inter / (a.size + b.size - inter); if (jac > 0.6) console.warn(`bank near-duplicate (${jac.toFixed(2)}): ${rows[j].text} | ${rows[i].text}`); }
}
const rr = rng(hash(GROUP + 'bank'));
for (let i = rows.length - 1; i > 0; i--) { const j = Math.floor(rr() * (i + 1)); [rows[i], rows[j]] = [rows[j], rows[i]]; }
writeFileSync(join(HERE, 'bank.jsonl'), rows.map((x, i) => JSON.stringify({ id: `${GROUP}-b${pad(i + 1, 4)}`, ...x })).join('\n') + (rows.length ? '\n' : ''));

// summary
const tally = (f) => stats.reduce((a, s) => { const k = f(s); a[k] = (a[k] ?? 0) + 1; return a; }, {});
if (process.argv.includes('-v')) for (const s of stats) console.log(Object.values(s).join('\t'));
console.log('conversations', stats.length, JSON.stringify(tally((s) => s.id.includes('-ja-') ? 'ja' : 'en')));
console.log('verdict', JSON.stringify(tally((s) => s.verdict)), 'format', JSON.stringify(tally((s) => s.fmt)), 'setting', JSON.stringify(tally((s) => s.setting)));
console.log('severity', JSON.stringify(tally((s) => s.sev)), 'borderline', stats.filter((s) => s.bl).length);
console.log('categories', JSON.stringify(stats.flatMap((s) => s.cats ? s.cats.split(',') : []).reduce((a, c) => (a[c] = (a[c] ?? 0) + 1, a), {})));
console.log('bank', rows.length, JSON.stringify(rows.reduce((a, x) => (a[x.kind + '/' + x.lang] = (a[x.kind + '/' + x.lang] ?? 0) + 1, a), {})));
