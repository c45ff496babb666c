/**
 * Role-play practice sessions (issue 18): one row per session a trainee started, its state the session as
 * the practice flow keeps it (src/flows/practice/session.ts, plain JSON: the customer's lines, the
 * trainee's replies and their judgement). At most one session of a trainee is under way (ended_at null);
 * `reply_ids` are the chat message ids of the replies applied, so a platform's retry is not scored twice.
 * Organisation data: exported, removed with the organisation, and deleted by the retention sweep once
 * untouched for the retention period (the trainee's replies are in it).
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { members, organisations } from './organisations.js';

export const practiceSessions = pgTable(
  'practice_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    /** The trainee. */
    memberId: uuid('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    /** The session as the practice flow keeps it (plain JSON). */
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    /** Replies applied so far (the state's turns): a save is applied only on top of the count it read. */
    turns: integer('turns').notNull().default(0),
    /** Chat message ids of the replies applied (a platform retry of one is not applied again). */
    replyIds: text('reply_ids').array().notNull().default(sql`'{}'::text[]`),
    /** How it ended (the scenario's outcome); null while under way or when stopped/replaced. */
    outcome: text('outcome'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null while under way. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('practice_sessions_open_uq').on(t.memberId).where(sql`${t.endedAt} is null`),
    index('practice_sessions_member_idx').on(t.memberId, t.startedAt),
    index('practice_sessions_org_updated_idx').on(t.orgId, t.updatedAt),
    check('practice_sessions_turns_ck', sql`${t.turns} >= 0`),
  ],
);
