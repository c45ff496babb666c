/**
 * The lexicon's dead wood: patterns that match no customer utterance in the independent groups
 * (conversations as the engine assigns roles, and every bank row). A pattern nobody has said in thousands
 * of utterances from many writers and real reports is a guess, not evidence, and one that matches only the
 * development corpus the rules were written against was fitted to it; the model cannot learn a weight for
 * either. Callers pass the groups without the development corpus. `npm run eval -- --unused-patterns`
 * lists them so they can be deleted.
 */
import { readFileSync } from 'node:fs';
import { prepareTurns } from '../analysis/analyze.js';
import { JA_RULES } from '../analysis/lexicon/ja.js';
import { EN_RULES } from '../analysis/lexicon/en.js';
import { normalize } from '../analysis/normalize.js';
import { readTranscript } from '../analysis/read.js';
import type { Language } from '../analysis/result.js';
import type { Rule } from '../analysis/lexicon/rule.js';
import type { Group } from './groups.js';

export interface UnusedPattern {
  lang: Language;
  rule: string;
  pattern: string;
}

export interface PatternUse {
  patterns: number;
  unused: UnusedPattern[];
}

/** Customer texts by the language whose rules read them. */
function customerTexts(groups: readonly Group[]): Record<Language, string[]> {
  const out: Record<Language, string[]> = { ja: [], en: [] };
  for (const g of groups) {
    for (const c of g.corpus.conversations) {
      const { turns, spoken } = prepareTurns(readTranscript(new Uint8Array(readFileSync(c.path)), c.path));
      for (const t of turns) if (t.role !== 'staff') out[spoken].push(t.norm);
    }
    for (const r of g.bank) out[r.lang].push(normalize(r.text));
  }
  return out;
}

export function unusedPatterns(groups: readonly Group[]): PatternUse {
  const texts = customerTexts(groups);
  const unused: UnusedPattern[] = [];
  let patterns = 0;
  const scan = (lang: Language, rules: readonly Rule[]) => {
    for (const rule of rules) {
      for (const p of rule.patterns) {
        patterns++;
        if (!texts[lang].some((t) => p.re.test(t))) unused.push({ lang, rule: rule.id, pattern: p.written });
      }
    }
  };
  scan('ja', JA_RULES);
  scan('en', EN_RULES);
  return { patterns, unused };
}
