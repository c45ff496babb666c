/**
 * Accumulated stress per staff member. Each harassing call adds a weight (severity × length × the
 * staff stress the engine measured in that call) to the member's balance; the balance decays
 * exponentially (half-life set per organisation). Crossing the organisation's warning or urgent
 * threshold tells the member's supervisors, privately, once per crossing: a one-to-one talk and
 * aftercare, with the calls behind it. The member never sees a ranking; nobody but their
 * supervisors and admins sees the balance (sensitive personal data, domain.md §4).
 */
import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.js';
import { supervisorsOf } from '../../db/repo/organisations.js';
import {
  analyses, insightsSettings, members, organisations, stressBalances, stressEvents, stressNotices, submissions,
} from '../../db/schema/index.js';
import { insightsMessage, nowOf, send, type InsightsDeps } from './deps.js';
import { stressNoticeView, type StressCall } from './views/stress-notice-view.js';

export interface StressSettings {
  warnThreshold: number;
  urgentThreshold: number;
  halfLifeDays: number;
}

export const DEFAULT_STRESS_SETTINGS: StressSettings = { warnThreshold: 6, urgentThreshold: 12, halfLifeDays: 14 };

const DAY_MS = 24 * 3600 * 1000;
/** A level is left only when the balance falls below this share of its threshold (no flapping). */
const HYSTERESIS = 0.8;

const SEVERITY: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3 };

/**
 * The weight of one call: severity (low 1, medium 2, high 3) × length (1 + minutes/60, capped at 3:
 * a 60-minute call counts double) × staff stress (0.5 + score/100: 0.5–1.5). Calls that are not
 * harassment weigh nothing.
 */
export function callWeight(call: { verdict: string; level: string; durationSec: number | null; staffStress: number | null }): number {
  if (call.verdict !== 'kasuhara') return 0;
  const severity = SEVERITY[call.level] ?? 0;
  const minutes = Math.max(0, (call.durationSec ?? 0) / 60);
  const length = Math.min(3, 1 + minutes / 60);
  const stress = 0.5 + Math.min(100, Math.max(0, call.staffStress ?? 50)) / 100;
  return Math.round(severity * length * stress * 100) / 100;
}

/** The balance `b` held at `from`, decayed to `to`. */
export function decay(b: number, from: Date, to: Date, halfLifeDays: number): number {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  return days <= 0 ? b : b * Math.pow(0.5, days / halfLifeDays);
}

/** Adds a weight that happened at `at` to a balance held as of `asOf` (events may arrive late). */
export function addToBalance(
  state: { balance: number; asOf: Date }, weight: number, at: Date, halfLifeDays: number,
): { balance: number; asOf: Date } {
  if (at >= state.asOf) return { balance: decay(state.balance, state.asOf, at, halfLifeDays) + weight, asOf: at };
  return { balance: state.balance + decay(weight, at, state.asOf, halfLifeDays), asOf: state.asOf };
}

/** The threshold level (0 below warning, 1 warning, 2 urgent) with hysteresis from the previous level. */
export function levelFor(balance: number, previous: number, s: StressSettings): number {
  let level = balance >= s.urgentThreshold ? 2 : balance >= s.warnThreshold ? 1 : 0;
  if (level < previous) {
    const keep = previous === 2 ? s.urgentThreshold : s.warnThreshold;
    if (balance >= keep * HYSTERESIS) level = previous;
  }
  return level;
}

export async function stressSettings(ex: Executor, orgId: string): Promise<StressSettings> {
  const [row] = await ex.select().from(insightsSettings).where(eq(insightsSettings.orgId, orgId));
  return row ? { warnThreshold: row.warnThreshold, urgentThreshold: row.urgentThreshold, halfLifeDays: row.halfLifeDays } : DEFAULT_STRESS_SETTINGS;
}

/** An admin tunes the thresholds (validated: 0 < warn < urgent, half-life 1–365 days). */
export async function updateStressSettings(ex: Executor, orgId: string, s: StressSettings): Promise<void> {
  if (!(s.warnThreshold > 0 && s.urgentThreshold > s.warnThreshold && s.halfLifeDays >= 1 && s.halfLifeDays <= 365)) {
    throw new RangeError('invalid stress settings');
  }
  await ex.insert(insightsSettings).values({ orgId, ...s })
    .onConflictDoUpdate({ target: insightsSettings.orgId, set: { ...s, updatedAt: sql`now()` } });
}

export interface MemberBalance {
  memberId: string;
  displayName: string | null;
  platformUserId: string;
  balance: number;
  level: number;
}

/** Current (decayed to `now`) balances of the given members; members without one have 0. */
export async function balancesOf(ex: Executor, orgId: string, memberIds: string[], now: Date): Promise<MemberBalance[]> {
  if (memberIds.length === 0) return [];
  const s = await stressSettings(ex, orgId);
  const rows = await ex.select({ m: members, b: stressBalances }).from(members)
    .leftJoin(stressBalances, eq(stressBalances.memberId, members.id))
    .where(and(eq(members.orgId, orgId), inArray(members.id, memberIds)));
  return rows.map(({ m, b }) => {
    const balance = b ? decay(b.balance, b.asOf, now, s.halfLifeDays) : 0;
    return { memberId: m.id, displayName: m.displayName, platformUserId: m.platformUserId, balance: Math.round(balance * 100) / 100, level: b ? levelFor(balance, b.level, s) : 0 };
  }).sort((a, b) => b.balance - a.balance || a.memberId.localeCompare(b.memberId));
}

/** The calls behind a member's balance: their events, heaviest first once decayed to `now`. */
export async function callsBehind(ex: Executor, memberId: string, now: Date, s: StressSettings, limit = 10): Promise<StressCall[]> {
  const since = new Date(now.getTime() - 4 * s.halfLifeDays * DAY_MS);
  const rows = await ex.select({ e: stressEvents, a: analyses, fileName: submissions.fileName }).from(stressEvents)
    .innerJoin(analyses, eq(analyses.id, stressEvents.analysisId))
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .where(and(eq(stressEvents.memberId, memberId), gte(stressEvents.occurredAt, since)))
    .orderBy(desc(stressEvents.occurredAt));
  return rows
    .map(({ e, a, fileName }) => ({
      analysisId: a.id, fileName, at: e.occurredAt, risk: a.risk, level: a.level, categories: a.categories,
      durationSec: a.durationSec, weight: Math.round(decay(e.weight, e.occurredAt, now, s.halfLifeDays) * 100) / 100,
    }))
    .sort((x, y) => y.weight - x.weight)
    .slice(0, limit);
}

/**
 * The member a call is charged to: the staff member in it (named, found from its speaker label or
 * corrected: submissions.staff_member_id), else whoever shared it.
 */
const chargedMember = sql<string>`coalesce(${submissions.staffMemberId}, ${submissions.submittedBy})`;

/**
 * Adds every harassing call not yet counted to its staff member's balance (chargedMember),
 * in time order, one transaction per call; tells supervisors when a threshold is crossed. Idempotent
 * and safe to run concurrently: the event row is unique per call and the balance row is locked.
 */
export async function accumulateStress(deps: InsightsDeps, options: { orgId?: string; limit?: number } = {}): Promise<{ counted: number; notices: number }> {
  const { db } = deps.database;
  const pending = await db.select({ id: analyses.id }).from(analyses)
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .leftJoin(stressEvents, eq(stressEvents.analysisId, analyses.id))
    .where(and(eq(analyses.verdict, 'kasuhara'), isNull(stressEvents.id), options.orgId ? eq(analyses.orgId, options.orgId) : undefined))
    .orderBy(asc(analyses.createdAt), asc(analyses.id))
    .limit(options.limit ?? 1000);
  let counted = 0;
  let notices = 0;
  for (const { id } of pending) {
    const r = await db.transaction((tx) => countCall(tx, deps, id));
    if (r.counted) counted += 1;
    if (r.notice) notices += 1;
  }
  return { counted, notices };
}

/** Counts one analysed call against its staff member's balance, inside `tx` (usable from the analysis job too). */
export async function countCall(tx: Tx, deps: Pick<InsightsDeps, 'queue' | 'now'>, analysisId: string): Promise<{ counted: boolean; notice: boolean }> {
  const [row] = await tx.select({ a: analyses, memberId: chargedMember }).from(analyses)
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId)).where(eq(analyses.id, analysisId));
  if (!row) return { counted: false, notice: false };
  const { a, memberId } = row;
  const weight = callWeight({ verdict: a.verdict, level: a.level, durationSec: a.durationSec, staffStress: a.result.staffStress?.score ?? null });
  await tx.insert(stressBalances).values({ memberId, orgId: a.orgId, balance: 0, asOf: a.createdAt }).onConflictDoNothing();
  const [bal] = await tx.select().from(stressBalances).where(eq(stressBalances.memberId, memberId)).for('update');
  // One member per call: a call already counted (to anyone) is moved with uncountCall, never counted twice.
  const [already] = await tx.select({ id: stressEvents.id }).from(stressEvents).where(eq(stressEvents.analysisId, a.id));
  if (already) return { counted: false, notice: false };
  const inserted = await tx.insert(stressEvents).values({ orgId: a.orgId, memberId, analysisId: a.id, weight, occurredAt: a.createdAt })
    .onConflictDoNothing().returning({ id: stressEvents.id });
  if (inserted.length === 0 || !bal) return { counted: false, notice: false };
  const s = await stressSettings(tx, a.orgId);
  const next = addToBalance({ balance: bal.balance, asOf: bal.asOf }, weight, a.createdAt, s.halfLifeDays);
  const now = nowOf(deps);
  const current = decay(next.balance, next.asOf, now, s.halfLifeDays);
  // The level the balance had decayed to just before this call, then the level with it.
  const before = levelFor(decay(bal.balance, bal.asOf, a.createdAt, s.halfLifeDays), bal.level, s);
  const level = levelFor(current, before, s);
  await tx.update(stressBalances).set({ balance: next.balance, asOf: next.asOf, level, updatedAt: sql`now()` })
    .where(eq(stressBalances.memberId, memberId));
  if (level <= before) return { counted: true, notice: false };
  await notifySupervisors(tx, deps, { orgId: a.orgId, memberId, level, balance: current, settings: s, now });
  return { counted: true, notice: true };
}

/**
 * Takes a counted call off the balance it was charged to (the sharer corrected who was in it): its
 * weight, decayed to the balance's date, comes off; the level is left for the next crossing to set.
 * True when there was something to take off.
 */
export async function uncountCall(tx: Tx, analysisId: string): Promise<boolean> {
  const events = await tx.delete(stressEvents).where(eq(stressEvents.analysisId, analysisId)).returning();
  if (events.length === 0) return false;
  for (const e of events) {
    const [bal] = await tx.select().from(stressBalances).where(eq(stressBalances.memberId, e.memberId)).for('update');
    if (!bal) continue;
    const s = await stressSettings(tx, e.orgId);
    const taken = e.occurredAt <= bal.asOf ? decay(e.weight, e.occurredAt, bal.asOf, s.halfLifeDays) : e.weight;
    const balance = Math.max(0, bal.balance - taken);
    await tx.update(stressBalances).set({ balance, level: levelFor(balance, bal.level, s), updatedAt: sql`now()` })
      .where(eq(stressBalances.memberId, e.memberId));
  }
  return true;
}

async function notifySupervisors(
  tx: Tx, deps: Pick<InsightsDeps, 'queue'>,
  n: { orgId: string; memberId: string; level: number; balance: number; settings: StressSettings; now: Date },
): Promise<void> {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, n.orgId));
  const [member] = await tx.select().from(members).where(eq(members.id, n.memberId));
  if (!org || !member) return;
  const calls = await callsBehind(tx, n.memberId, n.now, n.settings);
  const [notice] = await tx.insert(stressNotices).values({
    orgId: n.orgId, memberId: n.memberId, level: n.level, balance: Math.round(n.balance * 100) / 100, analysisIds: calls.map((c) => c.analysisId),
  }).returning({ id: stressNotices.id });
  const supervisors = (await supervisorsOf(tx, n.orgId, n.memberId)).filter((s) => s.id !== n.memberId);
  const view = stressNoticeView({
    language: org.language, timeZone: org.timeZone, staffName: member.displayName ?? member.platformUserId,
    staffUserId: member.platformUserId, level: n.level, balance: n.balance, settings: n.settings, calls,
  });
  await send(tx, deps, supervisors.map((s) => insightsMessage(org.id, { type: 'user', platformUserId: s.platformUserId },
    `insights:stress:${notice!.id}:${s.id}`, { topic: 'stress_notice', view, attachments: [], memberId: member.id, level: n.level })));
}

/** Every stress row of an organisation for export: events, balances, notices. */
export async function stressRecords(ex: Executor, orgId: string) {
  return {
    events: await ex.select().from(stressEvents).where(eq(stressEvents.orgId, orgId)).orderBy(stressEvents.id),
    balances: await ex.select().from(stressBalances).where(eq(stressBalances.orgId, orgId)).orderBy(stressBalances.memberId),
    notices: await ex.select().from(stressNotices).where(eq(stressNotices.orgId, orgId)).orderBy(stressNotices.id),
  };
}
