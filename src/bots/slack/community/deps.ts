/**
 * What the Slack community listeners share: the community flows' deps built from the adapter's
 * (the same database and queue), who is acting, and the language to answer in.
 */
import { memberRoles, organisationFor, organisationIdFor, storedDisplayName } from '../../../flows/actions/people.js';
import { communityDepsFrom, type Actor, type CommunityDeps } from '../../../flows/community/deps.js';
import type { SlackContext } from '../context.js';
import { parseRef } from '../messenger.js';
import type { Lang } from '../text.js';

export function communityDeps(ctx: SlackContext): CommunityDeps {
  return communityDepsFrom(ctx.deps, ctx.features.community, ctx.logger, (ref, threadRef) => slackPermalink(workspaces.get(ctx)?.url ?? null, ref, threadRef));
}

/** The workspace's web address (auth.test `url`), learnt once per adapter; retried after a failure. */
const workspaces = new WeakMap<SlackContext, { url: string | null; at: number }>();

async function learnWorkspaceUrl(ctx: SlackContext): Promise<void> {
  const known = workspaces.get(ctx);
  if (known && (known.url || Date.now() - known.at < 600_000)) return;
  try {
    const auth = await ctx.client.auth.test();
    workspaces.set(ctx, { url: typeof auth.url === 'string' && /^https:\/\//.test(auth.url) ? auth.url : null, at: Date.now() });
  } catch {
    workspaces.set(ctx, { url: null, at: Date.now() });
  }
}

/**
 * A message's permalink, in the shape chat.getPermalink returns (without a call per message):
 * `https://<workspace>.slack.com/archives/<channel>/p<ts without the dot>`, with `?thread_ts=<root>&cid=<channel>`
 * for a reply in a thread. Null without the workspace address or for a reference that is not `channel:ts`.
 */
export function slackPermalink(workspaceUrl: string | null, ref: string, threadRef: string | null): string | null {
  const m = parseRef(ref);
  if (!workspaceUrl || !m || !/^[A-Z0-9]+$/.test(m.channel) || !/^\d+\.\d+$/.test(m.ts)) return null;
  const base = `${workspaceUrl.replace(/\/+$/, '')}/archives/${m.channel}/p${m.ts.replace('.', '')}`;
  const root = threadRef ? parseRef(threadRef) : null;
  return root && root.ts !== m.ts && /^\d+\.\d+$/.test(root.ts) ? `${base}?thread_ts=${root.ts}&cid=${m.channel}` : base;
}

export function slackActor(ctx: SlackContext, teamId: string | undefined, userId: string, name?: string | undefined): Actor {
  const org = ctx.orgRef(teamId);
  return { platform: 'slack', platformTeamId: org.platformTeamId, teamName: org.name, platformUserId: userId, displayName: name?.slice(0, 300) || undefined };
}

/** The organisation's language and time zone, and the acting member's roles (nothing is written but the organisation). */
export async function whoIs(ctx: SlackContext, teamId: string | undefined, userId: string, name?: string | undefined): Promise<{ lang: Lang; orgLanguage: Lang; timeZone: string; roles: string[] }> {
  await learnWorkspaceUrl(ctx);
  const org = await organisationFor(ctx.deps, ctx.orgRef(teamId));
  const roles = await memberRoles(ctx.deps, org.id, userId, name);
  const orgLanguage: Lang = org.language === 'en' ? 'en' : 'ja';
  return { lang: await ctx.languageFor(userId, orgLanguage), orgLanguage, timeZone: org.timeZone, roles };
}

export const isInstructorRole = (roles: readonly string[]) => roles.includes('instructor') || roles.includes('admin');

export async function orgIdOf(ctx: SlackContext, teamId: string | undefined): Promise<string> {
  return organisationIdFor(ctx.deps, ctx.orgRef(teamId));
}

/** The member's name from Slack (profile display name, else real name), when we have none stored yet. */
export async function nameForThreadReply(ctx: SlackContext, orgId: string, userId: string): Promise<string | undefined> {
  const stored = await storedDisplayName(ctx.deps, orgId, userId);
  if (stored) return stored;
  try {
    const u = (await ctx.client.users.info({ user: userId })).user;
    return u?.profile?.display_name || u?.real_name || u?.name || undefined;
  } catch {
    return undefined;
  }
}
