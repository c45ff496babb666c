/**
 * Alerts that were due but had nobody to go to (no supervisor, no department channel). None is dropped
 * in silence: the analysis job records it here, says so in the answer, and at the first one since the
 * organisation last had a recipient DMs its admins once with how to set one up; the admins' dashboard
 * lists them until a supervisor or a department channel is set (resolveUnroutedAlerts).
 */
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Executor, Tx } from '../db/connection.js';
import { membersWithRole, type Organisation } from '../db/repo/organisations.js';
import type { NewOutboxMessage } from '../db/repo/outbox.js';
import { analyses, submissions, unroutedAlerts } from '../db/schema/index.js';
import type { AnalysisResult, Language } from '../analysis/result.js';
import { noRecipientNoticeView, unroutedAlertsView, type UnroutedAlertLine } from './views/unrouted-alerts-view.js';
import type { MessageView } from './views/view.js';

/**
 * Records an alert nobody can receive and returns the admins' notice when it is the first since the
 * organisation last had a recipient (none otherwise: once, not per call). The caller holds the
 * organisation's usage lock (lockUsage), so two jobs of one organisation cannot both be "the first".
 */
export async function recordUnroutedAlert(
  tx: Tx,
  input: { org: Organisation; analysisId: string; result: AnalysisResult; language: Language; extraAdmins: readonly string[] },
): Promise<NewOutboxMessage[]> {
  const { org } = input;
  const [open] = await tx.select({ analysisId: unroutedAlerts.analysisId }).from(unroutedAlerts)
    .where(and(eq(unroutedAlerts.orgId, org.id), isNull(unroutedAlerts.resolvedAt))).limit(1);
  await tx.insert(unroutedAlerts).values({ analysisId: input.analysisId, orgId: org.id }).onConflictDoNothing();
  if (open) return [];
  const view = noRecipientNoticeView({ lang: input.language, platform: org.platform, risk: input.result.risk, level: input.result.level });
  const admins = new Set([...(await membersWithRole(tx, org.id, 'admin')).map((m) => m.platformUserId), ...input.extraAdmins]);
  // Keyed by the alert that opened this stretch without a recipient: a retried job sends nothing twice,
  // and the next stretch (after a fix and a relapse) gets its own notice.
  return [...admins].sort().map((admin) => ({
    orgId: org.id, kind: 'admin_notice' as const, target: { type: 'user' as const, platformUserId: admin },
    payload: { view }, dedupeKey: `alert_no_recipient:${input.analysisId}:${admin}`,
  }));
}

/** The organisation has a recipient again: its unrouted alerts leave the dashboard, and a later one notifies the admins again. */
export async function resolveUnroutedAlerts(ex: Executor, orgId: string, now = new Date()): Promise<void> {
  await ex.update(unroutedAlerts).set({ resolvedAt: now })
    .where(and(eq(unroutedAlerts.orgId, orgId), isNull(unroutedAlerts.resolvedAt)));
}

/** The admins' dashboard section while alerts have no recipient; null when there are none. */
export async function unroutedAlertsSection(ex: Executor, org: Organisation): Promise<MessageView | null> {
  const open = and(eq(unroutedAlerts.orgId, org.id), isNull(unroutedAlerts.resolvedAt));
  const [total] = await ex.select({ n: count() }).from(unroutedAlerts).where(open);
  if (!total || total.n === 0) return null;
  const latest: UnroutedAlertLine[] = await ex.select({
    createdAt: unroutedAlerts.createdAt, fileName: submissions.fileName, risk: analyses.risk, level: analyses.level,
  }).from(unroutedAlerts)
    .innerJoin(analyses, eq(analyses.id, unroutedAlerts.analysisId))
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .where(open).orderBy(desc(unroutedAlerts.createdAt)).limit(10);
  return unroutedAlertsView({ lang: org.language === 'en' ? 'en' : 'ja', platform: org.platform, timeZone: org.timeZone, total: total.n, latest });
}
