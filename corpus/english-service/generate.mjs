#!/usr/bin/env node
// english-service writer group: builds conversations/, labels.jsonl and bank.jsonl from source/*.mjs.
// Node 20, no dependencies, deterministic (times come from a PRNG seeded by the conversation id).
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'english-service';
const ROOT = dirname(fileURLToPath(import.meta.url));
const CATS = ['physical', 'threat', 'abuse', 'intimidation', 'apology_coercion', 'unreasonable_demand', 'persistence',
  'restraint', 'sexual', 'discrimination', 'personal_targeting', 'sns_exposure'];
const SETTINGS = ['call_center', 'store', 'municipal', 'hospital', 'hotel', 'bank', 'school', 'care', 'delivery', 'restaurant', 'other'];
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srt0: 'srt', txt: 'txt', json: 'json' };

function rngFor(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function clock(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function clockS(t) { const h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }
const r3 = (x) => Math.round(x * 1000) / 1000, r2 = (x) => Math.round(x * 100) / 100;
const fail = (id, msg) => { throw new Error(`${id}: ${msg}`); };

// speech-recogniser artefacts for SRT and diarized JSON
function asr(text, rnd) {
  let t = text;
  const x = rnd();
  if (x < 0.12) t = (rnd() < 0.5 ? 'uh ' : 'um ') + t.charAt(0).toLowerCase() + t.slice(1);
  if (rnd() < 0.35) t = t.replace(/,/g, '');
  if (rnd() < 0.25) t = t.replace(/[.!?]+$/, '');
  if (rnd() < 0.15) t = t.toLowerCase();
  return t;
}
const GHOSTS = ['Thank you.', 'Thanks for watching.', 'you', 'Bye.', 'Okay.'];

function build(conv) {
  const id = `${GROUP}-en-${pad(conv.n, 3)}`;
  const rnd = rngFor(id);
  if (!FORMATS[conv.fmt]) fail(id, 'bad format ' + conv.fmt);
  if (!SETTINGS.includes(conv.setting)) fail(id, 'bad setting ' + conv.setting);
  const ext = FORMATS[conv.fmt];
  const noisy = ext === 'srt' || ext === 'json';
  const chat = conv.chan === 'chat';
  // 1. timeline in seconds (float)
  let t = conv.start ?? (0.4 + rnd() * 1.5);
  const cues = [];
  let pendingPause = 0;
  for (const turn of conv.turns) {
    if (typeof turn === 'number') { pendingPause += turn; continue; }
    const [key, text0, cats0, dur0] = turn;
    const sp = conv.sp[key];
    if (!sp) fail(id, 'unknown speaker ' + key);
    const cats = (cats0 ?? '').split(/[\s,]+/).filter(Boolean);
    for (const c of cats) if (!CATS.includes(c)) fail(id, 'unknown category ' + c);
    if (cats.length && sp[1] !== 'customer') fail(id, `span on a staff cue: "${text0.slice(0, 40)}"`);
    if (pendingPause >= 25 && noisy && rnd() < 0.45 && cues.length) {
      const staffKey = Object.keys(conv.sp).find((k) => conv.sp[k][1] === 'staff');
      const gs = t + pendingPause * 0.4;
      cues.push({ key: staffKey, text: GHOSTS[Math.floor(rnd() * GHOSTS.length)], cats: [], start: gs, end: gs + 1.1, ghost: true });
    }
    t += pendingPause; pendingPause = 0;
    const words = text0.split(/\s+/).length;
    const dur = dur0 ?? (chat ? 0.5 : Math.max(0.9, words / (2.0 + rnd() * 0.6) + 0.4));
    const text = noisy ? asr(text0, rnd) : text0;
    cues.push({ key, text, cats, start: t, end: t + dur });
    t += dur + (chat ? 4 + rnd() * 30 : 0.4 + rnd() * 1.3 + (rnd() < 0.18 ? 2 + rnd() * 8 : 0));
  }
  // 2. per-format times
  if (ext === 'txt') {
    let prev = -1;
    for (const c of cues) { let s = Math.floor(c.start); if (s <= prev) s = prev + 1; c.start = s; prev = s; }
    cues.forEach((c, i) => { c.end = i + 1 < cues.length ? cues[i + 1].start : null; });
    if (cues.at(-1).cats.length) fail(id, 'span on the last line of a call log');
  } else {
    const rr = ext === 'json' ? r2 : r3;
    let prevEnd = 0;
    for (const c of cues) { c.start = rr(Math.max(c.start, prevEnd)); c.end = rr(Math.max(c.end, c.start + 0.3)); prevEnd = c.end; }
  }
  // 3. speaker labels per format
  const order = [];
  for (const c of cues) if (!order.includes(c.key)) order.push(c.key);
  const role = (k) => conv.sp[k][1];
  let label;
  if (ext === 'srt') label = (k) => `SPEAKER_${pad(order.indexOf(k))}`;
  else if (ext === 'json') label = (k) => String.fromCharCode(65 + order.indexOf(k));
  else if (ext === 'txt') {
    const words = conv.roles ?? ({ phone: ['Agent', 'Caller'], chat: ['Agent', 'Customer'] }[conv.chan] ?? ['Staff', 'Customer']);
    label = (k) => conv.sp[k][2] ?? (role(k) === 'customer' ? words[1] : words[0]);
  } else label = (k) => conv.sp[k][0];
  const custKeys = order.filter((k) => role(k) === 'customer');
  const customer_speakers = conv.fmt === 'srt0' ? [] : [...new Set(custKeys.map(label))];
  // 4. write file
  let body = '';
  if (conv.fmt === 'teams') {
    let u = ''; for (let i = 0; i < 32; i++) u += Math.floor(rnd() * 16).toString(16);
    const uuid = `${u.slice(0, 8)}-${u.slice(8, 12)}-4${u.slice(13, 16)}-a${u.slice(17, 20)}-${u.slice(20, 32)}`;
    body = 'WEBVTT\n\n' + cues.map((c, i) => `${uuid}/${i + 1}-0\n${clock(c.start, '.')} --> ${clock(c.end, '.')}\n<v ${label(c.key)}>${c.text}</v>\n`).join('\n');
  } else if (conv.fmt === 'zoom') {
    body = 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${clock(c.start, '.')} --> ${clock(c.end, '.')}\n${label(c.key)}: ${c.text}\n`).join('\n');
  } else if (ext === 'srt') {
    body = cues.map((c, i) => `${i + 1}\n${clock(c.start, ',')} --> ${clock(c.end, ',')}\n${conv.fmt === 'srt0' ? '' : label(c.key) + ': '}${c.text}\n`).join('\n');
  } else if (ext === 'txt') {
    body = cues.map((c) => `[${clockS(c.start)}] ${label(c.key)}: ${c.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.start, end: c.end, speaker: label(c.key), text: c.text }));
    body = JSON.stringify({ task: 'transcribe', duration: r2(cues.at(-1).end + 0.6), text: cues.map((c) => c.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  // 5. label
  const spans = cues.filter((c) => c.cats.length).map((c) => ({ start: c.start, end: c.end, categories: CATS.filter((x) => c.cats.includes(x)) }));
  const categories = CATS.filter((x) => spans.some((s) => s.categories.includes(x)));
  if (conv.verdict === 'kasuhara') {
    if (!spans.length) fail(id, 'kasuhara conversation without spans');
    if (!(conv.severity >= 1 && conv.severity <= 3)) fail(id, 'kasuhara needs severity 1-3');
  } else if (['complaint', 'normal'].includes(conv.verdict)) {
    if (spans.length) fail(id, `spans on a ${conv.verdict} conversation`);
    if (conv.severity !== 0) fail(id, 'severity must be 0');
  } else fail(id, 'bad verdict');
  if (!conv.notes || !conv.scene) fail(id, 'notes and scene are required');
  const file = `conversations/${id}.${ext}`;
  const lab = { id, file, lang: 'en', setting: conv.setting, verdict: conv.verdict, severity: conv.severity, borderline: !!conv.borderline,
    categories, customer_speakers, spans, notes: conv.notes, group: GROUP };
  return { id, file, body, lab, minutes: (cues.at(-1).end ?? cues.at(-1).start + 5) / 60, cues: cues.length, scene: conv.scene, fmt: conv.fmt };
}

const srcDir = join(ROOT, 'source');
const convs = [];
for (const f of readdirSync(srcDir).filter((f) => /^conv.*\.mjs$/.test(f)).sort()) {
  const m = await import(pathToFileURL(join(srcDir, f)).href);
  convs.push(...m.default);
}
convs.sort((a, b) => a.n - b.n);
const nums = convs.map((c) => c.n);
if (new Set(nums).size !== nums.length) throw new Error('duplicate conversation numbers');
rmSync(join(ROOT, 'conversations'), { recursive: true, force: true });
mkdirSync(join(ROOT, 'conversations'));
const built = convs.map(build);
for (const b of built) writeFileSync(join(ROOT, b.file), b.body);
writeFileSync(join(ROOT, 'labels.jsonl'), built.map((b) => JSON.stringify(b.lab)).join('\n') + '\n');

// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')).href)).default;
const KINDS = ['harassment', 'hard_negative', 'ordinary'];
const rows = bank.map(([kind, cats0, setting, text], i) => {
  const id = `${GROUP}-b${pad(i + 1, 4)}`;
  const categories = cats0.split(/[\s,]+/).filter(Boolean);
  if (!KINDS.includes(kind)) fail(id, 'bad kind');
  for (const c of categories) if (!CATS.includes(c)) fail(id, 'bad category ' + c);
  if ((kind === 'harassment') !== (categories.length > 0)) fail(id, 'harassment needs categories, others none');
  return { id, lang: 'en', text, harassing: kind === 'harassment', categories, kind, setting, source_kind: 'illustrative', source_url: null };
});
const texts = new Set(); for (const r of rows) { if (texts.has(r.text)) fail(r.id, 'duplicate bank text'); texts.add(r.text); }
writeFileSync(join(ROOT, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));

// summary
const tally = (f) => built.reduce((a, b) => { const k = f(b); a[k] = (a[k] ?? 0) + 1; return a; }, {});
console.log('conversations', built.length, JSON.stringify(tally((b) => b.lab.verdict)));
console.log('formats', JSON.stringify(tally((b) => b.fmt)));
console.log('settings', JSON.stringify(tally((b) => b.lab.setting)));
console.log('scenes', Object.keys(tally((b) => b.scene)).length, JSON.stringify(tally((b) => b.scene)));
console.log('severity', JSON.stringify(tally((b) => b.lab.severity)), 'borderline', built.filter((b) => b.lab.borderline).length);
const cc = {}; for (const b of built) for (const c of b.lab.categories) cc[c] = (cc[c] ?? 0) + 1;
console.log('categories', JSON.stringify(cc));
console.log('lengths(min)', built.map((b) => `${b.id.slice(-3)}:${b.minutes.toFixed(1)}/${b.cues}`).join(' '));
console.log('bank', rows.length, JSON.stringify(rows.reduce((a, r) => { a[r.kind] = (a[r.kind] ?? 0) + 1; return a; }, {})));
