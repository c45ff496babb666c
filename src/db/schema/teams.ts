/**
 * What the Teams adapter keeps: the conversation references it may post to later (a user's personal
 * chat with the app, channels, meeting chats), and the inputs behind a Teams submission (the file's
 * pre-authorised download URL, a pasted transcript, or the meeting whose transcript Graph serves)
 * with the last reason fetching it failed, so the user is told exactly why.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const TEAMS_CONVERSATION_TYPES = ['personal', 'groupChat', 'channel'] as const;
export type TeamsConversationType = (typeof TEAMS_CONVERSATION_TYPES)[number];

export const teamsConversations = pgTable(
  'teams_conversations',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    conversationId: text('conversation_id').notNull(),
    conversationType: text('conversation_type').$type<TeamsConversationType>().notNull(),
    /** The Bot Connector endpoint this conversation is served from (validated when it was stored). */
    serviceUrl: text('service_url').notNull(),
    botId: text('bot_id').notNull(),
    /** Personal chats: the user's Entra object id (our platformUserId) and Bot Framework id. */
    userAadId: text('user_aad_id'),
    userBotId: text('user_bot_id'),
    /** Set when the app was uninstalled from this conversation. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.conversationId] }),
    index('teams_conversations_user_idx').on(t.orgId, t.userAadId),
    check('teams_conversations_type_ck', sql`${t.conversationType} in ('personal', 'groupChat', 'channel')`),
  ],
);

/** Why fetching a Teams input failed (the adapter has a message for each). */
export const TEAMS_FETCH_FAILURES = [
  'url_expired', 'too_large', 'download_failed',
  'transcription_disabled', 'speaker_attribution', 'forbidden', 'meeting_expired', 'no_transcript', 'throttled', 'graph_error',
  'input_missing',
] as const;
export type TeamsFetchFailure = (typeof TEAMS_FETCH_FAILURES)[number];

export const TEAMS_INPUT_KINDS = ['download', 'text', 'meeting'] as const;
export type TeamsInputKind = (typeof TEAMS_INPUT_KINDS)[number];

export const teamsInputs = pgTable(
  'teams_inputs',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    /** The submission's platformFileId. */
    fileId: text('file_id').notNull(),
    kind: text('kind').$type<TeamsInputKind>().notNull(),
    /** kind 'download': the pre-authorised URL Teams gave (short-lived). */
    downloadUrl: text('download_url'),
    /** kind 'text': the pasted transcript. */
    content: text('content'),
    /** kind 'meeting': the organiser's Entra id and the Graph onlineMeeting id. */
    organizerAadId: text('organizer_aad_id'),
    meetingId: text('meeting_id'),
    /** Fetch attempts so far, and the reason the last one failed. */
    attempts: integer('attempts').notNull().default(0),
    failure: text('failure').$type<TeamsFetchFailure>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.fileId] }),
    index('teams_inputs_created_idx').on(t.createdAt),
    check('teams_inputs_kind_ck', sql`${t.kind} in ('download', 'text', 'meeting')`),
    check('teams_inputs_attempts_ck', sql`${t.attempts} >= 0`),
  ],
);
