/**
 * pg-boss reports a failing clock or maintenance run every few seconds, forever. Logged as they come,
 * one fault becomes thousands of identical lines that hide everything else. Here the first occurrence
 * of a message is logged at once; repeats are counted and summarised at most once per `summaryEveryMs`.
 */
import type { Logger } from '../logger.js';

export interface RepeatedErrorLog {
  (err: unknown): void;
}

export function repeatedErrorLog(
  logger: Logger,
  what: string,
  options: { summaryEveryMs?: number; now?: () => number } = {},
): RepeatedErrorLog {
  const every = options.summaryEveryMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, { first: number; lastLogged: number; repeats: number }>();
  return (err) => {
    const name = err instanceof Error ? err.name : 'Error';
    const message = err instanceof Error ? err.message : String(err);
    const key = `${name}: ${message}`;
    const t = now();
    const entry = seen.get(key);
    if (!entry) {
      if (seen.size > 100) seen.clear(); // messages with ids in them must not grow this without bound
      seen.set(key, { first: t, lastLogged: t, repeats: 0 });
      logger.error({ err: { name, message } }, `${what}: ${message} (repeats are summarised every ${Math.round(every / 60_000)} min)`);
      return;
    }
    entry.repeats++;
    if (t - entry.lastLogged >= every) {
      logger.error(
        { err: { name, message }, repeats: entry.repeats, since: new Date(entry.first).toISOString() },
        `${what} still failing: ${message}`,
      );
      entry.lastLogged = t;
      entry.repeats = 0;
    }
  };
}
