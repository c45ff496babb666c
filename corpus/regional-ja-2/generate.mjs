#!/usr/bin/env node
// Deterministic generator for group regional-ja-2. Node 20, no dependencies.
// Reads source/conv-*.mjs (default export: array of conversations) and source/bank.mjs,
// writes conversations/<id>.<ext>, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'regional-ja-2';
const here = dirname(fileURLToPath(import.meta.url));
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srtnp: 'srt', txt: 'txt', json: 'json' };
function rng(seedStr) { let h = 2166136261; for (const ch of seedStr) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } let s = h >>> 0; return () => { s = (Math.imul(s ^ (s >>> 15), 1 | s) + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 7), 61 | t) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const die = (m) => { console.error('REFUSED: ' + m); process.exit(1); };
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
const hms = (sec) => `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`;
const speechDur = (text) => Math.max(1.0, 0.4 + [...text.replace(/[\s（）()]/g, '')].length / 6.3);

function asr(text, r) { // recogniser artefacts for srt/json
  let t = text;
  if (r() < 0.35) t = t.replace(/。/g, ' ').trim();
  if (r() < 0.12) t = (r() < 0.5 ? 'えー ' : 'あの ') + t;
  return t;
}

function build(c) {
  const r = rng(c.id);
  const ext = FORMATS[c.format]; if (!ext) die(`${c.id}: bad format ${c.format}`);
  if (!SETTINGS.has(c.setting)) die(`${c.id}: bad setting ${c.setting}`);
  if (!['kasuhara','complaint','normal'].includes(c.verdict)) die(`${c.id}: bad verdict`);
  const spk = c.speakers; const keys = Object.keys(spk);
  // label per format
  const letters = {}; keys.forEach((k, i) => { letters[k] = String.fromCharCode(65 + i); });
  const spNum = {}; keys.forEach((k, i) => { spNum[k] = 'SPEAKER_' + pad(i); });
  const label = (k) => c.format === 'teams' || c.format === 'zoom' ? spk[k].name : c.format === 'srt' ? spNum[k] : c.format === 'json' ? letters[k] : c.format === 'txt' ? spk[k].log : null;
  // timeline
  let t = c.format === 'txt' ? 0 : +(0.4 + r() * 1.2).toFixed(2);
  const cues = [];
  // a staff member who says "please wait / I will check" puts the line on hold unless an explicit pause follows
  const turns = [];
  c.turns.forEach((turn, i) => {
    turns.push(turn);
    const nx = c.turns[i + 1];
    if (Array.isArray(turn) && spk[turn[0]]?.role === 'staff' && /お待ちください|確認いたします。$|確認します。$|お調べいたします。$/.test(turn[1]) && nx && Array.isArray(nx)) turns.push({ pause: Math.round(20 + r() * 55) });
  });
  for (const turn of turns) {
    if (!Array.isArray(turn)) { // pause / ghost
      if (turn.pause) t += turn.pause;
      if (turn.ghost && (ext === 'srt' || ext === 'json')) { const d = speechDur(turn.ghost); cues.push({ k: turn.ghostSpeaker ?? keys[1], text: turn.ghost, cats: null, start: t - turn.pause / 2, end: t - turn.pause / 2 + d, ghost: true }); }
      continue;
    }
    const [k, text, cats] = turn;
    if (!spk[k]) die(`${c.id}: unknown speaker ${k}`);
    if (cats && cats.length) {
      if (spk[k].role !== 'customer') die(`${c.id}: span on staff cue "${text}"`);
      for (const x of cats) if (!CATS.has(x)) die(`${c.id}: unknown category ${x}`);
      if (c.verdict !== 'kasuhara') die(`${c.id}: span on ${c.verdict} conversation`);
    }
    const d = speechDur(text);
    if (ext === 'txt') {
      const start = Math.round(t); const end = start + Math.max(1, Math.round(d));
      cues.push({ k, text, cats, start, end }); t = end + (r() < 0.4 ? 0 : r() < 0.7 ? 1 : 2);
    } else {
      const start = +t.toFixed(2); const end = +(t + d).toFixed(2);
      cues.push({ k, text: ext === 'srt' || ext === 'json' ? asr(text, r) : text, cats, start, end });
      t = end + 0.3 + r() * 1.1;
    }
  }
  cues.sort((a, b) => a.start - b.start);
  if (ext === 'txt') { // utterance ends where the next begins
    for (let i = 0; i < cues.length; i++) cues[i].end = i + 1 < cues.length ? cues[i + 1].start : cues[i].start + 5;
    const last = cues[cues.length - 1]; if (last.cats && last.cats.length) die(`${c.id}: span on last line of a .txt log`);
  }
  let body;
  if (c.format === 'teams') {
    const base = Array.from({ length: 4 }, () => Math.floor(r() * 0x10000).toString(16).padStart(4, '0'));
    const gid = `${base[0]}${base[1]}-${base[2]}-4${base[3].slice(1)}-a${Math.floor(r() * 0xfff).toString(16).padStart(3, '0')}-${Math.floor(r() * 0xffffffffffff).toString(16).padStart(12, '0')}`;
    body = 'WEBVTT\n\n' + cues.map((q, i) => `${gid}/${i + 10}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${label(q.k)}>${q.text}</v>\n`).join('\n');
  } else if (c.format === 'zoom') {
    body = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${label(q.k)}: ${q.text}\n`).join('\n');
  } else if (ext === 'srt') {
    body = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${c.format === 'srt' ? label(q.k) + ': ' : ''}${q.text}\n`).join('\n');
  } else if (ext === 'txt') {
    body = cues.map((q) => `[${hms(q.start)}] ${label(q.k)}: ${q.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: label(q.k), text: q.text }));
    body = JSON.stringify({ task: 'transcribe', duration: +(cues[cues.length - 1].end + 0.5).toFixed(2), text: cues.map((q) => q.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  const spans = cues.filter((q) => q.cats && q.cats.length).map((q) => ({ start: q.start, end: q.end, categories: [...new Set(q.cats)] }));
  if (c.verdict === 'kasuhara' && !spans.length) die(`${c.id}: kasuhara without spans`);
  if (c.verdict === 'kasuhara' && !(c.severity >= 1 && c.severity <= 3)) die(`${c.id}: severity`);
  if (c.verdict !== 'kasuhara' && c.severity !== 0) die(`${c.id}: severity must be 0`);
  const cats = [...new Set(spans.flatMap((s) => s.categories))];
  const custKeys = keys.filter((k) => spk[k].role === 'customer');
  const customer_speakers = c.format === 'srtnp' ? [] : custKeys.map(label);
  const file = `conversations/${c.id}.${ext}`;
  return { body, file, dur: cues[cues.length - 1].end, n: cues.length, label: { id: c.id, file, lang: 'ja', setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline, categories: cats, customer_speakers, spans, notes: c.notes, group: GROUP } };
}

const srcDir = join(here, 'source');
const convs = [];
for (const f of readdirSync(srcDir).filter((f) => /^conv-.*\.mjs$/.test(f)).sort()) {
  const m = await import(pathToFileURL(join(srcDir, f)).href); convs.push(...m.default);
}
const ids = new Set();
rmSync(join(here, 'conversations'), { recursive: true, force: true }); mkdirSync(join(here, 'conversations'), { recursive: true });
const out = []; const stats = [];
for (const c of convs) {
  c.id = `${GROUP}-ja-${c.n}`; if (ids.has(c.id)) die('duplicate id ' + c.id); ids.add(c.id);
  const b = build(c); writeFileSync(join(here, b.file), b.body); out.push(JSON.stringify(b.label));
  stats.push(`${c.id} ${c.format} ${c.setting} ${c.verdict} ${b.n} cues ${(b.dur / 60).toFixed(1)} min`);
}
writeFileSync(join(here, 'labels.jsonl'), out.join('\n') + '\n');
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')).href)).default;
const seen = new Set(); const rows = [];
bank.forEach((b, i) => {
  const [kind, setting, text, cats = []] = b;
  if (!['harassment','hard_negative','ordinary'].includes(kind)) die('bank kind ' + kind);
  if (!SETTINGS.has(setting)) die('bank setting ' + setting + ' ' + text);
  if (kind === 'harassment' && !cats.length) die('bank harassment without categories: ' + text);
  if (kind !== 'harassment' && cats.length) die('bank non-harassment with categories: ' + text);
  for (const x of cats) if (!CATS.has(x)) die('bank category ' + x);
  const key = text.replace(/[\s、。！？!?…ー〜]/g, ''); if (seen.has(key)) die('bank duplicate: ' + text); seen.add(key);
  rows.push(JSON.stringify({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang: 'ja', text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null }));
});
writeFileSync(join(here, 'bank.jsonl'), rows.join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`wrote ${convs.length} conversations, ${rows.length} bank rows`);
