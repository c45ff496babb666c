/**
 * The organisation and the member behind a platform event, for adapters: created on first sight, as
 * every flow does, so an adapter asks here rather than holding SQL of its own.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { ensureMember, ensureOrganisation, type Member, type Organisation } from '../../db/repo/organisations.js';
import { members, organisations, type MemberRole } from '../../db/schema/index.js';
import type { ActionDeps, OrgRef } from './deps.js';

export type { Member, MemberRole, Organisation };

type Deps = Pick<ActionDeps, 'database' | 'orgDefaults'>;

export function organisationFor(deps: Deps, org: OrgRef): Promise<Organisation> {
  return ensureOrganisation(deps.database.db, org, deps.orgDefaults);
}

/** The organisation's id, read without a write when it already exists. */
export async function organisationIdFor(deps: Deps, org: OrgRef): Promise<string> {
  const [row] = await deps.database.db.select({ id: organisations.id }).from(organisations)
    .where(and(eq(organisations.platform, org.platform), eq(organisations.platformTeamId, org.platformTeamId)));
  return row?.id ?? (await organisationFor(deps, org)).id;
}

export function memberFor(deps: Pick<ActionDeps, 'database'>, orgId: string, person: { platformUserId: string; displayName?: string | undefined }): Promise<Member> {
  return ensureMember(deps.database.db, orgId, person);
}

/**
 * A member's roles, nothing written for someone unknown. A member an admin added by mention has no name
 * yet: the one the platform sends with their first action is kept.
 */
export async function memberRoles(deps: Pick<ActionDeps, 'database'>, orgId: string, platformUserId: string, name?: string): Promise<string[]> {
  const db = deps.database.db;
  if (name) {
    await db.update(members).set({ displayName: name.slice(0, 300) })
      .where(and(eq(members.orgId, orgId), eq(members.platformUserId, platformUserId), isNull(members.displayName)));
  }
  const [m] = await db.select({ roles: members.roles }).from(members).where(and(eq(members.orgId, orgId), eq(members.platformUserId, platformUserId)));
  return m?.roles ?? [];
}

/** The member's stored display name, when there is one. */
export async function storedDisplayName(deps: Pick<ActionDeps, 'database'>, orgId: string, platformUserId: string): Promise<string | null> {
  const [m] = await deps.database.db.select({ name: members.displayName }).from(members)
    .where(and(eq(members.orgId, orgId), eq(members.platformUserId, platformUserId)));
  return m?.name ?? null;
}
