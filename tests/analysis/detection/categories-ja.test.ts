/**
 * Japanese example calls per category (cases-ja.ts): the engine must name the category, quote the
 * customer's harassing turn in an excerpt, and call the conversation kasuhara where the conduct is clear.
 * Sentences in KNOWN_GAPS are expected to fail until the engine learns them.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/analysis/index.js';
import { analyzeConversation, excerptsCovering } from '../helpers/conversation.js';
import { CASES_JA } from './cases-ja.js';
import { KNOWN_GAPS } from './known-gaps.js';
import type { CategoryCase } from './cases.js';

function check(category: string, { say, turns, kasuhara }: CategoryCase): void {
  const result = analyzeConversation(turns);
  expect(result.language).toBe('ja');
  expect(result.categories).toContain(category);
  // The customer's harassing turn is quoted, so a supervisor sees what was said.
  expect(excerptsCovering(result, say).length).toBeGreaterThan(0);
  if (kasuhara) expect(result.verdict).toBe('kasuhara');
}

describe('Japanese: every category, in a short realistic call', () => {
  for (const category of CATEGORIES) {
    describe(category, () => {
      const cases = CASES_JA[category];
      it('has examples', () => expect(cases.length).toBeGreaterThanOrEqual(5));
      for (const c of cases) {
        if (KNOWN_GAPS.has(c.say)) it.fails(`(known gap) ${c.say}`, () => check(category, c));
        else it(c.say, () => check(category, c));
      }
    });
  }
});
