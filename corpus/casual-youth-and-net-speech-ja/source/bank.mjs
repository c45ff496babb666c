// Utterance bank for casual-youth-and-net-speech-ja. Each line: setting|categories|text (Japanese) or
// kind|setting|categories|text (English). The generator turns them into bank.jsonl rows.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const S = { cc: 'call_center', st: 'store', rs: 'restaurant', dl: 'delivery', sc: 'school', ot: 'other', ht: 'hotel' };
const C = { ab: 'abuse', th: 'threat', in: 'intimidation', ph: 'physical', ap: 'apology_coercion', ud: 'unreasonable_demand', pe: 'persistence', re: 'restraint', sx: 'sexual', di: 'discrimination', pt: 'personal_targeting', sn: 'sns_exposure' };
const lines = (f) => readFileSync(join(here, f), 'utf8').split('\n').filter((l) => l.trim());
const cats = (s) => (s ? s.split(',').map((c) => { if (!C[c]) throw new Error('cat ' + c); return C[c]; }) : []);
const set = (s) => { if (!S[s]) throw new Error('setting ' + s); return S[s]; };
const rows = [];
for (const f of ['bank_h1.txt', 'bank_h2.txt']) for (const l of lines(f)) { const [s, c, ...t] = l.split('|'); rows.push(['ja', 'h', set(s), cats(c), t.join('|')]); }
for (const l of lines('bank_n1.txt')) { const [s, ...t] = l.split('|'); rows.push(['ja', 'n', set(s), [], t.join('|')]); }
for (const l of lines('bank_o1.txt')) { const [s, ...t] = l.split('|'); rows.push(['ja', 'o', set(s), [], t.join('|')]); }
for (const l of lines('bank_en.txt')) {
  const [k, s, ...rest] = l.split('|');
  if (k === 'h') { const [c, ...t] = rest; rows.push(['en', 'h', set(s), cats(c), t.join('|')]); }
  else rows.push(['en', k, set(s), [], rest.join('|')]);
}
// interleave deterministically so that ids do not sort by kind
const out = []; const step = 7; const n = rows.length; const used = new Array(n).fill(false);
let i = 0; for (let k = 0; k < n; k++) { while (used[i]) i = (i + 1) % n; out.push(rows[i]); used[i] = true; i = (i + step) % n; }
export default out;
