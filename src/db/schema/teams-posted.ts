/**
 * What the Teams Messenger posted for an outbox message: the Bot Connector cannot be searched for
 * an activity (no message metadata, no history for bots), so each activity created for an outbox
 * message is recorded here right after the Connector answered, before the Messenger returns. A
 * retried delivery (after a crash between the post and mark-sent) finds the message here instead of
 * posting it again (src/bots/teams/messenger.ts findPosted).
 *
 * `part` 0, 1, … is the n-th activity created for the message (a paged answer has several);
 * part -1 (TEAMS_POSTED_COMPLETE) is written once every part is out and carries the message's ref.
 */
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { outbox } from './outbox.js';

export const TEAMS_POSTED_COMPLETE = -1;

export const teamsPostedActivities = pgTable(
  'teams_posted_activities',
  {
    outboxId: uuid('outbox_id').notNull().references(() => outbox.id, { onDelete: 'cascade' }),
    part: integer('part').notNull(),
    /** `conversationId|activityId` (teamsMessageRef). */
    ref: text('ref').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.outboxId, t.part] }),
    check('teams_posted_activities_part_ck', sql`${t.part} >= -1`),
  ],
);
