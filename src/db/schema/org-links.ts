/**
 * Organisations that use both Slack and Teams (issue 5): one organisation (the settings owner) lends
 * its shared settings — language, alert level, monthly quota, retention — to another (the linked
 * one). Member ids and channels are per platform, so supervisor links and the department channel
 * stay with each organisation (src/flows/actions/org-links.ts).
 *
 * A linked organisation has one owner (the primary key); there are no chains: an organisation that
 * owns others cannot be linked, and a linked one cannot own. A check constraint cannot see other
 * rows, so the linking flow enforces this under row locks on both organisations.
 */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members, organisations } from './organisations.js';

export const organisationLinks = pgTable(
  'organisation_links',
  {
    linkedOrgId: uuid('linked_org_id').primaryKey().references(() => organisations.id, { onDelete: 'cascade' }),
    ownerOrgId: uuid('owner_org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisation_links_owner_idx').on(t.ownerOrgId),
    check('organisation_links_not_self_ck', sql`${t.linkedOrgId} <> ${t.ownerOrgId}`),
  ],
);

/** One-time linking codes: only the SHA-256 of the code is kept; valid 15 minutes, used once. */
export const organisationLinkCodes = pgTable(
  'organisation_link_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    ownerOrgId: uuid('owner_org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    issuedBy: uuid('issued_by').notNull().references(() => members.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_link_codes_owner_idx').on(t.ownerOrgId)],
);
