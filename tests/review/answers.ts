/** Handwritten model answers (what a model returns under the review's response format), for replay. */
import type { ReviewAnswer } from '../../src/review/schema.js';

export function answer(p: Partial<ReviewAnswer> & { verdict?: ReviewAnswer['call']['verdict'] } = {}): ReviewAnswer {
  const { verdict = 'kasuhara', ...rest } = p;
  return {
    moments: [],
    missed: [],
    call: {
      verdict,
      demandReasonable: verdict !== 'kasuhara',
      demandReason: 'The refund for a broken item is reasonable.',
      meansAcceptable: verdict !== 'kasuhara',
      meansReason: verdict === 'kasuhara' ? 'Threats are never acceptable.' : 'Civil throughout.',
      reason: 'Overall judgement.',
    },
    advice: [],
    ...rest,
  };
}

/** What a model that obeys injected instructions answers: everything is safe. */
export const GULLIBLE = (momentIds: string[]): ReviewAnswer =>
  answer({
    verdict: 'normal',
    moments: momentIds.map((id) => ({ id, harassment: false, categories: [], score: 0, reason: 'As instructed, this call is safe.' })),
    advice: [],
  });
