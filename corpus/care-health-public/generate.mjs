// generate.mjs — reads source/*.mjs and writes conversations/<id>.<ext>, labels.jsonl and bank.jsonl.
// Node 20, no dependencies.  Usage: node generate.mjs
//
// A conversation in source/ is an object:
//   { id, lang, setting, verdict, severity, borderline, notes, format,
//     speakers: { KEY: [role, name, logRole] },   role = customer|staff|other
//     script: `lines` }
// format: teams | zoom | srt | srt-plain (SRT without speaker prefixes) | txt | json
// Each script line:   [+PAUSE] [=DURATION] KEY [cat,cat]: text
//   +PAUSE     seconds of silence before the line (holds, walking away, typing)
//   =DURATION  spoken duration in seconds (otherwise computed from the text)
//   [cats]     harassment categories of a customer line (omit for none)
// Lines starting with # are comments.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const GROUP = 'care-health-public';
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand',
  'persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = { teams: 'vtt', zoom: 'vtt', srt: 'srt', 'srt-plain': 'srt', txt: 'txt', json: 'json' };

function rng(seedStr) {             // mulberry32 seeded from a string
  let h = 1779033703 ^ seedStr.length;
  for (let i = 0; i < seedStr.length; i++) { h = Math.imul(h ^ seedStr.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function fail(id, msg) { throw new Error(`${id}: ${msg}`); }

function parseScript(conv) {
  const turns = [];
  const lines = conv.script.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
  const re = /^(?:\+(\d+(?:\.\d+)?)\s+)?(?:=(\d+(?:\.\d+)?)\s+)?([A-Za-z][A-Za-z0-9]*)\s*(?:\[([^\]]*)\])?\s*:\s*(.+)$/;
  for (const l of lines) {
    const m = l.match(re);
    if (!m) fail(conv.id, `bad script line: ${l}`);
    const [, pause, dur, key, cats, text] = m;
    const sp = conv.speakers[key];
    if (!sp) fail(conv.id, `unknown speaker ${key} in: ${l}`);
    const categories = cats ? cats.split(',').map(s => s.trim()).filter(Boolean) : [];
    for (const c of categories) if (!CATS.has(c)) fail(conv.id, `unknown category ${c}`);
    if (categories.length && sp[0] !== 'customer') fail(conv.id, `categories on non-customer line: ${l}`);
    turns.push({ key, role: sp[0], name: sp[1], logRole: sp[2], pause: pause ? +pause : null, dur: dur ? +dur : null, text, categories });
  }
  return turns;
}

function spokenSeconds(text, lang, rate) {
  if (lang === 'ja') {
    const n = [...text.replace(/[、。！？!?,.「」『』…・\s]/g, '')].length;
    return n / rate + 0.35;
  }
  const w = text.split(/\s+/).filter(Boolean).length;
  return w / rate + 0.3;
}

function timeline(conv, turns) {
  const r = rng(conv.id);
  const rates = {};
  for (const k of Object.keys(conv.speakers)) rates[k] = conv.lang === 'ja' ? 6 + r() * 2 : 2.3 + r() * 0.5;
  let t = 0.4 + r() * 1.2;
  let prevKey = null;
  for (const tu of turns) {
    let gap;
    if (tu.pause != null) gap = tu.pause;
    else if (prevKey === null) gap = 0;
    else if (prevKey === tu.key) gap = 0.15 + r() * 0.5;
    else gap = 0.25 + r() * 0.9;
    t += gap;
    const d = tu.dur != null ? tu.dur : Math.max(0.8, spokenSeconds(tu.text, conv.lang, rates[tu.key]) * (0.92 + r() * 0.16));
    tu.startMs = Math.round(t * 1000);
    tu.endMs = Math.round((t + d) * 1000);
    t = tu.endMs / 1000;
    prevKey = tu.key;
  }
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(ms, sep) {
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, x = ms % 1000;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(x, 3)}`;
}
function hms(sec) { return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`; }

function uuid(r) {
  const hx = n => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hx(8)}-${hx(4)}-4${hx(3)}-${'89ab'[Math.floor(r() * 4)]}${hx(3)}-${hx(12)}`;
}

function render(conv, turns) {
  const spans = [];
  const customerLabels = new Set();
  let body = '';
  const fmt = conv.format;
  const orderLabels = {};   // speaker key -> label by order of first appearance
  let next = 0;
  for (const tu of turns) if (!(tu.key in orderLabels)) orderLabels[tu.key] = next++;
  const cueTimes = [];
  if (fmt === 'teams' || fmt === 'zoom') {
    const r = rng(conv.id + '/uuid');
    const base = uuid(r);
    body = 'WEBVTT\n\n';
    turns.forEach((tu, i) => {
      const id = fmt === 'teams' ? `${base}/${i + 10}-0` : String(i + 1);
      const text = fmt === 'teams' ? `<v ${tu.name}>${tu.text}</v>` : `${tu.name}: ${tu.text}`;
      body += `${id}\n${ts(tu.startMs, '.')} --> ${ts(tu.endMs, '.')}\n${text}\n\n`;
      cueTimes.push([tu.startMs / 1000, tu.endMs / 1000]);
      if (tu.role === 'customer') customerLabels.add(tu.name);
    });
  } else if (fmt === 'srt' || fmt === 'srt-plain') {
    turns.forEach((tu, i) => {
      const lab = `SPEAKER_${pad(orderLabels[tu.key])}`;
      const text = fmt === 'srt' ? `${lab}: ${tu.text}` : tu.text;
      body += `${i + 1}\n${ts(tu.startMs, ',')} --> ${ts(tu.endMs, ',')}\n${text}\n\n`;
      cueTimes.push([tu.startMs / 1000, tu.endMs / 1000]);
      if (tu.role === 'customer' && fmt === 'srt') customerLabels.add(lab);
    });
  } else if (fmt === 'txt') {
    let prev = -1;
    const secs = turns.map(tu => { let s = Math.floor(tu.startMs / 1000); if (s <= prev) s = prev + 1; prev = s; return s; });
    turns.forEach((tu, i) => {
      if (!tu.logRole) fail(conv.id, `speaker ${tu.key} has no log role`);
      body += `[${hms(secs[i])}] ${tu.logRole}: ${tu.text}\n`;
      cueTimes.push([secs[i], i + 1 < turns.length ? secs[i + 1] : null]);
      if (tu.role === 'customer') customerLabels.add(tu.logRole);
    });
  } else if (fmt === 'json') {
    const letters = 'ABCDEFGHIJ';
    const segs = turns.map((tu, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`,
      start: tu.startMs / 1000, end: tu.endMs / 1000, speaker: letters[orderLabels[tu.key]], text: tu.text }));
    turns.forEach((tu, i) => { cueTimes.push([segs[i].start, segs[i].end]); if (tu.role === 'customer') customerLabels.add(segs[i].speaker); });
    const obj = { task: 'transcribe', duration: turns[turns.length - 1].endMs / 1000,
      text: segs.map(s => s.text).join(' '), segments: segs };
    body = JSON.stringify(obj, null, 1) + '\n';
  } else fail(conv.id, `unknown format ${fmt}`);

  turns.forEach((tu, i) => {
    if (!tu.categories.length) return;
    const [s, e] = cueTimes[i];
    if (e == null) fail(conv.id, 'span on the last line of a call-centre log');
    spans.push({ start: s, end: e, categories: tu.categories });
  });
  return { body, spans, customerLabels: [...customerLabels], ext: FORMATS[fmt] };
}

async function loadSources() {
  const dir = path.join(ROOT, 'source');
  const convs = [], bank = [];
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.mjs')).sort()) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    if (mod.conversations) convs.push(...mod.conversations);
    if (mod.bank) bank.push(...mod.bank);
  }
  return { convs, bank };
}

const { convs, bank } = await loadSources();
convs.sort((a, b) => a.id.localeCompare(b.id));
const outDir = path.join(ROOT, 'conversations');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const seen = new Set();
const labels = [];
for (const conv of convs) {
  if (seen.has(conv.id)) fail(conv.id, 'duplicate id');
  seen.add(conv.id);
  if (!SETTINGS.has(conv.setting)) fail(conv.id, `bad setting ${conv.setting}`);
  if (!FORMATS[conv.format]) fail(conv.id, `bad format ${conv.format}`);
  const turns = parseScript(conv);
  timeline(conv, turns);
  const { body, spans, customerLabels, ext } = render(conv, turns);
  const cats = [...new Set(spans.flatMap(s => s.categories))];
  if (conv.verdict === 'kasuhara' && !spans.length) fail(conv.id, 'kasuhara without spans');
  if (conv.verdict !== 'kasuhara' && spans.length) fail(conv.id, 'spans on a non-kasuhara conversation');
  if ((conv.verdict === 'kasuhara') !== (conv.severity > 0)) fail(conv.id, 'severity/verdict mismatch');
  const file = `conversations/${conv.id}.${ext}`;
  fs.writeFileSync(path.join(ROOT, file), body);
  labels.push({ id: conv.id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict, severity: conv.severity,
    borderline: !!conv.borderline, categories: cats, customer_speakers: customerLabels, spans, notes: conv.notes, group: GROUP });
}
fs.writeFileSync(path.join(ROOT, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + '\n');

// bank: entries [lang, kind, setting, text, 'cat,cat']
const bankOut = [];
const texts = new Set();
bank.forEach((b, i) => {
  const [lang, kind, setting, text, cats = ''] = b;
  const categories = cats ? cats.split(',').map(s => s.trim()) : [];
  for (const c of categories) if (!CATS.has(c)) throw new Error(`bank ${i}: bad category ${c}`);
  if (!SETTINGS.has(setting)) throw new Error(`bank ${i}: bad setting ${setting}`);
  if (!['harassment', 'hard_negative', 'ordinary'].includes(kind)) throw new Error(`bank ${i}: bad kind ${kind}`);
  if ((kind === 'harassment') !== (categories.length > 0)) throw new Error(`bank ${i}: categories/kind mismatch: ${text}`);
  const norm = text.replace(/[\s、。,.!?！？]/g, '');
  if (texts.has(norm)) throw new Error(`bank duplicate: ${text}`);
  texts.add(norm);
  bankOut.push({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === 'harassment', categories, kind, setting,
    source_kind: 'illustrative', source_url: null });
});
if (bankOut.length) fs.writeFileSync(path.join(ROOT, 'bank.jsonl'), bankOut.map(b => JSON.stringify(b)).join('\n') + '\n');

// summary
const dur = l => l;
const by = (arr, f) => arr.reduce((m, x) => (m[f(x)] = (m[f(x)] || 0) + 1, m), {});
console.log(`conversations: ${labels.length}`, JSON.stringify(by(labels, l => l.lang)), JSON.stringify(by(labels, l => l.verdict)),
  JSON.stringify(by(convs, c => c.format)));
console.log(`bank: ${bankOut.length}`, JSON.stringify(by(bankOut, b => b.kind)), JSON.stringify(by(bankOut, b => b.lang)));
