// Utterance bank: rows are [lang, kind, setting, text, categories]
import h1 from './bank_h.mjs';
import h2 from './bank_h2.mjs';
import n from './bank_n.mjs';
import o from './bank_o.mjs';
const H = [...h1, ...h2].map(([l, s, t, c]) => [l, 'harassment', s, t, c]);
const N = n.map(([l, s, t]) => [l, 'hard_negative', s, t, []]);
const O = o.map(([l, s, t]) => [l, 'ordinary', s, t, []]);
// deterministic interleave so kinds are mixed through the file
const out = []; const lists = [H, N, O]; const idx = [0, 0, 0]; let k = 0;
while (out.length < H.length + N.length + O.length) {
  const want = [0.45, 0.35, 0.20].map((p, i) => p * (out.length + 1) - idx[i]);
  const i = want.indexOf(Math.max(...want.map((w, j) => idx[j] < lists[j].length ? w : -Infinity)));
  out.push(lists[i][idx[i]++]); k++;
}
export default out;
