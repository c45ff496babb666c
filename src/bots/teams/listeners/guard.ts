/** Nothing a user sends may crash the process: a handler that throws is logged, and Teams gets the fallback. */
import type { Logger } from '../../../logger.js';

export type Guarded = <T>(what: string, run: () => Promise<T>, fallback: T) => Promise<T>;

export function guardWith(logger: Logger): Guarded {
  return async (what, run, fallback) => {
    try {
      return await run();
    } catch (err) {
      logger.error({ err: { name: (err as Error).name, message: (err as Error).message }, handler: what }, 'teams handler failed');
      return fallback;
    }
  };
}
