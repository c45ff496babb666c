// Deterministic generator for the casual-youth-and-net-speech-ja writer group (Node 20, no deps).
// Reads source/c*.mjs (conversations) and source/bank.mjs, writes conversations/, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'casual-youth-and-net-speech-ja';
const ROOT = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { 'vtt-teams': 'vtt', 'vtt-zoom': 'vtt', srt: 'srt', 'srt-noprefix': 'srt', txt: 'txt', json: 'json' };

function rngFor(str) { // mulberry32 seeded by a string hash
  let h = 2166136261; for (const ch of str) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const r2 = (x) => Math.round(x * 100) / 100;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsWhole(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }
function hex(rng, n) { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(rng() * 16).toString(16); return s; }

function duration(text, lang, rng) {
  const clean = text.replace(/[（(][^）)]*[）)]/g, ' ');
  if (lang === 'en') { const w = clean.split(/\s+/).filter(Boolean).length; return Math.max(0.9, w / (2.3 + rng() * 0.5) + 0.4); }
  const chars = [...clean.replace(/\s/g, '')].length;
  return Math.max(0.9, chars / (6 + rng() * 2) + 0.4);
}

function build(c) {
  const fmt = c.format; if (!FORMATS[fmt]) throw new Error(`${c.id}: bad format ${fmt}`);
  if (!SETTINGS.has(c.setting)) throw new Error(`${c.id}: bad setting`);
  if (!['kasuhara','complaint','normal'].includes(c.verdict)) throw new Error(`${c.id}: bad verdict`);
  const id = `${GROUP}-${c.id}`; const lang = c.id.startsWith('en') ? 'en' : 'ja';
  const rng = rngFor(id);
  // timing
  let t = c.startAt ?? r2(0.5 + rng() * 2); const cues = []; let pending = 0;
  const whole = fmt === 'txt';
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) pending += turn.pause; continue; }
    const [sp, text, cats] = turn; const who = c.speakers[sp]; if (!who) throw new Error(`${id}: unknown speaker ${sp}`);
    const gap = 0.2 + rng() * 0.9 + pending; pending = 0;
    let start = cues.length ? t + gap : t;
    let dur = duration(text, lang, rng);
    if (fmt === 'txt' && c.chat) dur = dur * 1.6 + 2; // typing a chat line takes longer than saying it
    if (whole) { start = Math.round(start); if (cues.length && start <= cues[cues.length - 1].start) start = cues[cues.length - 1].start + 1; }
    else start = r2(start);
    const end = whole ? null : r2(start + dur);
    cues.push({ sp, who, text, cats: cats ?? null, start, end });
    t = whole ? start + Math.max(1, Math.round(dur)) : end;
  }
  if (whole) cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : null; });
  // checks and spans
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats) return;
    if (!q.cats.length) throw new Error(`${id}: empty category list on cue ${i}`);
    for (const k of q.cats) if (!CATS.has(k)) throw new Error(`${id}: unknown category ${k}`);
    if (q.who.role !== 'customer') throw new Error(`${id}: span on a ${q.who.role} cue: ${q.text}`);
    if (whole && i === cues.length - 1) throw new Error(`${id}: span on the last line of a .txt log`);
    spans.push({ start: q.start, end: q.end, categories: [...q.cats] });
  });
  if (c.verdict === 'kasuhara') {
    if (!spans.length) throw new Error(`${id}: kasuhara without spans`);
    if (!(c.severity >= 1 && c.severity <= 3)) throw new Error(`${id}: kasuhara severity`);
  } else {
    if (spans.length) throw new Error(`${id}: spans on a ${c.verdict} conversation`);
    if (c.severity) throw new Error(`${id}: severity must be 0`);
  }
  const catOrder = [...CATS]; const categories = catOrder.filter((k) => spans.some((s) => s.categories.includes(k)));
  // speaker labels as written
  const label = (who) => {
    if (fmt === 'srt') return `SPEAKER_${pad(who.idx)}`;
    if (fmt === 'srt-noprefix') return null;
    if (fmt === 'json') return String.fromCharCode(65 + who.idx);
    return who.name;
  };
  let idx = 0; for (const k of Object.keys(c.speakers)) c.speakers[k].idx = idx++;
  const customer_speakers = fmt === 'srt-noprefix' ? [] : Object.values(c.speakers).filter((w) => w.role === 'customer').map(label);
  // render
  let out = '';
  if (fmt === 'vtt-teams') {
    const base = `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`;
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 10}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${label(q.who)}>${q.text}</v>\n`).join('\n');
  } else if (fmt === 'vtt-zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${label(q.who)}: ${q.text}\n`).join('\n');
  } else if (fmt === 'srt' || fmt === 'srt-noprefix') {
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${fmt === 'srt' ? label(q.who) + ': ' : ''}${q.text}\n`).join('\n');
  } else if (fmt === 'txt') {
    out = cues.map((q) => `[${tsWhole(q.start)}] ${label(q.who)}: ${q.text}`).join('\n') + '\n';
  } else if (fmt === 'json') {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: label(q.who), text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: cues[cues.length - 1].end, text: cues.map((q, i) => (i && (lang === 'en' || !/[。！？!?」』)）]$/.test(cues[i - 1].text)) ? ' ' : '') + q.text).join(''), segments: segs }, null, 1) + '\n';
  }
  const ext = FORMATS[fmt];
  const lab = { id, file: `conversations/${id}.${ext}`, lang, setting: c.setting, verdict: c.verdict, severity: c.verdict === 'kasuhara' ? c.severity : 0,
    borderline: !!c.borderline, categories, customer_speakers, spans, notes: c.notes, group: GROUP };
  if (!lab.notes) throw new Error(`${id}: notes missing`);
  return { lab, out, fmt, len: whole ? cues[cues.length - 1].start : cues[cues.length - 1].end, n: cues.length };
}

const srcDir = join(ROOT, 'source');
const files = readdirSync(srcDir).filter((f) => /^c\d+\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) convs.push(...(await import(pathToFileURL(join(srcDir, f)))).default);
const seen = new Set();
const labels = []; const stats = []; const outs = [];
for (const c of convs) { // build everything first, so a refused conversation leaves the old output untouched
  if (seen.has(c.id)) throw new Error('duplicate id ' + c.id); seen.add(c.id);
  const { lab, out, fmt, len, n } = build(c);
  outs.push([lab.file, out]); labels.push(lab); stats.push({ id: lab.id, fmt, len: Math.round(len), n });
}
rmSync(join(ROOT, 'conversations'), { recursive: true, force: true }); mkdirSync(join(ROOT, 'conversations'));
for (const [f, out] of outs) writeFileSync(join(ROOT, f), out);
writeFileSync(join(ROOT, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');

const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')))).default;
const KIND = { h: 'harassment', n: 'hard_negative', o: 'ordinary' };
const texts = new Set();
const rows = bank.map(([lang, k, setting, cats, text], i) => {
  if (!KIND[k]) throw new Error('bank kind ' + k); if (!SETTINGS.has(setting)) throw new Error('bank setting ' + setting + ' ' + text);
  if (texts.has(text)) throw new Error('bank duplicate ' + text); texts.add(text);
  if (k === 'h' && !cats.length) throw new Error('bank harassment without categories: ' + text);
  if (k !== 'h' && cats.length) throw new Error('bank non-harassment with categories: ' + text);
  for (const x of cats) if (!CATS.has(x)) throw new Error('bank cat ' + x);
  return { id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: k === 'h', categories: cats, kind: KIND[k], setting, source_kind: 'illustrative', source_url: null };
});
writeFileSync(join(ROOT, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
if (process.argv.includes('--stats')) {
  for (const s of stats) console.log(s.id, s.fmt, s.n, 'cues', (s.len / 60).toFixed(1), 'min');
  const cnt = (f) => { const m = {}; for (const x of f) m[x] = (m[x] ?? 0) + 1; return JSON.stringify(m); };
  console.log('lang', cnt(labels.map((l) => l.lang)), 'verdict', cnt(labels.map((l) => l.verdict)), 'fmt', cnt(stats.map((s) => s.fmt)));
  console.log('setting', cnt(labels.map((l) => l.setting)), 'severity', cnt(labels.map((l) => l.severity)), 'borderline', labels.filter((l) => l.borderline).length);
  console.log('cats', cnt(labels.flatMap((l) => l.categories)));
  console.log('bank', rows.length, cnt(rows.map((r) => r.kind)), cnt(rows.map((r) => r.lang)));
}
console.log(`wrote ${labels.length} conversations, ${rows.length} bank rows`);
