// Utterance bank: what a customer says to staff, judged on its own. Rows built by bank-*.mjs.
import h from './bank-harass.mjs';
import n from './bank-neg.mjs';
import o from './bank-ord.mjs';
export default [...h, ...n, ...o];
