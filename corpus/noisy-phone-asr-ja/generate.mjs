// Deterministic generator for group noisy-phone-asr-ja. Node 20, no deps.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'noisy-phone-asr-ja';
const dir = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(dir, 'source');
const outDir = path.join(dir, 'conversations');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

function rng(seedStr) { // mulberry32 seeded from string
  let h = 2166136261;
  for (const ch of seedStr) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); }
  let a = h >>> 0;
  return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const r2 = (x) => Math.round(x * 100) / 100;
function dur(lang, text, r) {
  if (lang === 'en') { const w = text.split(/\s+/).filter(Boolean).length; return Math.max(0.7, w / 2.5 + 0.2 + r() * 0.4); }
  const c = [...text.replace(/[\s、。?!?!…]/g, '')].length; return Math.max(0.6, c / (6 + r() * 2) + 0.25);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(sec, sep) { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function hms(sec) { const s = Math.round(sec); return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`; }
function fail(id, msg) { console.error(`REFUSED ${id}: ${msg}`); process.exit(1); }

const files = fs.readdirSync(srcDir).filter(f => f.endsWith('.mjs') && f !== 'bank.mjs').sort();
const convs = [];
for (const f of files) { const m = await import(pathToFileURL(path.join(srcDir, f)).href); convs.push(...m.default); }
const labels = [];
const seen = new Set();
for (const c of convs) {
  const id = c.id;
  if (!id.startsWith(GROUP + '-')) fail(id, 'bad id');
  if (seen.has(id)) fail(id, 'duplicate id'); seen.add(id);
  const r = rng(id);
  const fmt = c.format; // srt | srt-bare | json | vtt-teams | vtt-zoom | txt
  const cues = []; let t = 0.3 + r() * 1.2; let pending = 0;
  const txt = fmt === 'txt';
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { pending += turn.pause; continue; }
    const [spk, text, cats] = turn;
    const sp = c.speakers[spk]; if (!sp) fail(id, 'unknown speaker ' + spk);
    t += pending + 0.3 + r() * 1.0; pending = 0;
    if (txt) t = Math.round(t);
    let d = dur(c.lang, text, r);
    const start = txt ? Math.round(t) : r2(t);
    let end = r2(start + d);
    cues.push({ spk, sp, text, cats: cats || [], start, end });
    t = end;
  }
  if (txt) { // whole seconds; an utterance ends where the next begins
    for (let i = 0; i < cues.length; i++) {
      if (i + 1 < cues.length) { if (cues[i + 1].start <= cues[i].start) cues[i + 1].start = cues[i].start + 1; }
    }
    for (let i = 0; i < cues.length; i++) cues[i].end = i + 1 < cues.length ? cues[i + 1].start : Math.ceil(cues[i].end);
  }
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats.length) return;
    if (q.sp.role !== 'customer') fail(id, `span on staff cue: ${q.text}`);
    if (txt && i === cues.length - 1) fail(id, 'span on last line of txt log');
    spans.push({ start: q.start, end: q.end, categories: [...q.cats] });
  });
  if (c.verdict === 'kasuhara' && !spans.length) fail(id, 'kasuhara without spans');
  if (c.verdict !== 'kasuhara' && spans.length) fail(id, 'spans on non-kasuhara');
  const catSet = [...new Set(spans.flatMap(s => s.categories))];
  // speaker labels per format
  const keys = Object.keys(c.speakers);
  const labelOf = (k) => {
    const i = keys.indexOf(k); const sp = c.speakers[k];
    if (fmt === 'srt' || fmt === 'srt-bare') return `SPEAKER_${pad(i)}`;
    if (fmt === 'json') return String.fromCharCode(65 + i);
    if (fmt === 'txt') return sp.logRole || (sp.role === 'customer' ? (c.lang === 'en' ? 'Caller' : '顧客') : (c.lang === 'en' ? 'Agent' : 'オペレーター'));
    return sp.name;
  };
  let body = '';
  const ext = fmt.startsWith('srt') ? 'srt' : fmt.startsWith('vtt') ? 'vtt' : fmt;
  if (ext === 'srt') body = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${fmt === 'srt' ? labelOf(q.spk) + ': ' : ''}${q.text}\n`).join('\n');
  else if (fmt === 'vtt-teams') {
    const h = [...Array(8)].map(() => Math.floor(r() * 16).toString(16)).join('');
    body = 'WEBVTT\n\n' + cues.map((q, i) => `${h}-${id.slice(-3)}a-4c1e-9b7d-${pad(i, 4)}/${i + 11}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${labelOf(q.spk)}>${q.text}</v>\n`).join('\n');
  } else if (fmt === 'vtt-zoom') body = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${labelOf(q.spk)}: ${q.text}\n`).join('\n');
  else if (fmt === 'txt') body = cues.map(q => `[${hms(q.start)}] ${labelOf(q.spk)}: ${q.text}`).join('\n') + '\n';
  else if (fmt === 'json') {
    const sepj = c.lang === 'en' ? ' ' : '';
    body = JSON.stringify({ task: 'transcribe', duration: r2(cues.at(-1).end + 0.5), text: cues.map(q => q.text).join(sepj),
      segments: cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: labelOf(q.spk), text: q.text })) }, null, 1) + '\n';
  } else fail(id, 'bad format ' + fmt);
  const file = `conversations/${id}.${ext}`;
  fs.writeFileSync(path.join(dir, file), body);
  const cust = fmt === 'srt-bare' ? [] : keys.filter(k => c.speakers[k].role === 'customer').map(labelOf);
  labels.push({ id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline,
    categories: c.verdict === 'kasuhara' ? catSet : [], customer_speakers: [...new Set(cust)], spans, notes: c.notes, group: GROUP });
}
fs.writeFileSync(path.join(dir, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(path.join(srcDir, 'bank.mjs')).href)).default;
const rows = []; const texts = new Set();
bank.forEach((b, i) => {
  const [lang, kind, setting, text, cats] = b;
  if (texts.has(text)) fail('bank', 'duplicate ' + text); texts.add(text);
  const harassing = kind === 'harassment';
  if (harassing !== !!(cats && cats.length)) fail('bank', 'categories mismatch ' + text);
  rows.push({ id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing, categories: cats || [], kind, setting, source_kind: 'illustrative', source_url: null });
});
fs.writeFileSync(path.join(dir, 'bank.jsonl'), rows.map(x => JSON.stringify(x)).join('\n') + (rows.length ? '\n' : ''));
const cnt = (f) => labels.reduce((a, l) => (a[f(l)] = (a[f(l)] || 0) + 1, a), {});
console.log('conversations', labels.length, cnt(l => l.lang), cnt(l => l.verdict), cnt(l => l.file.split('.').pop()), cnt(l => l.setting));
console.log('bank', rows.length, rows.reduce((a, x) => (a[x.kind] = (a[x.kind] || 0) + 1, a), {}));
