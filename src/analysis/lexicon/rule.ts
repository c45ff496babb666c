import type { Category } from '../result.js';
import { toHiragana } from '../normalize.js';

/**
 * One surface signal of a harassment category. Patterns are written as people speak, in any kana, and
 * compiled in the normalised alphabet (hiragana, NFKC, lower case) the text is matched in.
 */
export interface Rule {
  id: string;
  category: Category;
  /** Evidence strength 0–100 when it matches an unnegated, unquoted customer utterance. */
  weight: number;
  re: RegExp;
  /** Rough, person-directed wording: still counts when the rest of the sentence is polite keigo. */
  keepsWhenPolite: boolean;
}

export interface RuleSpec {
  weight: number;
  patterns: string[];
  keepsWhenPolite?: boolean;
}

export function compileRules(lang: string, table: Partial<Record<Category, RuleSpec[]>>): Rule[] {
  const rules: Rule[] = [];
  for (const [category, specs] of Object.entries(table) as [Category, RuleSpec[]][]) {
    specs.forEach((spec, i) => {
      const source = spec.patterns.map((p) => `(?:${toHiragana(p.normalize('NFKC').toLowerCase())})`).join('|');
      rules.push({
        id: `${lang}.${category}.${i}`,
        category,
        weight: spec.weight,
        // Global: a negated or quoted first match must not hide a later, plain one in the same utterance.
        re: new RegExp(source, 'gu'),
        keepsWhenPolite: spec.keepsWhenPolite ?? true,
      });
    });
  }
  return rules;
}
