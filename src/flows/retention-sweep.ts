/**
 * Deletes transcripts (stored ones, and what was pasted or linked in Teams), analyses (with their
 * excerpts, alerts and feedback), delivered messages older than each organisation's retention
 * period, the speaker names it remembered (speaker_members) that no call used for as long, and role-play practice
 * sessions (with the trainee's replies) untouched for as long, and records each deletion in the audit log.
 * Submissions keep their metadata (file name, size, status) for usage and deduplication.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { effectiveSettings } from '../db/repo/org-links.js';
import type { Database } from '../db/connection.js';
import { analyses, auditLog, organisations, outbox, practiceSessions, processedEvents, speakerMembers, teamsInputs, transcripts } from '../db/schema/index.js';
import type { Logger } from '../logger.js';

export interface RetentionDeps {
  database: Database;
  logger: Logger;
  now?: () => Date;
}

export interface RetentionReport {
  organisations: number;
  analyses: number;
  transcripts: number;
  messages: number;
  /** Teams inputs: pasted transcripts and download links behind Teams submissions. */
  inputs: number;
  /** Remembered speaker names (speaker_members) no call used for the retention period. */
  speakers: number;
  /** Practice sessions (the trainee's replies in them) not touched for the retention period. */
  practice: number;
}

/** Platform event ids only need to outlive the platforms' redelivery window (Slack: about an hour). */
const PROCESSED_EVENT_DAYS = 7;

export async function sweepRetention(deps: RetentionDeps): Promise<RetentionReport> {
  const now = deps.now?.() ?? new Date();
  const { db } = deps.database;
  const orgs = await Promise.all((await db.select().from(organisations)).map((o) => effectiveSettings(db, o)));
  const report: RetentionReport = { organisations: 0, analyses: 0, transcripts: 0, messages: 0, inputs: 0, speakers: 0, practice: 0 };
  for (const org of orgs) {
    const cutoff = new Date(now.getTime() - org.retentionDays * 86_400_000).toISOString();
    await db.transaction(async (tx) => {
      const deletedAnalyses = await tx.delete(analyses)
        .where(and(eq(analyses.orgId, org.id), lt(analyses.createdAt, sql`${cutoff}::timestamptz`)))
        .returning({ id: analyses.id });
      const deletedTranscripts = await tx.delete(transcripts)
        .where(and(eq(transcripts.orgId, org.id), lt(transcripts.createdAt, sql`${cutoff}::timestamptz`)))
        .returning({ id: transcripts.submissionId });
      const deletedMessages = await tx.delete(outbox)
        .where(and(eq(outbox.orgId, org.id), inArray(outbox.status, ['sent', 'failed']), lt(outbox.createdAt, sql`${cutoff}::timestamptz`)))
        .returning({ id: outbox.id });
      const deletedInputs = await tx.delete(teamsInputs)
        .where(and(eq(teamsInputs.orgId, org.id), lt(teamsInputs.createdAt, sql`${cutoff}::timestamptz`)))
        .returning({ id: teamsInputs.fileId });
      const deletedSpeakers = await tx.delete(speakerMembers)
        .where(and(eq(speakerMembers.orgId, org.id), lt(speakerMembers.lastUsedAt, sql`${cutoff}::timestamptz`)))
        .returning({ label: speakerMembers.label });
      const deletedPractice = await tx.delete(practiceSessions)
        .where(and(eq(practiceSessions.orgId, org.id), lt(practiceSessions.updatedAt, sql`${cutoff}::timestamptz`)))
        .returning({ id: practiceSessions.id });
      const counts = {
        analyses: deletedAnalyses.length, transcripts: deletedTranscripts.length, messages: deletedMessages.length, inputs: deletedInputs.length,
        speakers: deletedSpeakers.length, practice: deletedPractice.length,
      };
      if (counts.analyses + counts.transcripts + counts.messages + counts.inputs + counts.speakers + counts.practice > 0) {
        await tx.insert(auditLog).values({
          orgId: org.id, actor: 'system', action: 'retention_sweep', subject: `older than ${cutoff}`,
          detail: { ...counts, retentionDays: org.retentionDays },
        });
        report.organisations += 1;
        report.analyses += counts.analyses;
        report.transcripts += counts.transcripts;
        report.messages += counts.messages;
        report.inputs += counts.inputs;
        report.speakers += counts.speakers;
        report.practice += counts.practice;
      }
    });
  }
  const eventCutoff = new Date(now.getTime() - PROCESSED_EVENT_DAYS * 86_400_000).toISOString();
  await db.delete(processedEvents).where(lt(processedEvents.receivedAt, sql`${eventCutoff}::timestamptz`));
  deps.logger.info(report, 'retention sweep done');
  return report;
}
