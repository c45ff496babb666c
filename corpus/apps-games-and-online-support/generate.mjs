#!/usr/bin/env node
// Deterministic generator: source/*.mjs -> conversations/, labels.jsonl, bank.jsonl
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'apps-games-and-online-support';
const here = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
function rng(seed) { let s = 0; for (const ch of seed) s = (s * 31 + ch.charCodeAt(0)) >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
const pad = (n, w = 2) => String(n).padStart(w, '0');
const ts = (ms, sep) => { const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; };
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
function dur(text, lang, r) {
  if (lang === 'ja') { const n = text.replace(/[\s、。！？!?「」…ー]/g, '').length; return Math.round((n / (6 + 2 * r()) + 0.6) * 1000); }
  const w = text.split(/\s+/).filter(Boolean).length; return Math.round((w / 2.5 + 0.5) * 1000);
}
const convs = []; let bank = [];
const files = readdirSync(join(here, 'source')).filter((f) => f.endsWith('.mjs')).sort();
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, 'source', f)).href);
  if (mod.conversations) convs.push(...mod.conversations);
  if (mod.bank) bank = bank.concat(mod.bank);
}
rmSync(join(here, 'conversations'), { recursive: true, force: true });
mkdirSync(join(here, 'conversations'));
const labels = []; const ids = new Set();
for (const c of convs) {
  const id = `${GROUP}-${c.id}`; if (ids.has(id)) throw new Error('duplicate id ' + id); ids.add(id);
  const r = rng(id);
  const fmt = c.format; // teams | zoom | srt | srtnp | txt | json
  const ext = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srtnp: 'srt', txt: 'txt', json: 'json' }[fmt];
  if (!ext) throw new Error(id + ': bad format ' + fmt);
  const sp = c.speakers; // { key: {name, role, label?} }
  for (const k in sp) if (!['customer', 'staff'].includes(sp[k].role)) throw new Error(id + ': bad role');
  // timing
  let t = Math.round((1 + r() * 2) * 1000); const cues = [];
  const HOLD = /少々お待ち|お待ちください|お調べいたします|お調べします|ちょっと待って|ちょっと待て|pull up the order|look it up|one moment|give me a second/i;
  const turnsH = [];
  c.turns.forEach((turn, i) => { turnsH.push(turn); const nx = c.turns[i + 1];
    if (Array.isArray(turn) && nx && Array.isArray(nx) && HOLD.test(turn[1])) turnsH.push({ pause: 15 + Math.round(r() * 45), auto: true }); });
  for (const turn of turnsH) {
    if (!Array.isArray(turn)) { t += Math.round((turn.pause ?? 0) * 1000); continue; }
    const [who, text, cats] = turn; if (!sp[who]) throw new Error(`${id}: unknown speaker ${who}`);
    const d = dur(text, c.lang, r);
    let start = t, end = t + d;
    if (fmt === 'txt') { start = Math.ceil(t / 1000) * 1000; if (cues.length && start <= cues.at(-1).start) start = cues.at(-1).start + 1000; }
    cues.push({ who, text, cats: cats ?? [], start, end });
    t = (fmt === 'txt' ? start + d : end) + Math.round((0.25 + r() * 0.7) * 1000);
  }
  if (fmt === 'txt') cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5000; });
  // label of each speaker as written in the file
  const keys = Object.keys(sp); const lab = {};
  keys.forEach((k, i) => {
    if (fmt === 'teams' || fmt === 'zoom') lab[k] = sp[k].name;
    else if (fmt === 'srt') lab[k] = `SPEAKER_${pad(i)}`;
    else if (fmt === 'srtnp') lab[k] = null;
    else if (fmt === 'txt') lab[k] = sp[k].label ?? (c.lang === 'ja' ? (sp[k].role === 'customer' ? '顧客' : 'オペレーター') : (sp[k].role === 'customer' ? 'Caller' : 'Agent'));
    else lab[k] = String.fromCharCode(65 + i);
  });
  // spans
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats.length) return;
    for (const x of q.cats) if (!CATS.has(x)) throw new Error(`${id}: unknown category ${x}`);
    if (sp[q.who].role !== 'customer') throw new Error(`${id}: span on staff cue: ${q.text}`);
    if (fmt === 'txt' && i === cues.length - 1) throw new Error(`${id}: span on last log line`);
    if (c.verdict !== 'kasuhara') throw new Error(`${id}: span on ${c.verdict} conversation`);
    spans.push({ start: q.start / 1000, end: q.end / 1000, categories: [...new Set(q.cats)] });
  });
  if (c.verdict === 'kasuhara' && !spans.length) throw new Error(`${id}: kasuhara without spans`);
  if ((c.verdict === 'kasuhara') !== (c.severity >= 1)) throw new Error(`${id}: severity/verdict mismatch`);
  // write
  let out = '';
  if (fmt === 'teams') { const base = c.uuid ?? Array.from({ length: 4 }, () => Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0')).join('-');
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 1}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${lab[q.who]}>${q.text}</v>\n`).join('\n'); }
  else if (fmt === 'zoom') out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${lab[q.who]}: ${q.text}\n`).join('\n');
  else if (fmt === 'srt' || fmt === 'srtnp') out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${lab[q.who] ? lab[q.who] + ': ' : ''}${q.text}\n`).join('\n');
  else if (fmt === 'txt') out = cues.map((q) => `[${hms(q.start / 1000)}] ${lab[q.who]}: ${q.text}`).join('\n') + '\n';
  else out = JSON.stringify({ task: 'transcribe', duration: cues.at(-1).end / 1000, text: cues.map((q) => q.text).join(c.lang === 'ja' ? '' : ' '),
    segments: cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start / 1000, end: q.end / 1000, speaker: lab[q.who], text: q.text })) }, null, 1) + '\n';
  const file = `conversations/${id}.${ext}`;
  writeFileSync(join(here, file), out);
  const custs = keys.filter((k) => sp[k].role === 'customer').map((k) => lab[k]).filter((x) => x != null);
  labels.push({ id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline,
    categories: [...new Set(spans.flatMap((s) => s.categories))], customer_speakers: [...new Set(custs)], spans, notes: c.notes, group: GROUP });
}
writeFileSync(join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
const bids = new Set();
const brows = bank.map((b, i) => {
  const row = { id: `${GROUP}-b${pad(i + 1, 4)}`, lang: b[0], text: b[3], harassing: b[1] === 'h', categories: b[1] === 'h' ? b[4] : [],
    kind: { h: 'harassment', n: 'hard_negative', o: 'ordinary' }[b[1]], setting: b[2], source_kind: 'illustrative', source_url: null };
  if (row.harassing && !row.categories?.length) throw new Error('bank row without categories: ' + b[3]);
  if (bids.has(row.text)) throw new Error('duplicate bank text: ' + b[3]); bids.add(row.text);
  return row;
});
writeFileSync(join(here, 'bank.jsonl'), brows.map((b) => JSON.stringify(b)).join('\n') + (brows.length ? '\n' : ''));
console.log(`conversations ${labels.length}, bank ${brows.length}`);
