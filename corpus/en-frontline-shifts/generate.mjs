// Deterministic generator for group en-frontline-shifts. Node 20, no dependencies.
// Reads source/conv-*.mjs (export default [conversations]) and source/bank.mjs (export default [rows]).
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'en-frontline-shifts';
const here = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srtbare: 'srt', txt: 'txt', json: 'json' };
function rng(seed) { let h = 2166136261; for (const ch of seed) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } return () => { h ^= h << 13; h ^= h >>> 17; h ^= h << 5; return ((h >>> 0) % 10000) / 10000; }; }
const fail = (id, msg) => { throw new Error(`${id}: ${msg}`); };
function dur(text, lang) {
  if (lang === 'ja' || /[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) {
    const jaChars = (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) || []).length;
    const enWords = text.replace(/[\u3040-\u30ff\u4e00-\u9fff]/g, ' ').split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
    return Math.max(1.0, jaChars / 7 + enWords / 2.5);
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(0.9, words / 2.5);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsWhole(t) { const h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }
const r2 = (x) => Math.round(x * 100) / 100;

function build(c) {
  const id = `${GROUP}-${c.id}`;
  const ext = FORMATS[c.format] || fail(id, 'bad format ' + c.format);
  if (!['ja', 'en'].includes(c.lang)) fail(id, 'bad lang');
  if (!SETTINGS.has(c.setting)) fail(id, 'bad setting ' + c.setting);
  const rand = rng(id);
  // timeline
  let t = c.offset ?? (0.4 + rand() * 1.2);
  const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { t += turn.pause; continue; }
    const [spk, text, cats] = turn;
    const sp = c.speakers[spk] || fail(id, 'unknown speaker ' + spk);
    if (cats && cats.length) {
      if (sp.role !== 'customer') fail(id, `span on a staff cue: "${text.slice(0, 40)}"`);
      for (const k of cats) if (!CATS.has(k)) fail(id, 'unknown category ' + k);
    }
    const d = dur(text, c.lang) * (0.9 + rand() * 0.25);
    cues.push({ spk, sp, text, cats: cats || [], start: t, end: t + d });
    t += d + 0.25 + rand() * 0.7;
  }
  if (ext === 'txt') { // whole seconds, end = next start
    let prev = -1;
    for (const q of cues) { q.start = Math.max(Math.floor(q.start), prev + 1); prev = q.start; }
    cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
    if (cues[cues.length - 1].cats.length) fail(id, 'span on the last line of a .txt log');
  } else cues.forEach(q => { q.start = r2(q.start); q.end = r2(q.end); });
  // speaker labels
  const keys = Object.keys(c.speakers);
  const label = {};
  keys.forEach((k, i) => {
    const sp = c.speakers[k];
    if (c.format === 'teams' || c.format === 'zoom') label[k] = sp.name;
    else if (c.format === 'srt') label[k] = `SPEAKER_${pad(i)}`;
    else if (c.format === 'srtbare') label[k] = null;
    else if (c.format === 'txt') label[k] = sp.log || (sp.role === 'customer' ? 'Caller' : 'Agent');
    else label[k] = String.fromCharCode(65 + i);
  });
  let out = '';
  if (c.format === 'teams') {
    const hex = Array.from({ length: 4 }, () => Math.floor(rand() * 0xffffffff).toString(16).padStart(8, '0')).join('');
    const base = c.uuid || `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 12}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${label[q.spk]}>${q.text}</v>\n`).join('\n');
  } else if (c.format === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${label[q.spk]}: ${q.text}\n`).join('\n');
  } else if (ext === 'srt') {
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${label[q.spk] ? label[q.spk] + ': ' : ''}${q.text}\n`).join('\n');
  } else if (ext === 'txt') {
    out = cues.map(q => `[${tsWhole(q.start)}] ${label[q.spk]}: ${q.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: label[q.spk], text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end + 0.8), text: cues.map(q => q.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  const spans = cues.filter(q => q.cats.length).map(q => ({ start: q.start, end: q.end, categories: q.cats }));
  if (c.verdict === 'kasuhara') { if (!spans.length) fail(id, 'kasuhara without spans'); if (!(c.severity >= 1 && c.severity <= 3)) fail(id, 'severity'); }
  else { if (spans.length) fail(id, `spans on a ${c.verdict} conversation`); if (c.severity !== 0) fail(id, 'severity must be 0'); }
  const categories = [...new Set(spans.flatMap(s => s.categories))];
  const customer_speakers = [...new Set(keys.filter(k => c.speakers[k].role === 'customer').map(k => label[k]).filter(Boolean))];
  const lab = { id, file: `conversations/${id}.${ext}`, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline, categories, customer_speakers, spans, notes: c.notes, group: GROUP };
  return { id, ext, out, lab, seconds: cues[cues.length - 1].end, n: cues.length };
}

const srcDir = join(here, 'source');
const files = readdirSync(srcDir).filter(f => /^conv-.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) convs.push(...(await import(pathToFileURL(join(srcDir, f)))).default);
rmSync(join(here, 'conversations'), { recursive: true, force: true });
mkdirSync(join(here, 'conversations'), { recursive: true });
const seen = new Set(); const labels = []; const stats = [];
for (const c of convs) {
  const b = build(c);
  if (seen.has(b.id)) fail(b.id, 'duplicate id'); seen.add(b.id);
  writeFileSync(join(here, b.lab.file), b.out);
  labels.push(JSON.stringify(b.lab));
  stats.push(`${b.id}\t${c.format}\t${c.verdict}\t${b.n} cues\t${(b.seconds / 60).toFixed(1)} min`);
}
writeFileSync(join(here, 'labels.jsonl'), labels.join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')))).default;
const texts = new Set();
const rows = bank.map((r, i) => {
  const [lang, kind, setting, text, cats = []] = r;
  const bid = `${GROUP}-b${pad(i + 1, 4)}`;
  if (texts.has(text)) fail(bid, 'duplicate bank text'); texts.add(text);
  if (!SETTINGS.has(setting)) fail(bid, 'bad setting');
  if (!['harassment', 'hard_negative', 'ordinary'].includes(kind)) fail(bid, 'bad kind');
  if ((kind === 'harassment') !== (cats.length > 0)) fail(bid, 'categories must be non-empty exactly for harassment');
  for (const k of cats) if (!CATS.has(k)) fail(bid, 'unknown category ' + k);
  return JSON.stringify({ id: bid, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null });
});
writeFileSync(join(here, 'bank.jsonl'), rows.join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`wrote ${labels.length} conversations, ${rows.length} bank rows`);
