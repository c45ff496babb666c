// utterance bank: rows are [lang, kind, setting, categories, text], written by hand in four parts
import p1 from './bank-1.mjs'; import p2 from './bank-2.mjs'; import p3 from './bank-3.mjs'; import p4 from './bank-4.mjs';
export default [...p1, ...p2, ...p3, ...p4];
