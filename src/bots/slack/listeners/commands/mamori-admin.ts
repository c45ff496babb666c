/**
 * `/mamori-admin`: supervisors, department channel, alert level, intake channels, language; retention
 * and the monthly minutes (`retention …`, `quota …`: src/flows/actions/data-settings.ts); the AI
 * review's settings and manual (`ai …`, `manual`: admin-ai.ts); the accumulated-stress thresholds
 * and half-life (`stress …`: src/flows/insights/stress-admin.ts).
 * The manifest sets should_escape, so people and channels arrive as <@U…|name> and <#C…|name>.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import {
  getSettings, removeSupervisor, setAlertLevel, setDepartmentChannel, setIntakeChannel, setLanguage, setSupervisor, type SettingsOutcome,
} from '../../../../flows/actions/settings.js';
import { errorName, type SlackContext } from '../../context.js';
import { publishHome, settingsBlocks } from '../../home.js';
import { textFor, type Lang } from '../../text.js';
import { communityAdmin } from '../../community/admin.js';
import { bookingAdminCommand } from '../../booking/admin.js';
import { renderView } from '../../blocks/render.js';
import { adminAiCommand } from './admin-ai.js';
import { adminLinkCommand } from './admin-link.js';
import { runStressCommand } from '../../../../flows/insights/stress-admin.js';
import { runDataCommand } from '../../../../flows/actions/data-settings.js';

export const ADMIN_COMMAND = '/mamori-admin';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

const users = (text: string) => [...text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)].map((m) => m[1]!);
const channels = (text: string) => [...text.matchAll(/<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>/g)].map((m) => m[1]!);

export function mamoriAdmin(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    const org = ctx.orgRef(command.team_id);
    try {
      const settings = await getSettings(ctx.deps, org);
      const lang: Lang = await ctx.languageFor(command.user_id, settings.language);
      const t = textFor(lang);
      const [verb = '', ...rest] = command.text.trim().split(/\s+/);
      const args = rest.join(' ');
      const by = { platformUserId: command.user_id, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(command.user_id) };
      if (await bookingAdminCommand(ctx, command, verb, args, respond)) return;
      if (await adminAiCommand(ctx, command, { verb, args, lang, by }, respond)) return;
      if (await adminLinkCommand(ctx, command, { verb, args, lang, by }, respond)) return;
      const stress = await runStressCommand(ctx.deps, { org, by, language: lang, verb, args, prefix: `${ADMIN_COMMAND} stress` });
      if (stress !== null) {
        await respond({ response_type: 'ephemeral', text: stress });
        return;
      }
      // `retention …` / `quota …`: how long data is kept, minutes a month (src/flows/actions/data-settings.ts).
      const data = await runDataCommand(ctx.deps, { org, by, language: lang, verb, args, prefix: ADMIN_COMMAND });
      if (data !== null) {
        await respond({ response_type: 'ephemeral', text: data });
        return;
      }
      const community = await communityAdmin(ctx, { teamId: command.team_id, userId: command.user_id, userName: command.user_name, verb, args, lang });
      if (community) {
        const r = 'view' in community ? renderView(community.view, { surface: 'message' }) : null;
        await respond({ response_type: 'ephemeral', text: r ? r.text : (community as { text: string }).text, ...(r ? { blocks: r.blocks } : {}) });
        return;
      }
      let out: SettingsOutcome | null = null;
      switch (verb.toLowerCase()) {
        case 'supervisor': {
          const ids = users(args);
          if (ids.length < 2) break;
          out = await setSupervisor(ctx.deps, { org, by, staff: ids.slice(0, -1), supervisor: ids.at(-1)! });
          break;
        }
        case 'unsupervise': {
          const ids = users(args);
          if (ids.length < 1) break;
          out = await removeSupervisor(ctx.deps, { org, by, staff: ids.length > 1 ? ids.slice(0, -1) : ids, supervisor: ids.length > 1 ? ids.at(-1) : undefined });
          break;
        }
        case 'channel': {
          const [c] = channels(args);
          if (c || /^(off|none|なし)$/i.test(args)) out = await setDepartmentChannel(ctx.deps, { org, by, channel: c ?? null });
          break;
        }
        case 'alert-level': {
          const level = args.toLowerCase();
          if (level === 'all' || level === 'high' || level === 'medium' || level === 'low') out = await setAlertLevel(ctx.deps, { org, by, level });
          break;
        }
        case 'intake': {
          const [c] = channels(args);
          const enabled = !/\boff\b/i.test(args);
          if (c) out = await setIntakeChannel(ctx.deps, { org, by, channel: c, enabled });
          break;
        }
        case 'language': {
          const l = args.toLowerCase();
          if (l === 'ja' || l === 'en') out = await setLanguage(ctx.deps, { org, by, language: l });
          break;
        }
        case 'show': {
          await respond({ response_type: 'ephemeral', text: t.settingsTitle(), blocks: settingsBlocks(settings, lang) });
          return;
        }
      }
      if (!out) {
        await respond({ response_type: 'ephemeral', text: t.adminUsage() });
        return;
      }
      if (out.status === 'not_admin') {
        await respond({ response_type: 'ephemeral', text: t.notAdmin() });
        return;
      }
      if (out.status === 'invalid') {
        await respond({ response_type: 'ephemeral', text: t.adminUsage() });
        return;
      }
      const after = await getSettings(ctx.deps, org);
      await respond({ response_type: 'ephemeral', text: t.saved(), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: t.saved() } }, ...settingsBlocks(after, lang)] });
      await publishHome(ctx, command.team_id, command.user_id).catch(() => {});
    } catch (err) {
      logger.error(`admin command failed: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: textFor('ja').failed() }).catch(() => {});
    }
  };
}
