/**
 * The analysis settings and admin commands typed to the bot: help, settings, alert level, language,
 * department channel, supervisor links (set and removed), who has not installed the app; and the admin commands whose
 * words the flows parse themselves (`ai`/`manual`, `link`, `stress`, `retention`/`quota`). A word the
 * flow does not take, like any word mamori does not know, gets the help for the reader's roles.
 */
import { hasAdminRole } from '../../../../flows/actions/admin-role.js';
import { runDataCommand } from '../../../../flows/actions/data-settings.js';
import {
  getSettings, removeSupervisor, setAlertLevel, setDepartmentChannel, setLanguage, setSupervisor, type AlertLevel, type SettingsOutcome,
} from '../../../../flows/actions/settings.js';
import { helpFor } from '../../../../flows/help.js';
import { runStressCommand } from '../../../../flows/insights/stress-admin.js';
import { teamsText } from '../../messages.js';
import { actorOf, baseConversationId, conversationTypeOf, languageFor, mentionedUsers, orgRef } from '../context.js';
import type { CommandCall, CommandHandler } from './command.js';
import { teamsAdminLink } from './org-link.js';
import { teamsAdminAi } from './review-admin.js';

const LEVELS: Record<string, AlertLevel> = { all: 'all', high: 'high', medium: 'medium', low: 'low', 'すべて': 'all', '高': 'high', '中': 'medium', '低': 'low' };

function base(c: CommandCall) {
  const lang = languageFor(c.org, c.ctx.activity);
  return { lang, t: teamsText(lang), org: orgRef(c.org.platformTeamId), by: actorOf(c.deps, c.ctx.activity) };
}

/** The words after the command word, split at blanks. */
const argsOf = (c: CommandCall) => c.text.trim().split(/\s+/).slice(1);

/** What this reader's roles can do (src/flows/help.ts): also the answer to a word mamori does not know. */
export const help: CommandHandler = async (c) => {
  const { lang, org, by } = base(c);
  return { text: await helpFor(c.deps.actions, { org, by, language: lang }) };
};

const saved = (c: CommandCall, out: SettingsOutcome) => {
  const { t } = base(c);
  return { text: out.status === 'ok' ? t.settingsSaved() : out.status === 'not_admin' ? t.notAdmin() : t.settingsInvalid(out.reason) };
};

export const settings: CommandHandler = async (c) => {
  const { t, org } = base(c);
  const s = await getSettings(c.deps.actions, org);
  return {
    text: t.settingsSummary({
      language: s.language, level: s.alertLevel, department: s.departmentChannel, links: s.supervisors.length,
      quota: `${s.quota.usedMinutes} / ${s.quota.limitMinutes || '∞'}`, retentionDays: s.retentionDays,
    }),
  };
};

export const alertLevel: CommandHandler = async (c) => {
  const level = LEVELS[(argsOf(c)[0] ?? '').toLowerCase()];
  const { org, by } = base(c);
  return level ? saved(c, await setAlertLevel(c.deps.actions, { org, by, level })) : help(c);
};

export const language: CommandHandler = async (c) => {
  const lang = (argsOf(c)[0] ?? '').toLowerCase();
  const { org, by } = base(c);
  return lang === 'ja' || lang === 'en' ? saved(c, await setLanguage(c.deps.actions, { org, by, language: lang })) : help(c);
};

export const departmentChannel: CommandHandler = async (c) => {
  const { t, org, by } = base(c);
  if (conversationTypeOf(c.ctx.activity) !== 'channel') return { text: t.channelOnly() };
  return saved(c, await setDepartmentChannel(c.deps.actions, { org, by, channel: baseConversationId(c.ctx.activity.conversation.id) }));
};

/** `supervisor @staff… @supervisor`: the last person mentioned supervises the others. */
export const supervisor: CommandHandler = async (c) => {
  const { t, org, by } = base(c);
  const mentioned = (await mentionedUsers(c.ctx)).map((u) => u.platformUserId);
  if (mentioned.length < 2) return { text: t.mentionNeeded() };
  return saved(c, await setSupervisor(c.deps.actions, { org, by, staff: mentioned.slice(0, -1), supervisor: mentioned[mentioned.length - 1]! }));
};

/**
 * `unsupervise @staff… [@supervisor]` / `上長解除`: with one person mentioned, all of their supervisor links
 * go; with more, the last one mentioned stops supervising the others (Slack's `/mamori-admin unsupervise`).
 */
export const unsupervise: CommandHandler = async (c) => {
  const { t, org, by } = base(c);
  const mentioned = (await mentionedUsers(c.ctx)).map((u) => u.platformUserId);
  if (mentioned.length < 1) return { text: t.unsuperviseMentionNeeded() };
  const many = mentioned.length > 1;
  return saved(c, await removeSupervisor(c.deps.actions, { org, by, staff: many ? mentioned.slice(0, -1) : mentioned, supervisor: many ? mentioned.at(-1) : undefined }));
};

export const notInstalled: CommandHandler = async (c) => {
  const { t, by } = base(c);
  if (!by.isWorkspaceAdmin && !(await hasAdminRole(c.deps.actions, c.org.id, by.platformUserId))) return { text: t.notAdmin() };
  const missing = await c.deps.store.supervisorsWithoutApp(c.org.id);
  return { text: t.supervisorsMissing(missing.map((m) => m.displayName ?? m.platformUserId)) };
};

/** `ai …` and `manual …` (src/flows/review-messages.ts). */
export const reviewAdmin: CommandHandler = async (c) => {
  const { lang, org, by } = base(c);
  const text = await teamsAdminAi(c.deps.actions, { org, by, language: lang, text: c.text });
  return text !== null ? { text } : help(c);
};

/** `link`, `link CODE`, `unlink` (src/flows/actions/org-links.ts). */
export const orgLink: CommandHandler = async (c) => {
  const { org, by } = base(c);
  const text = await teamsAdminLink(c.deps.actions, { orgId: c.org.id, org, by, text: c.text });
  return text !== null ? { text } : help(c);
};

/** `stress …` / `負担 …`: the accumulated-stress thresholds (admins only; src/flows/insights/stress-admin.ts). */
export const stress: CommandHandler = async (c) => {
  const { lang, org, by } = base(c);
  const text = await runStressCommand(c.deps.actions, { org, by, language: lang, verb: c.word, args: argsOf(c).join(' '), prefix: 'stress' });
  return text !== null ? { text } : help(c);
};

/** `retention …` / `保存期間 …`, `quota …` / `上限 …` (admins only; src/flows/actions/data-settings.ts). */
export const dataSettings: CommandHandler = async (c) => {
  const { lang, org, by } = base(c);
  const text = await runDataCommand(c.deps.actions, { org, by, language: lang, verb: c.word, args: argsOf(c).join(' '), prefix: '' });
  return text !== null ? { text } : help(c);
};
