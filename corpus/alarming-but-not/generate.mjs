#!/usr/bin/env node
// Deterministic generator for the alarming-but-not group. Node 20, no dependencies.
// Reads source/convs-*.mjs and source/bank.mjs; writes conversations/, labels.jsonl, bank.jsonl.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'alarming-but-not';
const HERE = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', txt: 'txt', json: 'json' };

function die(msg) { console.error('REFUSED: ' + msg); process.exit(1); }
function rng(seedStr) { // mulberry32 seeded from a string hash
  let h = 1779033703 ^ seedStr.length;
  for (let i = 0; i < seedStr.length; i++) { h = Math.imul(h ^ seedStr.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const r2 = (x) => Math.round(x * 100) / 100;
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, f = ms % 1000; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}${sep}${String(f).padStart(3,'0')}`; }
function tsLog(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `[${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}]`; }
function speechSeconds(text, lang, rnd) {
  const base = lang === 'ja' ? text.replace(/[\s、。！？!?「」（）()…・]/g, '').length / 6.2 : text.split(/\s+/).filter(Boolean).length / 2.5;
  return Math.max(0.7, (base + 0.35) * (0.92 + rnd() * 0.16));
}
function asrNoise(text, lang, rnd) { // light recogniser-style punctuation loss for SRT and JSON
  let t = text;
  if (lang === 'ja') { if (rnd() < 0.55) t = t.replace(/。$/, ''); if (rnd() < 0.35) t = t.replace(/、/g, ' '); if (rnd() < 0.2) t = t.replace(/。/g, ' ').trim(); }
  else { if (rnd() < 0.5) t = t.replace(/\.$/, ''); if (rnd() < 0.3) t = t.charAt(0).toLowerCase() + t.slice(1); if (rnd() < 0.25) t = t.replace(/,/g, ''); }
  return t;
}

async function main() {
  const srcDir = join(HERE, 'source');
  const files = readdirSync(srcDir).filter((f) => /^convs-.*\.mjs$/.test(f)).sort();
  const convs = [];
  for (const f of files) { const mod = await import(pathToFileURL(join(srcDir, f)).href); convs.push(...mod.default); }
  rmSync(join(HERE, 'conversations'), { recursive: true, force: true });
  mkdirSync(join(HERE, 'conversations'), { recursive: true });
  const counters = { ja: 0, en: 0 };
  const labels = [];
  const tally = { lang: {}, verdict: {}, format: {}, setting: {}, severity: {}, borderline: 0, long: [] };
  const seenKeys = new Set();
  for (const c of convs) {
    const key = c.key ?? JSON.stringify(c.turns[0]);
    if (seenKeys.has(key)) die(`duplicate conversation key ${key}`); seenKeys.add(key);
    if (!['ja','en'].includes(c.lang)) die(`bad lang in ${key}`);
    if (!SETTINGS.has(c.setting)) die(`bad setting ${c.setting}`);
    if (!FORMATS[c.format]) die(`bad format ${c.format}`);
    if (!['kasuhara','complaint','normal'].includes(c.verdict)) die(`bad verdict in ${key}`);
    counters[c.lang]++;
    const id = `${GROUP}-${c.lang}-${String(counters[c.lang]).padStart(3, '0')}`;
    const ext = FORMATS[c.format];
    const rnd = rng(id);
    // speaker labels per format
    const order = [];
    for (const t of c.turns) if (Array.isArray(t) && !order.includes(t[0])) order.push(t[0]);
    for (const sp of order) { if (!c.speakers[sp]) die(`${id}: unknown speaker ${sp}`); if (!['customer','staff'].includes(c.speakers[sp].role)) die(`${id}: bad role`); }
    const label = (sp) => {
      const s = c.speakers[sp];
      if (c.format === 'teams' || c.format === 'zoom') return s.name;
      if (c.format === 'srt') return c.srtNoPrefix ? null : `SPEAKER_${String(order.indexOf(sp)).padStart(2, '0')}`;
      if (c.format === 'json') return String.fromCharCode(65 + order.indexOf(sp));
      return s.log ?? (s.role === 'customer' ? (c.lang === 'ja' ? '顧客' : 'Caller') : (c.lang === 'ja' ? 'オペレーター' : 'Agent'));
    };
    // timing
    let t = 0.4 + rnd() * 1.4;
    const cues = [];
    for (const turn of c.turns) {
      if (!Array.isArray(turn)) { if (turn.pause) { t += turn.pause; continue; } die(`${id}: bad turn ${JSON.stringify(turn)}`); }
      const [sp, text0, cats] = turn;
      if (typeof text0 !== 'string' || !text0.trim()) die(`${id}: empty text`);
      const text = (c.format === 'srt' || c.format === 'json') ? asrNoise(text0, c.lang, rnd) : text0;
      const dur = speechSeconds(text0, c.lang, rnd);
      const start = r2(t), end = r2(t + dur);
      cues.push({ sp, text, cats: cats ?? null, start, end });
      t = end + 0.4 + rnd() * 1.0;
    }
    if (c.format === 'txt') { // whole seconds; a line ends where the next begins
      let prev = -1;
      for (const q of cues) { q.start = Math.max(Math.round(q.start), prev + 1); prev = q.start; }
      cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
    }
    // spans and refusals
    const spans = [];
    cues.forEach((q, i) => {
      if (!q.cats || !q.cats.length) return;
      for (const k of q.cats) if (!CATS.has(k)) die(`${id}: unknown category ${k}`);
      if (c.speakers[q.sp].role !== 'customer') die(`${id}: span on a staff cue: ${q.text}`);
      if (c.format === 'txt' && i === cues.length - 1) die(`${id}: span on the last line of a .txt log`);
      spans.push({ start: q.start, end: q.end, categories: [...q.cats] });
    });
    if (c.verdict === 'kasuhara' && !spans.length) die(`${id}: kasuhara conversation without spans`);
    if (c.verdict !== 'kasuhara' && spans.length) die(`${id}: spans on a ${c.verdict} conversation`);
    if (c.verdict === 'kasuhara' && !(c.severity >= 1 && c.severity <= 3)) die(`${id}: severity`);
    if (c.verdict !== 'kasuhara' && c.severity !== 0) die(`${id}: severity must be 0`);
    const catSet = [...new Set(spans.flatMap((s) => s.categories))];
    // render
    let out = '';
    if (c.format === 'teams') {
      const uuid = (n) => { const h = () => Math.floor(rnd() * 16).toString(16); return Array.from({ length: 8 }, h).join('') + '-' + Array.from({ length: 4 }, h).join('') + '-4' + Array.from({ length: 3 }, h).join('') + '-' + Array.from({ length: 4 }, h).join('') + '-' + Array.from({ length: 12 }, h).join(''); };
      const base = uuid();
      out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 1}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${label(q.sp)}>${q.text}</v>\n`).join('\n');
    } else if (c.format === 'zoom') {
      out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${label(q.sp)}: ${q.text}\n`).join('\n');
    } else if (c.format === 'srt') {
      out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${label(q.sp) ? label(q.sp) + ': ' : ''}${q.text}\n`).join('\n');
    } else if (c.format === 'txt') {
      out = cues.map((q) => `${tsLog(q.start)} ${label(q.sp)}: ${q.text}`).join('\n') + '\n';
    } else {
      const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: label(q.sp), text: q.text }));
      out = JSON.stringify({ task: 'transcribe', duration: cues[cues.length - 1].end, text: cues.map((q) => q.text).join(' '), segments: segs }, null, 1) + '\n';
    }
    const file = `conversations/${id}.${ext}`;
    writeFileSync(join(HERE, file), out);
    const custLabels = [...new Set(order.filter((sp) => c.speakers[sp].role === 'customer').map(label).filter(Boolean))];
    labels.push({ id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline,
      categories: catSet, customer_speakers: custLabels, spans, notes: c.notes, group: GROUP });
    const dur = cues[cues.length - 1].end;
    tally.lang[c.lang] = (tally.lang[c.lang] ?? 0) + 1; tally.verdict[c.verdict] = (tally.verdict[c.verdict] ?? 0) + 1;
    const fk = c.format + (c.format === 'srt' && c.srtNoPrefix ? '(no prefix)' : '');
    tally.format[fk] = (tally.format[fk] ?? 0) + 1; tally.setting[c.setting] = (tally.setting[c.setting] ?? 0) + 1;
    tally.severity[c.severity] = (tally.severity[c.severity] ?? 0) + 1; if (c.borderline) tally.borderline++;
    if (dur > 1500) tally.long.push(id);
    if (process.env.VERBOSE) console.log(`${id} ${c.setting} ${c.verdict} ${c.format} cues=${cues.length} dur=${Math.round(dur)}s spans=${spans.length} ${catSet.join(',')}`);
  }
  writeFileSync(join(HERE, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
  // bank
  const { default: bank } = await import(pathToFileURL(join(srcDir, 'bank.mjs')).href);
  const rows = []; const norm = new Set(); const bt = { kind: {}, lang: {}, setting: {} };
  bank.forEach(([lang, kind, setting, text, cats], i) => {
    const where = `bank row ${i + 1} (${text})`;
    if (!['ja','en'].includes(lang)) die(`${where}: lang`);
    if (!['harassment','hard_negative','ordinary'].includes(kind)) die(`${where}: kind`);
    if (!SETTINGS.has(setting)) die(`${where}: setting`);
    const len = [...text].length; if (len < 2 || len > 80) die(`${where}: length ${len}`);
    const n = text.toLowerCase().replace(/[\s、。！？!?,.'"「」…ー〜~]/g, '');
    if (norm.has(n)) die(`${where}: duplicate`); norm.add(n);
    const harassing = kind === 'harassment';
    const categories = harassing ? (cats ?? []) : [];
    if (harassing && !categories.length) die(`${where}: harassment without categories`);
    if (!harassing && cats && cats.length) die(`${where}: categories on a non-harassing row`);
    for (const k of categories) if (!CATS.has(k)) die(`${where}: category ${k}`);
    rows.push({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing, categories, kind, setting, source_kind: 'illustrative', source_url: null });
    bt.kind[kind] = (bt.kind[kind] ?? 0) + 1; bt.lang[lang] = (bt.lang[lang] ?? 0) + 1; bt.setting[setting] = (bt.setting[setting] ?? 0) + 1;
  });
  writeFileSync(join(HERE, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
  console.log(JSON.stringify({ conversations: labels.length, ...tally }));
  console.log(JSON.stringify({ bank: rows.length, ...bt }));
}
main();
