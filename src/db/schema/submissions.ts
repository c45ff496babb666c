/** Submissions (a shared file), their transcripts, analyses and excerpts (the result contract). */
import { sql } from 'drizzle-orm';
import {
  bigint, check, index, integer, jsonb, pgTable, real, text, timestamp, unique, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import type { AnalysisResult } from '../../analysis/result.js';
import { members, organisations } from './organisations.js';

export const SUBMISSION_SOURCES = ['slack_file', 'teams_file', 'teams_meeting', 'cli'] as const;
export const SUBMISSION_STATUSES = ['queued', 'processing', 'analysed', 'rejected', 'failed'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Where replies about a submission go, platform-neutral. */
export interface ReplyTarget {
  channel: string;
  thread?: string | undefined;
  /** The sharer's language (their chat locale) when it differs from the organisation's; the answer and its advice follow it. */
  language?: 'ja' | 'en' | undefined;
}

export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    submittedBy: uuid('submitted_by').notNull().references(() => members.id, { onDelete: 'cascade' }),
    /**
     * The staff member in the call, whose stress it adds to: named by the sharer, found from the
     * transcript's speaker label (speaker_members), or corrected afterwards. Null: the sharer.
     */
    staffMemberId: uuid('staff_member_id').references(() => members.id, { onDelete: 'set null' }),
    source: text('source').$type<SubmissionSource>().notNull(),
    /** The platform's id of the event that delivered the file (Slack event_id, Bot Framework activity id). */
    platformEventId: text('platform_event_id'),
    platformFileId: text('platform_file_id').notNull(),
    fileName: text('file_name').notNull(),
    fileType: text('file_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    durationSec: real('duration_sec'),
    /** Hex SHA-256 of the content: given at submission when known, else filled in by the worker. */
    sha256: text('sha256'),
    replyTo: jsonb('reply_to').$type<ReplyTarget>().notNull(),
    status: text('status').$type<SubmissionStatus>().notNull().default('queued'),
    errorCode: text('error_code'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('submissions_event_uq').on(t.orgId, t.source, t.platformEventId),
    // One live submission per file and content (content not known yet counts as one content); a failed
    // one is history, so sharing the file again after a failure makes a new submission that runs again.
    uniqueIndex('submissions_file_sha_uq').on(t.orgId, t.platformFileId, sql`coalesce(${t.sha256}, '')`).where(sql`${t.status} <> 'failed'`),
    index('submissions_status_idx').on(t.status),
    check('submissions_source_ck', sql`${t.source} in ('slack_file', 'teams_file', 'teams_meeting', 'cli')`),
    check('submissions_status_ck', sql`${t.status} in ('queued', 'processing', 'analysed', 'rejected', 'failed')`),
    check('submissions_size_ck', sql`${t.sizeBytes} >= 0`),
    check('submissions_duration_ck', sql`${t.durationSec} is null or ${t.durationSec} >= 0`),
    check('submissions_sha256_ck', sql`${t.sha256} is null or ${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('submissions_error_ck', sql`(${t.status} in ('rejected', 'failed')) = (${t.errorCode} is not null)`),
  ],
);

/** Transcripts produced from media by a transcriber (uploaded transcript files are not copied). */
export const transcripts = pgTable(
  'transcripts',
  {
    submissionId: uuid('submission_id').primaryKey().references(() => submissions.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    format: text('format').notNull(),
    content: text('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('transcripts_org_created_idx').on(t.orgId, t.createdAt)],
);

export const analyses = pgTable(
  'analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** One analysis per submission: the database, not the code, guarantees "analysed once". */
    submissionId: uuid('submission_id').notNull().references(() => submissions.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    schemaVersion: integer('schema_version').notNull(),
    language: text('language').notNull(),
    verdict: text('verdict').notNull(),
    risk: integer('risk').notNull(),
    level: text('level').notNull(),
    categories: text('categories').array().notNull(),
    durationSec: real('duration_sec'),
    result: jsonb('result').$type<AnalysisResult>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('analyses_submission_uq').on(t.submissionId),
    index('analyses_org_created_idx').on(t.orgId, t.createdAt),
    check('analyses_schema_version_ck', sql`${t.schemaVersion} = 1`),
    check('analyses_language_ck', sql`${t.language} in ('ja', 'en')`),
    check('analyses_verdict_ck', sql`${t.verdict} in ('kasuhara', 'complaint', 'normal')`),
    check('analyses_level_ck', sql`${t.level} in ('none', 'low', 'medium', 'high')`),
    check('analyses_risk_ck', sql`${t.risk} between 0 and 100`),
  ],
);

export const excerpts = pgTable(
  'excerpts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    analysisId: uuid('analysis_id').notNull().references(() => analyses.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    startSec: real('start_sec'),
    endSec: real('end_sec'),
    line: integer('line').notNull(),
    speaker: text('speaker'),
    text: text('text').notNull(),
    categories: text('categories').array().notNull(),
    score: integer('score').notNull(),
  },
  (t) => [
    unique('excerpts_analysis_ordinal_uq').on(t.analysisId, t.ordinal),
    check('excerpts_score_ck', sql`${t.score} between 0 and 100`),
    check('excerpts_line_ck', sql`${t.line} >= 1`),
    check('excerpts_times_ck', sql`${t.startSec} is null or ${t.endSec} is null or ${t.endSec} >= ${t.startSec}`),
  ],
);
