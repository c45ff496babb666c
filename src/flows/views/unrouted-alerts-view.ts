/**
 * What mamori says when an alert was due and nobody could receive it (no supervisor, no department
 * channel): the admins' one-time notice with how to set a recipient up on their platform, and the
 * dashboard section listing those alerts until a recipient is set.
 */
import type { Language, Level } from '../../analysis/result.js';
import type { Platform } from '../../db/schema/index.js';
import { dateLabel } from './format.js';
import { LABELS } from './labels.js';
import type { MessageView, ViewBlock } from './view.js';

/** One alert nobody received, as the dashboard lists it. */
export interface UnroutedAlertLine {
  createdAt: Date;
  fileName: string;
  risk: number;
  level: string;
}

/** The dashboard lists this many; the count says how many there are. */
const SHOWN = 10;

const WORDS = {
  ja: {
    noticeTitle: '⚠️ アラートの通知先がありません',
    noticeBody: (risk: number, level: string) =>
      `カスハラと判定された通話（危険度 ${risk}、${level}）がありましたが、上長も部署チャンネルも設定されていないため、誰にも通知していません。設定するまで、これからのアラートも届きません。`,
    noticeOnce: 'このお知らせは、通知先が設定されるまでに一度だけ送ります。届かなかったアラートはダッシュボードに表示されます。',
    howTo: '設定方法（どちらか一つで届くようになります）',
    steps: {
      slack: [
        '上長を設定: `/mamori-admin supervisor @スタッフ @上長`（App ホームの「上長を設定」でも設定できます）',
        '部署チャンネルを設定: `/mamori-admin channel #部署チャンネル`（チャンネルに `/invite @mamori` で招待してください）',
      ],
      teams: [
        '上長を設定: mamori との個人チャットで `上長 @スタッフ @上長`（上長は mamori を個人用アプリとして追加してください）',
        '部署チャンネルを設定: 部署のチャネルで mamori をメンションして `部署チャンネル`',
      ],
    },
    dashboardTitle: (n: number) => `通知先のないアラート（${n}件）`,
    dashboardBody: '上長も部署チャンネルも設定されていないため、これらのアラートは誰にも届いていません。',
    line: (a: UnroutedAlertLine, when: string, level: string) => `${when} ${a.fileName} — 危険度 ${a.risk}（${level}）`,
    more: (n: number) => `ほか ${n} 件`,
  },
  en: {
    noticeTitle: '⚠️ Alerts have nobody to go to',
    noticeBody: (risk: number, level: string) =>
      `A call was judged harassment (risk ${risk}, ${level}), but nobody was alerted: no supervisor and no department channel are set up. Until one is, later alerts will not reach anyone either.`,
    noticeOnce: 'This notice is sent once until a recipient is set up. The alerts nobody received are listed on the dashboard.',
    howTo: 'How to set it up (either one is enough)',
    steps: {
      slack: [
        'A supervisor: `/mamori-admin supervisor @staff @supervisor` (or 「上長を設定」 on App Home)',
        'A department channel: `/mamori-admin channel #department` (invite mamori there with `/invite @mamori`)',
      ],
      teams: [
        'A supervisor: in your personal chat with mamori, `supervisor @staff @supervisor` (supervisors add mamori as a personal app)',
        'A department channel: in the department channel, mention mamori with `department`',
      ],
    },
    dashboardTitle: (n: number) => `Alerts with no recipient (${n})`,
    dashboardBody: 'No supervisor and no department channel are set up, so nobody received these alerts.',
    line: (a: UnroutedAlertLine, when: string, level: string) => `${when} ${a.fileName} — risk ${a.risk} (${level})`,
    more: (n: number) => `${n} more`,
  },
} as const;

const levelName = (level: string, lang: Language) => (LABELS[lang].level as Record<string, string>)[level] ?? level;

/** The admins' notice: what happened and how to set up a recipient on their platform. */
export function noRecipientNoticeView(input: { lang: Language; platform: Platform; risk: number; level: Level }): MessageView {
  const w = WORDS[input.lang];
  return {
    fallbackText: w.noticeTitle,
    blocks: [
      { type: 'header', text: w.noticeTitle },
      { type: 'text', text: w.noticeBody(input.risk, levelName(input.level, input.lang)), tone: 'danger' },
      { type: 'list', title: w.howTo, items: [...w.steps[input.platform]] },
      { type: 'text', text: w.noticeOnce, tone: 'muted' },
    ],
  };
}

/** The dashboard section for admins while alerts have no recipient (`total` of them, the latest first in `latest`). */
export function unroutedAlertsView(input: { lang: Language; platform: Platform; timeZone: string; total: number; latest: UnroutedAlertLine[] }): MessageView {
  const w = WORDS[input.lang];
  const blocks: ViewBlock[] = [
    { type: 'header', text: w.dashboardTitle(input.total) },
    { type: 'text', text: w.dashboardBody, tone: 'danger' },
  ];
  for (const a of input.latest.slice(0, SHOWN)) {
    blocks.push({ type: 'text', text: w.line(a, dateLabel(a.createdAt, input.timeZone, input.lang), levelName(a.level, input.lang)), tone: 'warning' });
  }
  if (input.total > SHOWN) blocks.push({ type: 'text', text: w.more(input.total - SHOWN), tone: 'muted' });
  blocks.push({ type: 'list', title: w.howTo, items: [...w.steps[input.platform]] });
  return { fallbackText: w.dashboardTitle(input.total), blocks };
}
