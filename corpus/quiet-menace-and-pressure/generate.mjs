// Deterministic generator: node generate.mjs  (Node 20, no deps)
import { writeFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = dirname(fileURLToPath(import.meta.url));
const GROUP = 'quiet-menace-and-pressure';
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
function rng(seed) { let s = 0; for (const ch of seed) s = (s * 31 + ch.charCodeAt(0)) >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
const fail = (id, m) => { throw new Error(`${id}: ${m}`); };
const dur = (lang, t) => lang === 'ja' ? Math.max(0.9, [...t].length / 6.8) : Math.max(0.8, t.split(/\s+/).filter(Boolean).length / 2.5);
const ts = (x, sep) => { const ms = Math.round(x * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, r = ms % 1000; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}${sep}${String(r).padStart(3,'0')}`; };
const hms = (x) => ts(x, '.').slice(0, 8);
const r2 = (x) => Math.round(x * 1000) / 1000;
function uuid(r) { const h = () => Math.floor(r() * 16).toString(16); let s = ''; for (let i = 0; i < 32; i++) s += h(); return `${s.slice(0,8)}-${s.slice(8,12)}-${s.slice(12,16)}-${s.slice(16,20)}-${s.slice(20)}`; }

function build(c) {
  const m = c.meta, id = m.id, r = rng(id);
  if (!/^quiet-menace-and-pressure-(ja|en)-\d{3}$/.test(id)) fail(id, 'bad id');
  const spk = c.speakers; // {key:{name, role}}
  let t = 0.4 + r() * 1.5; const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) { t += turn.pause; continue; }
    const [k, text, cats] = turn; const who = spk[k]; if (!who) fail(id, 'unknown speaker ' + k);
    if (cats && cats.length && who.role !== 'customer') fail(id, 'span on staff cue: ' + text);
    for (const x of cats ?? []) if (!CATS.has(x)) fail(id, 'unknown cat ' + x);
    let tx = text;
    if (['srt', 'srt-bare', 'json'].includes(m.format) && r() < 0.6) tx = m.lang === 'ja' ? tx.replace(/[、。]/g, ' ').replace(/ +/g, ' ').trim() : tx.replace(/[.,]$/, '').replace(/, /g, ' ');
    const d = dur(m.lang, tx) * (0.9 + r() * 0.25);
    cues.push({ k, who, text: tx, cats: cats ?? [], start: t, end: t + d });
    t += d + 0.25 + r() * 0.9;
  }
  const fmt = m.format; let out = '', ext;
  const codes = {}; Object.keys(spk).forEach((k, i) => { codes[k] = i; });
  if (fmt === 'log') {
    ext = 'txt'; let prev = -1;
    for (const q of cues) { let s = Math.round(q.start); if (s <= prev) s = prev + 1; q.start = s; prev = s; }
    cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
    if (cues.at(-1).cats.length) fail(id, 'span on last log line');
    out = cues.map((q) => `[${hms(q.start)}] ${q.who.logname}: ${q.text}`).join('\n') + '\n';
  } else {
    cues.forEach((q) => { q.start = r2(q.start); q.end = r2(q.end); });
    if (fmt === 'teams') { ext = 'vtt'; const u = uuid(r); out = 'WEBVTT\n\n' + cues.map((q, i) => `${u}/${i + 10}-0\n${ts(q.start,'.')} --> ${ts(q.end,'.')}\n<v ${q.who.name}>${q.text}</v>`).join('\n\n') + '\n'; }
    else if (fmt === 'zoom') { ext = 'vtt'; out = 'WEBVTT\n\n' + cues.map((q, i) => `${i + 1}\n${ts(q.start,'.')} --> ${ts(q.end,'.')}\n${q.who.name}: ${q.text}`).join('\n\n') + '\n'; }
    else if (fmt === 'srt' || fmt === 'srt-bare') { ext = 'srt'; out = cues.map((q, i) => `${i + 1}\n${ts(q.start,',')} --> ${ts(q.end,',')}\n${fmt === 'srt' ? `SPEAKER_${String(codes[q.k]).padStart(2,'0')}: ` : ''}${q.text}`).join('\n\n') + '\n'; }
    else if (fmt === 'json') { ext = 'json'; const L = 'ABCDEFG'; out = JSON.stringify({ task: 'transcribe', duration: r2(cues.at(-1).end + 0.5), text: cues.map((q) => q.text).join(' '), segments: cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: L[codes[q.k]], text: q.text })) }, null, 1) + '\n'; }
    else fail(id, 'bad format ' + fmt);
  }
  const spans = cues.filter((q) => q.cats.length).map((q) => ({ start: q.start, end: q.end, categories: [...q.cats] }));
  if (m.verdict === 'kasuhara' && !spans.length) fail(id, 'kasuhara without spans');
  if (m.verdict !== 'kasuhara' && spans.length) fail(id, 'spans on ' + m.verdict);
  if ((m.verdict === 'kasuhara') !== (m.severity > 0)) fail(id, 'severity/verdict mismatch');
  const cats = [...new Set(spans.flatMap((s) => s.categories))];
  const custKeys = Object.keys(spk).filter((k) => spk[k].role === 'customer');
  const label = (k) => fmt === 'log' ? spk[k].logname : fmt === 'srt' ? `SPEAKER_${String(codes[k]).padStart(2,'0')}` : fmt === 'json' ? 'ABCDEFG'[codes[k]] : fmt === 'srt-bare' ? null : spk[k].name;
  const customer_speakers = fmt === 'srt-bare' ? [] : custKeys.map(label);
  const file = `conversations/${id}.${ext}`;
  writeFileSync(join(HERE, file), out);
  return { id, file, lang: m.lang, setting: m.setting, verdict: m.verdict, severity: m.severity, borderline: !!m.borderline, categories: cats, customer_speakers, spans, notes: m.notes, group: GROUP };
}

rmSync(join(HERE, 'conversations'), { recursive: true, force: true }); mkdirSync(join(HERE, 'conversations'));
const files = readdirSync(join(HERE, 'source')).filter((f) => /^conv.*\.mjs$/.test(f)).sort();
const labels = []; const ids = new Set();
for (const f of files) { const mod = await import(join(HERE, 'source', f)); for (const c of mod.default) { if (ids.has(c.meta.id)) fail(c.meta.id, 'dup'); ids.add(c.meta.id); labels.push(build(c)); } }
labels.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(join(HERE, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
const bank = (await import(join(HERE, 'source', 'bank.mjs'))).default;
const seen = new Set();
const rows = bank.map((b, i) => {
  const [lang, kind, setting, text, cats] = b; if (seen.has(text)) fail('bank', 'dup ' + text); seen.add(text);
  const harassing = kind === 'harassment';
  if (harassing !== !!(cats && cats.length)) fail('bank', 'cats mismatch ' + text);
  return { id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing, categories: cats ?? [], kind, setting, source_kind: 'illustrative', source_url: null };
});
writeFileSync(join(HERE, 'bank.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
