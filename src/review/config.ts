/**
 * Settings of the optional model review (issue 8): the service (read once from the environment by the
 * entry point and passed down) and what each organisation chooses (may it send transcripts at all,
 * which model, token budgets, its own response manual).
 */
import { z } from 'zod';
import type { Language } from '../analysis/result.js';

export interface ReviewServiceConfig {
  /** OPENAI_API_KEY. The review is off without it. */
  apiKey: string;
  /** OPENAI_BASE_URL: Azure OpenAI (`https://<resource>.openai.azure.com/openai/v1/`), vLLM, Ollama… Default OpenAI. */
  baseURL?: string | undefined;
  /** MAMORI_REVIEW_MODEL: the model an organisation gets when it names none. */
  model: string;
  /** MAMORI_REVIEW_TIMEOUT_MS: per request. */
  timeoutMs: number;
  /** MAMORI_REVIEW_MAX_RETRIES: SDK retries of 408/429/5xx/connection errors before falling back. */
  maxRetries: number;
  /** MAMORI_REVIEW_MAX_INPUT_TOKENS / MAMORI_REVIEW_MAX_OUTPUT_TOKENS: defaults of the per-organisation budgets. */
  maxInputTokens: number;
  maxOutputTokens: number;
  /** MAMORI_REVIEW_PRICE_INPUT / _OUTPUT: USD per million tokens; overrides the built-in list prices. */
  price?: { inputPerMTok: number; outputPerMTok: number } | undefined;
  /**
   * MAMORI_REVIEW_WEAK_BELOW: the model may remove or lower only engine moments scoring below this
   * (and never threats, violence or sexual remarks); 0: it may only add or raise. Default 70 (merge.ts).
   */
  weakBelow?: number | undefined;
}

/** What an organisation decided about the model stage. */
export interface ReviewOrg {
  /** false: transcripts never leave the process; the review never runs. */
  allowModel: boolean;
  /** Model (or Azure deployment) name; the service default when absent. */
  model?: string | null | undefined;
  /** Language of the reasons and advice. */
  language: Language;
  /** The organisation's own response manual (Markdown or text) uploaded with `/mamori-admin manual`. */
  manual?: string | null | undefined;
  maxInputTokens?: number | null | undefined;
  maxOutputTokens?: number | null | undefined;
}

export const REVIEW_DEFAULTS = {
  model: 'gpt-4o-mini',
  timeoutMs: 30_000,
  maxRetries: 1,
  maxInputTokens: 12_000,
  maxOutputTokens: 2_000,
  weakBelow: 70,
} as const;

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const int = (def: number, min: number, max: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(def));
const price = z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(10_000).optional());

const ReviewEnv = z.object({
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  MAMORI_REVIEW: z.preprocess(emptyAsUndefined, z.enum(['on', 'off']).default('on')),
  MAMORI_REVIEW_MODEL: z.preprocess(emptyAsUndefined, z.string().default(REVIEW_DEFAULTS.model)),
  MAMORI_REVIEW_TIMEOUT_MS: int(REVIEW_DEFAULTS.timeoutMs, 1_000, 600_000),
  MAMORI_REVIEW_MAX_RETRIES: int(REVIEW_DEFAULTS.maxRetries, 0, 5),
  MAMORI_REVIEW_MAX_INPUT_TOKENS: int(REVIEW_DEFAULTS.maxInputTokens, 1_000, 1_000_000),
  MAMORI_REVIEW_MAX_OUTPUT_TOKENS: int(REVIEW_DEFAULTS.maxOutputTokens, 256, 100_000),
  MAMORI_REVIEW_PRICE_INPUT: price,
  MAMORI_REVIEW_PRICE_OUTPUT: price,
  MAMORI_REVIEW_WEAK_BELOW: int(REVIEW_DEFAULTS.weakBelow, 0, 101),
});

/**
 * The service settings from an environment (called once, at an entry point). null when the review is
 * off: no OPENAI_API_KEY, or MAMORI_REVIEW=off. A local server that needs no key takes any non-empty value.
 * Throws a ZodError listing bad values.
 */
export function reviewConfigFromEnv(env: Record<string, string | undefined>): ReviewServiceConfig | null {
  const e = ReviewEnv.parse(env);
  if (!e.OPENAI_API_KEY || e.MAMORI_REVIEW === 'off') return null;
  return {
    apiKey: e.OPENAI_API_KEY,
    baseURL: e.OPENAI_BASE_URL,
    model: e.MAMORI_REVIEW_MODEL,
    timeoutMs: e.MAMORI_REVIEW_TIMEOUT_MS,
    maxRetries: e.MAMORI_REVIEW_MAX_RETRIES,
    maxInputTokens: e.MAMORI_REVIEW_MAX_INPUT_TOKENS,
    maxOutputTokens: e.MAMORI_REVIEW_MAX_OUTPUT_TOKENS,
    weakBelow: e.MAMORI_REVIEW_WEAK_BELOW,
    price:
      e.MAMORI_REVIEW_PRICE_INPUT !== undefined && e.MAMORI_REVIEW_PRICE_OUTPUT !== undefined
        ? { inputPerMTok: e.MAMORI_REVIEW_PRICE_INPUT, outputPerMTok: e.MAMORI_REVIEW_PRICE_OUTPUT }
        : undefined,
  };
}
