// Utterance bank for retail-food-ja. Each part is written out by hand in its own file; this module only parses.
import hja from './bank-h-ja.mjs';
import nja from './bank-n-ja.mjs';
import oja from './bank-o-ja.mjs';
import en from './bank-en.mjs';
const lines = (s) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const rows = [];
for (const l of lines(hja)) { const [setting, cats, ...t] = l.split('|'); rows.push(['ja', 'harassment', setting, cats, t.join('|')]); }
for (const l of lines(nja)) { const [setting, ...t] = l.split('|'); rows.push(['ja', 'hard_negative', setting, '', t.join('|')]); }
for (const l of lines(oja)) { const [setting, ...t] = l.split('|'); rows.push(['ja', 'ordinary', setting, '', t.join('|')]); }
const K = { h: 'harassment', n: 'hard_negative', o: 'ordinary' };
for (const l of lines(en)) { const [k, setting, ...rest] = l.split('|'); if (k === 'h') { const [cats, ...t] = rest; rows.push(['en', K.h, setting, cats, t.join('|')]); } else rows.push(['en', K[k], setting, '', rest.join('|')]); }
// interleave deterministically so ids do not cluster by kind
const out = []; const seed = (s) => { let h = 7; for (const ch of s) h = (h * 31 + ch.codePointAt(0)) >>> 0; return h; };
rows.map((r) => [seed(r[4]), r]).sort((a, b) => a[0] - b[0]).forEach(([, r]) => out.push(r));
export default out;
