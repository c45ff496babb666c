/**
 * Every activity's conversation reference is kept (proactive messages need it; an uninstall marks it
 * removed), and installing the app in a personal chat is answered with a welcome, once.
 */
import { firstDelivery } from '../../../../flows/actions/inbox.js';
import { teamsText } from '../../messages.js';
import { textActivity } from '../../messenger.js';
import { baseConversationId, conversationTypeOf, languageFor, tenantOf, type Ctx, type HandlerDeps } from '../context.js';

/** Keeps the reference of every conversation the app hears from (proactive messages need it). */
export async function rememberConversation(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity;
  const tenant = tenantOf(a);
  if (!tenant || !a.serviceUrl || !a.conversation?.id || !a.recipient?.id) return;
  const org = await deps.store.organisation(tenant);
  const conversationId = baseConversationId(a.conversation.id);
  if (a.type === 'installationUpdate' && (a as { action?: string }).action?.startsWith('remove')) {
    await deps.store.markRemoved(org.id, conversationId);
    return;
  }
  const type = conversationTypeOf(a);
  await deps.store.saveConversation({
    orgId: org.id, conversationId, conversationType: type, serviceUrl: a.serviceUrl, botId: a.recipient.id,
    userAadId: type === 'personal' ? (a.from?.aadObjectId ?? null) : null, userBotId: type === 'personal' ? (a.from?.id ?? null) : null,
  });
}

/** install.add: a welcome in personal chat, once. */
export async function onInstall(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity;
  const tenant = tenantOf(a);
  if (!tenant || conversationTypeOf(a) !== 'personal') return;
  if (!(await firstDelivery(deps.actions, 'teams', a.id || `install:${a.conversation.id}`))) return;
  const org = await deps.store.organisation(tenant);
  await ctx.send(textActivity(teamsText(languageFor(org, a)).welcome()));
}
