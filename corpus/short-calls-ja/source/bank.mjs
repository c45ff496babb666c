// short-calls-ja bank: single customer utterances, all Japanese, illustrative (written for mamori; no real persons).
// Line format:  @setting  starts a block;  "H cat,cat|text" harassment, "N|text" hard negative, "O|text" ordinary.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const rows = [];
for (const f of readdirSync(here).filter((n) => /^bank.*\.txt$/.test(n)).sort()) {
  let setting = null;
  for (const raw of readFileSync(join(here, f), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@')) { setting = line.slice(1).trim(); continue; }
    const bar = line.indexOf('|');
    if (bar < 0 || !setting) throw new Error(`${f}: bad line: ${line}`);
    const head = line.slice(0, bar).trim(); const text = line.slice(bar + 1).trim();
    const [kind, cats = ''] = head.split(/\s+/);
    rows.push([setting, kind, cats, text]);
  }
}
export default rows;
