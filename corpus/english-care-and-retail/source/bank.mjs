// Utterance bank: concatenation of the three source lists, in a fixed order.
import enH from './bank-en-h.mjs';
import enN from './bank-en-n.mjs';
import ja from './bank-ja.mjs';
export default [...enH, ...enN, ...ja];
