#!/usr/bin/env node
// Generates conversations/<id>.<ext>, labels.jsonl and bank.jsonl from source/*.mjs.
// Deterministic: all "random" choices come from a seeded PRNG keyed on the conversation id.
// Node 20, no dependencies.  usage: node generate.mjs
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'stations-travel-hotels';
const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(ROOT, 'source');
const OUT = join(ROOT, 'conversations');
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', txt: 'txt', json: 'json' };

function seeded(str) { // xmur3 + mulberry32
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const r2 = (x) => Math.round(x * 100) / 100;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsWhole(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; }

function speakDur(text, lang, rate) {
  if (lang === 'en') { const w = text.split(/\s+/).filter(Boolean).length; return Math.max(0.8, w / rate + 0.3); }
  const c = [...text.replace(/[\s、。，．！？!?「」『』（）()…・ー〜~]/g, '')].length;
  return Math.max(0.8, c / rate + 0.4);
}

function build(conv) {
  const id = `${GROUP}-${conv.id}`;
  const rnd = seeded(id);
  const ext = FORMATS[conv.format];
  if (!ext) throw new Error(`${id}: unknown format ${conv.format}`);
  if (!SETTINGS.has(conv.setting)) throw new Error(`${id}: unknown setting ${conv.setting}`);
  if (!['kasuhara','complaint','normal'].includes(conv.verdict)) throw new Error(`${id}: bad verdict`);
  const spk = conv.speakers; // key -> {name, role, tag}
  for (const [k, s] of Object.entries(spk)) if (!['customer','staff'].includes(s.role)) throw new Error(`${id}: speaker ${k} has no role`);
  const rate = {}; for (const k of Object.keys(spk)) rate[k] = conv.lang === 'en' ? 2.2 + rnd() * 0.6 : 6 + rnd() * 1.6;
  // speaker labels as written
  const order = []; for (const t of conv.turns) if (Array.isArray(t) && !order.includes(t[0])) order.push(t[0]);
  const label = {};
  order.forEach((k, i) => {
    if (!spk[k]) throw new Error(`${id}: unknown speaker ${k}`);
    if (conv.format === 'teams' || conv.format === 'zoom') label[k] = spk[k].name;
    else if (conv.format === 'srt') label[k] = conv.noprefix ? null : `SPEAKER_${pad(i)}`;
    else if (conv.format === 'txt') label[k] = spk[k].tag ?? (conv.lang === 'en' ? (spk[k].role === 'customer' ? 'Caller' : 'Agent') : (spk[k].role === 'customer' ? '顧客' : 'オペレーター'));
    else label[k] = String.fromCharCode(65 + i);
  });
  // timing
  const cues = []; let t = conv.start ?? r2(0.4 + rnd() * 1.2); let extra = 0;
  for (const turn of conv.turns) {
    if (typeof turn === 'number') { extra += turn; continue; }
    const [k, text, cats] = turn;
    const catList = cats ? (Array.isArray(cats) ? cats : cats.split(',').map((s) => s.trim()).filter(Boolean)) : [];
    for (const c of catList) if (!CATS.has(c)) throw new Error(`${id}: unknown category ${c} in "${text}"`);
    const gap = extra + 0.3 + rnd() * 1.4; extra = 0;
    let start, end;
    if (conv.format === 'txt') {
      start = cues.length ? Math.max(cues.at(-1).start + 1, Math.round(cues.at(-1).rawEnd + gap)) : Math.round(t);
      const rawEnd = start + speakDur(text, conv.lang, rate[k]);
      cues.push({ k, text, cats: catList, start, rawEnd });
      continue;
    }
    start = r2((cues.length ? cues.at(-1).end : t) + (cues.length ? gap : 0));
    end = r2(start + speakDur(text, conv.lang, rate[k]));
    cues.push({ k, text, cats: catList, start, end });
  }
  if (conv.format === 'txt') cues.forEach((c, i) => { c.end = i + 1 < cues.length ? cues[i + 1].start : c.start + 5; });
  // refusals
  const spans = [];
  cues.forEach((c, i) => {
    if (!c.cats.length) return;
    if (spk[c.k].role !== 'customer') throw new Error(`${id}: span on a staff cue: "${c.text}"`);
    if (conv.format === 'txt' && i === cues.length - 1) throw new Error(`${id}: span on the last line of a .txt log`);
    spans.push({ start: c.start, end: c.end, categories: c.cats });
  });
  if (conv.verdict === 'kasuhara' && !spans.length) throw new Error(`${id}: kasuhara without spans`);
  if (conv.verdict !== 'kasuhara' && spans.length) throw new Error(`${id}: spans on a ${conv.verdict} conversation`);
  if (conv.verdict === 'kasuhara' && !(conv.severity >= 1 && conv.severity <= 3)) throw new Error(`${id}: severity`);
  if (conv.verdict !== 'kasuhara' && conv.severity) throw new Error(`${id}: severity must be 0`);
  const catOrder = [...CATS];
  const categories = catOrder.filter((c) => spans.some((s) => s.categories.includes(c)));
  // render
  let body = '';
  const asrText = (s) => s; // artefacts are written into the source text itself
  if (conv.format === 'teams') {
    const u = () => Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
    const g = u(); const uuid = `${g.slice(0, 8)}-${g.slice(8, 12)}-${g.slice(12, 16)}-${g.slice(16, 20)}-${g.slice(20)}`;
    body = 'WEBVTT\n\n' + cues.map((c, i) => `${uuid}/${i + 12}-0\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n<v ${label[c.k]}>${c.text}</v>\n`).join('\n');
  } else if (conv.format === 'zoom') {
    body = 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n${label[c.k]}: ${c.text}\n`).join('\n');
  } else if (conv.format === 'srt') {
    body = cues.map((c, i) => `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${label[c.k] ? label[c.k] + ': ' : ''}${asrText(c.text)}\n`).join('\n');
  } else if (conv.format === 'txt') {
    body = cues.map((c) => `[${tsWhole(c.start)}] ${label[c.k]}: ${c.text}`).join('\n') + '\n';
  } else {
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.start, end: c.end, speaker: label[c.k], text: asrText(c.text) }));
    body = JSON.stringify({ task: 'transcribe', duration: cues.at(-1).end, text: segs.map((s) => s.text).join(' '), segments: segs }, null, 1) + '\n';
  }
  const file = `conversations/${id}.${ext}`;
  const customer_speakers = order.filter((k) => spk[k].role === 'customer' && label[k]).map((k) => label[k]);
  const lab = { id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict, severity: conv.severity ?? 0,
    borderline: !!conv.borderline, categories, customer_speakers, spans, notes: conv.notes, group: GROUP };
  return { file, body, lab, dur: cues.at(-1).end, n: cues.length };
}

const files = readdirSync(SRC).filter((f) => f.endsWith('.mjs') && f !== 'bank.mjs').sort();
const convs = [];
for (const f of files) { const m = await import(pathToFileURL(join(SRC, f))); convs.push(...m.default); }
const seen = new Set(); const labels = []; const stats = []; const built = [];
for (const c of convs) { // build everything first, so a refusal leaves the previous output untouched
  if (seen.has(c.id)) throw new Error('duplicate id ' + c.id); seen.add(c.id);
  if (!c.id.startsWith(c.lang + '-')) throw new Error(`${c.id}: id does not match lang`);
  const b = build(c); built.push(b);
  labels.push(JSON.stringify(b.lab));
  stats.push(`${b.lab.id}\t${c.format}\t${c.setting}\t${b.lab.verdict}\t${b.n} cues\t${(b.dur / 60).toFixed(1)} min`);
}

// bank
const bank = (await import(pathToFileURL(join(SRC, 'bank.mjs')))).default;
const texts = new Set(); const rows = [];
bank.forEach(([lang, kind, setting, cats, text], i) => {
  const categories = cats ? cats.split(',').map((s) => s.trim()) : [];
  if (!['ja','en'].includes(lang) || !['harassment','hard_negative','ordinary'].includes(kind) || !SETTINGS.has(setting)) throw new Error('bank row ' + (i + 1) + ' bad meta: ' + text);
  for (const c of categories) if (!CATS.has(c)) throw new Error('bank row ' + (i + 1) + ' bad category ' + c);
  if ((kind === 'harassment') !== (categories.length > 0)) throw new Error('bank row ' + (i + 1) + ' categories/kind mismatch: ' + text);
  const norm = text.replace(/[\s、。,.!?！？…]/g, '').toLowerCase();
  if (texts.has(norm)) throw new Error('bank duplicate: ' + text); texts.add(norm);
  const len = [...text].length; if (len < 2 || len > 80) throw new Error(`bank row ${i + 1} length ${len}: ${text}`);
  rows.push(JSON.stringify({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === 'harassment', categories, kind, setting, source_kind: 'illustrative', source_url: null }));
});
rmSync(OUT, { recursive: true, force: true }); mkdirSync(OUT, { recursive: true });
for (const b of built) writeFileSync(join(ROOT, b.file), b.body);
writeFileSync(join(ROOT, 'labels.jsonl'), labels.join('\n') + '\n');
writeFileSync(join(ROOT, 'bank.jsonl'), rows.join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`${convs.length} conversations, ${rows.length} bank rows`);
