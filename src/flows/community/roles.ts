/**
 * Community roles for both platforms: who acts as mamori's admin, and granting graduate or instructor
 * to the people an admin names.
 */
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import { ensureMember } from '../../db/repo/organisations.js';
import { auditLog, members } from '../../db/schema/index.js';
import type { ActionDeps } from '../actions/deps.js';

export type GrantableRole = 'graduate' | 'instructor';

/**
 * The acting member's id when they hold mamori's admin role, or are given it now because the platform
 * (or the operator's configuration) says they administer the organisation; null when neither.
 */
export async function adminMemberId(ex: Executor, orgId: string, platformUserId: string, platformSaysAdmin: boolean): Promise<string | null> {
  const me = await ensureMember(ex, orgId, { platformUserId });
  if (me.roles.includes('admin')) return me.id;
  if (!platformSaysAdmin) return null;
  await ex.update(members).set({ roles: sql`array_append(${members.roles}, 'admin')` }).where(eq(members.id, me.id));
  return me.id;
}

/**
 * Gives the role to each person (members created on first sight), in one transaction, with the audit row
 * that says which admin (`auditBy`, their member id) granted what to how many: on every platform, so it
 * cannot be left out. Returns how many were named.
 */
export async function grantCommunityRole(
  deps: Pick<ActionDeps, 'database'>,
  input: { orgId: string; role: GrantableRole; platformUserIds: string[]; auditBy: string },
): Promise<number> {
  return deps.database.db.transaction(async (tx) => {
    for (const id of input.platformUserIds) {
      const m = await ensureMember(tx, input.orgId, { platformUserId: id, roles: [input.role] });
      if (!m.roles.includes(input.role)) await tx.update(members).set({ roles: sql`array_append(${members.roles}, ${input.role})` }).where(eq(members.id, m.id));
    }
    await tx.insert(auditLog).values({ orgId: input.orgId, actor: input.auditBy, action: 'settings_change', subject: `community_role:${input.role}`, detail: { count: input.platformUserIds.length } });
    return input.platformUserIds.length;
  });
}
