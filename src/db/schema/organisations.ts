/** Organisations (a Slack workspace or a Teams tenant) and their members. */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const PLATFORMS = ['slack', 'teams'] as const;
export const MEMBER_ROLES = ['staff', 'supervisor', 'instructor', 'admin', 'graduate', 'trainee'] as const;
export type Platform = (typeof PLATFORMS)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platform: text('platform').$type<Platform>().notNull(),
    /** Slack team id or Teams tenant id. */
    platformTeamId: text('platform_team_id').notNull(),
    name: text('name').notNull(),
    language: text('language').$type<'ja' | 'en'>().notNull().default('ja'),
    timeZone: text('time_zone').notNull().default('Asia/Tokyo'),
    /**
     * Risk (0–100) at or above which a call judged harassment alerts its supervisors. 0 (the default,
     * ALERT_THRESHOLDS.all) alerts on every such call.
     */
    alertThreshold: integer('alert_threshold').notNull().default(0),
    departmentChannel: text('department_channel'),
    retentionDays: integer('retention_days').notNull().default(365),
    /** Minutes of recordings analysed per month; 0 means no limit. */
    monthlyMinuteQuota: integer('monthly_minute_quota').notNull().default(3000),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('organisations_platform_team_uq').on(t.platform, t.platformTeamId),
    check('organisations_platform_ck', sql`${t.platform} in ('slack', 'teams')`),
    check('organisations_language_ck', sql`${t.language} in ('ja', 'en')`),
    check('organisations_alert_threshold_ck', sql`${t.alertThreshold} between 0 and 100`),
    check('organisations_retention_days_ck', sql`${t.retentionDays} between 1 and 3650`),
    check('organisations_quota_ck', sql`${t.monthlyMinuteQuota} >= 0`),
  ],
);

export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    platformUserId: text('platform_user_id').notNull(),
    displayName: text('display_name'),
    roles: text('roles').array().$type<MemberRole[]>().notNull().default(sql`'{}'::text[]`),
    /** For trainees: the company sending them, if any. */
    sponsorCompany: text('sponsor_company'),
    mayPayByInvoice: boolean('may_pay_by_invoice').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('members_org_user_uq').on(t.orgId, t.platformUserId),
    check(
      'members_roles_ck',
      sql`${t.roles} <@ array['staff','supervisor','instructor','admin','graduate','trainee']::text[]`,
    ),
    check('members_invoice_ck', sql`not ${t.mayPayByInvoice} or ${t.sponsorCompany} is not null`),
  ],
);

/** Which supervisors look after which staff member (many to many). */
export const supervisorLinks = pgTable(
  'supervisor_links',
  {
    memberId: uuid('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    supervisorId: uuid('supervisor_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.supervisorId] }),
    index('supervisor_links_supervisor_idx').on(t.supervisorId),
    check('supervisor_links_not_self_ck', sql`${t.memberId} <> ${t.supervisorId}`),
  ],
);
