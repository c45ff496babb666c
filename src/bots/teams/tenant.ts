/**
 * Which tenant an activity belongs to decides which organisation it acts for. Teams sends it twice:
 * `channelData.tenant.id` and `conversation.tenantId`. The two are never allowed to disagree, the
 * first must be there (Teams always sends it), and with an app registration (TEAMS_TENANT_ID, a
 * single-tenant bot) the tenant must be that one. Otherwise an activity naming tenant A in one field
 * and B in the other would be served as A's: A's results posted into B's chat, B's user made A's member.
 */

interface TenantFields {
  conversation?: { tenantId?: unknown } | null;
  channelData?: { tenant?: { id?: unknown } | null } | null;
}

const sameTenant = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Why the activity is refused (a fixed phrase, for the log), or null when its tenant is consistent and served. */
export function tenantRefusal(activity: unknown, servedTenantId: string): string | null {
  const a = (activity ?? {}) as TenantFields;
  const fromChannelData = a.channelData?.tenant?.id;
  const fromConversation = a.conversation?.tenantId;
  if (typeof fromChannelData !== 'string' || fromChannelData.trim() === '') return 'no channelData.tenant.id';
  if (fromConversation !== undefined && fromConversation !== null && (typeof fromConversation !== 'string' || !sameTenant(fromConversation, fromChannelData))) {
    return 'conversation.tenantId and channelData.tenant.id disagree';
  }
  // The development mode without an app registration has no tenant of its own: consistency is all it can ask.
  if (servedTenantId !== '' && !sameTenant(fromChannelData, servedTenantId)) return 'tenant not served by this installation (TEAMS_TENANT_ID)';
  return null;
}
