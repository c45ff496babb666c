/**
 * The utterance bank: single customer utterances with their categories (corpus/<group>/bank.jsonl), for
 * the cases conversations cover thinly. Each is scored as the customer line of a short call between
 * a staff greeting and a staff reply, so the engine sees it as it would see it in a real transcript.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES, type AnalysisResult } from '../analysis/result.js';
import { readJsonlRows } from './jsonl-rows.js';
import { f1, share } from './metrics.js';

export const bankRowSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['ja', 'en']),
    text: z.string().min(1).max(2000),
    harassing: z.boolean(),
    categories: z.array(z.enum(CATEGORIES)),
    kind: z.enum(['harassment', 'hard_negative', 'ordinary']),
    setting: z.string().optional(),
    source_kind: z.enum(['reported', 'illustrative']),
    source_url: z.string().url().nullable().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.harassing !== (r.kind === 'harassment')) ctx.addIssue({ code: 'custom', message: 'harassing must be true exactly for kind "harassment"' });
    if (r.harassing !== r.categories.length > 0) ctx.addIssue({ code: 'custom', message: 'a harassing row needs categories, a non-harassing one none' });
    if (r.source_kind === 'reported' && !r.source_url) ctx.addIssue({ code: 'custom', message: 'a reported row needs its source_url' });
  });

export type BankRow = z.infer<typeof bankRowSchema>;

export function loadBank(file: string): BankRow[] {
  return existsSync(file) ? readJsonlRows(file, bankRowSchema, 'bank row') : [];
}

const FRAME = {
  ja: { greet: 'お電話ありがとうございます。担当の佐藤でございます。', reply: '大変申し訳ございません。確認いたします。', staff: 'オペレーター', customer: '顧客' },
  en: { greet: 'Thank you for calling, this is Sam speaking.', reply: 'I am sorry about that. Let me check.', staff: 'Agent', customer: 'Caller' },
} as const;

/** The call an utterance is scored in (a call-centre log), and where its customer line is. */
export function bankCall(row: BankRow): { text: string; start: number; end: number } {
  const f = FRAME[row.lang];
  const text = row.text.replace(/\s+/g, ' ').trim();
  return { text: `[00:00:00] ${f.staff}: ${f.greet}\n[00:00:05] ${f.customer}: ${text}\n[00:00:20] ${f.staff}: ${f.reply}\n`, start: 5, end: 20 };
}

export interface UtterancePrediction {
  id: string;
  harassing: boolean;
  categories: string[];
}

/** Flagged when an excerpt covers the customer line; its categories are the excerpts' there. */
export function utterancePrediction(row: BankRow, result: AnalysisResult): UtterancePrediction {
  const { start, end } = bankCall(row);
  const hits = result.excerpts.filter((e) => e.start !== null && e.end !== null && e.start < end && e.end > start);
  return { id: row.id, harassing: hits.length > 0, categories: [...new Set(hits.flatMap((e) => e.categories))] };
}

export interface UtteranceMetrics {
  n: number;
  harassing: number;
  precision: number;
  recall: number;
  f1: number;
  /** Hard negatives flagged: the alarming-but-fine utterances the detector calls harassment. */
  hard_negatives_flagged: number;
  category_micro_f1: number;
}

export function utteranceMetrics(rows: readonly BankRow[], preds: readonly UtterancePrediction[]): UtteranceMetrics {
  let tp = 0, fp = 0, fn = 0, hard = 0, hardFlagged = 0, ctp = 0, cfp = 0, cfn = 0;
  rows.forEach((r, i) => {
    const p = preds[i]!;
    if (r.harassing && p.harassing) tp++;
    else if (p.harassing) fp++;
    else if (r.harassing) fn++;
    if (r.kind === 'hard_negative') {
      hard++;
      if (p.harassing) hardFlagged++;
    }
    for (const c of CATEGORIES) {
      const g = r.categories.includes(c);
      const q = p.categories.includes(c);
      if (g && q) ctp++;
      else if (q) cfp++;
      else if (g) cfn++;
    }
  });
  return {
    n: rows.length,
    harassing: rows.filter((r) => r.harassing).length,
    precision: share(tp, tp + fp),
    recall: share(tp, tp + fn),
    f1: f1(tp, fp, fn),
    hard_negatives_flagged: share(hardFlagged, hard),
    category_micro_f1: f1(ctp, cfp, cfn),
  };
}
