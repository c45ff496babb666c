// generate.mjs — builds conversations/<id>.<ext>, labels.jsonl and bank.jsonl for the
// phone-keigo group from the structured data in source/.
// Node 20, no dependencies.  Usage: node generate.mjs
//
// Source conversation object (see source/*.mjs):
//   { id, lang, setting, verdict, severity, borderline, format, notes, finer,
//     speakers: { KEY: { role: "customer"|"staff"|"other", name: "..." , log?: "role word" } },
//     turns: [ [KEY, text, categories?, pauseBefore?], ["~", seconds], ... ] }
// format: "teams" | "zoom" | "srt" | "srt-plain" (no speaker prefix) | "txt" | "json"
// ["~", s] adds a pause (hold, silence) of s seconds before the next turn.
// A turn's 4th element, if given, is its duration in seconds (overrides the estimate).

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const GROUP = "phone-keigo";
const CATS = new Set(["physical", "threat", "abuse", "intimidation", "apology_coercion", "unreasonable_demand",
  "persistence", "restraint", "sexual", "discrimination", "personal_targeting", "sns_exposure"]);
const SETTINGS = new Set(["call_center", "store", "municipal", "hospital", "hotel", "bank", "school", "care",
  "delivery", "restaurant", "other"]);

// ---------- deterministic PRNG ----------
function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return h;
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

// ---------- speech duration ----------
function speechSeconds(text, lang, r) {
  if (lang === "ja") {
    const chars = [...text.replace(/[\s、。！？!?「」『』（）()…・ー〜,.]/g, "")].length;
    const rate = 6 + r() * 2; // 6-8 chars/sec
    const pauses = (text.match(/[、。！？!?…]/g) || []).length * 0.12;
    return Math.max(0.9, chars / rate + pauses + 0.25);
  }
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  const rate = 2.2 + r() * 0.6; // ~2.5 words/sec
  const pauses = (text.match(/[,.;!?—…]/g) || []).length * 0.1;
  return Math.max(0.8, words / rate + pauses + 0.2);
}

// ---------- time formatting ----------
const pad = (n, w = 2) => String(n).padStart(w, "0");
function hms(ms, sep) {
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}
const vttTime = (ms) => hms(ms, ".");
const srtTime = (ms) => hms(ms, ",");
function logTime(sec) {
  return `[${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}]`;
}
function uuidFrom(seed) {
  const r = rng(seed);
  const hex = () => Math.floor(r() * 16).toString(16);
  const part = (n) => Array.from({ length: n }, hex).join("");
  return `${part(8)}-${part(4)}-4${part(3)}-${"89ab"[Math.floor(r() * 4)]}${part(3)}-${part(12)}`;
}

// ---------- build timeline ----------
function timeline(conv) {
  const r = rng(hashStr(conv.id));
  const cues = [];
  let t = Math.round((0.4 + r() * 1.2) * 1000); // ms
  let extraPause = 0;
  for (const turn of conv.turns) {
    if (turn[0] === "~") { extraPause += turn[1]; continue; }
    const [key, text, cats = [], dur] = turn;
    const spk = conv.speakers[key];
    if (!spk) throw new Error(`${conv.id}: unknown speaker ${key}`);
    for (const c of cats) if (!CATS.has(c)) throw new Error(`${conv.id}: bad category ${c}`);
    if (cats.length && spk.role !== "customer") throw new Error(`${conv.id}: span on non-customer cue: ${text}`);
    if (cues.length) {
      const gap = extraPause > 0 ? extraPause * 1000 : (0.15 + r() * 0.9) * 1000;
      t += Math.round(gap);
    }
    extraPause = 0;
    const d = Math.round((dur ?? speechSeconds(text, conv.lang, r)) * 1000);
    cues.push({ key, spk, text, cats, start: t, end: t + d });
    t += d;
  }
  return cues;
}

// ---------- writers ----------
function speakerLabels(conv, cues, style) {
  // assigns labels in order of first appearance
  const map = {};
  let n = 0;
  for (const c of cues) {
    if (map[c.key] !== undefined) continue;
    if (style === "srt") map[c.key] = `SPEAKER_${pad(n)}`;
    else if (style === "json") map[c.key] = String.fromCharCode(65 + n);
    n++;
  }
  return map;
}

function logRole(conv, spk) {
  if (spk.log) return spk.log;
  if (conv.lang === "ja") return spk.role === "customer" ? "顧客" : spk.role === "staff" ? "オペレーター" : "その他";
  return spk.role === "customer" ? "Caller" : spk.role === "staff" ? "Agent" : "Other";
}

function render(conv, cues) {
  const f = conv.format;
  let out = "", ext, customerSpeakers = [];
  const spans = [];
  const addSpan = (c, s, e) => { if (c.cats.length) spans.push({ start: s, end: e, categories: [...c.cats] }); };
  const custKeys = Object.keys(conv.speakers).filter((k) => conv.speakers[k].role === "customer");

  if (f === "teams") {
    ext = "vtt";
    const base = uuidFrom(hashStr(conv.id + "teams"));
    out = "WEBVTT\n\n";
    cues.forEach((c, i) => {
      out += `${base}/${i + 12}-0\n${vttTime(c.start)} --> ${vttTime(c.end)}\n<v ${c.spk.name}>${c.text}</v>\n\n`;
      addSpan(c, c.start / 1000, c.end / 1000);
    });
    customerSpeakers = custKeys.map((k) => conv.speakers[k].name);
  } else if (f === "zoom") {
    ext = "vtt";
    out = "WEBVTT\n\n";
    cues.forEach((c, i) => {
      out += `${i + 1}\n${vttTime(c.start)} --> ${vttTime(c.end)}\n${c.spk.name}: ${c.text}\n\n`;
      addSpan(c, c.start / 1000, c.end / 1000);
    });
    customerSpeakers = custKeys.map((k) => conv.speakers[k].name);
  } else if (f === "srt" || f === "srt-plain") {
    ext = "srt";
    const map = speakerLabels(conv, cues, "srt");
    cues.forEach((c, i) => {
      const prefix = f === "srt" ? `${map[c.key]}: ` : "";
      out += `${i + 1}\n${srtTime(c.start)} --> ${srtTime(c.end)}\n${prefix}${c.text}\n\n`;
      addSpan(c, c.start / 1000, c.end / 1000);
    });
    customerSpeakers = f === "srt" ? custKeys.filter((k) => map[k]).map((k) => map[k]) : [];
  } else if (f === "txt") {
    ext = "txt";
    // whole-second line times, strictly increasing; a line ends where the next begins
    const starts = [];
    cues.forEach((c, i) => {
      let s = Math.round(c.start / 1000);
      if (i > 0 && s <= starts[i - 1]) s = starts[i - 1] + 1;
      starts.push(s);
    });
    cues.forEach((c, i) => {
      out += `${logTime(starts[i])} ${logRole(conv, c.spk)}: ${c.text}\n`;
      if (c.cats.length) {
        if (i === cues.length - 1) throw new Error(`${conv.id}: span on last line of a .txt log`);
        addSpan(c, starts[i], starts[i + 1]);
      }
    });
    const words = new Set(custKeys.map((k) => logRole(conv, conv.speakers[k])));
    customerSpeakers = [...words];
  } else if (f === "json") {
    ext = "json";
    const map = speakerLabels(conv, cues, "json");
    const segs = cues.map((c, i) => ({ type: "transcript.text.segment", id: `seg_${i}`, start: c.start / 1000,
      end: c.end / 1000, speaker: map[c.key], text: c.text }));
    cues.forEach((c) => addSpan(c, c.start / 1000, c.end / 1000));
    const joiner = " ";
    const obj = { task: "transcribe", duration: cues[cues.length - 1].end / 1000,
      text: cues.map((c) => c.text).join(joiner), segments: segs };
    out = JSON.stringify(obj, null, 1) + "\n";
    customerSpeakers = custKeys.filter((k) => map[k]).map((k) => map[k]);
  } else throw new Error(`${conv.id}: unknown format ${f}`);
  return { out, ext, spans, customerSpeakers };
}

// ---------- main ----------
async function loadSources() {
  const dir = path.join(ROOT, "source");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".mjs") && f.startsWith("conv")).sort();
  const convs = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    convs.push(...mod.default);
  }
  let bank = [];
  const bankFile = path.join(dir, "bank.mjs");
  if (fs.existsSync(bankFile)) bank = (await import(pathToFileURL(bankFile).href)).default;
  return { convs, bank };
}

function check(conv) {
  const need = ["id", "lang", "setting", "verdict", "severity", "borderline", "format", "notes", "speakers", "turns"];
  for (const k of need) if (conv[k] === undefined) throw new Error(`${conv.id}: missing ${k}`);
  if (!SETTINGS.has(conv.setting)) throw new Error(`${conv.id}: bad setting`);
  if (!conv.id.startsWith(`${GROUP}-${conv.lang}-`)) throw new Error(`${conv.id}: id/lang mismatch`);
  const spanned = conv.turns.some((t) => t[0] !== "~" && t[2] && t[2].length);
  if (conv.verdict === "kasuhara" && !spanned) throw new Error(`${conv.id}: kasuhara without spans`);
  if (conv.verdict !== "kasuhara" && spanned) throw new Error(`${conv.id}: spans on non-kasuhara`);
  if (conv.verdict === "kasuhara" && !(conv.severity >= 1)) throw new Error(`${conv.id}: severity`);
  if (conv.verdict !== "kasuhara" && conv.severity !== 0) throw new Error(`${conv.id}: severity`);
}

const { convs, bank } = await loadSources();
const outDir = path.join(ROOT, "conversations");
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const ids = new Set();
const labels = [];
const stats = [];
for (const conv of convs) {
  if (ids.has(conv.id)) throw new Error(`duplicate id ${conv.id}`);
  ids.add(conv.id);
  check(conv);
  const cues = timeline(conv);
  const { out, ext, spans, customerSpeakers } = render(conv, cues);
  const file = `conversations/${conv.id}.${ext}`;
  fs.writeFileSync(path.join(ROOT, file), out);
  const cats = new Set();
  for (const s of spans) for (const c of s.categories) cats.add(c);
  labels.push({ id: conv.id, file, lang: conv.lang, setting: conv.setting, verdict: conv.verdict,
    severity: conv.severity, borderline: conv.borderline, categories: [...cats], customer_speakers: customerSpeakers,
    spans, notes: conv.notes, group: GROUP });
  stats.push({ id: conv.id, format: conv.format, cues: cues.length, minutes: +(cues[cues.length - 1].end / 60000).toFixed(1) });
}
fs.writeFileSync(path.join(ROOT, "labels.jsonl"), labels.map((l) => JSON.stringify(l)).join("\n") + (labels.length ? "\n" : ""));

// ---------- bank ----------
const KINDS = new Set(["harassment", "hard_negative", "ordinary"]);
const seen = new Set();
const bankLines = bank.map((b, i) => {
  const [lang, kind, text, categories = [], setting = "call_center"] = b;
  if (!KINDS.has(kind)) throw new Error(`bank ${i}: kind ${kind}`);
  if (!SETTINGS.has(setting)) throw new Error(`bank ${i}: setting ${setting}`);
  for (const c of categories) if (!CATS.has(c)) throw new Error(`bank ${i}: category ${c}`);
  if ((kind === "harassment") !== (categories.length > 0)) throw new Error(`bank ${i}: categories/kind mismatch: ${text}`);
  const key = text.replace(/[\s、。,.!?！？…]/g, "").toLowerCase();
  if (seen.has(key)) throw new Error(`bank duplicate: ${text}`);
  seen.add(key);
  return { id: `${GROUP}-b${pad(i + 1, 4)}`, lang, text, harassing: kind === "harassment", categories, kind, setting,
    source_kind: "illustrative", source_url: null };
});
fs.writeFileSync(path.join(ROOT, "bank.jsonl"), bankLines.map((l) => JSON.stringify(l)).join("\n") + (bankLines.length ? "\n" : ""));

if (process.argv.includes("--stats")) {
  for (const s of stats) console.log(`${s.id}\t${s.format}\t${s.cues} cues\t${s.minutes} min`);
  const count = (arr, f) => arr.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
  console.log("lang", count(labels, (l) => l.lang));
  console.log("verdict", count(labels, (l) => l.verdict));
  console.log("lang/verdict", count(labels, (l) => l.lang + "/" + l.verdict));
  console.log("format", count(convs, (c) => c.format));
  console.log("setting", count(labels, (l) => l.setting));
  console.log("severity", count(labels.filter((l) => l.verdict === "kasuhara"), (l) => l.severity));
  console.log("borderline", labels.filter((l) => l.borderline).map((l) => l.id).join(" "));
  console.log("bank kind", count(bankLines, (b) => b.kind), "lang", count(bankLines, (b) => b.lang + "/" + b.kind));
  const bc = {};
  for (const b of bankLines) for (const c of b.categories) bc[c] = (bc[c] || 0) + 1;
  console.log("bank categories", bc);
}
console.log(`wrote ${labels.length} conversations, ${bankLines.length} bank utterances`);
