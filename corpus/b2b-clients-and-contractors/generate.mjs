#!/usr/bin/env node
// Deterministic generator: source/*.mjs -> conversations/<id>.<ext>, labels.jsonl, bank.jsonl
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'b2b-clients-and-contractors';
const here = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
function rng(seed) { let a = 2166136261; for (const ch of seed) { a ^= ch.charCodeAt(0); a = Math.imul(a, 16777619) >>> 0; } return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const pad = (n, w = 2) => String(n).padStart(w, '0');
const ts = (t, sep) => { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; };
const tsWhole = (t) => { const h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; };
const dur = (text, lang) => lang === 'ja' ? Math.max(1.2, [...text.replace(/\s/g, '')].length / 7) : Math.max(1.0, text.split(/\s+/).filter(Boolean).length / 2.5);
function fail(id, msg) { throw new Error(`${id}: ${msg}`); }

const files = readdirSync(join(here, 'source')).filter((f) => f.endsWith('.mjs') && !f.startsWith('bank')).sort();
const convs = [];
for (const f of files) { const mod = await import(pathToFileURL(join(here, 'source', f))); convs.push(...mod.default); }
rmSync(join(here, 'conversations'), { recursive: true, force: true }); mkdirSync(join(here, 'conversations'));
const labels = []; const ids = new Set();
for (const c of convs) {
  const id = c.id; if (ids.has(id)) fail(id, 'duplicate id'); ids.add(id);
  if (!id.startsWith(`${GROUP}-${c.lang}-`)) fail(id, 'bad id prefix');
  if (!SETTINGS.has(c.setting)) fail(id, 'bad setting');
  const r = rng(id);
  // timing
  let t = 1.0 + r() * 2; const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { if (turn.pause) { t += turn.pause; continue; } fail(id, 'bad turn'); }
    const [spk, text, cats] = turn; const sp = c.speakers[spk]; if (!sp) fail(id, 'unknown speaker ' + spk);
    if (cats?.length) { if (sp.role !== 'customer') fail(id, 'span on a staff cue: ' + text); for (const x of cats) if (!CATS.has(x)) fail(id, 'bad cat ' + x); }
    let start = t, end = t + dur(text, c.lang);
    if (c.format === 'txt') { start = Math.round(start); end = Math.max(start + 1, Math.round(end)); }
    else { start = Math.round(start * 1000) / 1000; end = Math.round(end * 1000) / 1000; }
    cues.push({ spk, text, cats: cats ?? [], start, end });
    t = end + 0.3 + r() * 0.9;
  }
  if (c.format === 'txt') { for (let i = 0; i < cues.length - 1; i++) cues[i].end = cues[i + 1].start; if (cues.at(-1).cats.length) fail(id, 'span on last line of a .txt log'); }
  const hasSpan = cues.some((q) => q.cats.length);
  if (c.verdict === 'kasuhara' && !hasSpan) fail(id, 'kasuhara without spans');
  if (c.verdict !== 'kasuhara' && hasSpan) fail(id, 'spans on a ' + c.verdict + ' conversation');
  if (c.verdict === 'kasuhara' ? !(c.severity >= 1) : c.severity !== 0) fail(id, 'severity');
  // labels per format
  const keys = Object.keys(c.speakers); const letter = Object.fromEntries(keys.map((k, i) => [k, String.fromCharCode(65 + i)]));
  const spkNo = Object.fromEntries(keys.map((k, i) => [k, `SPEAKER_${pad(i)}`]));
  const lab = (k) => ({ teams: c.speakers[k].name, zoom: c.speakers[k].name, srt: spkNo[k], srtplain: null, txt: c.speakers[k].tag, json: letter[k] })[c.format];
  let out = ''; let ext;
  if (c.format === 'teams' || c.format === 'zoom') {
    ext = 'vtt'; out = 'WEBVTT\n\n'; const base = [...Array(8)].map(() => Math.floor(r() * 16).toString(16)).join('');
    cues.forEach((q, i) => {
      out += (c.format === 'teams' ? `${base}-${pad(Math.floor(r() * 65536).toString(16), 4)}-4c${pad(i % 100)}-9a1e-${Math.floor(r() * 2 ** 24).toString(16).padStart(6, '0')}${Math.floor(r() * 2 ** 24).toString(16).padStart(6, '0')}/${i + 10}-0` : `${i + 1}`) + '\n';
      out += `${ts(q.start, '.')} --> ${ts(q.end, '.')}\n`;
      out += (c.format === 'teams' ? `<v ${lab(q.spk)}>${q.text}</v>` : `${lab(q.spk)}: ${q.text}`) + '\n\n';
    });
  } else if (c.format === 'srt' || c.format === 'srtplain') {
    ext = 'srt';
    cues.forEach((q, i) => { out += `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${c.format === 'srt' ? lab(q.spk) + ': ' : ''}${q.text}\n\n`; });
  } else if (c.format === 'txt') {
    ext = 'txt'; for (const k of keys) if (!c.speakers[k].tag) fail(id, 'txt needs tag');
    out = cues.map((q) => `[${tsWhole(q.start)}] ${lab(q.spk)}: ${q.text}`).join('\n') + '\n';
  } else if (c.format === 'json') {
    ext = 'json';
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: letter[q.spk], text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: Math.round((cues.at(-1).end + 0.8) * 100) / 100, text: cues.map((q) => q.text).join(' '), segments: segs }, null, 1) + '\n';
  } else fail(id, 'bad format ' + c.format);
  const file = `conversations/${id}.${ext}`; writeFileSync(join(here, file), out);
  const spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start, end: q.end, categories: q.cats }));
  const categories = [...new Set(spans.flatMap((s) => s.categories))];
  const custKeys = keys.filter((k) => c.speakers[k].role === 'customer');
  const customer_speakers = c.format === 'srtplain' ? [] : [...new Set(custKeys.map(lab))];
  labels.push({ id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline, categories, customer_speakers, spans, notes: c.notes, group: GROUP });
}
writeFileSync(join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(here, 'source', 'bank.mjs')))).default;
const seenT = new Set();
const rows = bank.map(([lang, kind, setting, cats, text], i) => {
  if (seenT.has(text)) fail('bank', 'duplicate ' + text); seenT.add(text);
  if (!SETTINGS.has(setting)) fail('bank', 'bad setting ' + text);
  if ((kind === 'harassment') !== (cats.length > 0)) fail('bank', 'kind/cats mismatch ' + text);
  for (const x of cats) if (!CATS.has(x)) fail('bank', 'bad cat ' + x);
  return { id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null };
});
writeFileSync(join(here, 'bank.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
