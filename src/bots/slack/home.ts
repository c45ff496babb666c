/**
 * The App Home tab (views.publish): how to use mamori, the dashboard of the person opening it (their
 * own recent analyses; supervisors: their team's open alerts and load; admins: quota, thresholds,
 * report archive and the feedback reports to review), and the organisation's settings.
 */
import type { types } from '@slack/bolt';
import { organisationFor, type Member, type Organisation } from '../../flows/actions/people.js';
import { dashboardViewerFor } from '../../flows/insights/viewer.js';
import { getSettings, type OrganisationSettings } from '../../flows/actions/settings.js';
import { dashboardViews } from '../../flows/insights/views/dashboard.js';
import { maxBlocks } from './blocks/limits.js';
import { context, renderView, section } from './blocks/render.js';
import { errorName, type SlackContext } from './context.js';
import { textFor, type Lang } from './text.js';
import { communityHomeBlocks } from './community/home.js';
import { bookingHomeBlocks } from './booking/home.js';
import { homeSettingsButtons } from './home-settings.js';

export function settingsBlocks(s: OrganisationSettings, lang: Lang): types.KnownBlock[] {
  const t = textFor(lang);
  const blocks: types.KnownBlock[] = [section(t.settingsLines({
    level: s.alertLevel, threshold: s.alertThreshold, channel: s.departmentChannel ? `<#${s.departmentChannel}>` : null,
    language: s.language, intake: s.intakeChannels.map((c) => `<#${c}>`), used: s.quota.usedMinutes, limit: s.quota.limitMinutes,
    retentionDays: s.retentionDays,
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

export interface DashboardViewer {
  org: Organisation;
  /** The member, with the admin role added in memory when Slack says they administer the workspace. */
  member: Member;
  admin: boolean;
}

/** Who is looking: the organisation, their member row (created as staff on first sight), admin or not. */
export async function dashboardViewer(ctx: SlackContext, teamId: string | undefined, userId: string): Promise<DashboardViewer> {
  const org = await organisationFor(ctx.deps, ctx.orgRef(teamId));
  return { org, ...(await dashboardViewerFor(ctx.deps, org.id, { platformUserId: userId }, () => ctx.isWorkspaceAdmin(userId))) };
}

const DASHBOARD_TEXT = {
  ja: { share: '通話を共有するには、録音や文字起こしのファイルを mamori との DM に送ってください。', cut: '表示しきれない項目は省略しました。', failed: 'ダッシュボードを表示できませんでした。しばらくしてから開き直してください。' },
  en: { share: 'To share a call, send its recording or transcript file in a DM with mamori.', cut: 'Some items were left out to fit the page.', failed: 'The dashboard could not be shown. Open the tab again in a moment.' },
} as const;

/** The dashboard views rendered for App Home within `budget` blocks (each view after a divider). */
export async function dashboardBlocks(ctx: SlackContext, viewer: DashboardViewer, lang: Lang, budget: number, now = new Date()): Promise<types.KnownBlock[]> {
  const w = DASHBOARD_TEXT[lang];
  const views = await dashboardViews(ctx.deps.database.db, viewer.org, viewer.member, now);
  const out: types.KnownBlock[] = [];
  views.forEach((view, i) => {
    // The staff part ends with how to share a call.
    const blocks = i === 0 ? [...view.blocks, { type: 'text' as const, tone: 'muted' as const, text: w.share }] : view.blocks;
    const rendered = renderView({ ...view, blocks }, { surface: 'home' }).blocks;
    const room = budget - out.length - 1; // the divider
    if (room <= 1) return;
    out.push({ type: 'divider' });
    if (rendered.length <= room) out.push(...rendered);
    else out.push(...rendered.slice(0, room - 1), context(w.cut));
  });
  return out;
}

export async function publishHome(ctx: SlackContext, teamId: string | undefined, userId: string, now = new Date()): Promise<void> {
  const settings = await getSettings(ctx.deps, ctx.orgRef(teamId));
  const lang = await ctx.languageFor(userId, settings.language);
  const t = textFor(lang);
  let viewer: DashboardViewer | null = null;
  try {
    viewer = await dashboardViewer(ctx, teamId, userId);
  } catch (err) {
    ctx.logger.error({ err: errorName(err) }, 'dashboard viewer unknown');
  }
  // Who supervises whom: admins see every link, anyone else only the links they are part of.
  const visible: OrganisationSettings = viewer?.admin ? settings
    : { ...settings, supervisors: settings.supervisors.filter((l) => l.staff === userId || l.supervisors.includes(userId)) };
  const top: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'mamori' } },
    section(t.homeHowTo()),
    ...communityHomeBlocks(lang),
    ...(await bookingHomeBlocks(ctx, teamId, userId, lang)),
  ];
  const bottom: types.KnownBlock[] = [
    { type: 'divider' },
    section(`*${t.settingsTitle()}*`),
    // Admins change them here too (the same flows as /mamori-admin).
    ...(viewer?.admin ? [homeSettingsButtons(lang)] : []),
    ...settingsBlocks(visible, lang),
    context(t.adminUsage()),
  ];
  let dashboard: types.KnownBlock[];
  try {
    if (!viewer) throw new Error('no viewer');
    dashboard = await dashboardBlocks(ctx, viewer, lang, maxBlocks('home') - top.length - Math.min(bottom.length, 40), now);
  } catch (err) {
    // The rest of App Home is still worth showing.
    ctx.logger.error({ err: errorName(err) }, 'dashboard not built');
    dashboard = [context(DASHBOARD_TEXT[lang].failed)];
  }
  const blocks = [...top, ...dashboard, ...bottom];
  await ctx.client.views.publish({ user_id: userId, view: { type: 'home', blocks: blocks.slice(0, maxBlocks('home')) } });
}
