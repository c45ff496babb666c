/** Minutes analysed per organisation per month (the month in the organisation's time zone). */
import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const monthlyUsage = pgTable(
  'monthly_usage',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    secondsAnalysed: bigint('seconds_analysed', { mode: 'number' }).notNull().default(0),
    filesAnalysed: integer('files_analysed').notNull().default(0),
    /** When admins were warned that 80% was reached (once a month). */
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.month] }),
    check('monthly_usage_month_ck', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('monthly_usage_seconds_ck', sql`${t.secondsAnalysed} >= 0`),
    check('monthly_usage_files_ck', sql`${t.filesAnalysed} >= 0`),
  ],
);
