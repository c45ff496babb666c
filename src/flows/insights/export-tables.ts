/**
 * What "all of an organisation's data" is: every table of the schema is either exported here (a query
 * for the organisation's rows, in a stable order) or listed in EXPORT_EXCLUDED with the reason it is
 * not. tests/flows/insights/export-completeness.test.ts reads the drizzle schema and fails on a table
 * that belongs to an organisation (an organisation column, or a foreign key to a table that has one)
 * and is in neither list, so a new table cannot be forgotten silently.
 */
import { asc, eq, getTableColumns, inArray, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/connection.js';
import {
  alerts, analyses, auditLog, bookingDaysOff, bookingInstructors, bookingInvoices, bookingPaymentMismatches, bookings, bookingSettings, bookingWeeklyHours,
  communityAnswers, communityEvents, communityQuestions, communityReports, communityRsvps, communitySettings, excerpts, feedback,
  feedbackReviews, insightsSettings, intakeChannels, members, monthlyReports, monthlyUsage, organisationLinks,
  organisationReviewSettings, organisations, reviewUsage, stressBalances, stressEvents, stressNotices, submissions,
  practiceSessions, speakerMembers, supervisorLinks, suppressedPhrases, teamsInputs, transcripts, unroutedAlerts,
} from '../../db/schema/index.js';

/** The exported tables (database names), in file order: the organisation and its people first, then what they did. */
export const EXPORT_TABLES = [
  'organisations', 'members', 'supervisor_links', 'organisation_links',
  'speaker_members', 'submissions', 'transcripts', 'teams_inputs', 'analyses', 'excerpts', 'alerts', 'unrouted_alerts', 'feedback', 'feedback_reviews',
  'suppressed_phrases', 'stress_events', 'stress_balances', 'stress_notices', 'monthly_reports', 'monthly_usage',
  'review_usage', 'organisation_review_settings', 'insights_settings', 'intake_channels',
  'community_settings', 'community_questions', 'community_answers', 'community_reports', 'community_events', 'community_rsvps',
  'booking_settings', 'booking_instructors', 'booking_weekly_hours', 'booking_days_off', 'bookings', 'booking_invoices',
  'booking_payment_mismatches', 'practice_sessions', 'audit_log',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** Tables deliberately not exported, and why (each is checked against the schema by the completeness test). */
export const EXPORT_EXCLUDED: Record<string, string> = {
  outbox: 'messages to deliver: their payloads are copies of what is exported (results, alerts, bookings, notices), kept for delivery and removed with the retention period',
  teams_posted_activities: 'delivery bookkeeping: which Teams activity ids were created for an outbox message',
  progress_messages: 'which chat message shows a submission\'s progress: platform message references, no content',
  teams_conversations: 'Bot Connector conversation references (service URL, bot and user ids) needed to post: platform addressing, no content',
  export_links: 'hashes of one-time download tokens: credentials, meaningless outside this server',
  organisation_link_codes: 'hashes of one-time linking codes: credentials; the links themselves are exported (organisation_links)',
  community_event_reminders: 'which study-group reminders were already sent: bookkeeping',
  alert_reminders: 'which re-alerts were already sent: bookkeeping (the alerts are exported)',
  processed_events: 'platform event ids received, kept 7 days to drop redeliveries: not any one organisation\'s data',
  stripe_webhook_events: 'Stripe event ids already processed: not any one organisation\'s data; the payments are in bookings and booking_invoices',
  booking_invoice_counters: 'the invoice issuer\'s number sequence, shared by all organisations; every invoice is exported in booking_invoices',
};

/** Columns left out of an exported table, and why: bearer URLs and values derived from exported ones. */
const OMITTED: Partial<Record<ExportTable, string[]>> = {
  // A pre-authorised, short-lived download URL: whoever holds it can fetch the file.
  teams_inputs: ['downloadUrl'],
  // Search tokens and the search vector are computed from the title and body, which are exported.
  community_questions: ['titleTokens', 'bodyTokens', 'searchVector'],
};

type Row = Record<string, unknown>;

/** Every column of `table` but the omitted ones, for a select. */
function columnsOf(name: ExportTable, table: PgTable): Record<string, PgColumn> {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const omit = new Set(OMITTED[name] ?? []);
  return Object.fromEntries(Object.entries(all).filter(([k]) => !omit.has(k)));
}

async function rows(ex: Executor, name: ExportTable, table: PgTable, where: SQL | undefined, order: PgColumn[]): Promise<Row[]> {
  return ex.select(columnsOf(name, table)).from(table).where(where).orderBy(...order.map((c) => asc(c))) as Promise<Row[]>;
}

const ids = (list: Row[], key = 'id') => list.map((r) => r[key] as string);
/** `column in (…)`, or nothing at all for an empty list (no query needed). */
async function under(ex: Executor, name: ExportTable, table: PgTable, column: PgColumn, parents: string[], order: PgColumn[]): Promise<Row[]> {
  return parents.length === 0 ? [] : rows(ex, name, table, inArray(column, parents), order);
}

/** Every exported row of the organisation, by table (ordered by primary key). */
export async function organisationRecords(ex: Executor, orgId: string): Promise<Record<ExportTable, Row[]>> {
  const org = <T extends PgTable & { orgId: PgColumn }>(name: ExportTable, table: T, ...order: PgColumn[]) =>
    rows(ex, name, table, eq(table.orgId, orgId), order);

  const memberRows = await org('members', members, members.id);
  const analysisRows = await org('analyses', analyses, analyses.id);
  const questionRows = await org('community_questions', communityQuestions, communityQuestions.id);
  const eventRows = await org('community_events', communityEvents, communityEvents.id);
  const instructorRows = await org('booking_instructors', bookingInstructors, bookingInstructors.memberId);
  return {
    organisations: await rows(ex, 'organisations', organisations, eq(organisations.id, orgId), [organisations.id]),
    members: memberRows,
    supervisor_links: await under(ex, 'supervisor_links', supervisorLinks, supervisorLinks.memberId, ids(memberRows), [supervisorLinks.memberId, supervisorLinks.supervisorId]),
    organisation_links: await rows(ex, 'organisation_links', organisationLinks,
      or(eq(organisationLinks.linkedOrgId, orgId), eq(organisationLinks.ownerOrgId, orgId)), [organisationLinks.linkedOrgId]),
    speaker_members: await org('speaker_members', speakerMembers, speakerMembers.label),
    submissions: await org('submissions', submissions, submissions.id),
    transcripts: await org('transcripts', transcripts, transcripts.submissionId),
    teams_inputs: await org('teams_inputs', teamsInputs, teamsInputs.fileId),
    analyses: analysisRows,
    excerpts: await under(ex, 'excerpts', excerpts, excerpts.analysisId, ids(analysisRows), [excerpts.analysisId, excerpts.ordinal]),
    alerts: await org('alerts', alerts, alerts.id),
    unrouted_alerts: await org('unrouted_alerts', unroutedAlerts, unroutedAlerts.analysisId),
    feedback: await org('feedback', feedback, feedback.id),
    feedback_reviews: await org('feedback_reviews', feedbackReviews, feedbackReviews.feedbackId),
    suppressed_phrases: await org('suppressed_phrases', suppressedPhrases, suppressedPhrases.phrase),
    stress_events: await org('stress_events', stressEvents, stressEvents.id),
    stress_balances: await org('stress_balances', stressBalances, stressBalances.memberId),
    stress_notices: await org('stress_notices', stressNotices, stressNotices.id),
    monthly_reports: await org('monthly_reports', monthlyReports, monthlyReports.month),
    monthly_usage: await org('monthly_usage', monthlyUsage, monthlyUsage.month),
    review_usage: await org('review_usage', reviewUsage, reviewUsage.month),
    organisation_review_settings: await org('organisation_review_settings', organisationReviewSettings, organisationReviewSettings.orgId),
    insights_settings: await org('insights_settings', insightsSettings, insightsSettings.orgId),
    intake_channels: await org('intake_channels', intakeChannels, intakeChannels.channel),
    community_settings: await org('community_settings', communitySettings, communitySettings.orgId),
    community_questions: questionRows,
    community_answers: await under(ex, 'community_answers', communityAnswers, communityAnswers.questionId, ids(questionRows), [communityAnswers.id]),
    community_reports: await org('community_reports', communityReports, communityReports.id),
    community_events: eventRows,
    community_rsvps: await under(ex, 'community_rsvps', communityRsvps, communityRsvps.eventId, ids(eventRows), [communityRsvps.id]),
    booking_settings: await org('booking_settings', bookingSettings, bookingSettings.orgId),
    booking_instructors: instructorRows,
    booking_weekly_hours: await under(ex, 'booking_weekly_hours', bookingWeeklyHours, bookingWeeklyHours.instructorId, ids(instructorRows, 'memberId'), [bookingWeeklyHours.id]),
    booking_days_off: await under(ex, 'booking_days_off', bookingDaysOff, bookingDaysOff.instructorId, ids(instructorRows, 'memberId'), [bookingDaysOff.instructorId, bookingDaysOff.day]),
    bookings: await org('bookings', bookings, bookings.id),
    booking_invoices: await org('booking_invoices', bookingInvoices, bookingInvoices.id),
    booking_payment_mismatches: await org('booking_payment_mismatches', bookingPaymentMismatches, bookingPaymentMismatches.createdAt, bookingPaymentMismatches.id),
    practice_sessions: await org('practice_sessions', practiceSessions, practiceSessions.startedAt, practiceSessions.id),
    audit_log: await rows(ex, 'audit_log', auditLog, eq(auditLog.orgId, orgId), [auditLog.id]),
  };
}
