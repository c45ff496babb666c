/** `dashboard` / `ダッシュボード`, alone, in the personal chat (the figures are private): the dashboard as cards. */
import { dashboardCards, TEXT } from '../../insights/dashboard.js';
import { isPersonal, langOf } from '../context.js';
import type { CommandHandler } from './command.js';
import { help } from './settings.js';

export const dashboard: CommandHandler = async (c) => {
  // Only the word itself: `dashboard something` was never the dashboard, and gets the help.
  if (c.rest.trim() !== '') return help(c);
  if (!isPersonal(c.ctx.activity)) return { text: TEXT[langOf(c.org)].personalOnly };
  return { messages: await dashboardCards(c.deps, c.org, c.ctx.activity, c.deps.actions.now?.() ?? new Date()) };
};
