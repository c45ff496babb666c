/** What a command handler is given: the message split into its command word and the rest, for its organisation. */
import type { Organisation } from '../../../../flows/actions/people.js';
import type { Ctx, HandlerDeps, Reply } from '../context.js';

export interface CommandCall {
  deps: HandlerDeps;
  ctx: Ctx;
  org: Organisation;
  /** The command word as typed (`予約`, `Stress`). */
  word: string;
  /** What follows the word, its line breaks kept (a question's body, a pasted manual). */
  rest: string;
  /** The whole message without its @mentions. */
  text: string;
}

export type CommandHandler = (c: CommandCall) => Promise<Reply>;
