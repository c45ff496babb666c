/**
 * Spoken forms a rule must reach, and the everyday sentences next to them it must leave alone
 * (src/analysis/lexicon, context.ts, signals.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Category, Language } from '../../../src/analysis/index.js';
import { normalize } from '../../../src/analysis/normalize.js';
import { detectCustomerSignals } from '../../../src/analysis/signals.js';

function strongest(text: string, lang: Language): Map<Category, number> {
  const out = new Map<Category, number>();
  for (const h of detectCustomerSignals(normalize(text), text, lang)) out.set(h.category, Math.max(out.get(h.category) ?? 0, h.weight));
  return out;
}

const CAUGHT: Array<[string, Language, Category]> = [
  // Polite refusals to end a call are still refusals.
  ['返事をもらえるまでは、絶対に切りませんからね。', 'ja', 'restraint'],
  ['担当の上の人が出てくるまで、ここで待ちますので。', 'ja', 'restraint'],
  ['俺はここから帰らねえよ。', 'ja', 'restraint'],
  ['もう動かねえぞ、ここから。', 'ja', 'restraint'],
  // Kneeling and bowing ordered.
  ['床に膝ついて、ちゃんと頭下げろ。', 'ja', 'apology_coercion'],
  // Women judged unable, a man demanded.
  ['女の人には機械のことなんて分かんないでしょ。', 'ja', 'discrimination'],
  ['男の店員に代わってくれる?', 'ja', 'discrimination'],
  // Open-ended menace.
  ['こっちも何するかわかんねえからな。', 'ja', 'threat'],
  // Money and freebies pressed.
  ['修理代はタダでやってくださいよ、当然でしょう。', 'ja', 'unreasonable_demand'],
  ['五万出せよ、それで終わりにしてやる。', 'ja', 'unreasonable_demand'],
  ['それなりの誠意は見せてもらわないとね。', 'ja', 'unreasonable_demand'],
  // Coming back every day.
  ['明日も来るからな、覚悟しとけ。', 'ja', 'persistence'],
  // Invitations.
  ['今度お茶でも行こうよ、二人で。', 'ja', 'sexual'],
  // An insult after a negated clause in run-on ASR text.
  ["you never listen you're useless", 'en', 'abuse'],
  ["i don't want that accent put me through to someone who was born here", 'en', 'discrimination'],
];

const LEFT_ALONE: Array<[string, Language, Category]> = [
  ['荷物が出てくるまで待ちます。', 'ja', 'restraint'],
  ['保証期間内なので、無償で修理していただけますか。', 'ja', 'unreasonable_demand'],
  ['夜道で男につかまれそうになったんです。', 'ja', 'physical'],
  ['胸ぐらをつかまれたって、息子が泣いて帰ってきたんです。', 'ja', 'physical'],
  ["I'm not saying you're useless, I just need it fixed.", 'en', 'abuse'],
];

describe('spoken forms', () => {
  for (const [text, lang, category] of CAUGHT) {
    it(`catches ${category}: ${text}`, () => expect(strongest(text, lang).get(category) ?? 0).toBeGreaterThanOrEqual(40));
  }
  for (const [text, lang, category] of LEFT_ALONE) {
    it(`leaves ${category} out of: ${text}`, () => expect(strongest(text, lang).get(category) ?? 0).toBeLessThan(40));
  }
});
