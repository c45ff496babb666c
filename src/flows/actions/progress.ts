/**
 * The progress message of a submission ("受付 → 文字起こし → 解析") and who writes the answer.
 * The adapter posts a progress message after recording the submission and attaches it here; the
 * delivery of the answer claims the row: if a progress message is attached it is updated in place,
 * otherwise the answer is posted new and a progress message attached later is withdrawn. The primary
 * key on the submission makes the two orders safe.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.js';
import { organisations, progressMessages, submissions, type Platform } from '../../db/schema/index.js';

export type AnswerLanguage = 'ja' | 'en';

export type AttachOutcome = { status: 'attached' } | { status: 'answered' };

/** Records the progress message posted for a submission; 'answered' when the answer got there first. */
export async function attachProgressMessage(
  database: Database,
  input: { submissionId: string; orgId: string; channel: string; ref: string; language: AnswerLanguage },
): Promise<AttachOutcome> {
  const rows = await database.db
    .insert(progressMessages)
    .values({ submissionId: input.submissionId, orgId: input.orgId, channel: input.channel, platformMessageRef: input.ref, language: input.language })
    .onConflictDoNothing()
    .returning({ id: progressMessages.submissionId });
  return rows.length === 1 ? { status: 'attached' } : { status: 'answered' };
}

export async function progressOf(database: Database, submissionId: string) {
  const [row] = await database.db.select().from(progressMessages).where(eq(progressMessages.submissionId, submissionId));
  return row ?? null;
}

export type AnswerPlacement =
  | { mode: 'update'; channel: string; ref: string; language: AnswerLanguage }
  /** No progress message (yet): post the answer; a progress message attached later is withdrawn. */
  | { mode: 'post' };

/**
 * Called by the delivery of a submission's answer (result, error, quota): where the answer goes.
 * Idempotent: a retried delivery gets the same placement.
 */
export async function claimAnswerPlacement(database: Database, input: { submissionId: string; orgId: string }): Promise<AnswerPlacement> {
  return database.db.transaction(async (tx) => {
    await tx.insert(progressMessages)
      .values({ submissionId: input.submissionId, orgId: input.orgId, state: 'answered' })
      .onConflictDoNothing();
    const [row] = await tx.update(progressMessages)
      .set({ state: 'answered', updatedAt: sql`now()` })
      .where(eq(progressMessages.submissionId, input.submissionId))
      .returning();
    if (row?.channel && row.platformMessageRef) return { mode: 'update', channel: row.channel, ref: row.platformMessageRef, language: row.language };
    return { mode: 'post' };
  });
}

/** Where the answer of a submission ended up (for links from alerts); null when unknown. */
export async function recordAnswerRef(database: Database, submissionId: string, channel: string, answerRef: string): Promise<void> {
  await database.db.update(progressMessages)
    .set({ answerRef, channel: sql`coalesce(${progressMessages.channel}, ${channel})`, updatedAt: sql`now()` })
    .where(eq(progressMessages.submissionId, submissionId));
}

export async function answerOf(database: Database, submissionId: string): Promise<{ channel: string; ref: string } | null> {
  const row = await progressOf(database, submissionId);
  return row?.channel && row.answerRef ? { channel: row.channel, ref: row.answerRef } : null;
}

/** True exactly once per submission: the caller may upload the timeline picture. */
export async function claimTimelineUpload(database: Database, submissionId: string): Promise<boolean> {
  const rows = await database.db.update(progressMessages)
    .set({ timelineUploaded: true })
    .where(and(eq(progressMessages.submissionId, submissionId), eq(progressMessages.timelineUploaded, false)))
    .returning({ id: progressMessages.submissionId });
  return rows.length === 1;
}

export interface StaleProgress {
  submissionId: string;
  orgId: string;
  channel: string;
  ref: string;
  language: AnswerLanguage;
}

/**
 * Progress messages whose submission never reached an answer (its job was given up on) after
 * `olderThanSeconds`: claimed as answered and returned, so the adapter replaces them with a failure
 * note. No "解析中" message hangs forever. With `platform`, only that platform's organisations.
 */
export async function takeStaleProgress(database: Database, olderThanSeconds: number, platform?: Platform): Promise<StaleProgress[]> {
  return database.db.transaction(async (tx) => {
    const stale = await tx
      .select({ id: progressMessages.submissionId })
      .from(progressMessages)
      .innerJoin(submissions, eq(submissions.id, progressMessages.submissionId))
      .innerJoin(organisations, eq(organisations.id, progressMessages.orgId))
      .where(and(
        eq(progressMessages.state, 'progress'),
        lt(progressMessages.createdAt, sql`now() - make_interval(secs => ${olderThanSeconds})`),
        inArray(submissions.status, ['queued', 'processing']),
        // Each adapter closes its own messages (a Slack ts means nothing to Teams and the other way round).
        platform ? eq(organisations.platform, platform) : undefined,
      ))
      .for('update', { of: progressMessages, skipLocked: true });
    if (stale.length === 0) return [];
    const rows = await tx.update(progressMessages)
      .set({ state: 'answered', updatedAt: sql`now()` })
      .where(and(inArray(progressMessages.submissionId, stale.map((s) => s.id)), eq(progressMessages.state, 'progress')))
      .returning();
    return rows.flatMap((r) => (r.channel && r.platformMessageRef
      ? [{ submissionId: r.submissionId, orgId: r.orgId, channel: r.channel, ref: r.platformMessageRef, language: r.language }]
      : []));
  });
}

/** The progress message of the submission being processed for this file (the worker's stage updates). */
export async function progressForFile(database: Database, orgId: string, platformFileId: string): Promise<StaleProgress | null> {
  const [row] = await database.db
    .select({ p: progressMessages })
    .from(progressMessages)
    .innerJoin(submissions, eq(submissions.id, progressMessages.submissionId))
    .where(and(eq(submissions.orgId, orgId), eq(submissions.platformFileId, platformFileId),
      inArray(submissions.status, ['queued', 'processing']), eq(progressMessages.state, 'progress')))
    .limit(1);
  const r = row?.p;
  return r?.channel && r.platformMessageRef
    ? { submissionId: r.submissionId, orgId: r.orgId, channel: r.channel, ref: r.platformMessageRef, language: r.language }
    : null;
}
