/**
 * `npm run eval -- --staff-replies [ROOT] [--json]`: the staff-reply evaluator's figures on the labelled
 * replies under ROOT (default corpus/staff-replies/). `--json` prints one object: `all.precision`,
 * `all.recall`, a member per habit, `method`, `rules` (src/eval/staff-replies.ts says what the positive
 * class is). Exit 2 on a bad or missing data file.
 */
import path from 'node:path';
import { CorpusError } from './corpus.js';
import { loadStaffReplyGroups } from './staff-reply-data.js';
import { evaluateStaffReplies, formatStaffReplyEvaluation, type ReplyTrainer } from './staff-replies.js';

export const STAFF_REPLIES_ROOT = path.join('corpus', 'staff-replies');

export function staffReplyCommand(root: string | undefined, opts: { json?: boolean }, io: { out: (s: string) => void; err: (s: string) => void }, train: ReplyTrainer): number {
  let groups;
  try {
    groups = loadStaffReplyGroups(path.resolve(root ?? STAFF_REPLIES_ROOT));
  } catch (e) {
    if (e instanceof CorpusError) {
      io.err(`eval: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (groups.length === 0) {
    io.err(`eval: no group with replies.jsonl under ${path.resolve(root ?? STAFF_REPLIES_ROOT)}\n`);
    return 2;
  }
  const evaluation = evaluateStaffReplies(groups, train);
  io.out((opts.json ? JSON.stringify(evaluation) : formatStaffReplyEvaluation(evaluation)) + '\n');
  return 0;
}
