/**
 * Insights on Teams.
 * - `dashboard` / `ダッシュボード` in personal chat: the same dashboard as Slack's App Home, as
 *   Adaptive Cards (staff: own recent analyses and how to share a call; supervisors: their team's
 *   open alerts and load; admins: quota, thresholds, report archive and the reports to review). In a
 *   channel or group chat it only says to use personal chat (the figures are private).
 * - 採用 / 却下 on a report (Action.Execute, or Action.Submit data `{ mamori: 1, action, value }`):
 *   acceptFeedback / rejectFeedback, admins only (the admin role, or TEAMS_ADMIN_USER_IDS).
 * Teams cards show at most six buttons, at the bottom: items with buttons are numbered (the buttons
 * carry the same number) and a view with more buttons continues on further cards. Files (the
 * monthly report's PDF and chart images) cannot be attached to a Teams message: the monthly report
 * message offers them as one-time download buttons when the server has a public URL
 * (src/bots/teams/messenger.ts), and the admin card says where they are.
 * The command word and the buttons' routing are in listeners/commands and listeners/cards.
 */
import type { Activity } from '@microsoft/teams.api';
import type { Member, Organisation } from '../../../flows/actions/people.js';
import { dashboardViewerFor } from '../../../flows/insights/viewer.js';
import { feedbackNotAdminText, feedbackOutcomeText } from '../../../flows/insights/feedback-messages.js';
import { acceptFeedback, rejectFeedback } from '../../../flows/insights/feedback-review.js';
import { dashboardViews } from '../../../flows/insights/views/dashboard.js';
import type { MessageView, ViewBlock } from '../../../flows/views/view.js';
import { renderAdaptiveCards } from '../adaptive-card.js';
import { langOf, userIdOf, type HandlerDeps, type Lang } from '../listeners/context.js';
import { TEAMS_LIMITS } from '../limits.js';
import { teamsText } from '../messages.js';

export const INSIGHTS_CARD_ACTIONS = ['insights_accept_feedback', 'insights_reject_feedback'] as const;
export type InsightsCardAction = (typeof INSIGHTS_CARD_ACTIONS)[number];

export const TEXT = {
  ja: {
    personalOnly: 'ダッシュボードはあなただけに見えるよう、mamori との個人チャットで `dashboard`（または「ダッシュボード」）と送ってください。',
    share: '通話を共有するには、録音や文字起こしのファイルをこの個人チャットに送ってください。',
    files: 'Teams の個人チャットにはファイルを添付できないため、月次レポートのグラフと PDF は Teams では届きません（本文のみ）。PDF は Slack 版で受け取れます。データ全体はサーバーの `npx mamori export --org ID` で書き出せます。',
    fileLinks: '月次レポートの PDF とグラフは、月次レポートのメッセージのボタンからダウンロードできます（期限付き・各 1 回限り）。データ全体はサーバーの `npx mamori export --org ID` で書き出せます。',
    continued: (title: string) => `${title}（続き）`,
  },
  en: {
    personalOnly: 'So that the dashboard is yours only, send `dashboard` in your personal chat with mamori.',
    share: 'To share a call, send its recording or transcript file in this personal chat.',
    files: "Files cannot be attached in a Teams personal chat, so the monthly report's charts and PDF do not reach Teams (the text does). Slack receives the PDF; `npx mamori export --org ID` on the server writes all the data.",
    fileLinks: "Download the monthly report's PDF and charts with the buttons of the monthly report message (time-limited, once each). `npx mamori export --org ID` on the server writes all the data.",
    continued: (title: string) => `${title} (continued)`,
  },
} as const;

export const isInsightsAction = (v: unknown): v is { mamori: 1; action: InsightsCardAction; value: string } =>
  !!v && typeof v === 'object' && (v as { mamori?: unknown }).mamori === 1 &&
  (INSIGHTS_CARD_ACTIONS as readonly string[]).includes(String((v as { action?: unknown }).action)) && typeof (v as { value?: unknown }).value === 'string';

/** The member behind an activity, with the admin role added in memory when the configuration names them. */
async function viewerOf(deps: HandlerDeps, org: Organisation, a: Activity): Promise<{ member: Member; admin: boolean }> {
  const id = userIdOf(a);
  return dashboardViewerFor(deps.actions, org.id, { platformUserId: id, displayName: a.from?.name?.slice(0, 300) || undefined }, () => deps.config.adminUserIds.includes(id));
}

/**
 * A view split for Teams' action bar: buttons are numbered with the item they belong to, and a view
 * with more than six buttons continues on another view (the item's text moves with its buttons).
 */
export function teamsDashboardViews(view: MessageView, lang: Lang): MessageView[] {
  const numbered = view.blocks.filter((b) => b.type === 'actions').length > 1;
  const title = view.blocks.find((b) => b.type === 'header')?.text ?? view.fallbackText;
  const out: MessageView[] = [];
  let blocks: ViewBlock[] = [];
  let buttons = 0;
  let n = 0;
  for (const b of view.blocks) {
    if (b.type !== 'actions') {
      blocks.push(b);
      continue;
    }
    n += 1;
    const actions = b.actions.slice(0, TEAMS_LIMITS.maxActions).map((a) => ({ ...a, label: numbered ? `${n}. ${a.label}` : a.label }));
    if (buttons > 0 && buttons + actions.length > TEAMS_LIMITS.maxActions) {
      const last = blocks[blocks.length - 1];
      const carry = last && last.type === 'text' ? [blocks.pop()!] : [];
      out.push({ fallbackText: view.fallbackText, blocks });
      blocks = [{ type: 'text', tone: 'muted', text: TEXT[lang].continued(title) }, ...carry];
      buttons = 0;
    }
    const last = blocks[blocks.length - 1];
    if (numbered && last && last.type === 'text') blocks[blocks.length - 1] = { ...last, text: `${n}. ${last.text}` };
    blocks.push({ type: 'actions', actions });
    buttons += actions.length;
  }
  if (blocks.length > 0) out.push({ fallbackText: view.fallbackText, blocks });
  return out;
}

/** The dashboard of the member behind `a`, as Adaptive Cards (in send order). */
export async function dashboardCards(deps: HandlerDeps, org: Organisation, a: Activity, now = new Date()): Promise<Array<{ card: ReturnType<typeof renderAdaptiveCards>[number]; fallback: string }>> {
  const lang = langOf(org);
  const { member, admin } = await viewerOf(deps, org, a);
  const views = await dashboardViews(deps.actions.database.db, org, member, now);
  const t = teamsText(lang);
  const out: Array<{ card: ReturnType<typeof renderAdaptiveCards>[number]; fallback: string }> = [];
  views.forEach((view, i) => {
    const extra: ViewBlock[] = i === 0 ? [{ type: 'text', tone: 'muted', text: TEXT[lang].share }] : [];
    // The admin part (last for an admin): where the report files are.
    if (admin && i === views.length - 1) extra.push({ type: 'text', tone: 'muted', text: deps.config.publicBaseUrl ? TEXT[lang].fileLinks : TEXT[lang].files });
    for (const part of teamsDashboardViews({ ...view, blocks: [...view.blocks, ...extra] }, lang)) {
      for (const card of renderAdaptiveCards(part, { continued: t.continued })) out.push({ card, fallback: part.fallbackText });
    }
  });
  return out;
}

/** 採用 / 却下: a reply text for the presser. */
export async function runInsightsAction(deps: HandlerDeps, org: Organisation, a: Activity, data: { action: InsightsCardAction; value: string }): Promise<string> {
  const lang = langOf(org);
  const { member, admin } = await viewerOf(deps, org, a);
  if (!admin) return feedbackNotAdminText(lang);
  const input = { orgId: org.id, feedbackId: data.value, by: member.id };
  const out = data.action === 'insights_accept_feedback' ? await acceptFeedback(deps.actions.database, input) : await rejectFeedback(deps.actions.database, input);
  return feedbackOutcomeText(lang, out);
}
