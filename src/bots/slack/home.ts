/** The App Home tab: how to use mamori and the organisation's settings (views.publish). */
import type { types } from '@slack/bolt';
import { getSettings, type OrganisationSettings } from '../../flows/actions/settings.js';
import { maxBlocks } from './blocks/limits.js';
import { context, section } from './blocks/render.js';
import type { SlackContext } from './context.js';
import { textFor, type Lang } from './text.js';
import { communityHomeBlocks } from './community/home.js';

export function settingsBlocks(s: OrganisationSettings, lang: Lang): types.KnownBlock[] {
  const t = textFor(lang);
  const blocks: types.KnownBlock[] = [section(t.settingsLines({
    level: s.alertLevel, threshold: s.alertThreshold, channel: s.departmentChannel ? `<#${s.departmentChannel}>` : null,
    language: s.language, intake: s.intakeChannels.map((c) => `<#${c}>`), used: s.quota.usedMinutes, limit: s.quota.limitMinutes,
  }).join('\n'))];
  blocks.push(section(t.supervisorsTitle()));
  if (s.supervisors.length === 0) blocks.push(context(t.noSupervisors()));
  let lines: string[] = [];
  for (const link of s.supervisors) {
    lines.push(t.supervisorLine(link.staff, link.supervisors));
    if (lines.length === 20) {
      blocks.push(section(lines.join('\n')));
      lines = [];
    }
  }
  if (lines.length > 0) blocks.push(section(lines.join('\n')));
  return blocks;
}

export async function publishHome(ctx: SlackContext, teamId: string | undefined, userId: string): Promise<void> {
  const settings = await getSettings(ctx.deps, ctx.orgRef(teamId));
  const lang = await ctx.languageFor(userId, settings.language);
  const t = textFor(lang);
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'mamori' } },
    section(t.homeHowTo()),
    ...communityHomeBlocks(lang),
    { type: 'divider' },
    section(`*${t.settingsTitle()}*`),
    ...settingsBlocks(settings, lang),
    context(t.adminUsage()),
  ];
  await ctx.client.views.publish({ user_id: userId, view: { type: 'home', blocks: blocks.slice(0, maxBlocks('home')) } });
}
