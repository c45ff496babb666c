import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { monthIn } from '../months.js';
import { monthlyUsage } from '../schema/index.js';
import type { Organisation } from './organisations.js';

export type MonthlyUsage = typeof monthlyUsage.$inferSelect;

/** Whose month counts: a linked organisation's minutes go to its settings owner (effectiveSettings, repo/org-links.ts). */
type UsageOrg = Pick<Organisation, 'id' | 'timeZone'> & { usage?: Pick<Organisation, 'id' | 'timeZone'> };

/** This month's usage row for the organisation, created if missing and locked until the transaction ends. */
export async function lockUsage(ex: Executor, orgIn: UsageOrg, now: Date): Promise<MonthlyUsage> {
  const org = orgIn.usage ?? orgIn;
  const month = monthIn(org.timeZone, now);
  await ex.insert(monthlyUsage).values({ orgId: org.id, month }).onConflictDoNothing();
  const [row] = await ex
    .select()
    .from(monthlyUsage)
    .where(and(eq(monthlyUsage.orgId, org.id), eq(monthlyUsage.month, month)))
    .for('update');
  if (!row) throw new Error('usage row vanished after upsert');
  return row;
}

/** This month's usage without locking it (zero when nothing was analysed yet): enough for a first check. */
export async function currentUsage(ex: Executor, orgIn: UsageOrg, now: Date): Promise<MonthlyUsage> {
  const org = orgIn.usage ?? orgIn;
  const month = monthIn(org.timeZone, now);
  const [row] = await ex.select().from(monthlyUsage).where(and(eq(monthlyUsage.orgId, org.id), eq(monthlyUsage.month, month)));
  return row ?? { orgId: org.id, month, secondsAnalysed: 0, filesAnalysed: 0, warnedAt: null, updatedAt: now };
}

export interface QuotaCheck {
  allowed: boolean;
  usedMinutes: number;
  /** 0 means no limit. */
  limitMinutes: number;
  remainingMinutes: number | null;
}

/**
 * Whether `addSeconds` more fit in the month: a file is refused when the month is already full or
 * when it would take the month over the limit (nothing is half-processed). Limit 0: no limit.
 */
export function quotaCheck(org: Pick<Organisation, 'monthlyMinuteQuota'>, usage: MonthlyUsage, addSeconds: number): QuotaCheck {
  const limitMinutes = org.monthlyMinuteQuota;
  const usedMinutes = Math.round((usage.secondsAnalysed / 60) * 10) / 10;
  if (limitMinutes === 0) return { allowed: true, usedMinutes, limitMinutes, remainingMinutes: null };
  const limitSeconds = limitMinutes * 60;
  const allowed = usage.secondsAnalysed < limitSeconds && usage.secondsAnalysed + addSeconds <= limitSeconds;
  const remainingMinutes = Math.max(0, Math.floor((limitSeconds - usage.secondsAnalysed) / 60));
  return { allowed, usedMinutes, limitMinutes, remainingMinutes };
}

/** Adds an analysed file to the month; returns whether this addition crossed 80% for the first time. */
export async function recordUsage(ex: Executor, usage: MonthlyUsage, org: Pick<Organisation, 'monthlyMinuteQuota'>, seconds: number): Promise<{ crossedWarning: boolean }> {
  const after = usage.secondsAnalysed + seconds;
  const warnAt = org.monthlyMinuteQuota * 60 * 0.8;
  const crossedWarning = org.monthlyMinuteQuota > 0 && usage.warnedAt === null && after >= warnAt;
  await ex
    .update(monthlyUsage)
    .set({
      secondsAnalysed: sql`${monthlyUsage.secondsAnalysed} + ${seconds}`,
      filesAnalysed: sql`${monthlyUsage.filesAnalysed} + 1`,
      warnedAt: crossedWarning ? sql`now()` : undefined,
      updatedAt: sql`now()`,
    })
    .where(and(eq(monthlyUsage.orgId, usage.orgId), eq(monthlyUsage.month, usage.month)));
  return { crossedWarning };
}
