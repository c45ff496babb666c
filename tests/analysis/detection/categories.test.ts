/**
 * Example calls per category and language (cases-ja.ts, cases-en.ts): the engine must name the category,
 * quote the customer's harassing turn in an excerpt, and call the conversation kasuhara where the conduct
 * is clear. Sentences in KNOWN_GAPS are expected to fail until the engine learns them.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category, type Language } from '../../../src/analysis/index.js';
import { analyzeConversation, excerptsCovering } from '../helpers/conversation.js';
import { CASES_EN } from './cases-en.js';
import { CASES_JA } from './cases-ja.js';
import type { CategoryCase, CategoryCases } from './cases.js';
import { KNOWN_GAPS } from './known-gaps.js';

function check(language: Language, category: Category, { say, turns, kasuhara }: CategoryCase): void {
  const result = analyzeConversation(turns);
  expect(result.language).toBe(language);
  expect(result.categories).toContain(category);
  // The customer's harassing turn is quoted, so a supervisor sees what was said.
  expect(excerptsCovering(result, say).length).toBeGreaterThan(0);
  if (kasuhara) expect(result.verdict).toBe('kasuhara');
}

const SETS: Array<[Language, CategoryCases]> = [['ja', CASES_JA], ['en', CASES_EN]];

for (const [language, cases] of SETS) {
  describe(`${language}: every category, in a short realistic call`, () => {
    for (const category of CATEGORIES) {
      describe(category, () => {
        it('has examples', () => expect(cases[category].length).toBeGreaterThanOrEqual(5));
        for (const c of cases[category]) {
          if (KNOWN_GAPS.has(c.say)) it.fails(`(known gap) ${c.say}`, () => check(language, category, c));
          else it(c.say, () => check(language, category, c));
        }
      });
    }
  });
}
