// Utterance bank: harassment, hard negatives and ordinary lines, interleaved deterministically.
import H from './bank-harass.mjs';
import O from './bank-other.mjs';
const hn = O.filter((x) => x[1] === 'hard_negative'), or = O.filter((x) => x[1] === 'ordinary');
const out = []; const n = Math.max(H.length, hn.length, or.length);
for (let i = 0; i < n; i++) { if (H[i]) out.push(H[i]); if (hn[i]) out.push(hn[i]); if (or[i]) out.push(or[i]); }
export default out;
