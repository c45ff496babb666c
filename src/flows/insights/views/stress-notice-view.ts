/**
 * The private message to a staff member's supervisors when their accumulated stress crosses a
 * threshold: a one-to-one talk and aftercare (MHLW line care), the calls behind it, and wording
 * that avoids second harassment (no blame, no "endure it").
 */
import type { MessageView, ViewBlock } from '../../views/view.js';
import { catName, dateLabel, langOf, minutesOf, round1, tr } from '../../views/format.js';

export interface StressCall {
  analysisId: string;
  fileName: string;
  at: Date;
  risk: number;
  level: string;
  categories: string[];
  durationSec: number | null;
  /** The call's weight in the balance now (decayed). */
  weight: number;
}

export interface StressNoticeInput {
  language: string;
  timeZone: string;
  staffName: string;
  staffUserId: string;
  level: number;
  balance: number;
  settings: { warnThreshold: number; urgentThreshold: number };
  calls: StressCall[];
}

export function stressNoticeView(n: StressNoticeInput): MessageView {
  const lang = langOf(n.language);
  const urgent = n.level >= 2;
  const title = urgent
    ? tr(lang, `🚨 ${n.staffName} さんの負担が大きくなっています（要対応）`, `🚨 ${n.staffName} is carrying a heavy load (act now)`)
    : tr(lang, `⚠️ ${n.staffName} さんの負担が積み重なっています`, `⚠️ ${n.staffName}'s load is building up`);
  const blocks: ViewBlock[] = [
    { type: 'header', text: title },
    {
      type: 'text', tone: urgent ? 'danger' : 'warning',
      text: tr(lang,
        `最近のカスハラ対応で負担の指標が ${round1(n.balance)} になり、${urgent ? '要対応' : '注意'}の目安（${urgent ? n.settings.urgentThreshold : n.settings.warnThreshold}）を超えました。ご本人の落ち度ではありません。`,
        `Recent harassing calls have brought the load indicator to ${round1(n.balance)}, above the ${urgent ? 'act-now' : 'warning'} mark (${urgent ? n.settings.urgentThreshold : n.settings.warnThreshold}). This is not their fault.`),
    },
    {
      type: 'list', title: tr(lang, 'おすすめの対応', 'Suggested next steps'),
      items: [
        tr(lang, '近いうちに短い1on1（面談）を設け、対応へのお礼を伝えてください。「我慢して」「気にしすぎ」は二次被害になります。', 'Set up a short one-to-one soon and thank them. "Just put up with it" or "don\'t take it personally" is second harassment.'),
        tr(lang, '今日・明日の電話/窓口対応を減らすか、休憩を取れるようにしてください。', 'Reduce their front-line calls today and tomorrow, or give them a break.'),
        ...(urgent ? [tr(lang, '産業医・カウンセラーへの相談を案内してください（ストレスチェックの結果は本人の同意なく共有されません）。', 'Offer a consultation with the occupational physician or a counsellor (stress-check results are never shared without consent).')] : []),
        tr(lang, '同じ顧客からの対応は複数人で行うか、担当を交代してください。', 'Handle calls from the same customers with two people, or hand them over.'),
      ],
    },
  ];
  if (n.calls.length > 0) {
    blocks.push({
      type: 'list', title: tr(lang, 'きっかけになった通話', 'The calls behind it'),
      items: n.calls.map((c) => `${dateLabel(c.at, n.timeZone, lang)} ${c.fileName} — ${tr(lang, '危険度', 'risk')} ${c.risk}, ${tr(lang, `${minutesOf(c.durationSec)}分`, `${minutesOf(c.durationSec)} min`)}, ${c.categories.map((x) => catName(x, lang)).join('・') || '—'}`),
    });
  }
  blocks.push({ type: 'text', tone: 'muted', text: tr(lang, 'この通知は上長の方にだけ届いています。ご本人や同僚には表示されません。', 'Only supervisors receive this. It is never shown to the staff member or colleagues.') });
  return { fallbackText: title, blocks };
}
