// generate.mjs — builds conversations/, labels.jsonl and bank.jsonl for the "dialects" group
// from the hand-written data in source/.  Node 20, no dependencies.
//
// Source conversation object (see source/*.mjs):
//   { id, lang, setting, verdict, severity, borderline, format, notes,
//     speakers: { key: { name, role: 'customer'|'staff'|'other', txt?: 'role word for .txt logs' } },
//     start?: seconds offset of the first cue,
//     turns: `multi-line string` }
// Turn lines:
//   key: text {cat,cat}      a turn; categories only on customer turns (short codes allowed)
//   key@7.5: text            the same with an explicit duration in seconds
//   +N                       N seconds of silence before the next turn (holds, pauses)
//   # ...                    comment
// format: teams | zoom | srt | srt_plain (SRT without speaker prefix) | txt | json
//
// Bank source (source/bank*.mjs) exports default a string; each line:
//   H cat,cat setting: text   harassment
//   N setting: text           hard_negative
//   O setting: text           ordinary

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(ROOT, 'source');
const OUT = path.join(ROOT, 'conversations');
const GROUP = 'dialects';

const CATS = ['physical', 'threat', 'abuse', 'intimidation', 'apology_coercion', 'unreasonable_demand',
  'persistence', 'restraint', 'sexual', 'discrimination', 'personal_targeting', 'sns_exposure'];
const SHORT = { ph: 'physical', th: 'threat', ab: 'abuse', in: 'intimidation', ap: 'apology_coercion',
  ud: 'unreasonable_demand', pe: 'persistence', re: 'restraint', se: 'sexual', di: 'discrimination',
  pt: 'personal_targeting', sn: 'sns_exposure' };
const SETTINGS = ['call_center', 'store', 'municipal', 'hospital', 'hotel', 'bank', 'school', 'care', 'delivery',
  'restaurant', 'other'];
const FORMATS = ['teams', 'zoom', 'srt', 'srt_plain', 'txt', 'json'];

function fail(msg) { throw new Error(msg); }

function cat(c, where) {
  const full = SHORT[c] || c;
  if (!CATS.includes(full)) fail(`${where}: unknown category "${c}"`);
  return full;
}

// deterministic pseudo-random numbers per conversation
function hash(str) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}

function speechSeconds(text, lang, r) {
  if (lang === 'ja') {
    const n = [...text.replace(/[\s、。！？!?,.・「」『』（）()…ー〜]/g, '')].length;
    const rate = 6.2 + r() * 1.8; // 6.2–8 chars per second
    return Math.max(0.9, n / rate + 0.25);
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const rate = 2.3 + r() * 0.5; // ~2.3–2.8 words per second
  return Math.max(0.8, words / rate + 0.2);
}

function parseTurns(conv) {
  const r = rng(hash(conv.id));
  const lines = conv.turns.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
  const cues = [];
  let t = (conv.start ?? 0.4 + r() * 1.2) * 1000;
  let extra = 0;
  for (const line of lines) {
    const pm = line.match(/^\+(\d+(?:\.\d+)?)$/);
    if (pm) { extra += parseFloat(pm[1]) * 1000; continue; }
    const m = line.match(/^([a-z][a-z0-9]*)(?:@(\d+(?:\.\d+)?))?:\s?(.*)$/);
    if (!m) fail(`${conv.id}: cannot parse line: ${line}`);
    const [, key, dur, rest] = m;
    const sp = conv.speakers[key] || (key === 'x' ? { name: '', role: 'other', txt: '不明' } : null);
    if (!sp) fail(`${conv.id}: unknown speaker key "${key}" in: ${line}`);
    let text = rest;
    let cats = [];
    const cm = text.match(/\s*\{([a-z_, ]+)\}\s*$/);
    if (cm) {
      text = text.slice(0, cm.index);
      cats = cm[1].split(',').map(s => s.trim()).filter(Boolean).map(c => cat(c, conv.id));
    }
    text = text.trim();
    if (!text) fail(`${conv.id}: empty text: ${line}`);
    if (cats.length && sp.role !== 'customer') fail(`${conv.id}: categories on a non-customer turn: ${line}`);
    const gap = cues.length === 0 ? 0 : (300 + r() * 1200);
    const start = Math.round(t + gap + extra);
    const d = dur ? parseFloat(dur) : speechSeconds(text, conv.lang, r);
    const end = Math.round(start + d * 1000);
    cues.push({ key, sp, text, cats, start, end });
    t = end; extra = 0;
  }
  return cues;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(ms, sep) {
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}
function tsWhole(sec) {
  return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`;
}
const sec = ms => Math.round(ms) / 1000;

function uuid(id) {
  const r = rng(hash(id + '#uuid'));
  const hex = n => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(r() * 4)]}${hex(3)}-${hex(12)}`;
}

function labelsInOrder(cues, prefix) {
  const map = new Map();
  for (const c of cues) if (!map.has(c.key)) map.set(c.key, prefix(map.size));
  return map;
}

function render(conv, cues) {
  const f = conv.format;
  const spans = [];
  let body = '';
  let customerSpeakers = [];
  const addSpan = (c, s, e) => { if (c.cats.length) spans.push({ start: s, end: e, categories: sortCats(c.cats) }); };

  if (f === 'teams' || f === 'zoom') {
    const u = uuid(conv.id);
    body = 'WEBVTT\n\n';
    cues.forEach((c, i) => {
      body += f === 'teams' ? `${u}/${i + 12}-0\n` : `${i + 1}\n`;
      body += `${ts(c.start, '.')} --> ${ts(c.end, '.')}\n`;
      body += f === 'teams' ? `<v ${c.sp.name}>${c.text}</v>\n\n` : `${c.sp.name}: ${c.text}\n\n`;
      addSpan(c, sec(c.start), sec(c.end));
    });
    customerSpeakers = uniq(cues.filter(c => c.sp.role === 'customer').map(c => c.sp.name));
  } else if (f === 'srt' || f === 'srt_plain') {
    const labels = labelsInOrder(cues, i => `SPEAKER_${pad(i)}`);
    cues.forEach((c, i) => {
      body += `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n`;
      body += f === 'srt' ? `${labels.get(c.key)}: ${c.text}\n\n` : `${c.text}\n\n`;
      addSpan(c, sec(c.start), sec(c.end));
    });
    customerSpeakers = f === 'srt' ? uniq(cues.filter(c => c.sp.role === 'customer').map(c => labels.get(c.key))) : [];
  } else if (f === 'txt') {
    const starts = [];
    for (const c of cues) {
      let s = Math.floor(c.start / 1000);
      if (starts.length && s <= starts[starts.length - 1]) s = starts[starts.length - 1] + 1;
      starts.push(s);
    }
    cues.forEach((c, i) => {
      const role = c.sp.txt || fail(`${conv.id}: speaker ${c.key} has no txt role word`);
      body += `[${tsWhole(starts[i])}] ${role}: ${c.text}\n`;
      if (c.cats.length) {
        if (i === cues.length - 1) fail(`${conv.id}: span on the last line of a .txt log`);
        addSpan(c, starts[i], starts[i + 1]);
      }
    });
    customerSpeakers = uniq(cues.filter(c => c.sp.role === 'customer').map(c => c.sp.txt));
  } else if (f === 'json') {
    const labels = labelsInOrder(cues, i => String.fromCharCode(65 + i));
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: sec(c.start),
      end: sec(c.end), speaker: labels.get(c.key), text: c.text }));
    cues.forEach(c => addSpan(c, sec(c.start), sec(c.end)));
    const sepr = ' ';
    body = JSON.stringify({ task: 'transcribe', duration: sec(cues[cues.length - 1].end),
      text: cues.map(c => c.text).join(sepr), segments: segs }, null, 1) + '\n';
    customerSpeakers = uniq(cues.filter(c => c.sp.role === 'customer').map(c => labels.get(c.key)));
  } else fail(`${conv.id}: unknown format ${f}`);
  return { body, spans, customerSpeakers };
}

function uniq(a) { return [...new Set(a)]; }
function sortCats(a) { return uniq(a).sort((x, y) => CATS.indexOf(x) - CATS.indexOf(y)); }
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srt_plain: 'srt', txt: 'txt', json: 'json' };

function checkConv(conv) {
  for (const k of ['id', 'lang', 'setting', 'verdict', 'format', 'notes', 'speakers', 'turns'])
    if (conv[k] === undefined) fail(`${conv.id}: missing ${k}`);
  if (!/^dialects-(ja|en)-\d{3}$/.test(conv.id)) fail(`bad id ${conv.id}`);
  if (!conv.id.includes(`-${conv.lang}-`)) fail(`${conv.id}: lang mismatch`);
  if (!SETTINGS.includes(conv.setting)) fail(`${conv.id}: bad setting ${conv.setting}`);
  if (!FORMATS.includes(conv.format)) fail(`${conv.id}: bad format ${conv.format}`);
  if (!['kasuhara', 'complaint', 'normal'].includes(conv.verdict)) fail(`${conv.id}: bad verdict`);
}

async function loadSources(prefixFilter) {
  const files = fs.readdirSync(SRC).filter(f => f.endsWith('.mjs')).sort();
  const out = [];
  for (const f of files) {
    const isBank = f.startsWith('bank');
    if (prefixFilter === 'bank' ? !isBank : isBank) continue;
    const mod = await import(pathToFileURL(path.join(SRC, f)).href);
    out.push({ file: f, data: mod.default });
  }
  return out;
}

async function buildConversations() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const labels = [];
  const seen = new Set();
  for (const { data } of await loadSources('conv')) {
    for (const conv of data) {
      checkConv(conv);
      if (seen.has(conv.id)) fail(`duplicate id ${conv.id}`);
      seen.add(conv.id);
      const cues = parseTurns(conv);
      const { body, spans, customerSpeakers } = render(conv, cues);
      const file = `conversations/${conv.id}.${EXT[conv.format]}`;
      fs.writeFileSync(path.join(ROOT, file), body);
      const categories = sortCats(spans.flatMap(s => s.categories));
      const severity = conv.verdict === 'kasuhara' ? conv.severity : 0;
      if (conv.verdict === 'kasuhara') {
        if (!spans.length) fail(`${conv.id}: kasuhara without spans`);
        if (![1, 2, 3].includes(severity)) fail(`${conv.id}: kasuhara needs severity 1-3`);
      } else if (spans.length) fail(`${conv.id}: ${conv.verdict} with spans`);
      labels.push({ id: conv.id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict, severity,
        borderline: !!conv.borderline, categories, customer_speakers: customerSpeakers, spans, notes: conv.notes,
        group: GROUP, _cues: cues.length, _dur: sec(cues[cues.length - 1].end), _format: conv.format });
    }
  }
  labels.sort((a, b) => a.id.localeCompare(b.id));
  fs.writeFileSync(path.join(ROOT, 'labels.jsonl'),
    labels.map(l => JSON.stringify(Object.fromEntries(Object.entries(l).filter(([k]) => !k.startsWith('_'))))).join('\n') + '\n');
  return labels;
}

function bigrams(s) {
  const t = [...s.replace(/[\s、。！？!?,.…「」ー〜]/g, '').toLowerCase()];
  const b = new Set();
  for (let i = 0; i < t.length - 1; i++) b.add(t[i] + t[i + 1]);
  return b;
}

async function buildBank() {
  const rows = [];
  for (const { file, data } of await loadSources('bank')) {
    for (const raw of data.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      let m = line.match(/^H\s+([a-z_,]+)\s+([a-z_]+):\s*(.+)$/);
      let kind, cats = [], setting, text;
      if (m) { kind = 'harassment'; cats = sortCats(m[1].split(',').map(c => cat(c, file))); setting = m[2]; text = m[3]; }
      else if ((m = line.match(/^([NO])\s+([a-z_]+):\s*(.+)$/))) {
        kind = m[1] === 'N' ? 'hard_negative' : 'ordinary'; setting = m[2]; text = m[3];
      } else fail(`${file}: cannot parse bank line: ${line}`);
      if (!SETTINGS.includes(setting)) fail(`${file}: bad setting ${setting} in ${line}`);
      const lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? 'ja' : 'en';
      rows.push({ lang, text: text.trim(), harassing: kind === 'harassment', categories: cats, kind, setting });
    }
  }
  const dupWarn = [];
  const bg = rows.map(r => bigrams(r.text));
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) {
    const a = bg[i], b = bg[j];
    let inter = 0; for (const x of a) if (b.has(x)) inter++;
    const jac = inter / (a.size + b.size - inter || 1);
    if (jac > 0.5) dupWarn.push(`near-duplicate (${jac.toFixed(2)}): "${rows[i].text}" ~ "${rows[j].text}"`);
  }
  const out = rows.map((r, i) => ({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang: r.lang, text: r.text, harassing: r.harassing,
    categories: r.categories, kind: r.kind, setting: r.setting, source_kind: 'illustrative', source_url: null }));
  fs.writeFileSync(path.join(ROOT, 'bank.jsonl'), out.map(o => JSON.stringify(o)).join('\n') + (out.length ? '\n' : ''));
  return { out, dupWarn };
}

const labels = await buildConversations();
const { out: bank, dupWarn } = await buildBank();

// summary
const count = (arr, f) => arr.reduce((m, x) => { const k = f(x); m[k] = (m[k] || 0) + 1; return m; }, {});
console.log(`conversations: ${labels.length}`);
console.log('  lang     ', count(labels, l => l.lang));
console.log('  verdict  ', count(labels, l => l.verdict));
console.log('  format   ', count(labels, l => l._format));
console.log('  setting  ', count(labels, l => l.setting));
console.log('  severity ', count(labels.filter(l => l.verdict === 'kasuhara'), l => l.severity));
console.log('  borderline', labels.filter(l => l.borderline).map(l => l.id).join(' '));
console.log('  long (>=25 min)', labels.filter(l => l._dur >= 1500).map(l => `${l.id} ${l._cues} cues ${(l._dur / 60).toFixed(1)} min`).join('; '));
const short = labels.filter(l => l._dur < 1500 && (l._cues < 15 || l._cues > 120 || l._dur < 120 || l._dur > 760));
if (short.length) console.log('  outside 2–12 min / 15–120 cues:', short.map(l => `${l.id} ${l._cues}c ${(l._dur / 60).toFixed(1)}m`).join('; '));
if (process.argv.includes('-v')) for (const l of labels) console.log(`   ${l.id} ${l._format} ${l.verdict} s${l.severity} ${l._cues}c ${(l._dur / 60).toFixed(1)}m ${l.categories.join(',')}`);
console.log(`bank: ${bank.length}`, count(bank, b => b.kind), count(bank, b => b.lang));
const catCount = {}; for (const b of bank) for (const c of b.categories) catCount[c] = (catCount[c] || 0) + 1;
console.log('  bank categories', catCount);
if (dupWarn.length) console.log(dupWarn.slice(0, 40).join('\n'), dupWarn.length > 40 ? `\n... ${dupWarn.length} warnings` : '');
