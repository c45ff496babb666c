/** Who holds mamori's admin role in an organisation (granted in mamori, beside the platform's own admin flag). */
import { membersWithRole } from '../../db/repo/organisations.js';
import type { ActionDeps } from './deps.js';

export async function hasAdminRole(deps: ActionDeps, orgId: string, platformUserId: string): Promise<boolean> {
  return (await membersWithRole(deps.database.db, orgId, 'admin')).some((m) => m.platformUserId === platformUserId);
}
