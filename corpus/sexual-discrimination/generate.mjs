// Reads source/*.mjs (conversations as structured data) and writes
// conversations/<id>.<ext> and labels.jsonl per SPEC.md. No dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const GROUP = 'sexual-discrimination';
const SETTINGS = new Set(['call_center', 'store', 'municipal', 'hospital', 'hotel', 'bank', 'school', 'care', 'delivery', 'restaurant', 'other']);
const CAT_ORDER = ['physical', 'threat', 'abuse', 'intimidation', 'apology_coercion', 'unreasonable_demand', 'persistence', 'restraint', 'sexual', 'discrimination', 'personal_targeting', 'sns_exposure'];
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', 'srt-np': 'srt', txt: 'txt', json: 'json' };

function hash(s) { let h = 2166136261; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seed) { let a = seed; return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

function spokenDuration(text, lang, r) {
  if (lang === 'ja') {
    const n = [...text.replace(/[\s、。，．,.!?！？「」『』（）()…・:：]/g, '')].length;
    return Math.max(0.7, n / (6 + 2 * r()) + 0.25);
  }
  const w = text.split(/\s+/).filter(Boolean).length;
  return Math.max(0.6, w / (2.2 + 0.6 * r()) + 0.3);
}

function hms(sec, sep) {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, f = ms % 1000;
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(h)}:${p(m)}:${p(s)}${sep}${p(f, 3)}`;
}
function hmsWhole(sec) { const p = n => String(n).padStart(2, '0'); return `[${p(Math.floor(sec / 3600))}:${p(Math.floor(sec / 60) % 60)}:${p(sec % 60)}]`; }

async function loadSources() {
  const dir = path.join(ROOT, 'source');
  const files = fs.readdirSync(dir).filter(f => f.endsWith('.mjs') && !f.startsWith('_')).sort();
  const all = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    const v = mod.default;
    for (const c of (Array.isArray(v) ? v : [v])) all.push({ ...c, _file: f });
  }
  return all;
}

function check(c) {
  const e = m => { throw new Error(`${c.id} (${c._file}): ${m}`); };
  if (!/^sexual-discrimination-(ja|en)-\d{3}$/.test(c.id)) e('bad id');
  if (!c.id.includes(`-${c.lang}-`)) e('lang/id mismatch');
  if (!SETTINGS.has(c.setting)) e('bad setting ' + c.setting);
  if (!EXT[c.format]) e('bad format ' + c.format);
  if (!['kasuhara', 'complaint', 'normal'].includes(c.verdict)) e('bad verdict');
  const spans = c.turns.filter(t => t.categories.length);
  for (const t of spans) if (t.role !== 'customer') e('span on non-customer turn: ' + t.text);
  if (c.verdict === 'kasuhara') { if (!spans.length) e('kasuhara without spans'); if (!(c.severity >= 1 && c.severity <= 3)) e('severity'); }
  else { if (spans.length) e('spans on non-kasuhara'); if (c.severity !== 0) e('severity must be 0'); }
  if (c.format === 'txt' && c.turns.at(-1).categories.length) e('span on last line of txt log');
  if (!c.turns.some(t => t.role === 'customer')) e('no customer turn');
  if (typeof c.notes !== 'string' || !c.notes) e('notes');
}

function build(c) {
  const r = rng(hash(c.id));
  let t = c.start ?? (0.3 + r() * 1.2);
  const cues = c.turns.map((turn, i) => {
    const pause = i === 0 ? 0 : (turn.pause ?? (0.25 + r() * 0.9));
    const start = t + pause;
    const end = start + (turn.duration ?? spokenDuration(turn.text, c.lang, r));
    t = end;
    return { ...turn, start, end };
  });
  const ext = EXT[c.format];
  let body = '', customerSpeakers = [], times = [];
  const custNames = [...new Set(cues.filter(x => x.role === 'customer').map(x => x.speaker))];

  if (c.format === 'teams' || c.format === 'zoom') {
    const r2 = rng(hash(c.id + 'uuid'));
    const hex = n => Array.from({ length: n }, () => Math.floor(r2() * 16).toString(16)).join('');
    const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(r2() * 4)]}${hex(3)}-${hex(12)}`;
    body = 'WEBVTT\n\n';
    cues.forEach((x, i) => {
      const s = Math.round(x.start * 1000) / 1000, en = Math.round(x.end * 1000) / 1000;
      times.push([s, en]);
      const idLine = c.format === 'teams' ? `${uuid}/${i + 11}-0` : String(i + 1);
      const text = c.format === 'teams' ? `<v ${x.speaker}>${x.text}</v>` : `${x.speaker}: ${x.text}`;
      body += `${idLine}\n${hms(s, '.')} --> ${hms(en, '.')}\n${text}\n\n`;
    });
    customerSpeakers = custNames;
  } else if (c.format === 'srt' || c.format === 'srt-np') {
    const labels = new Map();
    cues.forEach((x, i) => {
      const s = Math.round(x.start * 1000) / 1000, en = Math.round(x.end * 1000) / 1000;
      times.push([s, en]);
      if (!labels.has(x.speaker)) labels.set(x.speaker, `SPEAKER_${String(labels.size).padStart(2, '0')}`);
      const text = c.format === 'srt' ? `${labels.get(x.speaker)}: ${x.text}` : x.text;
      body += `${i + 1}\n${hms(s, ',')} --> ${hms(en, ',')}\n${text}\n\n`;
    });
    customerSpeakers = c.format === 'srt' ? custNames.map(n => labels.get(n)) : [];
  } else if (c.format === 'txt') {
    const starts = [];
    cues.forEach((x, i) => { let s = Math.round(x.start); if (i && s <= starts[i - 1]) s = starts[i - 1] + 1; starts.push(s); });
    const roleWord = x => {
      const sp = c.speakers[x.key];
      if (sp.txt) return sp.txt;
      if (x.role === 'customer') return c.lang === 'ja' ? '顧客' : 'Caller';
      return c.lang === 'ja' ? 'オペレーター' : 'Agent';
    };
    const words = new Map();
    cues.forEach((x, i) => {
      const w = roleWord(x);
      if (words.has(w) && words.get(w) !== x.speaker) throw new Error(`${c.id}: txt role word ${w} used by two speakers`);
      words.set(w, x.speaker);
      times.push([starts[i], i + 1 < starts.length ? starts[i + 1] : null]);
      body += `${hmsWhole(starts[i])} ${w}: ${x.text}\n`;
    });
    customerSpeakers = [...new Set(cues.filter(x => x.role === 'customer').map(roleWord))];
  } else if (c.format === 'json') {
    const labels = new Map();
    const segs = cues.map((x, i) => {
      const s = Math.round(x.start * 100) / 100, en = Math.round(x.end * 100) / 100;
      times.push([s, en]);
      if (!labels.has(x.speaker)) labels.set(x.speaker, String.fromCharCode(65 + labels.size));
      return { type: 'transcript.text.segment', id: `seg_${i}`, start: s, end: en, speaker: labels.get(x.speaker), text: x.text };
    });
    const text = segs.map(s => s.text).join(c.lang === 'ja' ? '' : ' ');
    const duration = Math.round((times.at(-1)[1] + 0.4 + r() * 1.5) * 100) / 100;
    body = JSON.stringify({ task: 'transcribe', duration, text, segments: segs }, null, 2) + '\n';
    customerSpeakers = custNames.map(n => labels.get(n));
  }

  const spans = [];
  cues.forEach((x, i) => {
    if (!x.categories.length) return;
    const [s, en] = times[i];
    if (en == null) throw new Error(`${c.id}: span on undefined end`);
    spans.push({ start: s, end: en, categories: CAT_ORDER.filter(k => x.categories.includes(k)) });
  });
  const cats = CAT_ORDER.filter(k => spans.some(s => s.categories.includes(k)));
  const file = `conversations/${c.id}.${ext}`;
  const label = {
    id: c.id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity,
    borderline: !!c.borderline, categories: cats, customer_speakers: customerSpeakers, spans, notes: c.notes, group: GROUP,
  };
  const total = c.format === 'txt' ? times.at(-1)[0] + 3 : times.at(-1)[1];
  return { file, body, label, stats: { cues: cues.length, seconds: total } };
}

const convs = await loadSources();
const ids = new Set();
for (const c of convs) { if (ids.has(c.id)) throw new Error('duplicate id ' + c.id); ids.add(c.id); check(c); }
convs.sort((a, b) => a.id.localeCompare(b.id));
const outDir = path.join(ROOT, 'conversations');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const lines = [], stats = [];
for (const c of convs) {
  const { file, body, label, stats: st } = build(c);
  fs.writeFileSync(path.join(ROOT, file), body);
  lines.push(JSON.stringify(label));
  stats.push({ id: c.id, format: c.format, verdict: c.verdict, ...st });
}
fs.writeFileSync(path.join(ROOT, 'labels.jsonl'), lines.join('\n') + (lines.length ? '\n' : ''));
// ---- utterance bank: source/bank/*.mjs -> bank.jsonl ----
const { CAT } = await import(pathToFileURL(path.join(ROOT, 'source', '_dsl.mjs')).href);
const SET = { cc: 'call_center', st: 'store', ho: 'hotel', hp: 'hospital', bk: 'bank', rs: 'restaurant', ot: 'other' };
const KIND = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };
const bankDir = path.join(ROOT, 'source', 'bank');
const bank = [];
for (const f of fs.readdirSync(bankDir).filter(f => f.endsWith('.mjs')).sort()) {
  const { lang, lines: raw } = (await import(pathToFileURL(path.join(bankDir, f)).href)).default;
  for (const line of raw.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('//'))) {
    const m = line.match(/^([HNO]) (\w+) ([a-z_,-]+) \| (.+)$/);
    if (!m) throw new Error(`bank ${f}: bad line ${line}`);
    const kind = KIND[m[1]], setting = SET[m[2]];
    if (!setting) throw new Error(`bank ${f}: bad setting ${line}`);
    const categories = m[3] === '-' ? [] : m[3].split(',').map(c => CAT[c] || c);
    for (const c of categories) if (!CAT_ORDER.includes(c)) throw new Error(`bank ${f}: bad category ${c}`);
    if ((kind === 'harassment') !== (categories.length > 0)) throw new Error(`bank ${f}: categories/kind mismatch ${line}`);
    bank.push({ lang, text: m[4], harassing: kind === 'harassment', categories: CAT_ORDER.filter(c => categories.includes(c)), kind, setting });
  }
}
const norm = t => t.toLowerCase().replace(/[\s、。，．,.!?！？「」…ー\-'"]/g, '');
const grams = t => { const n = norm(t); const g = new Set(); for (let i = 0; i < n.length - 1; i++) g.add(n.slice(i, i + 2)); return g; };
const G = bank.map(b => grams(b.text));
for (let i = 0; i < bank.length; i++) for (let j = i + 1; j < bank.length; j++) {
  let inter = 0; for (const g of G[i]) if (G[j].has(g)) inter++;
  const jac = inter / (G[i].size + G[j].size - inter || 1);
  if (norm(bank[i].text) === norm(bank[j].text)) throw new Error('bank duplicate: ' + bank[i].text);
  if (jac > (process.env.NEARDUP || 0.5)) console.warn(`near-duplicate? (${jac.toFixed(2)}) ${bank[i].text} / ${bank[j].text}`);
}
fs.writeFileSync(path.join(ROOT, 'bank.jsonl'), bank.map((b, i) => JSON.stringify({
  id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang: b.lang, text: b.text, harassing: b.harassing,
  categories: b.categories, kind: b.kind, setting: b.setting, source_kind: 'illustrative', source_url: null,
})).join('\n') + '\n');
const bc = {}; for (const b of bank) { const k = `${b.lang}/${b.kind}`; bc[k] = (bc[k] || 0) + 1; }
console.log(`wrote bank: ${bank.length}`, JSON.stringify(bc));

if (process.argv.includes('--stats')) for (const s of stats) console.log(`${s.id}\t${s.format}\t${s.verdict}\t${s.cues} cues\t${(s.seconds / 60).toFixed(1)} min`);
console.log(`wrote ${convs.length} conversations`);
