/**
 * A user shared a file: record one submission and its analysis job in one transaction.
 * The same platform event or the same file shared again gives the same submission (no second job).
 * An organisation already over its monthly quota gets a clear message instead of a job.
 */
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '../db/connection.js';
import { ensureMember, ensureOrganisation } from '../db/repo/organisations.js';
import { effectiveSettings } from '../db/repo/org-links.js';
import { addToOutbox } from '../db/repo/outbox.js';
import { currentUsage, quotaCheck } from '../db/repo/usage.js';
import { PLATFORMS, progressMessages, SUBMISSION_SOURCES, submissions } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import { quotaExceededMessage } from './messages.js';
import type { JobQueue } from './ports.js';

const MAX_FILE_BYTES = 1024 * 1024 * 1024; // 1 GiB: Slack's own upload limit

export const SubmissionInput = z.object({
  org: z.object({
    platform: z.enum(PLATFORMS),
    platformTeamId: z.string().min(1).max(200),
    name: z.string().min(1).max(300),
  }),
  submitter: z.object({
    platformUserId: z.string().min(1).max(200),
    displayName: z.string().max(300).optional(),
  }),
  /**
   * The staff member in the call when the sharer named someone else (a mention when sharing): the call's
   * stress is theirs, and the call's staff speaker is remembered as them (src/flows/staff-member.ts).
   */
  staff: z.object({
    platformUserId: z.string().min(1).max(200),
    displayName: z.string().max(300).optional(),
  }).optional(),
  source: z.enum(SUBMISSION_SOURCES),
  platformEventId: z.string().min(1).max(300).optional(),
  file: z.object({
    id: z.string().min(1).max(500),
    name: z.string().min(1).max(1000),
    type: z.string().min(1).max(200),
    sizeBytes: z.number().int().min(0).max(MAX_FILE_BYTES),
    durationSec: z.number().min(0).max(48 * 3600).optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
  replyTo: z.object({ channel: z.string().min(1).max(300), thread: z.string().min(1).max(300).optional(), language: z.enum(['ja', 'en']).optional() }),
});
export type SubmissionInput = z.input<typeof SubmissionInput>;

export type SubmitOutcome =
  | { status: 'queued'; submissionId: string }
  | { status: 'duplicate'; submissionId: string }
  | { status: 'rejected'; submissionId: string; reason: 'quota_exceeded'; message: string }
  | { status: 'invalid'; message: string };

export interface SubmitDeps {
  database: Database;
  queue: JobQueue;
  orgDefaults: { monthlyMinuteQuota: number; retentionDays: number };
  logger: Logger;
  now?: () => Date;
}

export async function submitForAnalysis(deps: SubmitDeps, raw: unknown, attempt = 1): Promise<SubmitOutcome> {
  const parsed = SubmissionInput.safeParse(raw);
  if (!parsed.success) {
    return { status: 'invalid', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  }
  const input = parsed.data;
  const now = deps.now?.() ?? new Date();

  const outcome = await deps.database.db.transaction(async (tx) => {
    const org = await effectiveSettings(tx, await ensureOrganisation(tx, input.org, deps.orgDefaults));
    const member = await ensureMember(tx, org.id, input.submitter);
    const staff = input.staff && input.staff.platformUserId !== input.submitter.platformUserId
      ? await ensureMember(tx, org.id, input.staff) : null;

    // The same event delivered again: always the submission it made, whatever became of it.
    const [redelivered] = input.platformEventId
      ? await tx.select({ id: submissions.id }).from(submissions).where(and(
        eq(submissions.orgId, org.id), eq(submissions.source, input.source), eq(submissions.platformEventId, input.platformEventId)))
      : [];
    if (redelivered) return { status: 'duplicate', submissionId: redelivered.id } as const;
    // The same file shared again (same content, or content not known on one side): the submission in
    // progress or done. A failed one is history: the person was told to share it again, so it runs again.
    let [existing] = await tx
      .select({ id: submissions.id, status: submissions.status, errorCode: submissions.errorCode })
      .from(submissions)
      .where(
        and(
          eq(submissions.orgId, org.id),
          eq(submissions.platformFileId, input.file.id),
          ne(submissions.status, 'failed'),
          input.file.sha256 ? or(eq(submissions.sha256, input.file.sha256), isNull(submissions.sha256)) : undefined,
        ),
      )
      .orderBy(submissions.createdAt)
      .limit(1)
      .for('update');
    if (existing && (await expired(tx, existing))) {
      // Its progress message was closed with 「もう一度共有してください」 and no answer came: this share
      // replaces it (its job, if it ever wakes, finds it failed and stops).
      await tx.update(submissions)
        .set({ status: 'failed', errorCode: 'expired', error: 'no answer in time; shared again', updatedAt: sql`now()` })
        .where(eq(submissions.id, existing.id));
      existing = undefined;
    }
    const retryingRejected = existing?.status === 'rejected' && existing.errorCode === 'quota_exceeded';
    if (existing && !retryingRejected) return { status: 'duplicate', submissionId: existing.id } as const;

    // A read, not a lock: the analysis job re-checks under the lock with the real duration, so
    // submissions don't queue behind the organisation's running analyses.
    const usage = await currentUsage(tx, org, now);
    const quota = quotaCheck(org, usage, input.file.durationSec ?? 0);
    if (!quota.allowed) {
      if (existing) return { status: 'duplicate', submissionId: existing.id } as const; // already told
      const [row] = await tx
        .insert(submissions)
        .values(submissionValues(input, org.id, member.id, staff?.id ?? null, { status: 'rejected', errorCode: 'quota_exceeded', error: 'monthly quota reached' }))
        .returning({ id: submissions.id });
      const submissionId = row!.id;
      const message = quotaExceededMessage(input.replyTo.language ?? org.language, quota);
      const ids = await addToOutbox(tx, [
        {
          orgId: org.id,
          kind: 'quota_exceeded',
          target: { type: 'user', platformUserId: input.submitter.platformUserId },
          payload: { submissionId, fileName: input.file.name, ...quota, message },
          dedupeKey: `quota_exceeded:${submissionId}`,
        },
      ]);
      await deps.queue.enqueueDelivery(tx, ids);
      return { status: 'rejected', submissionId, reason: 'quota_exceeded', message } as const;
    }

    let submissionId: string;
    if (existing) {
      // Shared again after being turned away for quota, and there is room now: queue it.
      await tx
        .update(submissions)
        .set({ status: 'queued', errorCode: null, error: null, updatedAt: sql`now()` })
        .where(eq(submissions.id, existing.id));
      submissionId = existing.id;
    } else {
      const rows = await tx
        .insert(submissions)
        .values(submissionValues(input, org.id, member.id, staff?.id ?? null, { status: 'queued' }))
        .onConflictDoNothing()
        .returning({ id: submissions.id });
      if (rows.length === 0) {
        // A concurrent delivery of the same event/file won the race: the constraint decided.
        return { status: 'duplicate', submissionId: '' } as const;
      }
      submissionId = rows[0]!.id;
    }
    await deps.queue.enqueueAnalysis(tx, submissionId);
    return { status: 'queued', submissionId } as const;
  });

  if (outcome.status === 'duplicate' && outcome.submissionId === '') {
    // Read the winner now that its transaction has committed.
    if (attempt >= 3) throw new Error('submission kept conflicting with a concurrent one');
    return submitForAnalysis(deps, raw, attempt + 1);
  }
  deps.logger.info({ submissionId: outcome.submissionId, status: outcome.status }, 'submission recorded');
  return outcome;
}

/**
 * A submission still queued or processing whose progress message was closed as stale (the adapters'
 * housekeeping: MAMORI_PROGRESS_TIMEOUT_MINUTES), so the person was told it did not finish.
 */
async function expired(tx: Tx, sub: { id: string; status: string }): Promise<boolean> {
  if (sub.status !== 'queued' && sub.status !== 'processing') return false;
  const [progress] = await tx.select({ state: progressMessages.state }).from(progressMessages).where(eq(progressMessages.submissionId, sub.id));
  return progress?.state === 'answered';
}

function submissionValues(
  input: z.output<typeof SubmissionInput>,
  orgId: string,
  memberId: string,
  staffMemberId: string | null,
  state: { status: 'queued' | 'rejected'; errorCode?: string; error?: string },
): typeof submissions.$inferInsert {
  return {
    orgId,
    submittedBy: memberId,
    staffMemberId,
    source: input.source,
    platformEventId: input.platformEventId ?? null,
    platformFileId: input.file.id,
    fileName: input.file.name,
    fileType: input.file.type,
    sizeBytes: input.file.sizeBytes,
    durationSec: input.file.durationSec ?? null,
    sha256: input.file.sha256 ?? null,
    replyTo: input.replyTo,
    status: state.status,
    errorCode: state.errorCode ?? null,
    error: state.error ?? null,
  };
}
