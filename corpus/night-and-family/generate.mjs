// generate.mjs — builds conversations/<id>.<ext>, labels.jsonl and bank.jsonl from source/.
// Node 20, no dependencies.  Usage: node generate.mjs
//
// Source files (source/*.mjs) export:
//   export const conversations = [ { id, lang, setting, verdict, severity, borderline, notes, format,
//                                    speakers: { KEY: { role, name, label? } }, script: `...` } ]
//   export const bank = [ { lang, text, harassing, categories, kind, setting } ]
//
// `format` is one of: teams | zoom | srt | srt-plain (SRT with no speaker prefix) | txt | json
//
// `script` holds one turn a line:   [+PAUSE ][=DUR ]KEY[ cat,cat]| text
//   +PAUSE  silence in seconds before this turn (holds, thinking); default a short natural gap
//   =DUR    duration override in seconds
//   KEY     a key of `speakers`; its role is customer | staff | other
//   cat     category ids, or the short forms below; only allowed on customer turns
// Lines starting with # are comments; blank lines are ignored.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GROUP = 'night-and-family';

const CATS = ['physical', 'threat', 'abuse', 'intimidation', 'apology_coercion', 'unreasonable_demand',
  'persistence', 'restraint', 'sexual', 'discrimination', 'personal_targeting', 'sns_exposure'];
const SHORT = { ph: 'physical', th: 'threat', ab: 'abuse', in: 'intimidation', ap: 'apology_coercion',
  ud: 'unreasonable_demand', pe: 'persistence', re: 'restraint', se: 'sexual', di: 'discrimination',
  pt: 'personal_targeting', sn: 'sns_exposure' };
const SETTINGS = ['call_center', 'store', 'municipal', 'hospital', 'hotel', 'bank', 'school', 'care',
  'delivery', 'restaurant', 'other'];
const EXT = { teams: 'vtt', zoom: 'vtt', srt: 'srt', 'srt-plain': 'srt', txt: 'txt', json: 'json' };

// ---------- deterministic pseudo-random ----------
function hash(s) {
  let h = 2166136261;
  for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- parsing ----------
function parseScript(conv) {
  const turns = [];
  const lines = conv.script.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw || raw.startsWith('#')) continue;
    const m = raw.match(/^(?:\+([\d.]+)\s+)?(?:=([\d.]+)\s+)?([A-Za-z0-9_]+)(?:\s+([a-z_,]+))?\|\s?(.*)$/);
    if (!m) throw new Error(`${conv.id}: cannot parse line ${i + 1}: ${raw}`);
    const [, pause, dur, key, catStr, text] = m;
    const sp = conv.speakers[key];
    if (!sp) throw new Error(`${conv.id}: unknown speaker key ${key} on line ${i + 1}`);
    const cats = catStr ? catStr.split(',').map(c => SHORT[c] || c) : [];
    for (const c of cats) if (!CATS.includes(c)) throw new Error(`${conv.id}: unknown category ${c}`);
    if (cats.length && sp.role !== 'customer') throw new Error(`${conv.id}: span on non-customer line ${i + 1}`);
    if (!text.trim()) throw new Error(`${conv.id}: empty text on line ${i + 1}`);
    turns.push({ key, sp, text: text.trim(), cats, pause: pause ? Number(pause) : null, dur: dur ? Number(dur) : null });
  }
  return turns;
}

// ---------- timing ----------
function speechSeconds(text, lang, r) {
  if (lang === 'ja') {
    const n = [...text.replace(/[\s、。，．！？!?…「」『』（）()・ー〜~]/g, '')].length;
    const rate = 6 + r() * 2;               // 6–8 characters a second
    return Math.max(0.8, n / rate + 0.25);
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const rate = 2.2 + r() * 0.6;             // ~2.5 words a second
  return Math.max(0.7, words / rate + 0.2);
}

function timeTurns(conv, turns) {
  const r = rng(hash(conv.id));
  let t = 0.4 + r() * 1.6;
  let prevKey = null;
  for (const tu of turns) {
    let gap;
    if (tu.pause != null) gap = tu.pause;
    else if (prevKey === tu.key) gap = 0.15 + r() * 0.5;
    else gap = 0.25 + r() * 0.9;
    if (turns[0] !== tu) t += gap;
    const d = tu.dur != null ? tu.dur : speechSeconds(tu.text, conv.lang, r);
    tu.start = t;
    tu.end = t + d;
    t = tu.end;
    prevKey = tu.key;
  }
  const dp = conv.format === 'json' ? 2 : 3;
  const f = 10 ** dp;
  for (const tu of turns) { tu.start = Math.round(tu.start * f) / f; tu.end = Math.round(tu.end * f) / f; }
  if (conv.format === 'txt') {
    let prev = -1;
    for (const tu of turns) {
      let s = Math.floor(tu.start);
      if (s <= prev) s = prev + 1;
      tu.start = s;
      prev = s;
    }
    for (let i = 0; i < turns.length; i++) {
      turns[i].end = i + 1 < turns.length ? turns[i + 1].start : null;
    }
  }
}

// ---------- formatting ----------
const pad = (n, w = 2) => String(n).padStart(w, '0');
function clock(sec, sep) {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}
function clockWhole(sec) {
  const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}`;
}
function uuidFor(id) {
  const r = rng(hash(id + '#uuid'));
  const hex = n => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(r() * 4)]}${hex(3)}-${hex(12)}`;
}

function defaultTxtLabel(sp, lang) {
  if (sp.label) return sp.label;
  if (lang === 'ja') return sp.role === 'customer' ? '顧客' : sp.role === 'staff' ? 'オペレーター' : '不明';
  return sp.role === 'customer' ? 'Caller' : sp.role === 'staff' ? 'Agent' : 'Unknown';
}

function render(conv, turns) {
  const fmt = conv.format;
  const customerLabels = [];
  const addCust = (tu, label) => { if (tu.sp.role === 'customer' && !customerLabels.includes(label)) customerLabels.push(label); };
  let out = '';
  if (fmt === 'teams') {
    const u = uuidFor(conv.id);
    out = 'WEBVTT\n\n';
    turns.forEach((tu, i) => {
      addCust(tu, tu.sp.name);
      out += `${u}/${i + 10}-0\n${clock(tu.start, '.')} --> ${clock(tu.end, '.')}\n<v ${tu.sp.name}>${tu.text}</v>\n\n`;
    });
  } else if (fmt === 'zoom') {
    out = 'WEBVTT\n\n';
    turns.forEach((tu, i) => {
      addCust(tu, tu.sp.name);
      out += `${i + 1}\n${clock(tu.start, '.')} --> ${clock(tu.end, '.')}\n${tu.sp.name}: ${tu.text}\n\n`;
    });
  } else if (fmt === 'srt' || fmt === 'srt-plain') {
    const ids = {};
    turns.forEach((tu, i) => {
      if (!(tu.key in ids)) ids[tu.key] = `SPEAKER_${pad(Object.keys(ids).length)}`;
      const lab = ids[tu.key];
      let line = tu.text;
      if (fmt === 'srt') { addCust(tu, lab); line = `${lab}: ${tu.text}`; }
      out += `${i + 1}\n${clock(tu.start, ',')} --> ${clock(tu.end, ',')}\n${line}\n\n`;
    });
  } else if (fmt === 'txt') {
    const lines = turns.map(tu => {
      const lab = defaultTxtLabel(tu.sp, conv.lang);
      addCust(tu, lab);
      return `[${clockWhole(tu.start)}] ${lab}: ${tu.text}`;
    });
    out = lines.join('\n') + '\n';
  } else if (fmt === 'json') {
    const ids = {};
    const letters = 'ABCDEFGH';
    const segments = turns.map((tu, i) => {
      if (!(tu.key in ids)) ids[tu.key] = letters[Object.keys(ids).length];
      addCust(tu, ids[tu.key]);
      return { type: 'transcript.text.segment', id: `seg_${i}`, start: tu.start, end: tu.end, speaker: ids[tu.key], text: tu.text };
    });
    const sepr = ' ';
    const doc = { task: 'transcribe', duration: Math.round((turns.at(-1).end + 0.6) * 100) / 100,
      text: turns.map(t => t.text).join(sepr), segments };
    out = JSON.stringify(doc, null, 1) + '\n';
  } else throw new Error(`${conv.id}: unknown format ${fmt}`);
  return { out, customerLabels };
}

// ---------- checks ----------
function checkConv(conv, turns) {
  const must = ['id', 'lang', 'setting', 'verdict', 'severity', 'borderline', 'notes', 'format', 'speakers', 'script'];
  for (const k of must) if (conv[k] === undefined) throw new Error(`${conv.id}: missing ${k}`);
  if (!SETTINGS.includes(conv.setting)) throw new Error(`${conv.id}: bad setting ${conv.setting}`);
  if (!conv.id.startsWith(`${GROUP}-${conv.lang}-`)) throw new Error(`${conv.id}: id/lang mismatch`);
  const spans = turns.filter(t => t.cats.length);
  if (conv.verdict === 'kasuhara') {
    if (!spans.length) throw new Error(`${conv.id}: kasuhara without spans`);
    if (!(conv.severity >= 1 && conv.severity <= 3)) throw new Error(`${conv.id}: kasuhara severity`);
  } else {
    if (spans.length) throw new Error(`${conv.id}: spans on a ${conv.verdict}`);
    if (conv.severity !== 0) throw new Error(`${conv.id}: severity must be 0`);
  }
  if (conv.format === 'txt' && turns.at(-1).cats.length) throw new Error(`${conv.id}: span on last txt line`);
}

// ---------- main ----------
async function main() {
  const srcDir = path.join(HERE, 'source');
  const files = fs.readdirSync(srcDir).filter(f => f.endsWith('.mjs')).sort();
  const convs = [], bank = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(srcDir, f)).href);
    if (mod.conversations) convs.push(...mod.conversations);
    if (mod.bank) bank.push(...mod.bank.map(b => ({ ...b, _file: f })));
  }
  convs.sort((a, b) => a.id.localeCompare(b.id));
  const seen = new Set();
  const outDir = path.join(HERE, 'conversations');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const labels = [];
  for (const conv of convs) {
    if (seen.has(conv.id)) throw new Error(`duplicate id ${conv.id}`);
    seen.add(conv.id);
    const turns = parseScript(conv);
    checkConv(conv, turns);
    timeTurns(conv, turns);
    const { out, customerLabels } = render(conv, turns);
    const file = `conversations/${conv.id}.${EXT[conv.format]}`;
    fs.writeFileSync(path.join(HERE, file), out);
    const spans = turns.filter(t => t.cats.length).map(t => ({ start: t.start, end: t.end, categories: t.cats }));
    const cats = CATS.filter(c => spans.some(s => s.categories.includes(c)));
    labels.push({ id: conv.id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict,
      severity: conv.severity, borderline: conv.borderline, categories: cats,
      customer_speakers: conv.format === 'srt-plain' ? [] : customerLabels, spans, notes: conv.notes, group: GROUP });
  }
  fs.writeFileSync(path.join(HERE, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + (labels.length ? '\n' : ''));

  // bank
  const texts = new Set();
  const bankLines = bank.map((b, i) => {
    const cats = (b.categories || []).map(c => SHORT[c] || c);
    for (const c of cats) if (!CATS.includes(c)) throw new Error(`bank ${b._file}: bad category ${c}`);
    if (b.harassing !== (b.kind === 'harassment')) throw new Error(`bank ${b._file}: kind/harassing mismatch: ${b.text}`);
    if (b.harassing && !cats.length) throw new Error(`bank ${b._file}: harassing without category: ${b.text}`);
    if (!b.harassing && cats.length) throw new Error(`bank ${b._file}: categories on non-harassing: ${b.text}`);
    if (!SETTINGS.includes(b.setting)) throw new Error(`bank ${b._file}: bad setting ${b.setting}`);
    if (texts.has(b.text)) throw new Error(`bank duplicate: ${b.text}`);
    texts.add(b.text);
    return { id: `${GROUP}-b${pad(i + 1, 4)}`, lang: b.lang, text: b.text, harassing: b.harassing, categories: cats,
      kind: b.kind, setting: b.setting, source_kind: 'illustrative', source_url: null };
  });
  fs.writeFileSync(path.join(HERE, 'bank.jsonl'), bankLines.map(l => JSON.stringify(l)).join('\n') + (bankLines.length ? '\n' : ''));

  // summary
  const count = (arr, f) => arr.reduce((m, x) => { const k = f(x); m[k] = (m[k] || 0) + 1; return m; }, {});
  console.log(`conversations: ${labels.length}`, count(labels, l => l.lang), count(labels, l => l.verdict),
    count(convs, c => c.format));
  console.log(`bank: ${bankLines.length}`, count(bankLines, b => b.kind), count(bankLines, b => b.lang));
}

main().catch(e => { console.error(e.message); process.exit(1); });
