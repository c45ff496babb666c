/**
 * Insights settings from the environment, validated with zod. The application's config loader calls
 * `insightsConfigFromEnv(env)` once and passes the result down; nothing here reads process.env.
 */
import { z } from 'zod';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const str = (def: string) => z.preprocess(emptyAsUndefined, z.string().default(def));
const int = (def: number, min: number, max: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(def));

export const InsightsEnv = z.object({
  /** How often new harassing calls are added to stress balances (pg-boss cron, UTC). */
  MAMORI_INSIGHTS_STRESS_CRON: str('*/5 * * * *'),
  /** Weekly supervisor digest, in MAMORI_INSIGHTS_TIME_ZONE (default Monday 09:00). */
  MAMORI_INSIGHTS_DIGEST_CRON: str('0 9 * * 1'),
  /** Daily check for "first working day of the month" → monthly report (default 09:30). */
  MAMORI_INSIGHTS_REPORT_CRON: str('30 9 * * *'),
  MAMORI_INSIGHTS_TIME_ZONE: str('Asia/Tokyo'),
  /** Months shown in the report's trend chart (including the reported month). */
  MAMORI_INSIGHTS_TREND_MONTHS: int(6, 2, 24),
  /** Minutes an export download link stays valid. */
  MAMORI_EXPORT_LINK_MINUTES: int(15, 1, 1440),
});

export interface InsightsConfig {
  stressCron: string;
  digestCron: string;
  reportCron: string;
  timeZone: string;
  trendMonths: number;
  exportLinkMinutes: number;
}

export function insightsConfigFromEnv(env: Record<string, string | undefined>): InsightsConfig {
  const e = InsightsEnv.parse(env);
  return {
    stressCron: e.MAMORI_INSIGHTS_STRESS_CRON,
    digestCron: e.MAMORI_INSIGHTS_DIGEST_CRON,
    reportCron: e.MAMORI_INSIGHTS_REPORT_CRON,
    timeZone: e.MAMORI_INSIGHTS_TIME_ZONE,
    trendMonths: e.MAMORI_INSIGHTS_TREND_MONTHS,
    exportLinkMinutes: e.MAMORI_EXPORT_LINK_MINUTES,
  };
}

export const defaultInsightsConfig = (): InsightsConfig => insightsConfigFromEnv({});
