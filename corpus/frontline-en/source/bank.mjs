// frontline-en bank: 400 single customer utterances, all written for this corpus.
import H from './bank_harassment.mjs';
import N from './bank_negatives.mjs';
import O from './bank_ordinary.mjs';
const rows = [
  ...H.map(([setting, cats, text]) => ({ kind: 'harassment', setting, categories: cats.split(' '), text })),
  ...N.map(([setting, text]) => ({ kind: 'hard_negative', setting, text })),
  ...O.map(([setting, text]) => ({ kind: 'ordinary', setting, text })),
];
// interleave deterministically so kinds are not in blocks
const out = [];
const n = rows.length;
for (let i = 0; i < n; i++) out.push(rows[(i * 157) % n]);
if (new Set(out).size !== n) throw new Error('bank interleave is not a permutation');
export default out;
