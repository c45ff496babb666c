/**
 * Who a speaker label is (issue 15 item 8): the staff member behind a name as it appears in the
 * organisation's transcripts (「山田」, "Hanako Yamada"), so a call shared by a supervisor is charged
 * to the staff member in it, not to whoever shared the file. Learnt when a sharer names or corrects
 * the staff member of a call; only labels that name a person are kept (src/flows/staff-member.ts).
 * Organisation data: exported, and forgotten once unused for the retention period.
 */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members, organisations } from './organisations.js';

export const speakerMembers = pgTable(
  'speaker_members',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    /** The label normalised for matching (NFKC, spaces collapsed, lower case). */
    label: text('label').notNull(),
    memberId: uuid('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    /** Who named or corrected it last (null once that member is gone). */
    setBy: uuid('set_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The last call charged through it: the retention sweep forgets labels unused for the retention period. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.label] }),
    index('speaker_members_member_idx').on(t.memberId),
    check('speaker_members_label_ck', sql`length(${t.label}) between 1 and 200`),
  ],
);
