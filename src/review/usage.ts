/**
 * Token estimates (for budgets, before a request) and cost (from the usage the server reports).
 * Estimates are deliberately pessimistic: a CJK character is counted as one token, other text as
 * one token per three characters, so a budget is rarely overrun.
 */
export interface ReviewUsage {
  inputTokens: number;
  outputTokens: number;
}

export function estimateTokens(text: string): number {
  let cjk = 0;
  for (const ch of text) if (/[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(ch)) cjk += 1;
  return cjk + Math.ceil((text.length - cjk) / 3);
}

/** USD per million tokens, list prices when this was written; MAMORI_REVIEW_PRICE_* overrides them. */
const LIST_PRICES: Record<string, { inputPerMTok: number; outputPerMTok: number }> = {
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
};

/** Cost in USD, or null when the model's price is unknown (a local server or an Azure deployment name). */
export function costUsd(model: string, usage: ReviewUsage, price?: { inputPerMTok: number; outputPerMTok: number }): number | null {
  const p = price ?? LIST_PRICES[model] ?? LIST_PRICES[model.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
  if (!p) return null;
  return Math.round(((usage.inputTokens * p.inputPerMTok + usage.outputTokens * p.outputPerMTok) / 1_000_000) * 1e6) / 1e6;
}
