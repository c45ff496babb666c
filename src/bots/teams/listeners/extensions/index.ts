/**
 * Message actions: the commands in the "…" menu of any Teams message (the manifest's composeExtensions,
 * context `message`), as Slack's message shortcuts. The one table below names each command's handler by
 * its `commandId` (the same ids as Slack's shortcuts). Teams sends the message as `messagePayload`,
 * with `composeExtension/fetchTask` when the manifest says `fetchTask: true` (mamori's commands: no form
 * to fill) and `composeExtension/submitAction` otherwise; both are answered here the same way: a dialog
 * only the presser sees (the handler's card, or a line of text). Whatever is said in the conversation
 * goes through the outbox, as any answer does.
 */
import type { Activity, MessagingExtensionActionResponse } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Organisation } from '../../../../flows/actions/people.js';
import { teamsText } from '../../messages.js';
import type { MamoriTeamsApp } from '../../teams-app.js';
import { languageFor, tenantOf, type Ctx, type HandlerDeps } from '../context.js';
import type { Guarded } from '../guard.js';
import { analyseMessage, ANALYSE_COMMAND } from './analyse-message.js';
import type { MessagePayload } from './message-payload.js';
import { revealAsker, REVEAL_ASKER_COMMAND } from './reveal-asker.js';

/** What the presser is shown: a line of text, or a card with its dialog's title. */
export type ExtensionAnswer = { text: string } | { title: string; card: IAdaptiveCard };

export type ExtensionHandler = (deps: HandlerDeps, ctx: Ctx, org: Organisation, message: MessagePayload) => Promise<ExtensionAnswer>;

const COMMANDS: Record<string, ExtensionHandler> = {
  [ANALYSE_COMMAND]: analyseMessage,
  [REVEAL_ASKER_COMMAND]: revealAsker,
};

/** The ids the manifest must declare (tests/bots/teams/package.test.ts checks it does). */
export const MESSAGE_ACTION_IDS = Object.keys(COMMANDS);

type ActionValue = { commandId?: string; commandContext?: string; messagePayload?: MessagePayload };

export function toResponse(answer: ExtensionAnswer): MessagingExtensionActionResponse {
  if ('text' in answer) return { task: { type: 'message', value: answer.text } };
  return {
    task: {
      type: 'continue',
      value: { title: answer.title, card: { contentType: 'application/vnd.microsoft.card.adaptive', content: answer.card } },
    },
  } as MessagingExtensionActionResponse;
}

export async function onMessageAction(deps: HandlerDeps, ctx: Ctx): Promise<MessagingExtensionActionResponse> {
  const a = ctx.activity as Activity & { value?: ActionValue };
  const tenant = tenantOf(a);
  const value = a.value ?? {};
  const handler = value.commandId ? COMMANDS[value.commandId] : undefined;
  if (!tenant) return toResponse({ text: 'unknown tenant' });
  const org = await deps.store.organisation(tenant);
  const t = teamsText(languageFor(org, a));
  if (!handler || !value.messagePayload) return toResponse({ text: t.messageActionUnknown() });
  return toResponse(await handler(deps, ctx, org, value.messagePayload));
}

export function register(app: MamoriTeamsApp, deps: HandlerDeps, guarded: Guarded): void {
  const failed = toResponse({ text: teamsText('ja').failed() });
  app.on('message.ext.open', (ctx) => guarded('message.ext.open', () => onMessageAction(deps, ctx), failed) as never);
  app.on('message.ext.submit', (ctx) => guarded('message.ext.submit', () => onMessageAction(deps, ctx), failed) as never);
}
