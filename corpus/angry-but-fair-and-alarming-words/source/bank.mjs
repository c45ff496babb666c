// Utterance bank: assembled from the parts below, in a fixed interleaved order (deterministic)
import jh from './bank-ja-h.mjs';
import jn from './bank-ja-n.mjs';
import jo from './bank-ja-o.mjs';
import en from './bank-en.mjs';
const lists = [jh, jn, jo, en.filter((r) => r[1] === 'harassment'), en.filter((r) => r[1] === 'hard_negative'), en.filter((r) => r[1] === 'ordinary')];
// interleave so that kinds and languages are mixed through the file
const out = []; const idx = lists.map(() => 0); const total = lists.reduce((a, l) => a + l.length, 0);
while (out.length < total) lists.forEach((l, i) => { const share = Math.max(1, Math.round(l.length / 40)); for (let k = 0; k < share && idx[i] < l.length; k++) out.push(l[idx[i]++]); });
export default out;
