// Deterministic generator for group en-world-voices. Node 20, no dependencies.
// node generate.mjs  -> conversations/*, labels.jsonl, bank.jsonl
import { writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const GROUP = 'en-world-voices';
const here = dirname(fileURLToPath(import.meta.url));
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
function rng(seedStr) { let h = 2166136261; for (const ch of seedStr) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } let s = h >>> 0; return () => { s = (Math.imul(s ^ (s >>> 15), 1 | s) + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 7), 61 | t) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const HOLD = /let me (check|look|pull|bring|have a look)|give me a sec|one moment|I'll check|I'm checking|確認いたします|確認させて|少々お待ち|照会します|いま照会/i;
const fail = (m) => { console.error('REFUSED: ' + m); process.exit(1); };
const pad = (n, w = 2) => String(n).padStart(w, '0');
const ts = (t, sep) => { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; };
const tsWhole = (t) => `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(Math.floor(t) % 60)}`;
const r3 = (x) => Math.round(x * 1000) / 1000;
function duration(text, lang, r) {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) { const n = text.replace(/\s/g, '').length; return Math.max(1.0, n / (6 + 2 * r())); }
  const w = text.trim().split(/\s+/).length; return Math.max(0.9, w / (2.3 + 0.4 * r()));
}
function build(c) {
  const r = rng(c.id);
  const fmt = c.format; const ext = { teams: 'vtt', zoom: 'vtt', srt: 'srt', txt: 'txt', json: 'json' }[fmt];
  if (!ext) fail(`${c.id}: bad format ${fmt}`);
  if (!SETTINGS.has(c.setting)) fail(`${c.id}: bad setting`);
  const spk = c.speakers; // key -> {name, role, log?}
  const keys = Object.keys(spk);
  const letters = {}; keys.forEach((k, i) => { letters[k] = String.fromCharCode(65 + i); });
  const srtIdx = {}; keys.forEach((k, i) => { srtIdx[k] = `SPEAKER_${pad(i)}`; });
  // cues
  let t = 0.4 + r() * 1.2; const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { t += turn.pause; continue; }
    let [who, text, cats] = turn; const asr = who === 'asr';
    if (asr) who = keys.find((k) => spk[k].role === 'staff');
    if (!spk[who]) fail(`${c.id}: unknown speaker ${who}`);
    cats = cats ?? [];
    for (const x of cats) if (!CATS.has(x)) fail(`${c.id}: unknown category ${x}`);
    if (cats.length && spk[who].role !== 'customer') fail(`${c.id}: span on a staff cue: ${text}`);
    const d = duration(text, c.lang, r);
    let start = t, end = t + d;
    if (fmt === 'txt') { start = Math.floor(t); if (cues.length && start <= cues.at(-1).start) start = cues.at(-1).start + 1; }
    cues.push({ who, text, cats, start: r3(start), end: r3(end) });
    t = end + 0.25 + r() * 0.9;
    // a staff member who says they are checking something goes quiet for a while (system look-up hold)
    if (spk[who].role === 'staff' && !asr && HOLD.test(text)) t += 8 + Math.round(r() * 27);
  }
  if (fmt === 'txt') { cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; }); if (cues.at(-1).cats.length) fail(`${c.id}: span on last line of a .txt log`); }
  const spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start, end: q.end, categories: q.cats }));
  if (c.verdict === 'kasuhara' && !spans.length) fail(`${c.id}: kasuhara without spans`);
  if (c.verdict !== 'kasuhara' && spans.length) fail(`${c.id}: spans on a ${c.verdict} conversation`);
  if ((c.verdict === 'kasuhara') !== (c.severity > 0)) fail(`${c.id}: severity/verdict mismatch`);
  let out = ''; let customers = [];
  const custKeys = keys.filter((k) => spk[k].role === 'customer');
  if (fmt === 'teams') {
    const r2 = rng(c.id + 'uuid'); const hex = () => Math.floor(r2() * 16).toString(16); const u = () => Array.from({ length: 8 }, hex).join('') + '-' + Array.from({ length: 4 }, hex).join('') + '-4' + Array.from({ length: 3 }, hex).join('') + '-' + Array.from({ length: 4 }, hex).join('') + '-' + Array.from({ length: 12 }, hex).join('');
    const base = u(); out = 'WEBVTT\n\n' + cues.map((q, i) => `${base}/${i + 10}-0\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n<v ${spk[q.who].name}>${q.text}</v>\n`).join('\n');
    customers = custKeys.map((k) => spk[k].name);
  } else if (fmt === 'zoom') {
    out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start, '.')} --> ${ts(q.end, '.')}\n${spk[q.who].name}: ${q.text}\n`).join('\n');
    customers = custKeys.map((k) => spk[k].name);
  } else if (fmt === 'srt') {
    out = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${c.noPrefix ? '' : srtIdx[q.who] + ': '}${q.text}\n`).join('\n');
    customers = c.noPrefix ? [] : custKeys.map((k) => srtIdx[k]);
  } else if (fmt === 'txt') {
    out = cues.map((q) => `[${tsWhole(q.start)}] ${spk[q.who].log}: ${q.text}`).join('\n') + '\n';
    customers = [...new Set(custKeys.map((k) => spk[k].log))];
  } else {
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: letters[q.who], text: q.text }));
    out = JSON.stringify({ task: 'transcribe', duration: r3(cues.at(-1).end + 0.5), text: cues.map((q) => q.text).join(' '), segments: segs }, null, 1) + '\n';
    customers = custKeys.map((k) => letters[k]);
  }
  const id = `${GROUP}-${c.id}`; const file = `conversations/${id}.${ext}`;
  const categories = [...new Set(spans.flatMap((s) => s.categories))];
  const label = { id, file, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity, borderline: !!c.borderline, categories, customer_speakers: customers, spans, notes: c.notes, group: GROUP };
  return { file, out, label, minutes: cues.at(-1).end / 60, n: cues.length };
}
const srcDir = join(here, 'source');
const files = readdirSync(srcDir).filter((f) => /^conv.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) convs.push(...(await import(pathToFileURL(join(srcDir, f)).href)).default);
rmSync(join(here, 'conversations'), { recursive: true, force: true }); mkdirSync(join(here, 'conversations'));
const labels = []; const seen = new Set(); const stats = [];
for (const c of convs) { if (seen.has(c.id)) fail('duplicate id ' + c.id); seen.add(c.id); const b = build(c); writeFileSync(join(here, b.file), b.out); labels.push(b.label); stats.push(`${c.id} ${c.format} ${b.n} cues ${b.minutes.toFixed(1)} min`); }
writeFileSync(join(here, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const bank = (await import(pathToFileURL(join(srcDir, 'bank.mjs')).href)).default;
const texts = new Set(); const rows = bank.map(([lang, kind, setting, cats, text], i) => {
  if (texts.has(text)) fail('duplicate bank text ' + text); texts.add(text);
  if (!SETTINGS.has(setting)) fail('bank bad setting ' + setting);
  const harassing = kind === 'harassment';
  if (harassing !== cats.length > 0) fail('bank categories/kind mismatch: ' + text);
  for (const x of cats) if (!CATS.has(x)) fail('bank category ' + x);
  return { id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing, categories: cats, kind, setting, source_kind: 'illustrative', source_url: null };
});
writeFileSync(join(here, 'bank.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
if (process.argv.includes('-v')) console.log(stats.join('\n'));
const k = {}; rows.forEach((x) => { k[x.kind] = (k[x.kind] ?? 0) + 1; });
console.log(`${labels.length} conversations, bank ${rows.length}`, JSON.stringify(k));
