import H from './bank_h.mjs';
import { hard, ordinary } from './bank_n.mjs';
// interleave deterministically so ids are not sorted by kind
const all = [H, hard, ordinary];
const out = []; const idx = [0, 0, 0];
for (let k = 0; out.length < H.length + hard.length + ordinary.length; k++) {
  const w = [H.length, hard.length, ordinary.length];
  for (let j = 0; j < 3; j++) { const want = Math.floor(((k + 1) * w[j]) / 200); while (idx[j] < want && idx[j] < w[j]) out.push(all[j][idx[j]++]); }
  if (k > 1000) break;
}
export default out;
