#!/usr/bin/env node
// Label agreement between the writers' labels and a second, blind annotator's (relabels.jsonl beside this
// file: a random 10 % of the writer groups, labelled from the transcripts alone with SPEC.md, WRITING.md and
// domain.md). Prints verdict agreement with Cohen's kappa, span agreement (F1 of spans matched by overlap,
// and Jaccard of the customer cues marked), and conversation-level category agreement.
// usage: node corpus/agreement/agreement.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const read = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const gold = new Map();
for (const g of readdirSync(root)) {
  const f = join(root, g, 'labels.jsonl');
  if (existsSync(f)) for (const l of read(f)) gold.set(l.id, { ...l, group: g });
}
const second = read(join(here, 'relabels.jsonl'));
const pairs = second.map((s) => [gold.get(s.id), s]).filter(([a]) => a);

const verdicts = ['kasuhara', 'complaint', 'normal'];
let agree = 0;
const count = (k, v) => pairs.filter((p) => p[k].verdict === v).length;
for (const [a, b] of pairs) if (a.verdict === b.verdict) agree++;
const po = agree / pairs.length;
const pe = verdicts.reduce((s, v) => s + (count(0, v) / pairs.length) * (count(1, v) / pairs.length), 0);
const kappa = (po - pe) / (1 - pe);
const harassA = pairs.filter(([a]) => a.verdict === 'kasuhara').length;
const bothHarass = pairs.filter(([a, b]) => (a.verdict === 'kasuhara') === (b.verdict === 'kasuhara')).length;

const overlap = (x, y) => Math.min(x.end, y.end) - Math.max(x.start, y.start) > 0;
let tpA = 0, nA = 0, tpB = 0, nB = 0, inter = 0, union = 0, ctp = 0, cfp = 0, cfn = 0;
for (const [a, b] of pairs) {
  nA += a.spans.length; nB += b.spans.length;
  tpA += a.spans.filter((s) => b.spans.some((t) => overlap(s, t))).length;
  tpB += b.spans.filter((s) => a.spans.some((t) => overlap(s, t))).length;
  const ka = new Set(a.spans.map((s) => s.start.toFixed(2)));
  const kb = new Set(b.spans.map((s) => s.start.toFixed(2)));
  inter += [...ka].filter((k) => kb.has(k)).length;
  union += new Set([...ka, ...kb]).size;
  for (const c of new Set([...a.categories, ...b.categories])) {
    if (a.categories.includes(c) && b.categories.includes(c)) ctp++;
    else if (b.categories.includes(c)) cfp++;
    else cfn++;
  }
}
const r = tpA / nA, p = tpB / nB;
const f = (x) => x.toFixed(3);
const disagreements = pairs.filter(([a, b]) => a.verdict !== b.verdict).map(([a, b]) => `${a.id}: writer ${a.verdict}, second ${b.verdict}`);
console.log(`conversations compared: ${pairs.length} (writer kasuhara ${harassA})`);
console.log(`verdict agreement ${f(po)}, Cohen's kappa ${f(kappa)}; kasuhara-or-not agreement ${f(bothHarass / pairs.length)}`);
console.log(`spans: writer spans found by the second annotator ${f(r)}, second's spans found by the writer ${f(p)}, F1 ${f((2 * p * r) / (p + r))}; cue Jaccard ${f(inter / union)}`);
console.log(`categories (per conversation): F1 ${f((2 * ctp) / (2 * ctp + cfp + cfn))}`);
if (disagreements.length) console.log(`verdict disagreements:\n  ${disagreements.join('\n  ')}`);
