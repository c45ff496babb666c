import type { SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { fileOrTranscriptMessage } from './file-or-transcript.js';
import { communityThreadReply } from './community-thread-reply.js';

export function register(app: SlackRoutes, ctx: SlackContext): void {
  app.event('message', fileOrTranscriptMessage(ctx));
  app.event('message', communityThreadReply(ctx));
}
