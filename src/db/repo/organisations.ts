import { and, arrayContains, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { members, organisations, supervisorLinks, type MemberRole, type Platform } from '../schema/index.js';

export type Organisation = typeof organisations.$inferSelect;
export type Member = typeof members.$inferSelect;

/** The organisation for a workspace/tenant, created with the configured defaults on first sight. */
export async function ensureOrganisation(
  ex: Executor,
  input: { platform: Platform; platformTeamId: string; name: string },
  defaults: { monthlyMinuteQuota: number; retentionDays: number },
): Promise<Organisation> {
  await ex
    .insert(organisations)
    .values({ ...input, monthlyMinuteQuota: defaults.monthlyMinuteQuota, retentionDays: defaults.retentionDays })
    .onConflictDoNothing({ target: [organisations.platform, organisations.platformTeamId] });
  const [org] = await ex
    .select()
    .from(organisations)
    .where(and(eq(organisations.platform, input.platform), eq(organisations.platformTeamId, input.platformTeamId)));
  if (!org) throw new Error('organisation vanished after upsert');
  return org;
}

export async function ensureMember(
  ex: Executor,
  orgId: string,
  input: { platformUserId: string; displayName?: string | undefined; roles?: MemberRole[] },
): Promise<Member> {
  await ex
    .insert(members)
    .values({ orgId, platformUserId: input.platformUserId, displayName: input.displayName ?? null, roles: input.roles ?? ['staff'] })
    .onConflictDoNothing({ target: [members.orgId, members.platformUserId] });
  const [member] = await ex
    .select()
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.platformUserId, input.platformUserId)));
  if (!member) throw new Error('member vanished after upsert');
  return member;
}

/** The member's linked supervisors; when none are linked, every supervisor of the organisation. */
export async function supervisorsOf(ex: Executor, orgId: string, memberId: string): Promise<Member[]> {
  const linked = await ex
    .select({ id: supervisorLinks.supervisorId })
    .from(supervisorLinks)
    .where(eq(supervisorLinks.memberId, memberId));
  if (linked.length > 0) {
    return ex.select().from(members).where(inArray(members.id, linked.map((l) => l.id))).orderBy(members.id);
  }
  return membersWithRole(ex, orgId, 'supervisor');
}

export async function membersWithRole(ex: Executor, orgId: string, role: MemberRole): Promise<Member[]> {
  return ex
    .select()
    .from(members)
    .where(and(eq(members.orgId, orgId), arrayContains(members.roles, sql`array[${role}]::text[]`)))
    .orderBy(members.id);
}
