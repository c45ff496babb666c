// Deterministic generator for group veiled-threats-and-implied-harm (Node 20, no deps).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GROUP = 'veiled-threats-and-implied-harm';
const here = path.dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);

function rng(seedStr) { // mulberry32 seeded by string hash
  let h = 2166136261;
  for (const c of seedStr) { h ^= c.charCodeAt(0); h = Math.imul(h, 16777619); }
  let a = h >>> 0;
  return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
function dur(text, lang, r) {
  if (lang === 'ja') { const n = text.replace(/\s/g, '').length; return Math.max(0.9, n / (6 + 2 * r())); }
  const w = text.trim().split(/\s+/).length; return Math.max(0.9, w / (2.3 + 0.4 * r()));
}
const r3 = x => Math.round(x * 1000) / 1000;
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, f = ms % 1000;
  return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}${sep}${String(f).padStart(3,'0')}`; }
function hms(sec) { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}`; }
function uuid(r) { const hx = () => Math.floor(r() * 16).toString(16); let s=''; for (const n of [8,4,4,4,12]) { for (let i=0;i<n;i++) s+=hx(); s+='-'; } return s.slice(0,-1); }

function build(c) {
  const fail = m => { throw new Error(`${c.id}: ${m}`); };
  if (!SETTINGS.has(c.setting)) fail('bad setting');
  if (!['kasuhara','complaint','normal'].includes(c.verdict)) fail('bad verdict');
  const r = rng(c.id);
  const spk = c.speakers; // {key:{name, role}}
  // timeline
  let t = 0.4 + r() * 1.2; const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { t += turn.pause; continue; }
    const [k, text, cats] = turn;
    if (!spk[k]) fail('unknown speaker ' + k);
    if (cats && cats.length) { if (spk[k].role !== 'customer') fail('span on staff cue: ' + text); for (const x of cats) if (!CATS.has(x)) fail('bad cat ' + x); }
    const d = dur(text, c.lang, r);
    cues.push({ k, text, cats: cats || [], start: r3(t), end: r3(t + d) });
    t = t + d + 0.3 + r() * 1.3;
  }
  const fmt = c.format; let out = '', ext, custLabels = [];
  const custKeys = Object.keys(spk).filter(k => spk[k].role === 'customer');
  if (fmt === 'txt') {
    ext = 'txt';
    const roleWord = k => spk[k].log || (spk[k].role === 'customer' ? (c.lang === 'ja' ? '顧客' : 'Caller') : (c.lang === 'ja' ? 'オペレーター' : 'Agent'));
    let prev = -1;
    for (const q of cues) { let s = Math.round(q.start); if (s <= prev) s = prev + 1; q.start = s; prev = s; }
    cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : null; });
    cues.forEach((q, i) => { if (q.cats.length && i === cues.length - 1) fail('span on last line of txt log'); });
    out = cues.map(q => `[${hms(q.start)}] ${roleWord(q.k)}: ${q.text}`).join('\n') + '\n';
    custLabels = [...new Set(custKeys.map(roleWord))];
  } else if (fmt === 'teams') {
    ext = 'vtt'; const u = uuid(r);
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${u}/${i + 1}-0\n${ts(q.start,'.')} --> ${ts(q.end,'.')}\n<v ${spk[q.k].name}>${q.text}</v>\n`).join('\n');
    custLabels = custKeys.map(k => spk[k].name);
  } else if (fmt === 'zoom') {
    ext = 'vtt';
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start,'.')} --> ${ts(q.end,'.')}\n${spk[q.k].name}: ${q.text}\n`).join('\n');
    custLabels = custKeys.map(k => spk[k].name);
  } else if (fmt === 'srt' || fmt === 'srt_bare') {
    ext = 'srt'; const order = []; for (const q of cues) if (!order.includes(q.k)) order.push(q.k);
    const lab = k => 'SPEAKER_' + String(order.indexOf(k)).padStart(2, '0');
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start,',')} --> ${ts(q.end,',')}\n${fmt === 'srt' ? lab(q.k) + ': ' : ''}${q.text}\n`).join('\n');
    custLabels = fmt === 'srt' ? custKeys.filter(k => order.includes(k)).map(lab) : [];
  } else if (fmt === 'json') {
    ext = 'json'; const order = []; for (const q of cues) if (!order.includes(q.k)) order.push(q.k);
    const lab = k => String.fromCharCode(65 + order.indexOf(k));
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: lab(q.k), text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: r3(cues[cues.length - 1].end + 0.5), text: cues.map(q => q.text).join(c.lang === 'ja' ? '' : ' '), segments: segs }, null, 1) + '\n';
    custLabels = custKeys.filter(k => order.includes(k)).map(lab);
  } else fail('bad format ' + fmt);
  const spans = cues.filter(q => q.cats.length).map(q => ({ start: q.start, end: q.end, categories: [...q.cats] }));
  if (c.verdict === 'kasuhara' && !spans.length) fail('kasuhara without spans');
  if (c.verdict !== 'kasuhara' && spans.length) fail('spans on non-kasuhara');
  if (c.verdict !== 'kasuhara' && c.severity !== 0) fail('severity must be 0');
  if (c.verdict === 'kasuhara' && !(c.severity >= 1 && c.severity <= 3)) fail('severity 1-3');
  const categories = [...new Set(spans.flatMap(s => s.categories))];
  const file = `conversations/${c.id}.${ext}`;
  return { file, out, label: { id: c.id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline, categories, customer_speakers: custLabels, spans, notes: c.notes, group: GROUP }, minutes: (cues[cues.length-1].end ?? cues[cues.length-1].start) / 60, n: cues.length, fmt };
}

const srcDir = path.join(here, 'source');
const files = fs.readdirSync(srcDir).filter(f => /^conv.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) { const m = await import(pathToFileURL(path.join(srcDir, f))); convs.push(...m.default); }
const ids = new Set();
for (const c of convs) { if (ids.has(c.id)) throw new Error('dup id ' + c.id); ids.add(c.id); if (!c.id.startsWith(GROUP + '-' + c.lang + '-')) throw new Error('bad id ' + c.id); }
fs.rmSync(path.join(here, 'conversations'), { recursive: true, force: true });
fs.mkdirSync(path.join(here, 'conversations'));
const labels = [];
const stats = [];
for (const c of convs) { const b = build(c); fs.writeFileSync(path.join(here, b.file), b.out); labels.push(JSON.stringify(b.label)); stats.push(`${c.id} ${b.fmt} ${c.verdict} cues=${b.n} min=${b.minutes.toFixed(1)}`); }
fs.writeFileSync(path.join(here, 'labels.jsonl'), labels.join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(path.join(srcDir, 'bank.mjs')))).default;
const seen = new Set();
const rows = bank.map((b, i) => {
  const [lang, kind, setting, text, cats] = b;
  if (seen.has(text)) throw new Error('dup bank text ' + text); seen.add(text);
  if (!['harassment','hard_negative','ordinary'].includes(kind)) throw new Error('bad kind ' + text);
  if (!SETTINGS.has(setting)) throw new Error('bad bank setting ' + text);
  const categories = kind === 'harassment' ? cats : [];
  if (kind === 'harassment' && !(cats && cats.length)) throw new Error('harassment w/o cats ' + text);
  for (const x of categories) if (!CATS.has(x)) throw new Error('bad cat ' + x);
  return JSON.stringify({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing: kind === 'harassment', categories, kind, setting, source_kind: 'illustrative', source_url: null });
});
fs.writeFileSync(path.join(here, 'bank.jsonl'), rows.join('\n') + (rows.length ? '\n' : ''));
if (process.argv.includes('-v')) console.log(stats.join('\n'));
console.log(`conversations=${convs.length} bank=${rows.length}`);
