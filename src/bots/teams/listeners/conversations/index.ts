/** Every activity's conversation is remembered before any handler runs; installing the app is welcomed. */
import type { MamoriTeamsApp } from '../../teams-app.js';
import type { HandlerDeps } from '../context.js';
import type { Guarded } from '../guard.js';
import { onInstall, rememberConversation } from './conversation.js';

export function register(app: MamoriTeamsApp, deps: HandlerDeps, guarded: Guarded): void {
  app.use(async (ctx) => {
    await guarded('conversation', () => rememberConversation(deps, ctx), undefined);
    return ctx.next();
  });
  app.on('install.add', (ctx) => guarded('install', () => onInstall(deps, ctx), undefined));
}
