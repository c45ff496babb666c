// Utterance bank: each line of the text files is "setting|categories|text" (harassment) or "setting|text".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const rows = [];
for (const [file, lang, kind] of [
  ['bank_ja_h.txt', 'ja', 'harassment'], ['bank_ja_n.txt', 'ja', 'hard_negative'], ['bank_ja_o.txt', 'ja', 'ordinary'],
  ['bank_en_h.txt', 'en', 'harassment'], ['bank_en_n.txt', 'en', 'hard_negative'], ['bank_en_o.txt', 'en', 'ordinary'],
]) {
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const parts = line.split('|');
    if (kind === 'harassment') rows.push([lang, kind, parts[0], parts[1].split(','), parts.slice(2).join('|')]);
    else rows.push([lang, kind, parts[0], [], parts.slice(1).join('|')]);
  }
}
// interleave deterministically so ids are not grouped by kind
const out = [];
const byKey = {};
for (const r of rows) (byKey[r[0] + r[1]] ||= []).push(r);
const keys = Object.keys(byKey);
let left = rows.length;
while (left) for (const k of keys) { const r = byKey[k].shift(); if (r) { out.push(r); left--; } }
export default out;
