/**
 * The analysis job for one submission. Idempotent: a job may run again after a crash or an expiry,
 * and concurrently with a zombie run. The submission row is locked and re-checked in the final
 * transaction, which stores the result, its excerpts, alerts, usage and every message it causes
 * (outbox + delivery jobs) together, or nothing. Raw media only ever lives in a temporary folder that
 * is removed whatever happens.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { AnalysisResult } from '../analysis/result.js';
import { TranscriptError } from '../analysis/transcript.js';
import type { Database, Tx } from '../db/connection.js';
import { createWorkFolder } from '../files/work-folders.js';
import { membersWithRole, supervisorsOf, type Organisation } from '../db/repo/organisations.js';
import { addToOutbox, type NewOutboxMessage } from '../db/repo/outbox.js';
import { effectiveSettings, type EffectiveOrganisation } from '../db/repo/org-links.js';
import { currentUsage, lockUsage, quotaCheck, recordUsage, type QuotaCheck } from '../db/repo/usage.js';
import { alerts, analyses, excerpts, members, organisations, submissions, transcripts } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import { messagesFor } from './messages.js';
import { recordReviewUsage } from './review-settings.js';
import { estimateTranscriptSeconds } from './speech-duration.js';
import { recordUnroutedAlert, resolveUnroutedAlerts } from './unrouted-alerts.js';
import { chargeAnalysedCall } from './staff-member.js';
import { AnalysisTimeLimitError, DurationLimitError, FileGoneError, isUserFacingFailure, type Analyser, type FileSource, type JobQueue, type Transcriber } from './ports.js';

export interface AnalysisJobDeps {
  database: Database;
  queue: JobQueue;
  files: FileSource;
  analyse: Analyser;
  transcriber?: Transcriber | undefined;
  /**
   * The optional model review (src/review, issue 8): the engine's result in, the final one out. It
   * falls back to the engine's result itself; anything it throws is logged and the engine's result kept.
   */
  reviewer?: ((input: { transcript: Uint8Array | string; result: AnalysisResult; org: Organisation }) => Promise<AnalysisResult>) | undefined;
  logger: Logger;
  /** Parent of the per-job temporary folders (default: the OS temp dir). */
  tmpDir?: string | undefined;
  now?: () => Date;
  /**
   * Optional post-filter of the engine's result, inside the storing transaction (e.g. the
   * organisation's suppressed phrases: src/flows/insights/suppression.ts `suppressionPostFilter`).
   */
  postFilter?: ((tx: Tx, orgId: string, result: AnalysisResult) => Promise<AnalysisResult>) | undefined;
  /**
   * Admins the platform's configuration names (e.g. TEAMS_ADMIN_USER_IDS), told with the members who
   * have the admin role when an alert has nobody to go to.
   */
  platformAdmins?: ((org: Organisation) => readonly string[]) | undefined;
}

export type AnalysisJobOutcome = 'analysed' | 'skipped' | 'rejected' | 'failed';

const MEDIA_EXTENSIONS = new Set(['.mp3', '.m4a', '.wav', '.aac', '.ogg', '.opus', '.flac', '.mp4', '.mov', '.webm', '.mkv']);

export function isMedia(fileName: string, fileType: string): boolean {
  return /^(audio|video)\//.test(fileType) || MEDIA_EXTENSIONS.has(extname(fileName).toLowerCase());
}

type Prepared =
  | {
    kind: 'result'; result: AnalysisResult; sha256: string; transcript: { format: string; content: string } | null;
    /** For a transcript without times: how long it took to say, estimated from its words (speech-duration.ts). */
    estimatedSec: number | null;
  }
  | { kind: 'user_error'; code: 'bad_transcript' | 'file_gone' | 'media_unsupported' | 'media_failed' | 'analysis_time_limit'; message: string; sha256: string | null }
  /** A recording refused before transcription: the month's quota has no room for it (durationSec: as probed, when known). */
  | { kind: 'over_quota'; durationSec: number | null; sha256: string };

export async function runAnalysisJob(deps: AnalysisJobDeps, job: { submissionId: string }): Promise<AnalysisJobOutcome> {
  const { db } = deps.database;
  const [sub] = await db.select().from(submissions).where(eq(submissions.id, job.submissionId));
  if (!sub || (sub.status !== 'queued' && sub.status !== 'processing')) return 'skipped';
  const [row] = await db.select().from(organisations).where(eq(organisations.id, sub.orgId));
  if (!row) return 'skipped';
  const org = await effectiveSettings(db, row);
  if (sub.status === 'queued') {
    await db.update(submissions).set({ status: 'processing', updatedAt: sql`now()` })
      .where(and(eq(submissions.id, sub.id), eq(submissions.status, 'queued')));
  }

  const prepared = await prepare(deps, sub, org);
  const log = deps.logger.child({ submissionId: sub.id, orgId: org.id });

  return db.transaction(async (tx) => {
    // Lock the submission: of two runs of the same job, the second waits here and then skips.
    const [locked] = await tx.select({ status: submissions.status }).from(submissions)
      .where(eq(submissions.id, sub.id)).for('update');
    if (!locked || (locked.status !== 'queued' && locked.status !== 'processing')) return 'skipped';
    const [submitter] = await tx.select().from(members).where(eq(members.id, sub.submittedBy));
    const text = messagesFor(sub.replyTo.language ?? org.language);
    const toSubmitter = submitter
      ? { type: 'user' as const, platformUserId: submitter.platformUserId }
      : { type: 'channel' as const, channel: sub.replyTo.channel, thread: sub.replyTo.thread };

    if (prepared.kind === 'user_error') {
      await setSha(tx, sub.id, prepared.sha256);
      await finish(tx, sub.id, 'failed', prepared.code, prepared.message);
      const ids = await addToOutbox(tx, [{
        orgId: org.id, kind: 'error',
        target: { type: 'channel', channel: sub.replyTo.channel, thread: sub.replyTo.thread },
        payload: { submissionId: sub.id, fileName: sub.fileName, code: prepared.code, message: prepared.message },
        dedupeKey: `error:${sub.id}`,
      }]);
      await deps.queue.enqueueDelivery(tx, ids);
      log.info({ code: prepared.code }, 'submission failed with a user error');
      return 'failed';
    }

    const overQuota = async (quota: QuotaCheck, fileSeconds: number): Promise<'rejected'> => {
      const message = text.quotaExceeded(quota, fileSeconds);
      await finish(tx, sub.id, 'rejected', 'quota_exceeded', 'monthly quota reached');
      const ids = await addToOutbox(tx, [{
        orgId: org.id, kind: 'quota_exceeded', target: toSubmitter,
        payload: { submissionId: sub.id, fileName: sub.fileName, ...quota, message },
        dedupeKey: `quota_exceeded:${sub.id}`,
      }]);
      await deps.queue.enqueueDelivery(tx, ids);
      log.info('submission over quota');
      return 'rejected';
    };
    const duplicate = async (): Promise<'failed'> => {
      await finish(tx, sub.id, 'failed', 'duplicate', 'the same file content was already submitted');
      return 'failed';
    };

    if (prepared.kind === 'over_quota') {
      if (!(await setSha(tx, sub.id, prepared.sha256))) return duplicate();
      const usage = await lockUsage(tx, org, deps.now?.() ?? new Date());
      const seconds = Math.round(prepared.durationSec ?? 0);
      const quota = quotaCheck(await quotaNow(tx, org), usage, seconds);
      // Room appeared since the check (a new month, a raised quota): run the job again, transcription included.
      if (quota.allowed) throw new Error('quota changed while the recording was checked');
      return overQuota(quota, seconds);
    }

    const result = deps.postFilter ? await deps.postFilter(tx, org.id, prepared.result) : prepared.result;
    // The model review's tokens and cost (issue 8) count for the month whatever happens next (a duplicate
    // or over-quota file was still sent to the model), and only once: with the rest of this transaction.
    await recordReviewUsage(tx, org, result, deps.now?.() ?? new Date());
    if (!(await setSha(tx, sub.id, prepared.sha256))) return duplicate();
    // A transcript without times counts the minutes it took to say, not 0 (speech-duration.ts).
    const seconds = Math.round(result.durationSec ?? sub.durationSec ?? prepared.estimatedSec ?? 0);
    const usage = await lockUsage(tx, org, deps.now?.() ?? new Date());
    const limit = await quotaNow(tx, org);
    const quota = quotaCheck(limit, usage, seconds);
    if (!quota.allowed) return overQuota(quota, seconds);

    const [analysis] = await tx.insert(analyses).values({
      submissionId: sub.id, orgId: org.id, schemaVersion: result.schemaVersion, language: result.language,
      verdict: result.verdict, risk: result.risk, level: result.level, categories: result.categories,
      durationSec: result.durationSec, result,
    }).returning({ id: analyses.id });
    const analysisId = analysis!.id;
    if (result.excerpts.length > 0) {
      await tx.insert(excerpts).values(result.excerpts.map((e, ordinal) => ({
        analysisId, ordinal, startSec: e.start, endSec: e.end, line: e.line, speaker: e.speaker,
        text: e.text, categories: e.categories, score: e.score,
      })));
    }
    if (prepared.transcript) {
      await tx.insert(transcripts).values({ submissionId: sub.id, orgId: org.id, ...prepared.transcript });
    }
    const { crossedWarning } = await recordUsage(tx, usage, limit, seconds);
    await tx.update(submissions).set({ status: 'analysed', durationSec: result.durationSec ?? sub.durationSec, updatedAt: sql`now()` })
      .where(eq(submissions.id, sub.id));

    // The staff member in the call (named, remembered by speaker, or the sharer): their stress, their supervisors.
    const chargedTo = await chargeAnalysedCall(tx, { orgId: org.id, submissionId: sub.id, sharerId: sub.submittedBy, namedId: sub.staffMemberId, result });
    const [staff] = chargedTo && chargedTo.platformUserId !== submitter?.platformUserId
      ? await tx.select().from(members).where(and(eq(members.orgId, org.id), eq(members.platformUserId, chargedTo.platformUserId)))
      : [submitter];
    const answer: NewOutboxMessage = {
      orgId: org.id, kind: 'analysis_result',
      target: { type: 'channel', channel: sub.replyTo.channel, thread: sub.replyTo.thread },
      payload: { submissionId: sub.id, analysisId, fileName: sub.fileName, result, ...(chargedTo ? { chargedTo } : {}) },
      dedupeKey: `analysis_result:${sub.id}`,
    };
    const messages: NewOutboxMessage[] = [answer];
    if (result.verdict === 'kasuhara' && result.risk >= org.alertThreshold) {
      const supervisors = staff ? await supervisorsOf(tx, org.id, staff.id) : await membersWithRole(tx, org.id, 'supervisor');
      if (supervisors.length === 0 && !org.departmentChannel) {
        // Nobody to alert: the answer says so, and the admins hear it once (src/flows/unrouted-alerts.ts).
        answer.payload.alertWithoutRecipient = true;
        messages.push(...await recordUnroutedAlert(tx, {
          org, analysisId, result, language: org.language, extraAdmins: deps.platformAdmins?.(org) ?? [],
        }));
        log.warn('alert due but no supervisor or department channel is set up');
      } else {
        await resolveUnroutedAlerts(tx, org.id);
      }
      if (supervisors.length > 0) {
        await tx.insert(alerts).values(supervisors.map((s) => ({ orgId: org.id, analysisId, recipientId: s.id })));
      }
      const alertPayload = {
        submissionId: sub.id, analysisId, fileName: sub.fileName, verdict: result.verdict, risk: result.risk,
        level: result.level, categories: result.categories, staffUserId: staff?.platformUserId ?? null,
      };
      for (const s of supervisors) {
        messages.push({ orgId: org.id, kind: 'alert', target: { type: 'user', platformUserId: s.platformUserId },
          payload: alertPayload, dedupeKey: `alert:${analysisId}:${s.id}` });
      }
      if (org.departmentChannel) {
        messages.push({ orgId: org.id, kind: 'alert', target: { type: 'channel', channel: org.departmentChannel },
          payload: alertPayload, dedupeKey: `alert:${analysisId}:department` });
      }
    }
    if (crossedWarning) {
      const after = quotaCheck(limit, { ...usage, secondsAnalysed: usage.secondsAnalysed + seconds }, 0);
      const message = text.quotaWarning(after);
      for (const admin of await membersWithRole(tx, org.id, 'admin')) {
        messages.push({ orgId: org.id, kind: 'quota_warning', target: { type: 'user', platformUserId: admin.platformUserId },
          payload: { month: usage.month, ...after, message }, dedupeKey: `quota_warning:${org.id}:${usage.month}:${admin.id}` });
      }
    }
    await deps.queue.enqueueDelivery(tx, await addToOutbox(tx, messages));
    log.info({ verdict: result.verdict, risk: result.risk, messages: messages.length }, 'submission analysed');
    return 'analysed';
  });
}

/** Fetches, (transcribes) and analyses outside any transaction; temporary files never outlive this call. */
async function prepare(deps: AnalysisJobDeps, sub: typeof submissions.$inferSelect, org: EffectiveOrganisation): Promise<Prepared> {
  // The sharer reads the answer: their language for the advice and the messages, the organisation's otherwise.
  const language = sub.replyTo.language ?? org.language;
  const text = messagesFor(language);
  if (sub.error === TRANSCRIPTION_UNAVAILABLE) await noteAttempt(deps.database, sub.id, null);
  let bytes: Uint8Array;
  try {
    bytes = await deps.files.fetch({ orgId: org.id, source: sub.source, platformFileId: sub.platformFileId, fileName: sub.fileName });
  } catch (err) {
    if (err instanceof FileGoneError) return { kind: 'user_error', code: 'file_gone', message: text.fileGone(), sha256: null };
    throw err; // transient: the job is retried
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const options = { language };
  try {
    if (!isMedia(sub.fileName, sub.fileType)) {
      const engine = await deps.analyse(bytes, sub.fileName, options);
      const estimatedSec = engine.durationSec === null ? estimateTranscriptSeconds(bytes, sub.fileName) : null;
      // The model review is paid for too: not for a file the month has no room for (the stored check refuses it).
      const room = await quotaRoomSeconds(deps, org);
      const seconds = Math.round(engine.durationSec ?? sub.durationSec ?? estimatedSec ?? 0);
      const overQuota = room !== null && (room <= 0 || seconds > room);
      const result = overQuota ? engine : await review(deps, org, bytes, engine);
      return { kind: 'result', result, sha256, transcript: null, estimatedSec };
    }
    if (!deps.transcriber) return { kind: 'user_error', code: 'media_unsupported', message: text.mediaUnsupported(), sha256 };
    // Transcription is paid for: a recording the month has no room for is refused before it (checked again under lock).
    const room = await quotaRoomSeconds(deps, org);
    if (room !== null && room <= 0) return { kind: 'over_quota', durationSec: null, sha256 };
    const folder = await createWorkFolder('job', deps.tmpDir);
    try {
      const path = join(folder.path, `media${extname(sub.fileName).toLowerCase()}`);
      await writeFile(path, bytes);
      let transcript: { format: string; content: string };
      try {
        transcript = await deps.transcriber.transcribe(path, { ...options, ...(room !== null ? { maxDurationSec: room } : {}) });
      } catch (err) {
        if (err instanceof DurationLimitError) return { kind: 'over_quota', durationSec: err.durationSec, sha256 };
        // The service was down or too slow (after the transcriber's own retries): the job is retried,
        // and if the last attempt fails too, giveUpAnalysis says so instead of a generic failure.
        if (isUserFacingFailure(err) && err.retryable) await noteAttempt(deps.database, sub.id, TRANSCRIPTION_UNAVAILABLE);
        throw err;
      }
      return { kind: 'result', result: await review(deps, org, transcript.content, await deps.analyse(transcript.content, sub.fileName, options)), sha256, transcript, estimatedSec: null };
    } finally {
      await folder.remove();
    }
  } catch (err) {
    if (err instanceof TranscriptError) return { kind: 'user_error', code: 'bad_transcript', message: text.badTranscript(err.message), sha256 };
    // Deterministic: a retry would stall a thread for as long again, so the sharer is told at once.
    if (err instanceof AnalysisTimeLimitError) return { kind: 'user_error', code: 'analysis_time_limit', message: text.analysisTimeLimit(err.limitSeconds), sha256 };
    if (isUserFacingFailure(err) && !err.retryable) return { kind: 'user_error', code: 'media_failed', message: err.userMessage, sha256 };
    throw err;
  }
}

/**
 * The monthly quota as it is now, from the organisation whose month counts (its settings owner when
 * linked): an admin may have changed it while the job fetched and transcribed.
 */
async function quotaNow(tx: Tx, org: EffectiveOrganisation): Promise<{ monthlyMinuteQuota: number }> {
  const [row] = await tx.select({ monthlyMinuteQuota: organisations.monthlyMinuteQuota }).from(organisations).where(eq(organisations.id, org.usage.id));
  return row ?? { monthlyMinuteQuota: org.monthlyMinuteQuota };
}

/** Seconds left in the organisation's month (null: no limit), read without a lock: enough to decide before paying. */
async function quotaRoomSeconds(deps: AnalysisJobDeps, org: EffectiveOrganisation): Promise<number | null> {
  if (org.monthlyMinuteQuota === 0) return null;
  const usage = await currentUsage(deps.database.db, org, deps.now?.() ?? new Date());
  return org.monthlyMinuteQuota * 60 - usage.secondsAnalysed;
}

/** The model review when one is configured; never fails the analysis. */
async function review(deps: AnalysisJobDeps, org: Organisation, transcript: Uint8Array | string, result: AnalysisResult): Promise<AnalysisResult> {
  if (!deps.reviewer) return result;
  try {
    return await deps.reviewer({ transcript, result, org });
  } catch (err) {
    deps.logger.warn({ orgId: org.id, error: err instanceof Error ? err.name : 'unknown' }, 'model review failed; engine result kept');
    return result;
  }
}

/**
 * Records the content hash; false when another live submission of the organisation already has this
 * file and content (a failed one does not count: the file was shared again to run again).
 */
async function setSha(tx: Tx, submissionId: string, sha256: string | null): Promise<boolean> {
  if (sha256 === null) return true;
  const [sub] = await tx.select({ orgId: submissions.orgId, fileId: submissions.platformFileId, sha: submissions.sha256 })
    .from(submissions).where(eq(submissions.id, submissionId));
  if (!sub || sub.sha === sha256) return true;
  const [clash] = await tx.select({ id: submissions.id }).from(submissions).where(and(
    eq(submissions.orgId, sub.orgId), eq(submissions.platformFileId, sub.fileId), eq(submissions.sha256, sha256), ne(submissions.id, submissionId),
    ne(submissions.status, 'failed')));
  if (clash) return false;
  await tx.update(submissions).set({ sha256 }).where(eq(submissions.id, submissionId));
  return true;
}

/**
 * What the last failed attempt of a job that is being retried ran into, kept in `submissions.error`
 * while the submission is still processing (error_code stays null until it ends).
 */
const TRANSCRIPTION_UNAVAILABLE = 'attempt failed: transcription service unavailable';

async function noteAttempt(database: Database, submissionId: string, note: string | null): Promise<void> {
  try {
    await database.db.update(submissions).set({ error: note })
      .where(and(eq(submissions.id, submissionId), eq(submissions.status, 'processing')));
  } catch {
    // Only the wording of a later give-up depends on it.
  }
}

async function finish(tx: Tx, submissionId: string, status: 'failed' | 'rejected', errorCode: string, error: string): Promise<void> {
  await tx.update(submissions).set({ status, errorCode, error: error.slice(0, 1000), updatedAt: sql`now()` })
    .where(eq(submissions.id, submissionId));
}

/**
 * The last attempt of an analysis job failed: tell the person in the thread (once), mark the
 * submission failed, in one transaction. Nobody else is notified: the message says what the person
 * can do (a transcription outage: try later or share a transcript; anything else: try later). The
 * job itself goes to the dead-letter queue, from where an admin retry puts the submission back in the
 * queue (see jobs/admin.ts).
 */
export async function giveUpAnalysis(
  deps: Pick<AnalysisJobDeps, 'database' | 'queue' | 'logger'>,
  job: { submissionId: string },
  reason: string,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const [sub] = await tx.select().from(submissions).where(eq(submissions.id, job.submissionId)).for('update');
    if (!sub || (sub.status !== 'queued' && sub.status !== 'processing')) return;
    const [row] = await tx.select().from(organisations).where(eq(organisations.id, sub.orgId));
    const org = row ? await effectiveSettings(tx, row) : undefined;
    // The last attempt could not reach the transcription service: say so (try later, or share a transcript).
    const transcriptionDown = sub.error === TRANSCRIPTION_UNAVAILABLE;
    const text = messagesFor(sub.replyTo.language ?? org?.language ?? 'ja');
    const message = transcriptionDown ? text.transcriptionUnavailable() : text.analysisFailed();
    // internal_error either way: an admin's dead-letter retry puts it back in the queue (jobs/admin.ts).
    await finish(tx, sub.id, 'failed', 'internal_error', transcriptionDown ? `transcription unavailable: ${reason}` : reason);
    const ids = await addToOutbox(tx, [{
      orgId: sub.orgId, kind: 'error',
      target: { type: 'channel', channel: sub.replyTo.channel, thread: sub.replyTo.thread },
      payload: { submissionId: sub.id, fileName: sub.fileName, code: transcriptionDown ? 'transcription_unavailable' : 'internal_error', message },
      dedupeKey: `error:${sub.id}`,
    }]);
    await deps.queue.enqueueDelivery(tx, ids);
  });
  deps.logger.error({ submissionId: job.submissionId }, 'analysis gave up after its last retry');
}
