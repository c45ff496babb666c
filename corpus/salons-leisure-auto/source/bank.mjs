// Utterance bank: each row [lang, kind, setting, categories, text]. Rows are written in the bank_*.mjs files,
// one a line: "H|N|O setting cats | text" (H harassment, N hard_negative, O ordinary).
import jaH from './bank_ja_h.mjs';
import jaN from './bank_ja_n.mjs';
import jaO from './bank_ja_o.mjs';
import en from './bank_en.mjs';
const KIND = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };
function parse(lang, src) {
  return src.split('\n').filter((l) => l.trim()).map((l) => {
    const m = l.match(/^([HNO]) (\S+)(?: (\S+))? \| (.+)$/);
    if (!m) throw new Error('bad bank line: ' + l);
    return [lang, KIND[m[1]], m[2], m[3] ? m[3].split(',') : [], m[4].trim()];
  });
}
export default [...parse('ja', jaH), ...parse('ja', jaN), ...parse('ja', jaO), ...parse('en', en)];
