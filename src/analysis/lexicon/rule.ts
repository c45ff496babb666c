import { createHash } from 'node:crypto';
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
  /** Each pattern as written and compiled alone: `npm run eval -- --unused-patterns` finds the dead ones. */
  patterns: ReadonlyArray<{ written: string; re: RegExp }>;
}

export interface RuleSpec {
  weight: number;
  patterns: string[];
  keepsWhenPolite?: boolean;
}

export function compileRules(lang: string, table: Partial<Record<Category, RuleSpec[]>>): Rule[] {
  const rules: Rule[] = [];
  for (const [category, specs] of Object.entries(table) as [Category, RuleSpec[]][]) {
    specs.forEach((spec) => {
      const compiled = spec.patterns.map((p) => `(?:${toHiragana(p.normalize('NFKC').toLowerCase())})`);
      const source = compiled.join('|');
      rules.push({
        id: ruleId(lang, category, spec.patterns),
        category,
        weight: spec.weight,
        // Global: a negated or quoted first match must not hide a later, plain one in the same utterance.
        re: new RegExp(source, 'gu'),
        keepsWhenPolite: spec.keepsWhenPolite ?? true,
        patterns: spec.patterns.map((written, i) => ({ written, re: new RegExp(compiled[i]!, 'u') })),
      });
    });
  }
  return rules;
}

/**
 * A rule's name, stable while its patterns stay the same (not its position, which moves whenever a rule
 * is added above it): the first words it looks for, readable in evidence, and a short hash of all its
 * patterns, unique. The trained model knows rules by these names (`rule:` features).
 */
export function ruleId(lang: string, category: string, patterns: readonly string[]): string {
  const words = (patterns[0] ?? '').replace(/\(\?<?[:=!]|\\[bBsSwWdDpPu]/g, ' ').match(/[\p{L}\p{N}]+/gu)?.[0] ?? '';
  const hash = createHash('sha256').update(patterns.join('\u0000')).digest('hex').slice(0, 6);
  return `${lang}.${category}.${[...words].slice(0, 8).join('')}-${hash}`;
}
