// Deterministic generator: source/*.mjs -> conversations/, labels.jsonl, bank.jsonl. Node 20, no deps.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'sns-filming-and-doxxing';
const here = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', srtn: 'srt', txt: 'txt', json: 'json' };
function rng(seed) { let h = 2166136261; for (const ch of seed) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } return () => { h ^= h << 13; h ^= h >>> 17; h ^= h << 5; return ((h >>> 0) % 100000) / 100000; }; }
const r2 = (x) => Math.round(x * 100) / 100;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function ts(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; }
function tsec(t) { return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`; }
function dur(text, lang, rand) {
  if (lang === 'ja') { const n = text.replace(/[\s、。！？!?…・「」（）()]/g, '').length; return Math.max(0.9, n / (6 + rand() * 2) + 0.3); }
  const w = text.split(/\s+/).filter(Boolean).length; return Math.max(0.8, w / 2.5 + 0.3);
}
function fail(id, msg) { throw new Error(`${id}: ${msg}`); }
function build(c) {
  const id = `${GROUP}-${c.id}`;
  const rand = rng(id);
  if (!SETTINGS.has(c.setting)) fail(id, 'bad setting');
  if (!EXT[c.format]) fail(id, 'bad format');
  const sp = c.speakers; // key -> {name, role, label?}
  const order = [];
  const cues = []; let t = 0.4 + rand() * 1.2; const txt = c.format === 'txt';
  if (txt) t = Math.round(t);
  for (const turn of c.turns) {
    if (turn[0] === 'p') { t += turn[1]; if (txt) t = Math.round(t); continue; }
    const [k, text, cats] = turn;
    if (!sp[k]) fail(id, 'unknown speaker ' + k);
    if (!order.includes(k)) order.push(k);
    const d = dur(text, c.lang, rand);
    let start = t, end = t + d;
    if (txt) { start = Math.round(t); end = null; }
    else { start = r2(start); end = r2(end); }
    cues.push({ k, text, cats: cats ?? [], start, end });
    t = (txt ? start + d : end) + 0.4 + rand() * 1.1;
    if (txt) { t = Math.max(Math.ceil(t), start + 1); }
  }
  if (txt) cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
  // labels for speakers
  const lab = {};
  order.forEach((k, i) => {
    if (c.format === 'srt') lab[k] = `SPEAKER_${pad(i)}`;
    else if (c.format === 'json') lab[k] = String.fromCharCode(65 + i);
    else if (c.format === 'txt') lab[k] = sp[k].label ?? (sp[k].role === 'customer' ? (c.lang === 'ja' ? '顧客' : 'Caller') : (c.lang === 'ja' ? 'オペレーター' : 'Agent'));
    else lab[k] = sp[k].name;
  });
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats.length) return;
    for (const x of q.cats) if (!CATS.has(x)) fail(id, 'unknown category ' + x);
    if (sp[q.k].role !== 'customer') fail(id, 'span on staff cue: ' + q.text);
    if (txt && i === cues.length - 1) fail(id, 'span on last line of txt log');
    spans.push({ start: q.start, end: q.end, categories: q.cats });
  });
  if (c.verdict === 'kasuhara' && !spans.length) fail(id, 'kasuhara without spans');
  if (c.verdict !== 'kasuhara' && spans.length) fail(id, 'spans on ' + c.verdict);
  if (c.verdict === 'kasuhara' && !(c.severity >= 1)) fail(id, 'severity');
  if (c.verdict !== 'kasuhara' && c.severity !== 0) fail(id, 'severity must be 0');
  const categories = [...CATS].filter((x) => spans.some((s) => s.categories.includes(x)));
  let out = '';
  if (c.format === 'teams') {
    const uuid = [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('')).join('-');
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${uuid}/${i + 10}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${lab[q.k]}>${q.text}</v>\n`).join('\n');
  } else if (c.format === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${lab[q.k]}: ${q.text}\n`).join('\n');
  } else if (c.format === 'srt' || c.format === 'srtn') {
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${c.format === 'srt' ? lab[q.k] + ': ' : ''}${q.text}\n`).join('\n');
  } else if (txt) {
    out = cues.map((q) => `[${tsec(q.start)}] ${lab[q.k]}: ${q.text}`).join('\n') + '\n';
  } else {
    const last = cues[cues.length - 1];
    out = JSON.stringify({ task: 'transcribe', duration: r2(last.end + 0.6), text: cues.map((q) => q.text).join(' '),
      segments: cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: lab[q.k], text: q.text })) }, null, 1) + '\n';
  }
  const customer_speakers = c.format === 'srtn' ? [] : order.filter((k) => sp[k].role === 'customer').map((k) => lab[k]);
  const file = `conversations/${id}.${EXT[c.format]}`;
  const label = { id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline,
    categories, customer_speakers, spans, notes: c.notes, group: GROUP };
  return { file, out, label, n: cues.length, dur: cues[cues.length - 1].end };
}
const srcDir = join(here, 'source');
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'bank.mjs').sort();
const convs = [];
for (const f of files) convs.push(...(await import(pathToFileURL(join(srcDir, f)))).default);
rmSync(join(here, 'conversations'), { recursive: true, force: true }); mkdirSync(join(here, 'conversations'));
const ids = new Set(); const labels = [];
for (const c of convs) {
  if (ids.has(c.id)) fail(c.id, 'duplicate'); ids.add(c.id);
  const b = build(c); writeFileSync(join(here, b.file), b.out); labels.push(b.label);
  if (process.argv.includes('-v')) console.log(b.label.id, c.format, b.n, 'cues', Math.round(b.dur / 6) / 10, 'min', b.label.verdict);
}
labels.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
writeFileSync(join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')))).default;
const seenT = new Set(); let bi = 0; const rows = [];
const KIND = { h: 'harassment', n: 'hard_negative', o: 'ordinary' };
for (const [k0, setting, lang, text, cats] of bank) {
  const kind = KIND[k0] ?? k0; if (!['harassment','hard_negative','ordinary'].includes(kind)) throw new Error('bank kind ' + k0);
  if (seenT.has(text)) throw new Error('bank duplicate: ' + text); seenT.add(text);
  if (!SETTINGS.has(setting)) throw new Error('bank setting ' + setting);
  const harassing = kind === 'harassment';
  if (harassing && !(cats && cats.length)) throw new Error('bank harassment without cats: ' + text);
  if (!harassing && cats && cats.length) throw new Error('bank cats on non-harassment: ' + text);
  for (const x of cats ?? []) if (!CATS.has(x)) throw new Error('bank cat ' + x);
  rows.push({ id: `${GROUP}-b${pad(++bi, 4)}`, lang, text, harassing, categories: cats ?? [], kind, setting, source_kind: 'illustrative', source_url: null });
}
writeFileSync(join(here, 'bank.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
