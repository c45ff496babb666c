/**
 * Message activities, in the order they are taken:
 * 1. a card's data sent as a message (Action.Submit): the cards' table (../cards);
 * 1b. in the personal chat, while a role-play practice session is under way: the trainee's reply (../../practice.ts),
 *    unless it is the `practice` / `練習` command itself;
 * 2. a reply in a community question's channel thread: an answer, unless it is a community command;
 * 3. a feature command (community, study groups, booking, dashboard): the commands' table (../commands);
 * 4. files shared in the personal chat, or a pasted transcript: submitted for analysis;
 * 5. any other text: the analysis settings' commands, and the help for any word mamori does not know.
 * A redelivered activity (same id) changes nothing and sends nothing twice.
 */
import type { IMessageActivity } from '@microsoft/teams.api';
import { firstDelivery } from '../../../../flows/actions/inbox.js';
import type { MamoriTeamsApp } from '../../teams-app.js';
import { onCardSubmit } from '../cards/index.js';
import { findCommand, type FoundCommand } from '../commands/index.js';
import { help } from '../commands/settings.js';
import { sendReply, tenantOf, type Ctx, type HandlerDeps } from '../context.js';
import type { Guarded } from '../guard.js';
import { communityThreadReply } from './community-thread-reply.js';
import { submissionOf, submitShared } from './submission.js';
import { practiceTurn } from '../../practice.js';

/** Whether the message carries files (those go to analysis even during practice). */
const submissionOfFiles = (a: IMessageActivity): boolean => (a.attachments ?? []).some((x) => x.contentType !== 'text/html');

export async function onMessage(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity as IMessageActivity;
  const tenant = tenantOf(a);
  if (!tenant) return;
  if (await onCardSubmit(deps, ctx)) return;
  const found = findCommand(a);
  const feature = found.command?.feature;
  if (feature !== 'practice' && !submissionOfFiles(a)) {
    const practice = await practiceTurn(deps, a, found.text);
    if (practice) return sendReply(ctx, practice);
  }
  if (feature !== 'community' && (await communityThreadReply(deps, ctx))) return;
  if (feature && feature !== 'analysis') return runCommand(deps, ctx, tenant, found);
  const shared = submissionOf(a);
  if (shared) return submitShared(deps, ctx, shared);
  return runCommand(deps, ctx, tenant, found);
}

async function runCommand(deps: HandlerDeps, ctx: Ctx, tenant: string, { command, word, rest, text }: FoundCommand): Promise<void> {
  if (!(await firstDelivery(deps.actions, 'teams', ctx.activity.id))) return;
  const org = await deps.store.organisation(tenant);
  await sendReply(ctx, await (command?.run ?? help)({ deps, ctx, org, word, rest, text }));
}

export function register(app: MamoriTeamsApp, deps: HandlerDeps, guarded: Guarded): void {
  app.on('message', (ctx) => guarded('message', () => onMessage(deps, ctx), undefined));
}
