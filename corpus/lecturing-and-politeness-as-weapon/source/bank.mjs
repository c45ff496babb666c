// Utterance bank: each line of bank*.txt is  lang|kind|setting|categories|text  (kind H harassment; N/O have no categories field)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const K = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };
const rows = [];
for (const f of readdirSync(here).filter((f) => /^bank\d+\.txt$/.test(f)).sort()) {
  for (const line of readFileSync(join(here, f), 'utf8').split('\n').filter(Boolean)) {
    const p = line.split('|');
    if (p[1] === 'H') rows.push([p[0], K.H, p[2], p[3].split(','), p.slice(4).join('|')]);
    else rows.push([p[0], K[p[1]], p[2], [], p.slice(3).join('|')]);
  }
}
export default rows;
