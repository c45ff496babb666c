/**
 * Who is looking at the dashboard (or deciding a report from it): their member row, created as staff on
 * first sight, and whether they act as admin — by role, or because the platform or the operator's
 * configuration says so (then the role is added in memory only, for what the views show).
 */
import type { ActionDeps } from '../actions/deps.js';
import { memberFor, type Member } from '../actions/people.js';

export async function dashboardViewerFor(
  deps: Pick<ActionDeps, 'database'>, orgId: string, person: { platformUserId: string; displayName?: string | undefined }, platformSaysAdmin: () => boolean | Promise<boolean>,
): Promise<{ member: Member; admin: boolean }> {
  const member = await memberFor(deps, orgId, person);
  const admin = member.roles.includes('admin') || (await platformSaysAdmin());
  return { member: admin && !member.roles.includes('admin') ? { ...member, roles: [...member.roles, 'admin'] } : member, admin };
}
