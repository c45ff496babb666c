/**
 * The labelled staff replies (corpus/staff-replies/<group>/replies.jsonl, format in
 * /work/briefs/staff-replies-common.md): one reply a line, with the moment it answers and a verdict per
 * habit. Each sub-folder is one writer group, written apart from the code and from the other groups; every
 * line is validated with zod, so a typo is reported with its file and line instead of skewing the figures.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '../analysis/result.js';
import { HABIT_VERDICTS, type ReplyContext } from '../analysis/staff-reply/index.js';
import { CorpusError, SETTINGS } from './corpus.js';
import { readJsonlRows } from './jsonl-rows.js';

const verdict = z.enum(HABIT_VERDICTS);

export const staffReplySchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['ja', 'en']),
  setting: z.enum(SETTINGS),
  // The brief names phone, counter and online; meetings are accepted too (a group written for them uses it).
  medium: z.enum(['phone', 'counter', 'online', 'meeting']),
  categories: z.array(z.enum(CATEGORIES)),
  demand_reasonable: z.boolean(),
  context: z
    .array(z.object({ role: z.enum(['customer', 'staff']), text: z.string().min(1) }))
    .min(1)
    .max(4)
    .refine((turns) => turns.at(-1)?.role === 'customer', { message: 'the last context turn must be the customer\'s' }),
  reply: z.string().min(1),
  habits: z.object({
    acknowledge: verdict,
    no_overpromise: verdict,
    refuse_clearly: verdict,
    name_conduct: verdict,
    escalate: verdict,
    keep_record: verdict,
    stay_respectful: z.enum(['good', 'bad']),
  }),
  quality: z.enum(['good', 'mixed', 'bad']),
  better: z.string(),
  note: z.string(),
});

export type StaffReplyRow = z.infer<typeof staffReplySchema>;

export interface StaffReplyGroup {
  name: string;
  dir: string;
  rows: StaffReplyRow[];
}

/** The moment a labelled reply answers, as the evaluator takes it. */
export function contextOf(row: StaffReplyRow): ReplyContext {
  return { lang: row.lang, medium: row.medium, categories: row.categories, demandReasonable: row.demand_reasonable, turns: row.context };
}

/** The rows of one replies.jsonl, or a CorpusError naming the file and line of the first bad one. */
export function loadStaffReplies(file: string): StaffReplyRow[] {
  return readJsonlRows(file, staffReplySchema, 'staff reply', (x) => `${x.path.join('.') || '(row)'}: ${x.message}`);
}

/** Every sub-folder of `root` holding replies.jsonl is a group, sorted by name. */
export function loadStaffReplyGroups(root: string): StaffReplyGroup[] {
  const abs = path.resolve(root);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new CorpusError(`staff replies not found: ${abs}`);
  const groups = readdirSync(abs)
    .sort()
    .map((d) => path.join(abs, d))
    .filter((d) => statSync(d).isDirectory() && existsSync(path.join(d, 'replies.jsonl')))
    .map((dir) => ({ name: path.basename(dir), dir, rows: loadStaffReplies(path.join(dir, 'replies.jsonl')) }));
  const ids = new Map<string, string>();
  for (const g of groups) {
    for (const r of g.rows) {
      const other = ids.get(r.id);
      if (other) throw new CorpusError(`staff reply id ${r.id} is in both ${other} and ${g.name}`);
      ids.set(r.id, g.name);
    }
  }
  return groups;
}
