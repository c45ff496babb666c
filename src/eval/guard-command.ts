/**
 * `npm run eval -- --guard [FILE] [--json] [--gate] [--verbose]`: the confidentiality guard on its labelled
 * questions (default tests/fixtures/guard/questions.jsonl). Kept apart from the detector's commands: it
 * loads kuromoji, which the detector's evaluation never needs. Exit codes as the rest of eval: 0 done,
 * 1 gate failed, 2 bad input.
 */
import path from 'node:path';
import { findConfidential } from '../text/guard.js';
import { loadJapaneseTokenizer } from '../text/japanese.js';
import { CorpusError } from './corpus.js';
import { evaluateGuard, formatGuardMistakes, formatGuardReport, guardEvaluationJson, GUARD_SET, loadGuardSet } from './guard.js';
import { checkGuardGate, formatGuardGate } from './guard-gate.js';

export interface GuardCommandOptions {
  json?: boolean;
  gate?: boolean;
  verbose?: boolean;
}

export interface GuardCommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function guardCommand(file: string | undefined, opts: GuardCommandOptions, io: GuardCommandIo): Promise<number> {
  const shown = file ?? GUARD_SET;
  let cases;
  try {
    cases = loadGuardSet(path.resolve(shown));
  } catch (e) {
    if (e instanceof CorpusError) {
      io.err(`eval: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const tokenizer = await loadJapaneseTokenizer();
  const evaluation = evaluateGuard(shown, cases, (text) => findConfidential(text, tokenizer));
  const gate = checkGuardGate(evaluation);
  if (opts.json) {
    io.out(JSON.stringify({ ...guardEvaluationJson(evaluation), gate: { passed: gate.passed, checks: gate.checks } }) + '\n');
  } else {
    const parts = [formatGuardReport(evaluation)];
    if (opts.verbose) parts.push('', formatGuardMistakes(evaluation));
    if (opts.gate) parts.push('', formatGuardGate(gate));
    io.out(parts.join('\n') + '\n');
  }
  if (opts.gate && !gate.passed) {
    if (opts.json) io.err(formatGuardGate(gate) + '\n');
    return 1;
  }
  return 0;
}
