// The 400-utterance bank, kept as plain text lines in source/bank/*.txt:
//   harassment.txt     categories|setting|text
//   hard_negative.txt  setting|text
//   ordinary.txt       setting|text
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = join(dirname(fileURLToPath(import.meta.url)), 'bank');
const lines = (f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
const H = lines('harassment.txt').map((l) => { const [cats, setting, ...t] = l.split('|'); return ['harassment', cats, setting, t.join('|')]; });
const N = lines('hard_negative.txt').map((l) => { const [setting, ...t] = l.split('|'); return ['hard_negative', '', setting, t.join('|')]; });
const O = lines('ordinary.txt').map((l) => { const [setting, ...t] = l.split('|'); return ['ordinary', '', setting, t.join('|')]; });
// interleave deterministically so neighbouring ids are not all one kind
const out = [];
for (let i = 0; out.length < H.length + N.length + O.length; i++) {
  if (i < H.length) out.push(H[i]);
  if (i < N.length) out.push(N[i]);
  if (i < O.length && i % 2 === 0) out.push(O[i / 2]);
  if (i < O.length && i % 2 === 1 && O[(i - 1) / 2 + Math.ceil(O.length / 2)]) out.push(O[(i - 1) / 2 + Math.ceil(O.length / 2)]);
}
export default out;
