// Deterministic generator: node generate.mjs
import { writeFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = dirname(fileURLToPath(import.meta.url));
const GROUP = 'lecturing-and-politeness-as-weapon';
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const SETTINGS = new Set(['call_center','store','municipal','hospital','hotel','bank','school','care','delivery','restaurant','other']);
let seed = 20261208;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const fail = (m) => { console.error('REFUSED: ' + m); process.exit(1); };

function dur(lang, text) {
  if (lang === 'ja') return Math.max(1.2, text.replace(/[\s、。,.!?！？「」…]/g, '').length / (6 + rnd() * 2));
  return Math.max(1.0, text.split(/\s+/).filter(Boolean).length / 2.5);
}
const r2 = (x) => Math.round(x * 100) / 100;
function ts(t, sep) { const ms = Math.round(t * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60, x = ms % 1000;
  return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}${sep}${String(x).padStart(3,'0')}`; }
function tsWhole(t) { const h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60; return `${String(h).padStart(2,'0')}:${String(m).padStart(2,'0')}:${String(s).padStart(2,'0')}`; }

function build(c) {
  for (const k of ['id','lang','setting','verdict','severity','borderline','notes','format','speakers','turns']) if (c[k] === undefined) fail(`${c.id}: missing ${k}`);
  if (!SETTINGS.has(c.setting)) fail(`${c.id}: bad setting`);
  const id = `${GROUP}-${c.id}`;
  const spk = c.speakers; // key -> {role, name, label(txt), }
  const keys = Object.keys(spk);
  // cue list
  let t = c.start ?? (0.3 + rnd() * 1.5);
  const cues = [];
  for (const turn of c.turns) {
    if (!Array.isArray(turn)) {
      if (turn.pause) { t += turn.pause; continue; }
      if (turn.ghost) { const d = dur(c.lang, turn.ghost); cues.push({ key: null, text: turn.ghost, cats: [], start: t, end: t + d }); t += d + 0.3; continue; }
      fail(`${c.id}: bad turn`);
    }
    const [key, text, cats] = turn;
    if (!spk[key]) fail(`${c.id}: unknown speaker ${key}`);
    const d = dur(c.lang, text);
    cues.push({ key, text, cats: cats ?? [], start: t, end: t + d });
    t += d + 0.4 + rnd() * 1.2;
  }
  const fmt = c.format;
  if (fmt === 'txt') { // whole seconds, end = next start
    let prev = -1;
    for (const q of cues) { let s = Math.floor(q.start); if (s <= prev) s = prev + 1; q.start = s; prev = s; }
    cues.forEach((q, i) => { q.end = i + 1 < cues.length ? cues[i + 1].start : q.start + 5; });
  } else { for (const q of cues) { q.start = r2(q.start); q.end = r2(q.end); } }
  // checks
  const spans = [];
  cues.forEach((q, i) => {
    if (!q.cats.length) return;
    for (const x of q.cats) if (!CATS.has(x)) fail(`${c.id}: unknown category ${x}`);
    if (q.key === null || spk[q.key].role !== 'customer') fail(`${c.id}: span on a staff cue: ${q.text}`);
    if (fmt === 'txt' && i === cues.length - 1) fail(`${c.id}: span on the last line of a .txt log`);
    spans.push({ start: q.start, end: q.end, categories: [...q.cats] });
  });
  if (c.verdict === 'kasuhara') { if (!spans.length) fail(`${c.id}: kasuhara without spans`); if (!(c.severity >= 1)) fail(`${c.id}: severity`); }
  else { if (spans.length) fail(`${c.id}: spans on ${c.verdict}`); if (c.severity !== 0) fail(`${c.id}: severity`); }
  // labels for speakers per format
  const custKeys = keys.filter((k) => spk[k].role === 'customer');
  let label, ext, body, customer_speakers;
  if (fmt === 'teams' || fmt === 'zoom') {
    ext = 'vtt'; label = (k) => spk[k].name; customer_speakers = custKeys.map(label);
    const hx = (n) => [...Array(n)].map(() => Math.floor(rnd() * 16).toString(16)).join('');
    const uuid = `${hx(8)}-${hx(4)}-4${hx(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hx(3)}-${hx(12)}`;
    body = 'WEBVTT\n\n' + cues.map((q, i) => {
      const who = q.key ? label(q.key) : label(keys.find((k) => spk[k].role === 'staff'));
      const tl = `${ts(q.start, '.')} --> ${ts(q.end, '.')}`;
      return fmt === 'teams' ? `${uuid}/${i + 1}-0\n${tl}\n<v ${who}>${q.text}</v>\n` : `${i + 1}\n${tl}\n${who}: ${q.text}\n`;
    }).join('\n');
  } else if (fmt === 'srt' || fmt === 'srt-noprefix') {
    ext = 'srt';
    const order = [...keys]; const lab = Object.fromEntries(order.map((k, i) => [k, `SPEAKER_${String(i).padStart(2, '0')}`]));
    const ghostLab = `SPEAKER_${String(order.length).padStart(2, '0')}`;
    customer_speakers = fmt === 'srt' ? custKeys.map((k) => lab[k]) : [];
    body = cues.map((q, i) => `${i + 1}\n${ts(q.start, ',')} --> ${ts(q.end, ',')}\n${fmt === 'srt' ? (q.key ? lab[q.key] : ghostLab) + ': ' : ''}${q.text}\n`).join('\n');
  } else if (fmt === 'txt') {
    ext = 'txt'; customer_speakers = custKeys.map((k) => spk[k].label);
    body = cues.map((q) => `[${tsWhole(q.start)}] ${q.key ? spk[q.key].label : spk[keys.find((k) => spk[k].role === 'staff')].label}: ${q.text}`).join('\n') + '\n';
  } else if (fmt === 'json') {
    ext = 'json';
    const lab = Object.fromEntries(keys.map((k, i) => [k, String.fromCharCode(65 + i)]));
    const ghostLab = String.fromCharCode(65 + keys.length);
    customer_speakers = custKeys.map((k) => lab[k]);
    const segs = cues.map((q, i) => ({ type: 'transcript.text.segment', id: `seg_${i}`, start: q.start, end: q.end, speaker: q.key ? lab[q.key] : ghostLab, text: q.text }));
    body = JSON.stringify({ task: 'transcribe', duration: r2(cues[cues.length - 1].end + 0.5), text: cues.map((q) => q.text).join(c.lang === 'ja' ? '' : ' '), segments: segs }, null, 1) + '\n';
  } else fail(`${c.id}: bad format ${fmt}`);
  const cats = [...new Set(spans.flatMap((s) => s.categories))];
  const lab = { id, file: `conversations/${id}.${ext}`, lang: c.lang, setting: c.setting, verdict: c.verdict, severity: c.severity,
    borderline: !!c.borderline, categories: cats, customer_speakers, spans, notes: c.notes, group: GROUP };
  return { id, ext, body, lab, minutes: cues[cues.length - 1].end / 60, ncues: cues.length };
}

const srcDir = join(HERE, 'source');
const convs = [];
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'bank.mjs').sort()) {
  const m = await import(join(srcDir, f)); convs.push(...m.default);
}
const ids = new Set();
rmSync(join(HERE, 'conversations'), { recursive: true, force: true }); mkdirSync(join(HERE, 'conversations'));
const labels = [];
for (const c of convs) {
  if (ids.has(c.id)) fail('duplicate id ' + c.id); ids.add(c.id);
  const b = build(c);
  writeFileSync(join(HERE, 'conversations', `${b.id}.${b.ext}`), b.body);
  labels.push(JSON.stringify(b.lab));
  if (process.argv.includes('-v')) console.log(b.id, c.format, c.verdict, b.ncues, 'cues', b.minutes.toFixed(1), 'min');
}
writeFileSync(join(HERE, 'labels.jsonl'), labels.join('\n') + '\n');
// bank
const bank = (await import(join(srcDir, 'bank.mjs'))).default;
const seenT = new Set(); const rows = [];
bank.forEach(([lang, kind, setting, cats, text], i) => {
  if (!['harassment','hard_negative','ordinary'].includes(kind)) fail('bank kind ' + text);
  if (!SETTINGS.has(setting)) fail('bank setting ' + text);
  if (kind === 'harassment' ? !cats.length : cats.length) fail('bank cats ' + text);
  for (const x of cats) if (!CATS.has(x)) fail('bank cat ' + x);
  const norm = text.replace(/[\s、。,.!?！？]/g, '').toLowerCase();
  if (seenT.has(norm)) fail('bank duplicate ' + text); seenT.add(norm);
  if (text.length < 2 || text.length > 80) fail('bank length ' + text);
  rows.push(JSON.stringify({ id: `${GROUP}-b${String(i + 1).padStart(4, '0')}`, lang, text, harassing: kind === 'harassment', categories: cats, kind, setting, source_kind: 'illustrative', source_url: null }));
});
writeFileSync(join(HERE, 'bank.jsonl'), rows.join('\n') + '\n');
console.log(`${labels.length} conversations, ${rows.length} bank rows`);
