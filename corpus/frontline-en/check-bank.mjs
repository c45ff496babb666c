// Small check of bank.jsonl: exact fields, unique ids and texts, 400 rows, kind/harassing/categories consistent.
import fs from 'node:fs';
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const FIELDS = 'id,lang,text,harassing,categories,kind,setting,source_kind,source_url';
const rows = fs.readFileSync(new URL('./bank.jsonl', import.meta.url), 'utf8').trim().split('\n').map(l => JSON.parse(l));
const errs = [], ids = new Set(), texts = new Set(), kinds = {}, cats = {};
for (const r of rows) {
  if (Object.keys(r).join(',') !== FIELDS) errs.push(`${r.id}: fields ${Object.keys(r)}`);
  if (!/^frontline-en-b\d{4}$/.test(r.id) || ids.has(r.id)) errs.push(`${r.id}: bad or duplicate id`);
  ids.add(r.id);
  if (texts.has(r.text)) errs.push(`${r.id}: duplicate text`); texts.add(r.text);
  if (r.lang !== 'en' || typeof r.text !== 'string' || !r.text.trim()) errs.push(`${r.id}: lang/text`);
  if (!['harassment','hard_negative','ordinary'].includes(r.kind)) errs.push(`${r.id}: kind`);
  if (r.harassing !== (r.kind === 'harassment')) errs.push(`${r.id}: harassing`);
  if (r.kind === 'harassment' ? !r.categories.length : r.categories.length) errs.push(`${r.id}: categories`);
  for (const c of r.categories) { if (!CATS.has(c)) errs.push(`${r.id}: ${c}`); cats[c] = (cats[c] || 0) + 1; }
  if (typeof r.setting !== 'string' || !r.setting || r.source_kind !== 'illustrative' || r.source_url !== null) errs.push(`${r.id}: setting/source`);
  kinds[r.kind] = (kinds[r.kind] || 0) + 1;
}
if (rows.length !== 400) errs.push(`rows ${rows.length}`);
if (Object.keys(cats).length !== 12) errs.push('not all 12 categories');
console.log(JSON.stringify({ rows: rows.length, kinds, cats }));
console.log(errs.length ? errs.join('\n') : 'bank ok');
process.exit(errs.length ? 1 : 0);
