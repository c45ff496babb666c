/** `practice` / `練習` in the personal chat: role-play practice's picker (or `練習 終了`: stop), src/bots/teams/practice.ts. */
import { practiceCommand } from '../../practice.js';
import type { CommandHandler } from './command.js';

export const practice: CommandHandler = (c) => practiceCommand(c.deps, c.ctx.activity, c.org, c.rest);
