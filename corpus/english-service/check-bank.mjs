#!/usr/bin/env node
// Small self-check of bank.jsonl: 400 rows, exact field set, unique ids/texts, consistent kinds and categories.
import { readFileSync } from 'node:fs';
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const FIELDS = ['id','lang','text','harassing','categories','kind','setting','source_kind','source_url'];
const rows = readFileSync(new URL('./bank.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errs = []; const ids = new Set(), texts = new Set();
for (const r of rows) {
  if (JSON.stringify(Object.keys(r)) !== JSON.stringify(FIELDS)) errs.push(`${r.id}: fields ${Object.keys(r)}`);
  if (ids.has(r.id)) errs.push(`${r.id}: duplicate id`); ids.add(r.id);
  if (texts.has(r.text)) errs.push(`${r.id}: duplicate text`); texts.add(r.text);
  if (!/^english-service-b\d{4}$/.test(r.id)) errs.push(`${r.id}: id pattern`);
  if (r.lang !== 'en') errs.push(`${r.id}: lang`);
  if (!['harassment','hard_negative','ordinary'].includes(r.kind)) errs.push(`${r.id}: kind`);
  if (r.harassing !== (r.kind === 'harassment')) errs.push(`${r.id}: harassing/kind mismatch`);
  if (r.kind === 'harassment' ? !r.categories.length : r.categories.length) errs.push(`${r.id}: categories`);
  for (const c of r.categories) if (!CATS.has(c)) errs.push(`${r.id}: bad category ${c}`);
  if (typeof r.text !== 'string' || !r.text.trim() || typeof r.setting !== 'string' || !r.setting) errs.push(`${r.id}: text/setting`);
  if (r.source_kind !== 'illustrative' || r.source_url !== null) errs.push(`${r.id}: source`);
}
if (rows.length !== 400) errs.push(`rows ${rows.length} != 400`);
const by = (f) => rows.reduce((a, r) => { const k = f(r); a[k] = (a[k] ?? 0) + 1; return a; }, {});
const cats = {}; for (const r of rows) for (const c of r.categories) cats[c] = (cats[c] ?? 0) + 1;
console.log('kinds', JSON.stringify(by((r) => r.kind)));
console.log('categories', JSON.stringify(cats));
console.log('settings', Object.keys(by((r) => r.setting)).length, JSON.stringify(by((r) => r.setting)));
console.log(errs.length ? errs.join('\n') + `\n${errs.length} problems` : 'bank ok: 400 rows');
process.exit(errs.length ? 1 : 0);
