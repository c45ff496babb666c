#!/usr/bin/env node
// Deterministic generator: source/*.mjs -> conversations/, labels.jsonl, bank.jsonl
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const HERE = dirname(fileURLToPath(import.meta.url));
const GROUP = 'persistence-and-time';
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
function rng(seedStr) { let h = 2166136261; for (const ch of seedStr) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } let s = h >>> 0; return () => { s = (s + 0x6D2B79F5) >>> 0; let x = s; x = Math.imul(x ^ (x >>> 15), x | 1); x ^= x + Math.imul(x ^ (x >>> 7), x | 61); return ((x ^ (x >>> 14)) >>> 0) / 4294967296; }; }
const pad = (n, w = 2) => String(n).padStart(w, '0');
const ts = (sec, sep) => { const ms = Math.round(sec * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60; return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`; };
const tsWhole = (sec) => { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60; return `${pad(h)}:${pad(m)}:${pad(s)}`; };
const r2 = (x) => Math.round(x * 100) / 100;
function duration(text, lang, r) {
  if (lang === 'ja') { const n = [...text.replace(/[\s、。！？!?「」（）()…]/g, '')].length; return Math.max(1.0, n / (6 + r() * 2)) + 0.3; }
  const w = text.split(/\s+/).filter(Boolean).length; return Math.max(1.0, w / (2.3 + r() * 0.5)) + 0.3;
}
const FILL_JA = ['えー', 'あの', 'えっと', 'あのー', 'まあ'];
const FILL_EN = ['uh', 'um', 'like', 'uh,'];
function asr(text, lang, r) {
  let x = text;
  if (r() < 0.45) x = x.replace(/[。.]$/, '');
  if (r() < 0.3) x = x.replace(/、/g, ' ').replace(/,/g, '');
  for (const [a, b] of MISHEAR) if (x.includes(a) && r() < 0.08) { x = x.replace(a, b); break; }
  if (r() < 0.22) x = (lang === 'ja' ? FILL_JA : FILL_EN)[Math.floor(r() * 4)] + (lang === 'ja' ? ' ' : ' ') + x;
  return x;
}
const MISHEAR = [['保証', '保障'], ['交換', '好感'], ['返金', '返還'], ['責任者', '責任社'], ['誠意', '製意'], ['窓口', 'まどぐち'], ['予約', '余約'], ['refund', 'refined'], ['manager', 'manner'], ['account', 'a count'], ['warranty', 'warrant tea'], ['supervisor', 'super visor']];
const HALLU_JA = ['ご視聴ありがとうございました', 'チャンネル登録お願いします', 'はい', 'うん'];
const HALLU_EN = ['Thank you for watching.', 'Thanks.', 'Okay.', 'you'];
function build(conv) {
  const { id, lang, format, turns, speakers } = conv;
  const r = rng(id);
  const cues = []; let clock = 0.4 + r() * 1.2; let pendingPause = 0;
  for (const tu of turns) {
    if (!Array.isArray(tu)) { pendingPause += tu.pause; continue; }
    const [sp, text, cats] = tu;
    if (!speakers[sp]) throw new Error(`${id}: unknown speaker ${sp}`);
    if (cats && speakers[sp].role !== 'customer') throw new Error(`${id}: span on a staff cue: ${text}`);
    for (const c of cats ?? []) if (!CATS.has(c)) throw new Error(`${id}: unknown category ${c}`);
    const asrFmt = format === 'srt' || format === 'srt-bare' || format === 'json';
    if (pendingPause >= 8 && asrFmt && r() < 0.7) {
      const hs = clock + pendingPause * 0.4; const h = { sp: Object.keys(speakers).find((k) => speakers[k].role === 'staff'), text: (lang === 'ja' ? HALLU_JA : HALLU_EN)[Math.floor(r() * 4)], start: hs, end: hs + 1.2, hallu: true };
      cues.push(h);
    }
    clock += pendingPause; pendingPause = 0;
    const d = duration(text, lang, r);
    const out = asrFmt ? asr(text, lang, r) : text;
    cues.push({ sp, text: out, cats, start: clock, end: clock + d });
    clock += d + 0.2 + r() * 1.1;
  }
  // round times
  for (const c of cues) { c.start = r2(c.start); c.end = r2(c.end); }
  if (format === 'txt') { let prev = -1; for (const c of cues) { let s = Math.floor(c.start); if (s <= prev) s = prev + 1; c.start = s; prev = s; } cues.forEach((c, i) => { c.end = i + 1 < cues.length ? cues[i + 1].start : c.start + 5; }); if (cues[cues.length - 1].cats) throw new Error(`${id}: span on the last line of a .txt log`); }
  return cues;
}
function render(conv, cues) {
  const { format, speakers, lang } = conv;
  const letters = {}; Object.keys(speakers).forEach((k, i) => { letters[k] = 'ABCDEFG'[i]; });
  const spk = {}; Object.keys(speakers).forEach((k, i) => { spk[k] = `SPEAKER_${pad(i)}`; });
  const r = rng(conv.id + 'f');
  if (format === 'teams') {
    const g = Array.from({ length: 4 }, () => Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0'));
    const base = `${g[0]}-${g[1].slice(0, 4)}-${g[1].slice(4)}-${g[2].slice(0, 4)}-${g[2].slice(4)}${g[3]}`;
    return { ext: 'vtt', text: 'WEBVTT\n\n' + cues.map((c, i) => `${base}/${i + 11}-0\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n<v ${speakers[c.sp].name}>${c.text}</v>\n`).join('\n'), cust: custNames(conv, (k) => speakers[k].name) };
  }
  if (format === 'zoom') return { ext: 'vtt', text: 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${ts(c.start, '.')} --> ${ts(c.end, '.')}\n${speakers[c.sp].name}: ${c.text}\n`).join('\n'), cust: custNames(conv, (k) => speakers[k].name) };
  if (format === 'srt') return { ext: 'srt', text: cues.map((c, i) => `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${spk[c.sp]}: ${c.text}\n`).join('\n'), cust: custNames(conv, (k) => spk[k]) };
  if (format === 'srt-bare') return { ext: 'srt', text: cues.map((c, i) => `${i + 1}\n${ts(c.start, ',')} --> ${ts(c.end, ',')}\n${c.text}\n`).join('\n'), cust: [] };
  if (format === 'txt') return { ext: 'txt', text: cues.map((c) => `[${tsWhole(c.start)}] ${speakers[c.sp].log}: ${c.text}`).join('\n') + '\n', cust: custNames(conv, (k) => speakers[k].log) };
  if (format === 'json') {
    const segs = cues.map((c, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: c.start, end: c.end, speaker: letters[c.sp], text: c.text }));
    return { ext: 'json', text: JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end + 0.6), text: cues.map((c) => c.text).join(' '), segments: segs }, null, 1) + '\n', cust: custNames(conv, (k) => letters[k]) };
  }
  throw new Error(conv.id + ': unknown format ' + format);
}
function custNames(conv, f) { return [...new Set(Object.keys(conv.speakers).filter((k) => conv.speakers[k].role === 'customer').map(f))]; }
const srcDir = join(HERE, 'source');
const files = readdirSync(srcDir).filter((f) => /^conv.*\.mjs$/.test(f)).sort();
const convs = [];
for (const f of files) { const m = await import(pathToFileURL(join(srcDir, f))); convs.push(...m.default); }
rmSync(join(HERE, 'conversations'), { recursive: true, force: true }); mkdirSync(join(HERE, 'conversations'));
const labels = []; const ids = new Set();
for (const conv of convs) {
  const id = `${GROUP}-${conv.lang}-${conv.id.split('-').pop()}`;
  if (ids.has(id)) throw new Error('duplicate id ' + id); ids.add(id);
  if (!SETTINGS.has(conv.setting)) throw new Error(id + ': bad setting ' + conv.setting);
  const cues = build({ ...conv, id });
  const { ext, text, cust } = render({ ...conv, id }, cues);
  const file = `conversations/${id}.${ext}`;
  writeFileSync(join(HERE, file), text);
  const spans = cues.filter((c) => c.cats).map((c) => ({ start: c.start, end: c.end, categories: c.cats }));
  if (conv.verdict === 'kasuhara' && !spans.length) throw new Error(id + ': kasuhara without spans');
  if (conv.verdict !== 'kasuhara' && spans.length) throw new Error(id + ': spans on a ' + conv.verdict + ' conversation');
  const cats = [...new Set(spans.flatMap((s) => s.categories))];
  const sev = conv.verdict === 'kasuhara' ? conv.severity : 0;
  if (conv.verdict === 'kasuhara' && !(sev >= 1 && sev <= 3)) throw new Error(id + ': severity');
  labels.push({ id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict, severity: sev, borderline: !!conv.borderline, categories: cats, customer_speakers: cust, spans, notes: conv.notes, group: GROUP });
}
writeFileSync(join(HERE, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
// bank
const { default: bank } = await import(pathToFileURL(join(srcDir, 'bank.mjs')));
const seenTxt = new Set();
const rows = bank.map((b, i) => {
  if (seenTxt.has(b.text)) throw new Error('bank duplicate: ' + b.text); seenTxt.add(b.text);
  if (!SETTINGS.has(b.setting)) throw new Error('bank bad setting ' + b.setting);
  if (b.kind === 'harassment' && !b.categories.length) throw new Error('bank harassment without categories: ' + b.text);
  if (b.kind !== 'harassment' && b.categories.length) throw new Error('bank categories on non-harassment: ' + b.text);
  for (const c of b.categories) if (!CATS.has(c)) throw new Error('bank cat ' + c);
  return { id: `${GROUP}-b${pad(i + 1, 4)}`, lang: b.lang, text: b.text, harassing: b.kind === 'harassment', categories: b.categories, kind: b.kind, setting: b.setting, source_kind: 'illustrative', source_url: null };
});
writeFileSync(join(HERE, 'bank.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
const tally = {}; for (const l of labels) { const k = `${l.lang}/${l.verdict}/${l.file.split('.').pop()}`; tally[k] = (tally[k] ?? 0) + 1; }
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
