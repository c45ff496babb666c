/**
 * What the model must answer, as zod schemas. The same schema is sent as the request's structured-output
 * format (zodResponseFormat, strict JSON schema) and validates the answer here, so a server that ignores
 * response_format (some local ones do) is caught too.
 */
import { z } from 'zod';
import { CATEGORIES } from '../analysis/result.js';

const Category = z.enum(CATEGORIES);
const Score = z.number().int().min(0).max(100);

export const ReviewAnswerSchema = z.object({
  /** One verdict per engine moment (m1, m2…). */
  moments: z.array(
    z.object({
      id: z.string(),
      harassment: z.boolean(),
      categories: z.array(Category),
      score: Score,
      reason: z.string(),
    }),
  ),
  /** Harassing utterances the engine did not mark (ids u…). */
  missed: z.array(
    z.object({
      utterance: z.string(),
      categories: z.array(Category),
      score: Score,
      reason: z.string(),
    }),
  ),
  call: z.object({
    verdict: z.enum(['kasuhara', 'complaint', 'normal']),
    /** 妥当性: is what the customer demands reasonable? */
    demandReasonable: z.boolean(),
    demandReason: z.string(),
    /** 相当性: are the means and manner socially acceptable? */
    meansAcceptable: z.boolean(),
    meansReason: z.string(),
    reason: z.string(),
  }),
  advice: z.array(
    z.object({
      audience: z.enum(['staff', 'supervisor']),
      category: Category.nullable(),
      text: z.string(),
    }),
  ),
});

export type ReviewAnswer = z.infer<typeof ReviewAnswerSchema>;
