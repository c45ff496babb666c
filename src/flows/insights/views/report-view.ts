/** The monthly report as text: a MessageView for the chat and the same lines for the PDF. */
import type { Organisation } from '../../../db/repo/organisations.js';
import type { MessageView, ViewBlock } from '../../views/view.js';
import type { MonthlySummary } from '../report.js';
import { catName, langOf, tr } from '../../views/format.js';

export interface ReportLines {
  title: string;
  sections: Array<{ heading: string; items: string[] }>;
}

export function reportLines(s: MonthlySummary, org: Pick<Organisation, 'language'>): ReportLines {
  const lang = langOf(org.language);
  const monthText = lang === 'en' ? s.month : `${s.month.slice(0, 4)}年${Number(s.month.slice(5))}月`;
  const prev = s.trend.length >= 2 ? s.trend[s.trend.length - 2]! : null;
  const diff = prev ? s.incidents - prev.incidents : null;
  const quota = s.quotaMinutes > 0 ? `${s.minutesAnalysed} / ${s.quotaMinutes}${tr(lang, '分', ' min')}（${Math.round((s.minutesAnalysed / s.quotaMinutes) * 100)}%）` : `${s.minutesAnalysed}${tr(lang, '分（上限なし）', ' min (no limit)')}`;
  return {
    title: tr(lang, `mamori 月次レポート ${monthText}`, `mamori monthly report, ${monthText}`),
    sections: [
      {
        heading: tr(lang, '概要', 'Overview'),
        items: [
          `${tr(lang, '解析時間', 'Minutes analysed')}: ${quota}`,
          `${tr(lang, '解析した通話', 'Calls analysed')}: ${s.callsAnalysed}`,
          `${tr(lang, 'カスハラ', 'Harassment')}: ${s.incidents}${tr(lang, '件', '')}${diff === null ? '' : tr(lang, `（前月比 ${diff >= 0 ? '+' : ''}${diff}）`, ` (${diff >= 0 ? '+' : ''}${diff} vs previous month)`)}`,
          `${tr(lang, '正当な苦情', 'Legitimate complaints')}: ${s.complaints}`,
          `${tr(lang, '深刻度', 'Severity')}: ${tr(lang, '高', 'high')} ${s.bySeverity.high} / ${tr(lang, '中', 'medium')} ${s.bySeverity.medium} / ${tr(lang, '低', 'low')} ${s.bySeverity.low}`,
          `${tr(lang, 'アラートが対応されるまでの時間（中央値）', 'Median time until an alert was taken')}: ${s.medianMinutesToTake === null ? '—' : tr(lang, `${s.medianMinutesToTake}分`, `${s.medianMinutesToTake} min`)}（${tr(lang, `アラート ${s.alertsRaised}件、未対応 ${s.alertsNotTaken}件`, `${s.alertsRaised} alerts, ${s.alertsNotTaken} not taken`)}）`,
        ],
      },
      { heading: tr(lang, '類型別', 'By category'), items: s.byCategory.length ? s.byCategory.map((c) => `${catName(c.category, lang)}: ${c.count}`) : ['—'] },
      { heading: tr(lang, '推移', 'Trend'), items: s.trend.map((t) => `${t.month}: ${tr(lang, 'カスハラ', 'harassment')} ${t.incidents} / ${tr(lang, '通話', 'calls')} ${t.calls}`) },
      { heading: tr(lang, '負担の大きいチーム', 'Most exposed teams'), items: s.teams.length ? s.teams.map((t) => `${t.team}: ${t.incidents}`) : ['—'] },
      { heading: tr(lang, '対策の提案', 'Suggested countermeasures'), items: s.suggestions },
    ],
  };
}

export function reportView(s: MonthlySummary, org: Pick<Organisation, 'language'>): MessageView {
  const lines = reportLines(s, org);
  const blocks: ViewBlock[] = [{ type: 'header', text: lines.title }];
  for (const section of lines.sections) blocks.push({ type: 'list', title: section.heading, items: section.items });
  blocks.push({ type: 'text', tone: 'muted', text: tr(langOf(org.language), 'グラフとPDF版を添付しています。', 'Charts and the PDF are attached.') });
  return { fallbackText: lines.title, blocks };
}
