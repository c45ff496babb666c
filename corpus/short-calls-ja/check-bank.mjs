#!/usr/bin/env node
// Checks bank.jsonl: exactly the agreed fields, unique ids and texts, 400 rows, kind/harassing/categories consistent.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const KEYS = ['id','lang','text','harassing','categories','kind','setting','source_kind','source_url'];
const rows = readFileSync(join(dir, 'bank.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const errs = []; const ids = new Set(); const texts = new Set(); const kinds = {}; const cats = {};
for (const r of rows) {
  if (Object.keys(r).sort().join() !== [...KEYS].sort().join()) errs.push(`${r.id}: fields`);
  if (ids.has(r.id)) errs.push(`${r.id}: duplicate id`); ids.add(r.id);
  if (texts.has(r.text)) errs.push(`${r.id}: duplicate text`); texts.add(r.text);
  if (r.lang !== 'ja' || r.source_kind !== 'illustrative' || r.source_url !== null || typeof r.setting !== 'string' || !r.text) errs.push(`${r.id}: values`);
  if (!['harassment', 'hard_negative', 'ordinary'].includes(r.kind)) errs.push(`${r.id}: kind`);
  if (r.harassing !== (r.kind === 'harassment')) errs.push(`${r.id}: harassing`);
  if (r.kind === 'harassment' ? !r.categories.length : r.categories.length) errs.push(`${r.id}: categories`);
  for (const c of r.categories) { if (!CATS.has(c)) errs.push(`${r.id}: category ${c}`); cats[c] = (cats[c] ?? 0) + 1; }
  kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
}
if (rows.length !== 400) errs.push(`${rows.length} rows, expected 400`);
for (const c of CATS) if (!cats[c]) errs.push(`category ${c} never used`);
console.log(JSON.stringify(kinds)); console.log(JSON.stringify(cats));
console.log(errs.length ? errs.join('\n') : `bank ok: ${rows.length} rows`);
process.exit(errs.length ? 1 : 0);
