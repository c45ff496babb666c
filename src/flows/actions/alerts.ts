/**
 * Alerts beyond the automatic ones of the analysis job: 上長に相談 (alert the supervisors now,
 * whatever the score), 対応済み (one supervisor takes it: every copy of the alert is updated with who
 * and when, through the outbox), and the re-alert of an alert nobody took.
 */
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { ensureMember, ensureOrganisation, supervisorsOf } from '../../db/repo/organisations.js';
import { addToOutbox, type NewOutboxMessage } from '../../db/repo/outbox.js';
import { alertReminders, alerts, analyses, members, organisations, outbox, submissions, type Platform } from '../../db/schema/index.js';
import type { ActionDeps, Actor, OrgRef } from './deps.js';
import { isUuid } from './analysis-access.js';

/** What every copy of an alert carries (the payload of an outbox 'alert' message). */
export interface AlertPayload {
  submissionId: string;
  analysisId: string;
  fileName: string;
  verdict: string;
  risk: number;
  level: string;
  categories: string[];
  staffUserId: string | null;
  /** Set when the staff member asked (上長に相談). */
  requestedBy?: string;
  /** Set on a re-alert. */
  reminder?: boolean;
  /** Set on an update of a copy already posted: the platform reference of that copy. */
  updateOf?: string;
  acknowledgedBy?: string;
  acknowledgedAt?: string;
}

export type ConsultOutcome =
  | { status: 'sent'; supervisors: number }
  | { status: 'already_sent'; supervisors: number }
  | { status: 'no_supervisor' }
  | { status: 'not_found' };

export async function consultSupervisor(deps: ActionDeps, input: { org: OrgRef; analysisId: string; by: Actor }): Promise<ConsultOutcome> {
  if (!isUuid(input.analysisId)) return { status: 'not_found' };
  return deps.database.db.transaction(async (tx) => {
    const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
    const found = await analysisWithSubmitter(tx, input.analysisId);
    if (!found || found.analysis.orgId !== org.id) return { status: 'not_found' } as const;
    const asker = await ensureMember(tx, org.id, { platformUserId: input.by.platformUserId });
    // The supervisors of the person the call is about (the sharer); a colleague asking gets the same ones.
    const supervisors = (await supervisorsOf(tx, org.id, found.submitter.id)).filter((s) => s.id !== found.submitter.id);
    void asker;
    if (supervisors.length === 0) return { status: 'no_supervisor' } as const;
    await tx.insert(alerts).values(supervisors.map((s) => ({ orgId: org.id, analysisId: input.analysisId, recipientId: s.id }))).onConflictDoNothing();
    const payload: AlertPayload = {
      ...basePayload(found), requestedBy: input.by.platformUserId,
    };
    const ids = await addToOutbox(tx, supervisors.map((s) => ({
      orgId: org.id, kind: 'alert' as const, target: { type: 'user' as const, platformUserId: s.platformUserId },
      payload: { ...payload }, dedupeKey: `consult:${input.analysisId}:${s.id}`,
    })));
    await deps.queue.enqueueDelivery(tx, ids);
    deps.logger.info({ analysisId: input.analysisId, supervisors: supervisors.length, sent: ids.length }, 'supervisor consulted');
    return ids.length === 0 ? { status: 'already_sent', supervisors: supervisors.length } as const : { status: 'sent', supervisors: supervisors.length } as const;
  });
}

export type AcknowledgeOutcome =
  | { status: 'acknowledged'; copies: number; at: Date }
  | { status: 'already'; byPlatformUserId: string | null; at: Date | null }
  | { status: 'not_found' };

/** 対応済み: records who and when on every alert of the analysis and updates every posted copy. */
export async function acknowledgeAlert(deps: ActionDeps, input: { org: OrgRef; analysisId: string; by: Actor }): Promise<AcknowledgeOutcome> {
  if (!isUuid(input.analysisId)) return { status: 'not_found' };
  const now = deps.now?.() ?? new Date();
  return deps.database.db.transaction(async (tx) => {
    const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
    const [analysis] = await tx.select({ orgId: analyses.orgId }).from(analyses).where(eq(analyses.id, input.analysisId)).for('update');
    if (!analysis || analysis.orgId !== org.id) return { status: 'not_found' } as const;
    const taker = await ensureMember(tx, org.id, { platformUserId: input.by.platformUserId });
    const updated = await tx.update(alerts)
      .set({ status: 'acknowledged', acknowledgedAt: now, acknowledgedBy: taker.id })
      .where(and(eq(alerts.analysisId, input.analysisId), eq(alerts.status, 'open')))
      .returning({ id: alerts.id });
    const [earlier] = await tx.select({ at: alerts.acknowledgedAt, by: members.platformUserId })
      .from(alerts).leftJoin(members, eq(members.id, alerts.acknowledgedBy))
      .where(and(eq(alerts.analysisId, input.analysisId), eq(alerts.status, 'acknowledged')))
      .orderBy(alerts.acknowledgedAt).limit(1);
    if (updated.length === 0 && earlier && earlier.by !== input.by.platformUserId) {
      return { status: 'already', byPlatformUserId: earlier.by, at: earlier.at } as const;
    }
    // Every copy posted so far (supervisor DMs, department channel, re-alerts, consultations).
    const copies = await tx.select().from(outbox).where(and(
      eq(outbox.orgId, org.id), eq(outbox.kind, 'alert'), eq(outbox.status, 'sent'),
      sql`${outbox.payload}->>'analysisId' = ${input.analysisId}`, sql`${outbox.payload}->>'updateOf' is null`,
    ));
    const messages: NewOutboxMessage[] = copies.flatMap((c) => c.platformMessageRef ? [{
      orgId: org.id, kind: 'alert' as const, target: c.target,
      payload: { ...c.payload, updateOf: c.platformMessageRef, acknowledgedBy: input.by.platformUserId, acknowledgedAt: now.toISOString() },
      dedupeKey: `alert_ack:${c.id}`,
    }] : []);
    const ids = await addToOutbox(tx, messages);
    await deps.queue.enqueueDelivery(tx, ids);
    deps.logger.info({ analysisId: input.analysisId, copies: ids.length }, 'alert acknowledged');
    return { status: 'acknowledged', copies: ids.length, at: now } as const;
  });
}

/**
 * Alerts still open `delaySeconds` after they were raised get one reminder to their recipient
 * (run it on a schedule; a second run does nothing more).
 */
export async function resendUnacknowledgedAlerts(
  deps: Pick<ActionDeps, 'database' | 'queue' | 'logger' | 'now'>,
  /** `platform`: only that platform's organisations (each adapter's housekeeping takes its own). */
  input: { delaySeconds: number; platform?: Platform },
): Promise<number> {
  const now = deps.now?.() ?? new Date();
  const cutoff = new Date(now.getTime() - input.delaySeconds * 1000);
  return deps.database.db.transaction(async (tx) => {
    const open = await tx.select({ alert: alerts, recipient: members.platformUserId })
      .from(alerts)
      .innerJoin(members, eq(members.id, alerts.recipientId))
      .leftJoin(alertReminders, and(eq(alertReminders.alertId, alerts.id), eq(alertReminders.round, 1)))
      .innerJoin(organisations, eq(organisations.id, alerts.orgId))
      .where(and(eq(alerts.status, 'open'), lt(alerts.createdAt, cutoff), isNull(alertReminders.alertId),
        input.platform ? eq(organisations.platform, input.platform) : undefined))
      .limit(200);
    if (open.length === 0) return 0;
    const analysisIds = [...new Set(open.map((o) => o.alert.analysisId))];
    const originals = await tx.select().from(outbox).where(and(
      eq(outbox.kind, 'alert'), inArray(sql`${outbox.payload}->>'analysisId'`, analysisIds), sql`${outbox.payload}->>'updateOf' is null`,
      sql`coalesce((${outbox.payload}->>'reminder')::boolean, false) = false`,
    ));
    const messages: NewOutboxMessage[] = [];
    for (const { alert, recipient } of open) {
      const original = originals.find((o) => o.payload.analysisId === alert.analysisId && o.target.type === 'user' && o.target.platformUserId === recipient)
        ?? originals.find((o) => o.payload.analysisId === alert.analysisId);
      await tx.insert(alertReminders).values({ alertId: alert.id, round: 1 }).onConflictDoNothing();
      if (!original) continue;
      messages.push({
        orgId: alert.orgId, kind: 'alert', target: { type: 'user', platformUserId: recipient },
        payload: { ...original.payload, reminder: true }, dedupeKey: `realert:${alert.id}:1`,
      });
    }
    const ids = await addToOutbox(tx, messages);
    await deps.queue.enqueueDelivery(tx, ids);
    if (ids.length > 0) deps.logger.info({ reminders: ids.length }, 'unacknowledged alerts sent again');
    return ids.length;
  });
}

async function analysisWithSubmitter(tx: Tx, analysisId: string) {
  const [row] = await tx.select({ analysis: analyses, submission: submissions, submitter: members })
    .from(analyses)
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .innerJoin(members, eq(members.id, submissions.submittedBy))
    .where(eq(analyses.id, analysisId));
  return row ?? null;
}

function basePayload(f: NonNullable<Awaited<ReturnType<typeof analysisWithSubmitter>>>): AlertPayload {
  return {
    submissionId: f.submission.id, analysisId: f.analysis.id, fileName: f.submission.fileName, verdict: f.analysis.verdict,
    risk: f.analysis.risk, level: f.analysis.level, categories: f.analysis.categories, staffUserId: f.submitter.platformUserId,
  };
}
