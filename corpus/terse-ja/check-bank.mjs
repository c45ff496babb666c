import fs from 'node:fs';
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(l => JSON.parse(l));
const F = ['id','lang','text','harassing','categories','kind','setting','source_kind','source_url'];
const CATS = new Set(['physical','threat','abuse','intimidation','apology_coercion','unreasonable_demand','persistence','restraint','sexual','discrimination','personal_targeting','sns_exposure']);
const ids = new Set(), texts = new Set(); let err = 0; const catc = {};
for (const r of rows) {
  const k = Object.keys(r); if (k.length !== F.length || !F.every(f => k.includes(f))) { err++; console.log('fields', r.id); }
  if (ids.has(r.id)) { err++; console.log('dup id', r.id); } ids.add(r.id);
  if (texts.has(r.text)) { err++; console.log('dup text', r.text); } texts.add(r.text);
  if (r.lang !== 'ja' || !/^terse-ja-b\d{4}$/.test(r.id) || r.source_kind !== 'illustrative' || r.source_url !== null || !r.setting) { err++; console.log('meta', r.id); }
  if (r.harassing !== (r.kind === 'harassment')) { err++; console.log('harassing', r.id); }
  if (r.kind === 'harassment' ? !r.categories.length : r.categories.length) { err++; console.log('cats', r.id); }
  for (const c of r.categories) { if (!CATS.has(c)) { err++; console.log('badcat', r.id, c); } catc[c] = (catc[c] || 0) + 1; }
}
console.log(rows.length, 'rows', err ? err + ' errors' : 'bank ok', JSON.stringify(catc));
