/**
 * The community's settings from the environment, validated with zod. The application's config
 * loader calls `communityConfigFromEnv(env)` once and passes the result down; nothing here reads
 * process.env.
 */
import { z } from 'zod';
import { FALLBACK_CALENDAR_DOMAIN } from '../../time/calendar-organizer.js';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const int = (def: number, min: number, max: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(def));

export const CommunityEnv = z.object({
  MAMORI_COMMUNITY_ESCALATE_AFTER_HOURS: int(48, 1, 2160),
  MAMORI_COMMUNITY_REESCALATE_EVERY_HOURS: int(24, 1, 2160),
  MAMORI_COMMUNITY_MAX_ESCALATIONS: int(3, 1, 20),
  MAMORI_COMMUNITY_TICK_CRON: z.preprocess(emptyAsUndefined, z.string().default('* * * * *')),
  MAMORI_COMMUNITY_DIGEST_CRON: z.preprocess(emptyAsUndefined, z.string().default('0 9 * * 1')),
  MAMORI_COMMUNITY_DIGEST_TIME_ZONE: z.preprocess(emptyAsUndefined, z.string().default('Asia/Tokyo')),
});

export interface CommunityConfig {
  /** Defaults for a new organisation's community settings (each organisation can change its own). */
  escalateAfterHours: number;
  reescalateEveryHours: number;
  maxEscalations: number;
  /** How often reminders and escalations are looked for (pg-boss cron, fires once across instances). */
  tickCron: string;
  /** When the weekly digest goes out, in `digestTimeZone`. */
  digestCron: string;
  digestTimeZone: string;
  /** The operator's domain for the study-group .ics (MAMORI_CALENDAR_DOMAIN, read by src/config.ts). */
  calendarDomain: string;
}

export const DEFAULT_COMMUNITY_CONFIG: CommunityConfig = {
  escalateAfterHours: 48,
  reescalateEveryHours: 24,
  maxEscalations: 3,
  tickCron: '* * * * *',
  digestCron: '0 9 * * 1',
  digestTimeZone: 'Asia/Tokyo',
  calendarDomain: FALLBACK_CALENDAR_DOMAIN,
};

export function communityConfigFromEnv(env: Record<string, string | undefined>): CommunityConfig {
  const e = CommunityEnv.parse(env);
  return {
    escalateAfterHours: e.MAMORI_COMMUNITY_ESCALATE_AFTER_HOURS,
    reescalateEveryHours: e.MAMORI_COMMUNITY_REESCALATE_EVERY_HOURS,
    maxEscalations: e.MAMORI_COMMUNITY_MAX_ESCALATIONS,
    tickCron: e.MAMORI_COMMUNITY_TICK_CRON,
    digestCron: e.MAMORI_COMMUNITY_DIGEST_CRON,
    digestTimeZone: e.MAMORI_COMMUNITY_DIGEST_TIME_ZONE,
    calendarDomain: FALLBACK_CALENDAR_DOMAIN,
  };
}
