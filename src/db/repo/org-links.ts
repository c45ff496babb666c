/**
 * The settings an organisation actually runs with (issue 5). An organisation linked to a settings
 * owner on the other platform (src/db/schema/org-links.ts) reads the owner's language, alert level,
 * monthly quota and retention, and counts its minutes in the owner's month; everything else (name,
 * department channel, members, supervisors) stays its own. Every read of those four settings goes
 * through here: getSettings, the analysis job, the quota checks, the retention sweep.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { organisationLinks, organisations } from '../schema/index.js';
import type { Organisation } from './organisations.js';

export const SHARED_SETTINGS = ['language', 'alertThreshold', 'monthlyMinuteQuota', 'retentionDays'] as const;

export type EffectiveOrganisation = Organisation & {
  /** The settings owner when this organisation is linked to one, else null. */
  settingsOwner: Pick<Organisation, 'id' | 'platform' | 'name'> | null;
  /** Whose month the minutes are counted in (the owner's, so a shared quota is one pool). */
  usage: Pick<Organisation, 'id' | 'timeZone'>;
};

/** The organisation with the shared settings taken from its settings owner, if it has one. */
export async function effectiveSettings(ex: Executor, org: Organisation): Promise<EffectiveOrganisation> {
  const [owner] = await ex
    .select({ o: organisations })
    .from(organisationLinks)
    .innerJoin(organisations, eq(organisations.id, organisationLinks.ownerOrgId))
    .where(eq(organisationLinks.linkedOrgId, org.id));
  if (!owner) return { ...org, settingsOwner: null, usage: { id: org.id, timeZone: org.timeZone } };
  const o = owner.o;
  return {
    ...org,
    language: o.language, alertThreshold: o.alertThreshold, monthlyMinuteQuota: o.monthlyMinuteQuota, retentionDays: o.retentionDays,
    settingsOwner: { id: o.id, platform: o.platform, name: o.name },
    usage: { id: o.id, timeZone: o.timeZone },
  };
}

/** The organisation whose row holds `orgId`'s shared settings (itself when not linked). */
export async function settingsOwnerId(ex: Executor, orgId: string): Promise<string> {
  const [l] = await ex.select({ owner: organisationLinks.ownerOrgId }).from(organisationLinks).where(eq(organisationLinks.linkedOrgId, orgId));
  return l?.owner ?? orgId;
}
