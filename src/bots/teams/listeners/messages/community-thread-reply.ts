/**
 * A reply typed in a channel thread whose root is a community question is recorded as an answer (the
 * guard checks it; its author is asked privately to edit it when needed). False for any other message.
 */
import { keyOfPosted } from '../../../../flows/community/outbox.js';
import { recordThreadReply } from '../../../../flows/community/questions.js';
import { communityActor, teamsCommunityDeps } from '../../community/common.js';
import { teamsMessageRef } from '../../messenger.js';
import { commandText, isChannel, tenantOf, type Ctx, type HandlerDeps } from '../context.js';

export async function communityThreadReply(deps: HandlerDeps, ctx: Ctx): Promise<boolean> {
  const a = ctx.activity;
  const tenant = tenantOf(a);
  const text = commandText(a);
  const [base, root] = (a.conversation?.id ?? '').split(';messageid=');
  if (!tenant || !root || root === a.id || !text.trim() || !isChannel(a)) return false;
  const org = await deps.store.organisation(tenant);
  const threadRef = teamsMessageRef(base!, root);
  const key = await keyOfPosted(deps.actions.database.db, org.id, threadRef);
  if (!key?.startsWith('community:question:')) return false;
  const out = await recordThreadReply(teamsCommunityDeps(deps, tenant), communityActor(a, tenant), { threadRef, messageRef: teamsMessageRef(base!, a.id), text: text.trim() });
  if (out.status === 'recorded') deps.onQueued?.();
  return true;
}
