/**
 * mamori runs with one bot token, so it serves exactly one Slack installation: the workspace (or, for
 * an org-wide install, the Enterprise Grid organisation) that token belongs to. A request signed with
 * our secret but sent for another workspace (the app installed elsewhere, a misrouted endpoint) must
 * neither create an organisation nor be answered with this workspace's token.
 */

export interface Installation {
  teamId: string;
  enterpriseId: string | undefined;
  /** An org-wide install: every workspace of `enterpriseId` is served. */
  isEnterpriseInstall: boolean;
}

interface Body {
  team_id?: unknown;
  enterprise_id?: unknown;
  team?: { id?: unknown; enterprise_id?: unknown } | null;
  enterprise?: { id?: unknown } | null;
  authorizations?: Array<{ team_id?: unknown; enterprise_id?: unknown }>;
  view?: { team_id?: unknown } | null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Every workspace id the request names in a place the listeners read (events' team_id and
 * authorizations, commands' team_id, interactions' team.id and view.team_id), and its enterprise.
 */
export function requestTeams(body: unknown): { teams: string[]; enterpriseId: string | undefined } {
  const b = (body ?? {}) as Body;
  const teams = [str(b.team_id), str(b.team?.id), str(b.view?.team_id), str(b.authorizations?.[0]?.team_id)].filter((t): t is string => t !== undefined);
  const enterpriseId = str(b.authorizations?.[0]?.enterprise_id) ?? str(b.enterprise_id) ?? str(b.enterprise?.id) ?? str(b.team?.enterprise_id);
  return { teams: [...new Set(teams)], enterpriseId };
}

/** True when the request is for our installation (and names no other workspace). */
export function servesRequest(installation: Installation, body: unknown): boolean {
  const { teams, enterpriseId } = requestTeams(body);
  if (installation.isEnterpriseInstall) return installation.enterpriseId !== undefined && enterpriseId === installation.enterpriseId;
  return installation.teamId !== '' && teams.length > 0 && teams.every((t) => t === installation.teamId);
}
