/**
 * Refused requests (forged, misrouted, from a tenant or workspace we do not serve) are what an attacker
 * can send as fast as they like: logged one line each, they would flood the logs and hide everything
 * else. Each reason is logged once as a warning when first seen; further refusals for it are counted
 * and summarised in one warning at most every `everyMs`.
 */
import type { Logger } from '../../logger.js';

export interface RefusalLog {
  /** `reason` is a short fixed phrase (it groups the counts); `fields` are ids and codes, never content. */
  (reason: string, fields?: Record<string, unknown>): void;
}

export function refusalLog(logger: Logger, what: string, options: { everyMs?: number; now?: () => number } = {}): RefusalLog {
  const every = options.everyMs ?? 60_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, { lastLogged: number; suppressed: number }>();
  return (reason, fields = {}) => {
    const t = now();
    const entry = seen.get(reason);
    if (entry && t - entry.lastLogged < every) {
      entry.suppressed++;
      return;
    }
    if (seen.size > 100) seen.clear(); // a fixed set of reasons: this only guards against misuse
    const suppressed = entry?.suppressed ?? 0;
    seen.set(reason, { lastLogged: t, suppressed: 0 });
    logger.warn({ ...fields, reason, ...(suppressed > 0 ? { alsoRefusedSinceLastLine: suppressed } : {}) }, `${what}: ${reason}`);
  };
}
