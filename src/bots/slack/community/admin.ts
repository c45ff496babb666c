/**
 * The community part of `/mamori-admin`: the community channel and the instructors' channel, the
 * graduate and instructor roles, reported posts. A Slack workspace admin is made a mamori admin on
 * first use (as the other settings do); every change is in the audit log.
 */
import { organisationFor } from '../../../flows/actions/people.js';
import { communityChannels } from '../../../flows/community/posts.js';
import { adminMemberId, grantCommunityRole } from '../../../flows/community/roles.js';
import { listReports } from '../../../flows/community/moderation.js';
import { configureCommunity } from '../../../flows/community/questions.js';
import { communityMessages } from '../../../flows/community/messages.js';
import type { MessageView } from '../../../flows/views/view.js';
import type { SlackContext } from '../context.js';
import type { Lang } from '../text.js';
import { communityDeps, slackActor } from './deps.js';
import { communityText } from './text.js';

export type AdminReply = { text: string } | { view: MessageView };

const users = (text: string) => [...text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)].map((m) => m[1]!);
const channels = (text: string) => [...text.matchAll(/<#([CG][A-Z0-9]+)(?:\|[^>]*)?>/g)].map((m) => m[1]!);

/** Gives the acting workspace admin the mamori admin role; false when they are neither. */
async function asAdmin(ctx: SlackContext, teamId: string | undefined, userId: string): Promise<{ orgId: string; memberId: string; language: string } | null> {
  const isWorkspaceAdmin = await ctx.isWorkspaceAdmin(userId);
  const org = await organisationFor(ctx.deps, ctx.orgRef(teamId));
  const memberId = await adminMemberId(ctx.deps.database.db, org.id, userId, isWorkspaceAdmin);
  return memberId ? { orgId: org.id, memberId, language: org.language } : null;
}

/** Handles `community …`, `graduate …` and `instructor …`; null when the verb is not the community's. */
export async function communityAdmin(ctx: SlackContext, input: { teamId: string | undefined; userId: string; userName?: string | undefined; verb: string; args: string; lang: Lang }): Promise<AdminReply | null> {
  const verb = input.verb.toLowerCase();
  if (verb !== 'community' && verb !== 'graduate' && verb !== 'instructor') return null;
  const t = communityText(input.lang);
  const actor = slackActor(ctx, input.teamId, input.userId, input.userName);
  const deps = communityDeps(ctx);
  const [sub = '', ...rest] = input.args.trim().split(/\s+/);
  if (verb === 'community' && sub.toLowerCase() === 'reports') {
    // Instructors moderate too: the flow checks the role.
    const out = await listReports(deps, actor);
    return out.status === 'refused' ? { text: out.message } : { view: out.view };
  }
  const admin = await asAdmin(ctx, input.teamId, input.userId);
  if (!admin) return { text: communityMessages(input.lang).refusal.not_admin };

  if (verb === 'graduate' || verb === 'instructor') {
    const ids = users(input.args);
    if (ids.length === 0) return { text: t.adminUsage };
    const n = await grantCommunityRole(ctx.deps, { orgId: admin.orgId, role: verb, platformUserIds: ids, auditBy: admin.memberId });
    return { text: t.rolesGranted(t.roleName[verb] ?? verb, n) };
  }

  let channel: string | undefined;
  let instructors: string | null | undefined;
  if (sub.toLowerCase() === 'instructors') {
    const current = await communityChannels(ctx.deps.database.db, admin.orgId);
    if (!current) return { text: communityMessages(input.lang).refusal.not_configured };
    channel = current.channel;
    const [c] = channels(rest.join(' '));
    if (c) instructors = c;
    else if (/^(off|none|なし)$/i.test(rest.join(' ').trim())) instructors = null;
    else return { text: t.adminUsage };
  } else {
    const found = channels(input.args);
    if (found.length === 0) return { text: t.adminUsage };
    channel = found[0];
    instructors = found[1] ?? (await communityChannels(ctx.deps.database.db, admin.orgId))?.instructorsChannel ?? null;
  }
  const out = await configureCommunity(deps, actor, { channel: channel!, instructorsChannel: instructors });
  if (out.status === 'refused') return { text: out.message };
  return { text: t.configured(out.settings.channel, out.settings.instructorsChannel) };
}
