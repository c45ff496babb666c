/**
 * Who may see whom. A supervisor's team is the staff linked to them in supervisor_links, plus staff
 * linked to nobody (whose alerts already go to every supervisor, see supervisorsOf). A supervisor
 * never sees a member linked only to other supervisors; staff see only themselves; admins see the
 * organisation.
 */
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import type { Member } from '../../db/repo/organisations.js';
import { members, supervisorLinks } from '../../db/schema/index.js';

export async function teamOf(ex: Executor, orgId: string, supervisorId: string): Promise<Member[]> {
  const linked = ex.select({ id: supervisorLinks.memberId }).from(supervisorLinks).where(eq(supervisorLinks.supervisorId, supervisorId));
  const anyLink = ex.select({ id: supervisorLinks.memberId }).from(supervisorLinks);
  const mine = await ex.select().from(members).where(and(eq(members.orgId, orgId), inArray(members.id, linked)));
  const unlinked = await ex.select().from(members).where(and(
    eq(members.orgId, orgId), notInArray(members.id, anyLink), sql`'staff' = any(${members.roles})`,
    sql`${members.id} <> ${supervisorId}`,
  ));
  const seen = new Set<string>();
  return [...mine, ...unlinked].filter((m) => !seen.has(m.id) && seen.add(m.id)).sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether `viewer` may see `subject`'s calls and stress balance. */
export async function maySee(ex: Executor, viewer: Member, subjectId: string): Promise<boolean> {
  if (viewer.id === subjectId) return true;
  if (viewer.roles.includes('admin')) {
    const [s] = await ex.select({ orgId: members.orgId }).from(members).where(eq(members.id, subjectId));
    return s?.orgId === viewer.orgId;
  }
  if (!viewer.roles.includes('supervisor')) return false;
  return (await teamOf(ex, viewer.orgId, viewer.id)).some((m) => m.id === subjectId);
}
