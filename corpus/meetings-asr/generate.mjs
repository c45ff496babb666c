// generate.mjs — builds conversations/<id>.<ext>, labels.jsonl and bank.jsonl for the meetings-asr group.
// Node 20, no dependencies. Usage: node generate.mjs
//
// Source conversations live in source/conv-*.mjs (default export: array of conversation objects).
// Each conversation has metadata and a `script` string, one cue per line:
//   ROLE[cat1,cat2]+PAUSE=DUR: text
//   ROLE is C, C2, C3 (customer side), S, S2, S3 (staff side), O, O2 (other), X (recogniser hallucination,
//   role "other", its own diarization label). [..] categories (customer cues only), +PAUSE seconds of
//   silence before the cue (hold music, thinking), =DUR duration override in seconds. All optional.
//   Lines starting with # are comments; blank lines are ignored.
// The bank lives in source/bank-*.mjs (default export: a text block, see parseBank()).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'meetings-asr';
const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(ROOT, 'source');
const OUT = path.join(ROOT, 'conversations');
const CATS = ['physical', 'threat', 'abuse', 'intimidation', 'apology_coercion', 'unreasonable_demand',
  'persistence', 'restraint', 'sexual', 'discrimination', 'personal_targeting', 'sns_exposure'];
const SETTINGS = ['call_center', 'store', 'municipal', 'hospital', 'hotel', 'bank', 'school', 'care', 'delivery',
  'restaurant', 'other'];
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', 'srt-bare': 'srt', txt: 'txt', json: 'json' };

function fail(msg) { throw new Error(msg); }

// deterministic PRNG (mulberry32) seeded from a string
function seeded(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const LINE_RE = /^(C|C2|C3|S|S2|S3|O|O2|X)(?:\[([a-z_, ]*)\])?(?:\+(\d+(?:\.\d+)?))?(?:=(\d+(?:\.\d+)?))?:\s?(.*)$/;

function parseScript(conv) {
  const cues = [];
  for (const [i, raw] of conv.script.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = LINE_RE.exec(line);
    if (!m) fail(`${conv.id}: cannot parse script line ${i + 1}: ${line}`);
    const [, key, cats, pause, dur, text] = m;
    const role = key[0] === 'C' ? 'customer' : key[0] === 'S' ? 'staff' : 'other';
    const categories = cats ? cats.split(',').map(s => s.trim()).filter(Boolean) : [];
    for (const c of categories) if (!CATS.includes(c)) fail(`${conv.id}: unknown category ${c}`);
    if (categories.length && role !== 'customer') fail(`${conv.id}: span on a non-customer cue: ${line}`);
    if (!text.trim()) fail(`${conv.id}: empty text: ${line}`);
    cues.push({ key, role, categories, pause: pause ? Number(pause) : null, dur: dur ? Number(dur) : null, text: text.trim() });
  }
  return cues;
}

function speechSeconds(text, lang, rnd) {
  if (lang === 'ja') {
    const chars = text.replace(/[\s、。？！?!,.「」…ー]/g, '').length + 0.4 * (text.match(/[、。？！?!…]/g) || []).length;
    const rate = 6 + 2 * rnd();                 // 6–8 chars per second
    return Math.max(0.9, chars / rate + 0.15);
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const rate = 2.2 + 0.7 * rnd();               // ~2.5 words per second
  return Math.max(0.8, words / rate + 0.2);
}

function timeCues(conv, cues) {
  const rnd = seeded(conv.id);
  let t = conv.start ?? (1 + rnd() * 3);
  let prev = null;
  for (const c of cues) {
    let pause;
    if (c.pause != null) pause = c.pause;
    else if (prev && prev.key === c.key) pause = 0.05 + rnd() * 0.35;   // same speaker, recogniser split the turn
    else pause = 0.4 + rnd() * 1.2;
    if (!prev) pause = 0;
    const dur = c.dur ?? speechSeconds(c.text, conv.lang, rnd);
    c.startMs = Math.round((t + pause) * 1000);
    c.endMs = Math.round((t + pause + dur) * 1000);
    t = c.endMs / 1000;
    prev = c;
  }
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
function clock(ms, sep) {
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}
function clockS(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }

function uuidish(rnd) {
  const hx = n => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  return `${hx(8)}-${hx(4)}-4${hx(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hx(3)}-${hx(12)}`;
}

// assign a speaker label to each cue as it appears in the file
function labelSpeakers(conv, cues) {
  const f = conv.format;
  const names = conv.speakers || {};
  const order = [];
  for (const c of cues) if (!order.includes(c.key)) order.push(c.key);
  const label = {};
  if (f === 'teams' || f === 'zoom') {
    for (const k of order) label[k] = names[k] || fail(`${conv.id}: no name for speaker ${k}`);
  } else if (f === 'srt' || f === 'srt-bare') {
    order.forEach((k, i) => { label[k] = `SPEAKER_${pad(i)}`; });
  } else if (f === 'json') {
    order.forEach((k, i) => { label[k] = String.fromCharCode(65 + i); });
  } else if (f === 'txt') {
    const dflt = conv.lang === 'ja'
      ? { C: '顧客', C2: '顧客', C3: '顧客', S: 'オペレーター', S2: '責任者', S3: '担当', O: 'その他', O2: 'その他', X: 'その他' }
      : { C: 'Caller', C2: 'Caller', C3: 'Caller', S: 'Agent', S2: 'Supervisor', S3: 'Staff', O: 'Other', O2: 'Other', X: 'Other' };
    for (const k of order) label[k] = (conv.roles && conv.roles[k]) || dflt[k];
  }
  for (const c of cues) c.label = label[c.key];
  const cust = [];
  if (f !== 'srt-bare') for (const c of cues) if (c.role === 'customer' && !cust.includes(c.label)) cust.push(c.label);
  return cust;
}

function render(conv, cues) {
  const f = conv.format;
  const rnd = seeded(conv.id + '#ids');
  if (f === 'teams') {
    const out = ['WEBVTT', ''];
    cues.forEach((c, i) => {
      out.push(`${uuidish(rnd)}/${i + 11}-0`, `${clock(c.startMs, '.')} --> ${clock(c.endMs, '.')}`, `<v ${c.label}>${c.text}</v>`, '');
    });
    return out.join('\n');
  }
  if (f === 'zoom') {
    const out = ['WEBVTT', ''];
    cues.forEach((c, i) => { out.push(String(i + 1), `${clock(c.startMs, '.')} --> ${clock(c.endMs, '.')}`, `${c.label}: ${c.text}`, ''); });
    return out.join('\n');
  }
  if (f === 'srt' || f === 'srt-bare') {
    const out = [];
    cues.forEach((c, i) => {
      out.push(String(i + 1), `${clock(c.startMs, ',')} --> ${clock(c.endMs, ',')}`, f === 'srt' ? `${c.label}: ${c.text}` : c.text, '');
    });
    return out.join('\n');
  }
  if (f === 'json') {
    const segments = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.startMs / 1000,
      end: c.endMs / 1000, speaker: c.label, text: c.text }));
    const text = cues.map(c => c.text).join(conv.lang === 'ja' ? '' : ' ');
    return JSON.stringify({ task: 'transcribe', duration: cues[cues.length - 1].endMs / 1000, text, segments }, null, 1) + '\n';
  }
  if (f === 'txt') return cues.map(c => `[${clockS(c.startS)}] ${c.label}: ${c.text}`).join('\n') + '\n';
  fail(`${conv.id}: unknown format ${f}`);
}

function buildConversation(conv) {
  for (const k of ['id', 'lang', 'setting', 'verdict', 'severity', 'borderline', 'format', 'notes', 'script'])
    if (conv[k] === undefined) fail(`${conv.id}: missing ${k}`);
  if (!conv.id.startsWith(`${GROUP}-${conv.lang}-`)) fail(`${conv.id}: id/lang mismatch`);
  if (!SETTINGS.includes(conv.setting)) fail(`${conv.id}: bad setting ${conv.setting}`);
  if (!FORMATS[conv.format]) fail(`${conv.id}: bad format ${conv.format}`);
  // diarized JSON carries centisecond times
  const cues = parseScript(conv);
  timeCues(conv, cues);
  if (conv.format === 'json') for (const c of cues) { c.startMs = Math.round(c.startMs / 10) * 10; c.endMs = Math.round(c.endMs / 10) * 10; }
  if (conv.format === 'txt') {
    let prev = -1;
    for (const c of cues) { c.startS = Math.max(prev + 1, Math.round(c.startMs / 1000)); prev = c.startS; }
    cues.forEach((c, i) => { c.endS = i + 1 < cues.length ? cues[i + 1].startS : c.startS + Math.max(1, Math.round((c.endMs - c.startMs) / 1000)); });
  }
  const customer_speakers = labelSpeakers(conv, cues);
  const spans = [];
  const catSet = new Set();
  cues.forEach((c, i) => {
    if (!c.categories.length) return;
    if (conv.format === 'txt' && i === cues.length - 1) fail(`${conv.id}: span on the last line of a .txt log`);
    const sorted = CATS.filter(x => c.categories.includes(x));
    sorted.forEach(x => catSet.add(x));
    if (conv.format === 'txt') spans.push({ start: c.startS, end: c.endS, categories: sorted });
    else spans.push({ start: c.startMs / 1000, end: c.endMs / 1000, categories: sorted });
  });
  if (conv.verdict === 'kasuhara') {
    if (!spans.length) fail(`${conv.id}: kasuhara without spans`);
    if (![1, 2, 3].includes(conv.severity)) fail(`${conv.id}: kasuhara needs severity 1-3`);
  } else {
    if (spans.length) fail(`${conv.id}: ${conv.verdict} with spans`);
    if (conv.severity !== 0) fail(`${conv.id}: ${conv.verdict} must have severity 0`);
  }
  if (!cues.some(c => c.role === 'customer')) fail(`${conv.id}: no customer cue`);
  const ext = FORMATS[conv.format];
  const file = `conversations/${conv.id}.${ext}`;
  fs.writeFileSync(path.join(ROOT, file), render(conv, cues));
  const endSec = conv.format === 'txt' ? cues[cues.length - 1].endS : cues[cues.length - 1].endMs / 1000;
  const label = { id: conv.id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict, severity: conv.severity,
    borderline: conv.borderline, categories: CATS.filter(x => catSet.has(x)), customer_speakers, spans, notes: conv.notes,
    group: GROUP };
  return { label, stats: { cues: cues.length, seconds: endSec, format: conv.format } };
}

function parseBank(text, file) {
  const out = [];
  let lang = null, kind = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const h = /^@(ja|en)\s+(harassment|hard_negative|ordinary)$/.exec(line);
    if (h) { [, lang, kind] = h; continue; }
    if (!lang) fail(`${file}: bank line before @lang kind header`);
    const parts = line.split('|');
    let setting, cats = [], utter;
    if (kind === 'harassment') {
      if (parts.length !== 3) fail(`${file}: bad harassment line: ${line}`);
      [setting, , utter] = parts; cats = parts[1].split(',').map(s => s.trim()).filter(Boolean);
      if (!cats.length) fail(`${file}: harassment without categories: ${line}`);
    } else {
      if (parts.length !== 2) fail(`${file}: bad line: ${line}`);
      [setting, utter] = parts;
    }
    setting = setting.trim();
    if (!SETTINGS.includes(setting)) fail(`${file}: bad setting ${setting}`);
    for (const c of cats) if (!CATS.includes(c)) fail(`${file}: unknown category ${c}`);
    out.push({ lang, text: utter.trim(), harassing: kind === 'harassment', categories: CATS.filter(x => cats.includes(x)),
      kind, setting, source_kind: 'illustrative', source_url: null });
  }
  return out;
}

const files = fs.readdirSync(SRC).filter(f => f.endsWith('.mjs')).sort();
const convs = [];
const bank = [];
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(SRC, f)).href);
  if (f.startsWith('conv-')) convs.push(...mod.default);
  else if (f.startsWith('bank-')) bank.push(...parseBank(mod.default, f));
}
convs.sort((a, b) => a.id.localeCompare(b.id));
const seen = new Set();
for (const c of convs) { if (seen.has(c.id)) fail(`duplicate id ${c.id}`); seen.add(c.id); }

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const labels = [];
const stats = [];
for (const c of convs) { const r = buildConversation(c); labels.push(r.label); stats.push({ id: c.id, ...r.stats, verdict: c.verdict }); }
fs.writeFileSync(path.join(ROOT, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + (labels.length ? '\n' : ''));

const texts = new Set();
const bankLines = bank.map((b, i) => {
  if (texts.has(b.text)) fail(`bank duplicate: ${b.text}`);
  texts.add(b.text);
  return JSON.stringify({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang: b.lang, text: b.text, harassing: b.harassing,
    categories: b.categories, kind: b.kind, setting: b.setting, source_kind: b.source_kind, source_url: b.source_url });
});
fs.writeFileSync(path.join(ROOT, 'bank.jsonl'), bankLines.join('\n') + (bankLines.length ? '\n' : ''));

if (process.argv.includes('--stats')) {
  for (const s of stats) console.log(`${s.id}\t${s.format}\t${s.verdict}\t${s.cues} cues\t${(s.seconds / 60).toFixed(1)} min`);
}
console.log(`wrote ${labels.length} conversations, ${bankLines.length} bank utterances`);
