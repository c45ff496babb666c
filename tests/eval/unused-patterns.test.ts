/**
 * Every pattern of the lexicon is evidence someone actually gave: it matches at least one customer
 * utterance in the independent groups under corpus/ (not only the development corpus the rules were
 * written against). A pattern nobody said is a guess; add data (corpus/README.md) rather than guesses,
 * and the trained model learns what the words are worth.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGroups } from '../../src/eval/groups.js';
import { unusedPatterns } from '../../src/eval/unused-patterns.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the lexicon', () => {
  it('has no pattern that matches no customer utterance in the independent groups', () => {
    const groups = loadGroups(path.join(root, 'corpus'));
    const use = unusedPatterns(groups);
    expect(use.patterns).toBeGreaterThan(300);
    expect(use.unused).toEqual([]);
  }, 120_000);
});
