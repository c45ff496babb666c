// Utterance bank: source/bank-*.txt, one utterance a line: KIND|SETTING|CATS|TEXT
// KIND h=harassment n=hard_negative o=ordinary; lang is en when the text has Latin words, else ja.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const K = { h: 'harassment', n: 'hard_negative', o: 'ordinary' };
const ST = { cc: 'call_center', mu: 'municipal', de: 'delivery', ho: 'hospital', ot: 'other', ba: 'bank', st: 'store' };
const CA = { th: 'threat', ab: 'abuse', in: 'intimidation', ap: 'apology_coercion', ud: 'unreasonable_demand', pe: 'persistence',
  re: 'restraint', se: 'sexual', di: 'discrimination', pt: 'personal_targeting', sn: 'sns_exposure', ph: 'physical' };
const rows = [];
for (const f of fs.readdirSync(dir).filter(f => /^bank-.*\.txt$/.test(f)).sort()) {
  for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [k, s, c, ...t] = line.split('|');
    const text = t.join('|').trim();
    if (!K[k] || !ST[s]) throw new Error('bad bank line: ' + line);
    const cats = c ? c.split(',').map(x => { if (!CA[x]) throw new Error('bad cat ' + x); return CA[x]; }) : [];
    const lang = /[A-Za-z]{3,}/.test(text) && !/[ぁ-んァ-ン一-龥]/.test(text) ? 'en' : 'ja';
    rows.push([lang, K[k], ST[s], text, cats]);
  }
}
export default rows;
