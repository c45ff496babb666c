/**
 * Shared shape of the per-category example calls (categories-ja.test.ts, categories-en.test.ts).
 */
import type { Category } from '../../../src/analysis/index.js';
import type { Turn } from '../helpers/conversation.js';

export interface CategoryCase {
  /** The customer's harassing sentence; it is one of the customer turns, verbatim. */
  say: string;
  turns: Turn[];
  /** True where the call is clearly kasuhara by domain.md. */
  kasuhara: boolean;
}

export type CategoryCases = Record<Category, CategoryCase[]>;

/** Greeting, a customer turn of context, staff acknowledgement, the harassing turn, a staff response. */
export function shortCall(greet: string, context: string, ack: string, say: string, reply: string, kasuhara = true): CategoryCase {
  return {
    say,
    kasuhara,
    turns: [
      ['staff', greet],
      ['customer', context],
      ['staff', ack],
      ['customer', say],
      ['staff', reply],
    ],
  };
}

/** A longer call written out in full; `say` must be one of its customer turns. */
export function fullCall(say: string, turns: Turn[], kasuhara = true): CategoryCase {
  if (!turns.some(([role, text]) => role === 'customer' && text === say)) throw new Error(`not a customer turn: ${say}`);
  return { say, turns, kasuhara };
}
