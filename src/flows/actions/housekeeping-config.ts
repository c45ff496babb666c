/**
 * The delays of the alert and progress housekeeping: one setting for both platforms (Slack's and Teams'
 * housekeeping read the same variables), validated with zod from the environment the entry point passes
 * in, so a bad value stops the start with one line on either platform instead of being clamped in silence.
 */
import { z } from 'zod';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The variables, for a platform's own schema to include (Slack validates them with its other settings). */
export const housekeepingEnv = {
  MAMORI_REALERT_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(7 * 24 * 60).default(30)),
  MAMORI_PROGRESS_TIMEOUT_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.05).max(24 * 60).default(30)),
};

export interface HousekeepingDelays {
  /** Re-send an alert still open after this long; 0 turns re-alerts off (MAMORI_REALERT_MINUTES, default 30 min). */
  realertSeconds: number;
  /** A progress message of a job still unfinished after this long is closed (MAMORI_PROGRESS_TIMEOUT_MINUTES, default 30 min). */
  progressTimeoutSeconds: number;
}

export class HousekeepingConfigError extends Error {
  override name = 'HousekeepingConfigError';
}

export function delaysFrom(e: { MAMORI_REALERT_MINUTES: number; MAMORI_PROGRESS_TIMEOUT_MINUTES: number }): HousekeepingDelays {
  return { realertSeconds: e.MAMORI_REALERT_MINUTES * 60, progressTimeoutSeconds: Math.round(e.MAMORI_PROGRESS_TIMEOUT_MINUTES * 60) };
}

export function loadHousekeepingDelays(env: Record<string, string | undefined>): HousekeepingDelays {
  const parsed = z.object(housekeepingEnv).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new HousekeepingConfigError(`invalid housekeeping configuration:\n${problems.join('\n')}`);
  }
  return delaysFrom(parsed.data as { MAMORI_REALERT_MINUTES: number; MAMORI_PROGRESS_TIMEOUT_MINUTES: number });
}
