/**
 * The Teams listeners, one folder per kind of activity, each with one `register` (as Slack's
 * src/bots/slack/listeners): conversations (every activity's reference, the install welcome), messages
 * (text, files, pasted transcripts, Action.Submit), cards (Action.Execute), meetings (meeting end),
 * extensions (message actions: 「カスハラ解析」, 「質問者を確認」).
 * Commands are the one table in ./commands; card buttons and forms the one table in ./cards.
 */
import type { MamoriTeamsApp } from '../teams-app.js';
import { register as registerCards } from './cards/index.js';
import type { HandlerDeps } from './context.js';
import { register as registerConversations } from './conversations/index.js';
import { register as registerExtensions } from './extensions/index.js';
import { guardWith } from './guard.js';
import { register as registerMeetings } from './meetings/index.js';
import { register as registerMessages } from './messages/index.js';

export function registerListeners(app: MamoriTeamsApp, deps: HandlerDeps): void {
  const guarded = guardWith(deps.actions.logger);
  registerConversations(app, deps, guarded);
  registerMessages(app, deps, guarded);
  registerMeetings(app, deps, guarded);
  registerCards(app, deps, guarded);
  registerExtensions(app, deps, guarded);
}
