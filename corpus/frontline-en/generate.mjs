// frontline-en corpus generator. Node 20, no dependencies, deterministic.
// Usage: node generate.mjs   (writes conversations/, labels.jsonl, bank.jsonl)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const GROUP = 'frontline-en';
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand',
  'persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const FORMATS = ['teams','zoom','srt','txt','json'];

function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const r2 = x => Math.round(x * 100) / 100;
function fmtTime(sec, sep) {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, f = ms % 1000;
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(h)}:${p(m)}:${p(s)}${sep}${p(f, 3)}`;
}
const fmtSec = s => { const p = n => String(n).padStart(2, '0'); return `${p(Math.floor(s/3600))}:${p(Math.floor(s/60)%60)}:${p(s%60)}`; };

// speech-recogniser noise for srt/json: censor swearing, drop some punctuation, lowercase some cues
const SWEARS = [[/\bfucking\b/gi,'f***ing'],[/\bfuckin\b/gi,'f***in'],[/\bfuck\b/gi,'f***'],[/\bcunts?\b/gi,m=>'c***'+(m.endsWith('s')?'s':'')],
  [/\bshite?\b/gi,m=>'s***'+(m.length===5?'e':'')],[/\bbitch\b/gi,'b****'],[/\bwanker\b/gi,'w*****']];
function asr(text, rand) {
  let t = text;
  for (const [re, rep] of SWEARS) t = t.replace(re, rep);
  const x = rand();
  if (x < 0.45) t = t.replace(/[,.!?;:]+(\s|$)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase().replace(/\bi\b/g, 'I');
  else if (x < 0.6) t = t.replace(/,/g, '');
  if (rand() < 0.12 && t.split(' ').length > 4 && !/^I\b/.test(t)) t = 'uh ' + t[0].toLowerCase() + t.slice(1);
  return t;
}

function build(conv, idx) {
  const id = `${GROUP}-en-${String(idx + 1).padStart(3, '0')}`;
  const fmt = FORMATS[idx % 5];
  const rand = rng(1000 + idx * 7919);
  const spk = conv.speakers; // {key:{name, role}}
  for (const k in spk) if (!['customer','staff'].includes(spk[k].role)) throw new Error(`${id}: bad role`);
  if (!SETTINGS.has(conv.setting)) throw new Error(`${id}: bad setting ${conv.setting}`);
  // timing
  let t = conv.start ?? r2(0.5 + rand() * 2);
  const cues = [];
  for (const turn of conv.turns) {
    const [who, text, a, b] = turn;
    const cats = Array.isArray(a) ? a : [];
    const opt = (Array.isArray(a) ? b : a) || {};
    if (!spk[who]) throw new Error(`${id}: unknown speaker ${who}`);
    for (const c of cats) if (!CATS.has(c)) throw new Error(`${id}: bad category ${c}`);
    if (cats.length && spk[who].role !== 'customer') throw new Error(`${id}: span on staff cue: ${text}`);
    t = r2(t + (opt.p ?? (0.3 + rand() * 1.3)));
    const words = text.split(/\s+/).length;
    const dur = r2(opt.d ?? Math.max(0.9, words * (0.33 + rand() * 0.1) + 0.4));
    cues.push({ who, text, cats, start: t, end: r2(t + dur) });
    t = r2(t + dur);
  }
  const customerKeys = Object.keys(spk).filter(k => spk[k].role === 'customer');
  const order = [...new Set(conv.turns.map(x => x[0]))];
  let body = '', customerLabels = [];
  if (fmt === 'txt') {
    // whole seconds, strictly increasing; cue ends where next begins
    let prev = -1;
    for (const c of cues) { let s = Math.floor(c.start); if (s <= prev) s = prev + 1; c.start = s; prev = s; }
    for (let i = 0; i < cues.length; i++) cues[i].end = i + 1 < cues.length ? cues[i + 1].start : null;
    const call = conv.setting === 'call_center' || conv.phone;
    const base = k => spk[k].label ?? (spk[k].role === 'customer' ? (call ? 'Caller' : 'Customer') : (call ? 'Agent' : 'Staff'));
    const wmap = {}, count = {};
    for (const k of order) { const b = base(k); count[b] = (count[b] || 0) + 1; wmap[k] = count[b] > 1 ? `${b} ${count[b]}` : b; }
    for (const k of Object.keys(spk)) if (!wmap[k]) wmap[k] = base(k);
    const word = k => wmap[k];
    body = cues.map(c => `[${fmtSec(c.start)}] ${word(c.who)}: ${c.text}`).join('\n') + '\n';
    customerLabels = customerKeys.map(word);
    if (cues[cues.length - 1].cats.length) throw new Error(`${id}: span on last line of txt`);
  } else if (fmt === 'teams') {
    const guid = Array.from({ length: 4 }, () => Math.floor(rand() * 0x10000).toString(16).padStart(4, '0'));
    const base = `${guid[0]}${guid[1]}-${guid[2]}-4${guid[3].slice(1)}-a${Math.floor(rand()*4096).toString(16).padStart(3,'0')}-${Math.floor(rand()*2**32).toString(16).padStart(8,'0')}${Math.floor(rand()*65536).toString(16).padStart(4,'0')}`;
    body = 'WEBVTT\n\n' + cues.map((c, i) => `${base}/${i + 11}-0\n${fmtTime(c.start, '.')} --> ${fmtTime(c.end, '.')}\n<v ${spk[c.who].name}>${c.text}</v>\n`).join('\n');
    customerLabels = customerKeys.map(k => spk[k].name);
  } else if (fmt === 'zoom') {
    body = 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${fmtTime(c.start, '.')} --> ${fmtTime(c.end, '.')}\n${spk[c.who].name}: ${c.text}\n`).join('\n');
    customerLabels = customerKeys.map(k => spk[k].name);
  } else if (fmt === 'srt') {
    const noPrefix = Math.floor(idx / 5) % 3 === 1; // about a third of srt files
    const lab = k => `SPEAKER_${String(order.indexOf(k)).padStart(2, '0')}`;
    body = cues.map((c, i) => `${i + 1}\n${fmtTime(c.start, ',')} --> ${fmtTime(c.end, ',')}\n${noPrefix ? '' : lab(c.who) + ': '}${asr(c.text, rand)}\n`).join('\n');
    customerLabels = noPrefix ? [] : customerKeys.map(lab);
  } else if (fmt === 'json') {
    const lab = k => String.fromCharCode(65 + order.indexOf(k));
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.start, end: c.end, speaker: lab(c.who), text: asr(c.text, rand) }));
    body = JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end + 0.6), text: segs.map(s => s.text).join(' '), segments: segs }, null, 1) + '\n';
    customerLabels = customerKeys.map(lab);
  }
  const spans = cues.filter(c => c.cats.length).map(c => ({ start: c.start, end: c.end, categories: c.cats }));
  if (conv.verdict === 'kasuhara' && !spans.length) throw new Error(`${id}: kasuhara without spans`);
  if (conv.verdict !== 'kasuhara' && spans.length) throw new Error(`${id}: spans on ${conv.verdict}`);
  if (conv.verdict === 'kasuhara' && !(conv.severity >= 1)) throw new Error(`${id}: severity`);
  if (conv.verdict !== 'kasuhara' && conv.severity) throw new Error(`${id}: severity must be 0`);
  const categories = [...new Set(spans.flatMap(s => s.categories))].sort();
  const ext = fmt === 'teams' || fmt === 'zoom' ? 'vtt' : fmt;
  const file = `conversations/${id}.${ext}`;
  const label = { id, file, lang: 'en', setting: conv.setting, verdict: conv.verdict, severity: conv.severity || 0,
    borderline: !!conv.borderline, categories, customer_speakers: customerLabels, spans, notes: conv.notes, group: GROUP };
  const dur = cues[cues.length - 1].end ?? cues[cues.length - 1].start;
  return { id, file, body, label, fmt, dur };
}

const files = fs.readdirSync(path.join(here, 'source')).filter(f => /^convs\d+\.mjs$/.test(f)).sort();
let convs = [];
for (const f of files) convs = convs.concat((await import(pathToFileURL(path.join(here, 'source', f)))).default);
fs.rmSync(path.join(here, 'conversations'), { recursive: true, force: true });
fs.mkdirSync(path.join(here, 'conversations'));
const labels = [];
const stats = { fmt: {}, verdict: {}, setting: {}, long: [] };
convs.forEach((c, i) => {
  const o = build(c, i);
  fs.writeFileSync(path.join(here, o.file), o.body);
  labels.push(JSON.stringify(o.label));
  stats.fmt[o.fmt] = (stats.fmt[o.fmt] || 0) + 1;
  stats.verdict[c.verdict] = (stats.verdict[c.verdict] || 0) + 1;
  stats.setting[c.setting] = (stats.setting[c.setting] || 0) + 1;
  if (o.dur > 1500) stats.long.push(`${o.id} ${Math.round(o.dur / 60)}min`);
});
fs.writeFileSync(path.join(here, 'labels.jsonl'), labels.join('\n') + '\n');

// bank
const bankPath = path.join(here, 'source', 'bank.mjs');
const bankOut = [];
if (fs.existsSync(bankPath)) {
  const bank = (await import(pathToFileURL(bankPath))).default; // [{kind, setting, text, categories?}]
  const seen = new Set();
  bank.forEach((b, i) => {
    const kind = b.kind;
    if (!['harassment','hard_negative','ordinary'].includes(kind)) throw new Error(`bank ${i}: kind`);
    const cats = b.categories || [];
    for (const c of cats) if (!CATS.has(c)) throw new Error(`bank ${i}: bad category ${c}`);
    if (kind === 'harassment' && !cats.length) throw new Error(`bank ${i}: harassment needs a category: ${b.text}`);
    if (kind !== 'harassment' && cats.length) throw new Error(`bank ${i}: non-harassment with categories`);
    if (seen.has(b.text)) throw new Error(`bank ${i}: duplicate text ${b.text}`);
    seen.add(b.text);
    bankOut.push(JSON.stringify({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang: 'en', text: b.text,
      harassing: kind === 'harassment', categories: cats, kind, setting: b.setting, source_kind: 'illustrative', source_url: null }));
  });
  fs.writeFileSync(path.join(here, 'bank.jsonl'), bankOut.join('\n') + '\n');
}
console.log(`conversations: ${convs.length}`, JSON.stringify(stats), `bank: ${bankOut.length}`);
