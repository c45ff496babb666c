/**
 * The community's commands (personal chat, or @mamori in a channel): `ask`/`質問` (first line the title,
 * the rest the question; `匿名`/`anonymous` on the first line posts anonymously), `faq`/`検索 WORDS`
 * (answered in personal chat only, so results stay private), `community`/`コミュニティ` (an admin, in the
 * channel to use), `graduate`/`修了生` and `instructor`/`講師` with @mentions (admins), and the study
 * groups' `event`/`勉強会` [`manage`/`管理` | `mine`] and `参加予定` (personal chat only).
 */
import { adminMemberId, grantCommunityRole } from '../../../../flows/community/roles.js';
import { communityMessages } from '../../../../flows/community/messages.js';
import { configureCommunity, searchFaq } from '../../../../flows/community/questions.js';
import { communityActor, sharedWords, teamsCommunityDeps } from '../../community/common.js';
import { ask, cardsOf, words } from '../../community/questions.js';
import { runEventCommand } from '../../community/study-groups.js';
import { baseConversationId, isChannel, isPersonal, langOf } from '../context.js';
import type { CommandCall } from './command.js';

export async function askCommand({ deps, ctx, org, rest }: CommandCall) {
  const w = words[langOf(org)];
  const [first = '', ...lines] = rest.split('\n');
  const parts = first.trim().split(/\s+/).filter(Boolean);
  const anonymous = parts.some((p) => w.anonymous.test(p));
  const title = parts.filter((p) => !w.anonymous.test(p)).join(' ');
  const body = lines.join('\n').trim();
  if (!title && !body) return { text: w.usage };
  return ask(deps, org, communityActor(ctx.activity, org.platformTeamId), { title, body, anonymous }, 'as_written', false);
}

export async function faqCommand({ deps, ctx, org, rest }: CommandCall) {
  const w = words[langOf(org)];
  if (!isPersonal(ctx.activity)) return { text: w.faqPrivate };
  if (!rest.trim()) return { text: w.faqUsage };
  const out = await searchFaq(teamsCommunityDeps(deps, org.platformTeamId), communityActor(ctx.activity, org.platformTeamId), rest.trim());
  return out.status === 'refused' ? { text: out.message } : { cards: cardsOf(out.view), fallback: out.view.fallbackText };
}

/** The acting member's id when they are an admin (the configuration's admins are given the role); null otherwise. */
function adminOf({ deps, ctx, org }: CommandCall): Promise<string | null> {
  const id = communityActor(ctx.activity, org.platformTeamId).platformUserId;
  return adminMemberId(deps.actions.database.db, org.id, id, deps.config.adminUserIds.includes(id));
}

export async function communityChannelCommand(c: CommandCall) {
  const { deps, ctx, org } = c;
  const w = words[langOf(org)];
  if (!isChannel(ctx.activity)) return { text: w.channelOnly };
  if (!(await adminOf(c))) return { text: communityMessages(langOf(org)).refusal.not_admin };
  const out = await configureCommunity(teamsCommunityDeps(deps, org.platformTeamId), communityActor(ctx.activity, org.platformTeamId), { channel: baseConversationId(ctx.activity.conversation.id) });
  return { text: out.status === 'refused' ? out.message : w.configured };
}

/** Mentioned people as they are written in the activity (no lookup: an admin names members they can see). */
function mentioned(c: CommandCall): string[] {
  const a = c.ctx.activity;
  const out: string[] = [];
  for (const e of a.entities ?? []) {
    const m = e as { type?: string; mentioned?: { id?: string; aadObjectId?: string } };
    if (m.type !== 'mention' || !m.mentioned?.id || m.mentioned.id === a.recipient?.id) continue;
    const id = m.mentioned.aadObjectId ?? m.mentioned.id;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

export function grantRoleCommand(role: 'graduate' | 'instructor') {
  return async (c: CommandCall) => {
    const w = words[langOf(c.org)];
    const adminId = await adminOf(c);
    if (!adminId) return { text: communityMessages(langOf(c.org)).refusal.not_admin };
    const people = mentioned(c);
    if (people.length === 0) return { text: w.mentionNeeded };
    await grantCommunityRole(c.deps.actions, { orgId: c.org.id, role, platformUserIds: people, auditBy: adminId });
    return { text: w.rolesGranted(people.length) };
  };
}

/** `event …` / `勉強会 …`, and `参加予定` (`mine`): study groups are managed in the personal chat. */
export function studyGroupCommand(mine: boolean) {
  return async ({ deps, ctx, org, rest }: CommandCall) => {
    if (!isPersonal(ctx.activity)) return { text: sharedWords[langOf(org)].personalOnly };
    return runEventCommand(deps, org, ctx.activity, mine ? 'mine' : rest.split('\n')[0] ?? '');
  };
}
