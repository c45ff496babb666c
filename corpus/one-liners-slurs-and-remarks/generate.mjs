// Deterministic generator for group one-liners-slurs-and-remarks (Node 20, no deps).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'one-liners-slurs-and-remarks';
const ROOT = path.dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', txt: 'txt', json: 'json' };

function rng(seedStr) { // mulberry32 seeded from string
  let h = 1779033703 ^ seedStr.length;
  for (let i = 0; i < seedStr.length; i++) { h = Math.imul(h ^ seedStr.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
function die(msg) { console.error('REFUSED: ' + msg); process.exit(1); }

function duration(text, lang) {
  if (lang === 'ja') { const n = [...text.replace(/[\s、。!?!?…「」]/g, '')].length; return Math.max(0.8, n / 7); }
  const w = text.trim().split(/\s+/).length; return Math.max(0.7, w / 2.5);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(ms, sep = '.') { const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsec(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }

function asrize(text, lang, r) { // drop some punctuation as recognisers do
  if (lang === 'ja') return text.replace(/、/g, () => (r() < 0.6 ? ' ' : '、')).replace(/。$/, () => (r() < 0.5 ? '' : '。')).replace(/ +/g, ' ').trim();
  return text.replace(/,/g, () => (r() < 0.5 ? '' : ',')).replace(/\.$/, () => (r() < 0.5 ? '' : '.'));
}

function build(conv) {
  const { id, lang, format } = conv;
  if (!FORMATS[format]) die(`${id}: bad format ${format}`);
  if (!SETTINGS.has(conv.setting)) die(`${id}: bad setting`);
  const r = rng(id);
  const cues = [];
  let t = Math.round((0.5 + r() * 1.5) * 100) * 10;
  for (const turn of conv.turns) {
    if (!Array.isArray(turn)) { t += Math.round(turn.pause * 1000); continue; }
    const [sp, rawText, cats] = turn;
    const spk = conv.speakers[sp];
    if (!spk) die(`${id}: unknown speaker ${sp}`);
    let text = rawText;
    if ((format === 'srt' || format === 'json') && !conv.keepPunct) text = asrize(text, lang, r);
    const d = Math.round(duration(rawText, lang) * 100) * 10;
    const cue = { sp, spk, text, start: t, end: t + d, cats: cats || null };
    if (cats) {
      if (spk.role !== 'customer') die(`${id}: span on staff cue "${rawText}"`);
      for (const c of cats) if (!CATS.has(c)) die(`${id}: bad category ${c}`);
    }
    cues.push(cue);
    t = cue.end + Math.round((0.2 + r() * 0.9) * 100) * 10;
  }
  // file text
  let out = '';
  const customerLabels = new Set();
  const order = []; for (const c of cues) if (!order.includes(c.sp)) order.push(c.sp);
  const uuid = Array.from({ length: 4 }, () => Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0'));
  const guid = `${uuid[0]}-${uuid[1].slice(0, 4)}-${uuid[1].slice(4)}-${uuid[2].slice(0, 4)}-${uuid[2].slice(4)}${uuid[3].slice(0, 4)}`;
  const spans = [];
  if (format === 'teams' || format === 'zoom') {
    out = 'WEBVTT\n\n';
    cues.forEach((c, i) => {
      out += (format === 'teams' ? `${guid}/${i + 12}-0` : `${i + 1}`) + `\n${ts(c.start)} --> ${ts(c.end)}\n`;
      out += format === 'teams' ? `<v ${c.spk.name}>${c.text}</v>\n\n` : `${c.spk.name}: ${c.text}\n\n`;
      if (c.spk.role === 'customer') customerLabels.add(c.spk.name);
      if (c.cats) spans.push({ start: c.start / 1000, end: c.end / 1000, categories: c.cats });
    });
  } else if (format === 'srt') {
    cues.forEach((c, i) => {
      const lab = `SPEAKER_${pad(order.indexOf(c.sp))}`;
      out += `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${conv.noPrefix ? '' : lab + ': '}${c.text}\n\n`;
      if (c.spk.role === 'customer' && !conv.noPrefix) customerLabels.add(lab);
      if (c.cats) spans.push({ start: c.start / 1000, end: c.end / 1000, categories: c.cats });
    });
  } else if (format === 'json') {
    const segs = cues.map((c, i) => {
      const lab = String.fromCharCode(65 + order.indexOf(c.sp));
      if (c.spk.role === 'customer') customerLabels.add(lab);
      if (c.cats) spans.push({ start: c.start / 1000, end: c.end / 1000, categories: c.cats });
      return { type: 'transcript.text.segment', id: `seg_${i}`, start: c.start / 1000, end: c.end / 1000, speaker: lab, text: c.text };
    });
    const obj = { task: 'transcribe', duration: cues[cues.length - 1].end / 1000, text: cues.map(c => c.text).join(lang === 'ja' ? '' : ' '), segments: segs };
    out = JSON.stringify(obj, null, 1) + '\n';
  } else if (format === 'txt') {
    let last = -1;
    const secs = cues.map(c => { let s = Math.round(c.start / 1000); if (s <= last) s = last + 1; last = s; return s; });
    cues.forEach((c, i) => {
      out += `[${tsec(secs[i])}] ${c.spk.tag}: ${c.text}\n`;
      if (c.spk.role === 'customer') customerLabels.add(c.spk.tag);
      if (c.cats) {
        if (i === cues.length - 1) die(`${id}: span on last line of txt log`);
        spans.push({ start: secs[i], end: secs[i + 1], categories: c.cats });
      }
    });
  }
  const kas = conv.verdict === 'kasuhara';
  if (kas && spans.length === 0) die(`${id}: kasuhara without spans`);
  if (!kas && spans.length) die(`${id}: spans on ${conv.verdict}`);
  if (!['kasuhara', 'complaint', 'normal'].includes(conv.verdict)) die(`${id}: bad verdict`);
  if (kas && !(conv.severity >= 1 && conv.severity <= 3)) die(`${id}: kasuhara severity`);
  if (!kas && conv.severity !== 0) die(`${id}: severity must be 0`);
  const categories = [...CATS].filter(c => spans.some(s => s.categories.includes(c)));
  const label = {
    id, file: `conversations/${id}.${FORMATS[format]}`, lang, setting: conv.setting, verdict: conv.verdict,
    severity: conv.severity, borderline: !!conv.borderline, categories,
    customer_speakers: [...customerLabels], spans, notes: conv.notes, group: GROUP,
  };
  return { out, label, cues };
}

const srcDir = path.join(ROOT, 'source');
const files = fs.readdirSync(srcDir).filter(f => /^convs.*\.mjs$/.test(f)).sort();
const all = [];
for (const f of files) { const m = await import(pathToFileURL(path.join(srcDir, f)).href); all.push(...m.default); }
const counters = { ja: 0, en: 0 };
const convDir = path.join(ROOT, 'conversations');
fs.rmSync(convDir, { recursive: true, force: true }); fs.mkdirSync(convDir);
const labels = [];
for (const c of all) {
  counters[c.lang]++;
  c.id = `${GROUP}-${c.lang}-${pad(counters[c.lang], 3)}`;
  const { out, label } = build(c);
  fs.writeFileSync(path.join(ROOT, label.file), out);
  labels.push(label);
}
fs.writeFileSync(path.join(ROOT, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + '\n');

// bank
const bank = (await import(pathToFileURL(path.join(srcDir, 'bank.mjs')).href)).default;
const seen = new Set(); const rows = [];
bank.forEach(([lang, kind, setting, cats, text], i) => {
  if (!['harassment', 'hard_negative', 'ordinary'].includes(kind)) die(`bank ${i}: kind`);
  if (!SETTINGS.has(setting)) die(`bank ${i}: setting ${setting}`);
  if (kind === 'harassment' ? !cats.length : cats.length) die(`bank ${i}: categories/kind mismatch: ${text}`);
  for (const c of cats) if (!CATS.has(c)) die(`bank ${i}: bad cat ${c}`);
  const key = text.replace(/[\s、。,.!?!?]/g, '').toLowerCase();
  if (seen.has(key)) die(`bank duplicate: ${text}`); seen.add(key);
  const len = [...text].length; if (len < 2 || len > 80) die(`bank length ${len}: ${text}`);
  rows.push({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null });
});
fs.writeFileSync(path.join(ROOT, 'bank.jsonl'), rows.map(r => JSON.stringify(r)).join('\n') + '\n');

// summary
const cnt = (arr, f) => arr.reduce((m, x) => { const k = f(x); m[k] = (m[k] || 0) + 1; return m; }, {});
console.log('conversations', labels.length, JSON.stringify(cnt(labels, l => l.lang)), JSON.stringify(cnt(labels, l => l.verdict)));
console.log('formats', JSON.stringify(cnt(all, c => c.format + (c.noPrefix ? '-noprefix' : ''))));
console.log('settings', JSON.stringify(cnt(labels, l => l.setting)));
console.log('severity', JSON.stringify(cnt(labels, l => l.severity)), 'borderline', labels.filter(l => l.borderline).length);
console.log('cats', JSON.stringify(cnt(labels.flatMap(l => l.categories), x => x)));
console.log('bank', rows.length, JSON.stringify(cnt(rows, r => r.kind)), JSON.stringify(cnt(rows, r => r.lang)));
