/**
 * Training examples from the corpus: every customer turn of every labelled conversation (harassing when
 * a gold span covers it, with the span's categories) and every utterance of the bank (as the customer
 * line of a short call, exactly as the evaluation scores it). Features are the engine's own
 * (src/analysis/model/features.ts) over the engine's own turns, so training sees what inference sees.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_LONG_CALL, prepareTurns } from '../analysis/analyze.js';
import { turnFeatures } from '../analysis/model/features.js';
import { readTranscript } from '../analysis/read.js';
import { judge, MIN_HIT_WEIGHT } from '../analysis/verdict.js';
import type { Turn } from '../analysis/conversation.js';
import { CATEGORIES } from '../analysis/result.js';
import { bankCall, type BankRow } from '../eval/bank.js';
import type { Group } from '../eval/groups.js';

export interface Example {
  features: string[];
  /** 1 + 12 targets: harassing at all, then CATEGORIES in order. */
  y: Uint8Array;
  source: 'conversation' | 'bank';
  /** Whether a hand-written rule fired on the turn with weight enough to count (what the rule veto may set aside). */
  ruleHit: boolean;
  /** The call a turn belongs to (a bank row is a call of its own). */
  conversation?: ConversationFacts;
}

/** What the conversation-level threshold is fitted on. */
export interface ConversationFacts {
  id: string;
  kasuhara: boolean;
  /** Whether the rules alone call it harassment (the model only adds to that). */
  rulesKasuhara: boolean;
}

const cache = new WeakMap<Group, Example[]>();

/** A group's examples, built once per process (cross-validation asks for each group many times). */
export function examplesOf(group: Group): Example[] {
  let list = cache.get(group);
  if (!list) {
    list = [
      ...group.corpus.conversations.flatMap((c) => conversationExamples(c.path, c.label.spans, { id: c.label.id, kasuhara: c.label.verdict === 'kasuhara' })),
      ...group.bank.flatMap(bankExample),
    ];
    cache.set(group, list);
  }
  return list;
}

function target(categories: readonly string[]): Uint8Array {
  const y = new Uint8Array(CATEGORIES.length + 1);
  if (categories.length > 0) y[0] = 1;
  CATEGORIES.forEach((c, k) => (y[k + 1] = categories.includes(c) ? 1 : 0));
  return y;
}

function conversationExamples(
  file: string,
  spans: ReadonlyArray<{ start: number; end: number; categories: readonly string[] }>,
  gold: { id: string; kasuhara: boolean },
): Example[] {
  const transcript = readTranscript(new Uint8Array(readFileSync(file)), file);
  const { turns, spoken } = prepareTurns(transcript);
  const features = turnFeatures(turns, spoken);
  const conversation: ConversationFacts = { ...gold, rulesKasuhara: judge(turns, transcript.durationSec, DEFAULT_LONG_CALL).verdict === 'kasuhara' };
  const out: Example[] = [];
  turns.forEach((t, i) => {
    if (t.role === 'staff') return;
    const u = transcript.utterances[i]!;
    if (u.start === null || u.end === null) return;
    const cats = spans.filter((s) => Math.min(s.end, u.end!) - Math.max(s.start, u.start!) > 0).flatMap((s) => s.categories);
    out.push({ features: features[i]!, y: target([...new Set(cats)]), source: 'conversation', ruleHit: ruleFired(t), conversation });
  });
  return out;
}

function bankExample(row: BankRow): Example[] {
  const call = bankCall(row);
  const transcript = readTranscript(call.text, `${row.id}.txt`);
  const { turns, spoken } = prepareTurns(transcript);
  const i = transcript.utterances.findIndex((u) => u.start === call.start);
  if (i < 0 || turns[i]!.role === 'staff') return [];
  const conversation: ConversationFacts = { id: row.id, kasuhara: row.harassing, rulesKasuhara: judge(turns, transcript.durationSec, DEFAULT_LONG_CALL).verdict === 'kasuhara' };
  return [{ features: turnFeatures(turns, spoken)[i]!, y: target(row.categories), source: 'bank', ruleHit: ruleFired(turns[i]!), conversation }];
}

const ruleFired = (t: Turn): boolean => t.hits.some((h) => h.weight >= MIN_HIT_WEIGHT);
