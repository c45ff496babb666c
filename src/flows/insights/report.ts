/**
 * The monthly report for management, on the first working day of the month (Japanese holidays
 * respected, calendar.ts): minutes analysed against the quota, incidents by category and severity,
 * trends against previous months, the median time until an alert was taken, the teams most exposed
 * and countermeasures drawn from what happened. Posted to the department channel (or the admins'
 * DMs when none is set) with three chart PNGs (category, severity, trend) and a PDF; archived once per organisation and month.
 */
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import { membersWithRole, type Organisation } from '../../db/repo/organisations.js';
import { alerts, analyses, members, monthlyReports, monthlyUsage, organisations, submissions, supervisorLinks } from '../../db/schema/index.js';
import { addMonths, monthRange, reportMonthDue } from '../../time/business-calendar.js';
import { barChartSvg, svgToPng } from './charts.js';
import { trendChartSvg, type TrendInput } from './trend-chart.js';
import { insightsMessage, nowOf, send, type Attachment, type InsightsDeps } from './deps.js';
import { reportPdf } from './pdf.js';
import { catName, langOf, tr, type Lang } from '../views/format.js';
import { reportView } from './views/report-view.js';

export interface MonthlySummary {
  month: string;
  minutesAnalysed: number;
  quotaMinutes: number;
  callsAnalysed: number;
  incidents: number;
  complaints: number;
  byCategory: Array<{ category: string; count: number }>;
  bySeverity: { low: number; medium: number; high: number };
  trend: Array<{ month: string; calls: number; incidents: number }>;
  /** Median minutes from an alert to its first acknowledgement; null when none was taken. */
  medianMinutesToTake: number | null;
  alertsRaised: number;
  alertsNotTaken: number;
  longCalls: number;
  teams: Array<{ team: string; incidents: number }>;
  suggestions: string[];
}

const SEVERITIES = ['low', 'medium', 'high'] as const;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The report's figures for one organisation and month (in the organisation's time zone). */
export async function monthlySummary(ex: Executor, org: Organisation, month: string, trendMonths = 6): Promise<MonthlySummary> {
  const lang = langOf(org.language);
  const { from, to } = monthRange(month, org.timeZone);
  const rows = await ex.select({ a: analyses, submittedBy: submissions.submittedBy }).from(analyses)
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .where(and(eq(analyses.orgId, org.id), gte(analyses.createdAt, from), lt(analyses.createdAt, to)));
  const incidents = rows.filter((r) => r.a.verdict === 'kasuhara');
  const byCat = new Map<string, number>();
  for (const r of incidents) for (const c of r.a.categories) byCat.set(c, (byCat.get(c) ?? 0) + 1);
  const bySeverity = { low: 0, medium: 0, high: 0 };
  for (const r of incidents) if ((SEVERITIES as readonly string[]).includes(r.a.level)) bySeverity[r.a.level as 'low'] += 1;
  const [usage] = await ex.select().from(monthlyUsage).where(and(eq(monthlyUsage.orgId, org.id), eq(monthlyUsage.month, month)));
  const seconds = usage?.secondsAnalysed ?? rows.reduce((s, r) => s + (r.a.durationSec ?? 0), 0);

  const trend: MonthlySummary['trend'] = [];
  for (let k = trendMonths - 1; k >= 0; k -= 1) {
    const m = addMonths(month, -k);
    const r = monthRange(m, org.timeZone);
    const [c] = await ex.select({
      calls: sql<number>`count(*)::int`, incidents: sql<number>`count(*) filter (where ${analyses.verdict} = 'kasuhara')::int`,
    }).from(analyses).where(and(eq(analyses.orgId, org.id), gte(analyses.createdAt, r.from), lt(analyses.createdAt, r.to)));
    trend.push({ month: m, calls: Number(c?.calls ?? 0), incidents: Number(c?.incidents ?? 0) });
  }

  // Alerts of the month's calls: minutes until the first supervisor took each call's alert.
  const ids = rows.map((r) => r.a.id);
  const alertRows = ids.length ? await ex.select().from(alerts).where(inArray(alerts.analysisId, ids)) : [];
  const byAnalysis = new Map<string, typeof alertRows>();
  for (const a of alertRows) byAnalysis.set(a.analysisId, [...(byAnalysis.get(a.analysisId) ?? []), a]);
  const waits: number[] = [];
  let notTaken = 0;
  for (const list of byAnalysis.values()) {
    const taken = list.filter((a) => a.acknowledgedAt).map((a) => (a.acknowledgedAt!.getTime() - a.createdAt.getTime()) / 60000);
    if (taken.length) waits.push(Math.min(...taken));
    else notTaken += 1;
  }

  // Teams: incidents by the sharer's supervisor(s); staff linked to nobody count as 未所属.
  const staffIds = [...new Set(incidents.map((r) => r.submittedBy))];
  const links = staffIds.length ? await ex.select({ memberId: supervisorLinks.memberId, name: members.displayName, uid: members.platformUserId })
    .from(supervisorLinks).innerJoin(members, eq(members.id, supervisorLinks.supervisorId)).where(inArray(supervisorLinks.memberId, staffIds)) : [];
  const teamCount = new Map<string, number>();
  for (const r of incidents) {
    const teams = links.filter((l) => l.memberId === r.submittedBy).map((l) => tr(lang, `${l.name ?? l.uid} チーム`, `${l.name ?? l.uid}'s team`));
    for (const t of teams.length ? teams : [tr(lang, '未所属', 'No team')]) teamCount.set(t, (teamCount.get(t) ?? 0) + 1);
  }
  const longCalls = incidents.filter((r) => (r.a.durationSec ?? 0) > 3600).length;
  const summary: MonthlySummary = {
    month, minutesAnalysed: Math.round(seconds / 60), quotaMinutes: org.monthlyMinuteQuota, callsAnalysed: rows.length,
    incidents: incidents.length, complaints: rows.filter((r) => r.a.verdict === 'complaint').length,
    byCategory: [...byCat].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    bySeverity, trend, medianMinutesToTake: waits.length ? Math.round(median(waits)! * 10) / 10 : null,
    alertsRaised: byAnalysis.size, alertsNotTaken: notTaken, longCalls,
    teams: [...teamCount].map(([team, n]) => ({ team, incidents: n })).sort((a, b) => b.incidents - a.incidents || a.team.localeCompare(b.team)).slice(0, 5),
    suggestions: [],
  };
  summary.suggestions = countermeasures(summary, lang);
  return summary;
}

/** Countermeasures drawn from what happened (domain.md §4), most pressing first. */
export function countermeasures(s: MonthlySummary, lang: Lang): string[] {
  const n = (c: string) => s.byCategory.find((x) => x.category === c)?.count ?? 0;
  const out: string[] = [];
  if (s.longCalls > 0 || n('restraint') > 0) out.push(tr(lang,
    `60分を超える通話・長時間の拘束が${Math.max(s.longCalls, n('restraint'))}件ありました。対応時間の上限（例: 30分）と、打ち切りの言葉「本日は○分が上限です。これで終了とさせていただきます」を定めてください。`,
    `${Math.max(s.longCalls, n('restraint'))} call(s) ran over 60 minutes or held staff: set a time limit (e.g. 30 minutes) and the words to end a call.`));
  if (n('threat') + n('physical') >= 2) out.push(tr(lang,
    `脅迫・暴力が${n('threat') + n('physical')}件ありました。警察（110番、相談は#9110）への連絡手順と、録音・記録の保存方法を文書にして周知してください。`,
    `${n('threat') + n('physical')} threats or violence: write down a police-contact procedure (110, advice #9110) and how to keep recordings.`));
  else if (n('threat') + n('physical') === 1) out.push(tr(lang, '脅迫・暴力が1件ありました。警察への連絡基準を確認してください。', 'One threat or act of violence: review when to call the police.'));
  if (n('abuse') + n('intimidation') >= 3) out.push(tr(lang,
    '暴言・威圧が繰り返されています。「一度警告し、続けば終了する」手順と、上長への引き継ぎ（複数人対応）を徹底してください。',
    'Repeated abuse or intimidation: make "warn once, then end the call" and handing over to a supervisor standard practice.'));
  if (n('persistence') >= 2) out.push(tr(lang, '同じ要求の繰り返しが目立ちます。回答窓口を一本化し、回答済みの案件は「回答は変わりません」で統一してください。', 'Repeated demands: answer through one channel and keep to "our answer will not change".'));
  if (n('sexual') + n('discrimination') > 0) out.push(tr(lang, '性的・差別的な言動がありました。担当の交代と、繰り返す顧客への出入禁止・対応停止の基準を定めてください。', 'Sexual or discriminatory remarks: swap staff and define when repeat offenders are banned.'));
  if (n('sns_exposure') + n('personal_targeting') > 0) out.push(tr(lang, 'SNSでの晒し・個人への攻撃がありました。名札は姓のみとし、撮影の断り方と削除依頼・法務相談の手順を用意してください。', 'Online exposure or personal targeting: surname-only name badges, a filming refusal script, takedown and legal review steps.'));
  if (n('apology_coercion') > 0) out.push(tr(lang, '土下座・謝罪文の強要がありました。「謝罪文には応じられません」を組織の方針として明示してください。', 'Forced apologies: state as policy that written or kneeling apologies are refused.'));
  if (s.alertsNotTaken > 0 || (s.medianMinutesToTake ?? 0) > 60) out.push(tr(lang,
    `アラートの対応に時間がかかっています（未対応 ${s.alertsNotTaken}件${s.medianMinutesToTake !== null ? `、中央値 ${s.medianMinutesToTake}分` : ''}）。当番制など、アラートを受ける担当を決めてください。`,
    `Alerts wait (${s.alertsNotTaken} not taken${s.medianMinutesToTake !== null ? `, median ${s.medianMinutesToTake} min` : ''}): appoint who takes alerts, e.g. a rota.`));
  if (s.quotaMinutes > 0 && s.minutesAnalysed >= s.quotaMinutes * 0.9) out.push(tr(lang, '解析時間が上限の90%を超えました。上限の見直しをご検討ください。', 'Analysis minutes passed 90% of the quota: consider raising it.'));
  if (out.length === 0) out.push(tr(lang, '大きな問題は見られませんでした。録音の告知と複数人対応の基本を続けてください。', 'No pressing issue: keep announcing recording and never leaving anyone alone.'));
  return out;
}

const monthLabel = (m: string, lang: Lang) => (lang === 'en' ? m : `${Number(m.slice(5))}月`);

/** Severity bars, gravest first, in warning colours (the levels' risk bands: src/analysis/verdict.ts levelOf). */
const SEVERITY_BARS = [
  { level: 'high', ja: '高（危険度70以上）', en: 'High (risk 70+)', colour: '#dc2626' },
  { level: 'medium', ja: '中（危険度45〜69）', en: 'Medium (risk 45–69)', colour: '#f59e0b' },
  { level: 'low', ja: '低（危険度20〜44）', en: 'Low (risk 20–44)', colour: '#facc15' },
] as const;

export interface ReportCharts {
  categories: Uint8Array;
  severity: Uint8Array;
  trend: Uint8Array;
}

/** What the trend chart is drawn from (the tests read its spec from the same input). */
export function trendInput(s: MonthlySummary, lang: Lang): TrendInput {
  return {
    title: tr(lang, '月別の推移', 'Month by month'),
    labels: s.trend.map((t) => monthLabel(t.month, lang)),
    incidents: { name: tr(lang, 'カスハラ件数（左目盛）', 'Harassment (left scale)'), values: s.trend.map((t) => t.incidents) },
    calls: { name: tr(lang, '解析した通話（右目盛）', 'Calls analysed (right scale)'), values: s.trend.map((t) => t.calls) },
    emptyText: tr(lang, '該当なし', 'None'),
  };
}

export function reportCharts(s: MonthlySummary, language: string): ReportCharts {
  const lang = langOf(language);
  const title = lang === 'en' ? s.month : `${s.month.slice(0, 4)}年${Number(s.month.slice(5))}月`;
  const emptyText = tr(lang, '該当なし', 'None');
  return {
    categories: svgToPng(barChartSvg({ title: tr(lang, `類型別のカスハラ件数（${title}）`, `Harassment by category (${title})`), items: s.byCategory.map((c) => ({ label: catName(c.category, lang), value: c.count })), emptyText })),
    severity: svgToPng(barChartSvg({
      title: tr(lang, `深刻度別のカスハラ件数（${title}）`, `Harassment by severity (${title})`),
      items: SEVERITY_BARS.map((b) => ({ label: lang === 'en' ? b.en : b.ja, value: s.bySeverity[b.level], colour: b.colour })),
      emptyText,
    })),
    trend: svgToPng(trendChartSvg(trendInput(s, lang))),
  };
}

/** Builds the archive row and the message (view, chart PNGs, PDF) for one organisation and month. */
export async function buildMonthlyReport(ex: Executor, org: Organisation, month: string, trendMonths = 6) {
  const summary = await monthlySummary(ex, org, month, trendMonths);
  const charts = reportCharts(summary, org.language);
  const pdf = await reportPdf(summary, org, charts);
  const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
  const attachments: Attachment[] = [
    { fileName: `mamori-report-${month}.pdf`, mimeType: 'application/pdf', contentBase64: b64(pdf) },
    { fileName: `mamori-${month}-categories.png`, mimeType: 'image/png', contentBase64: b64(charts.categories) },
    { fileName: `mamori-${month}-severity.png`, mimeType: 'image/png', contentBase64: b64(charts.severity) },
    { fileName: `mamori-${month}-trend.png`, mimeType: 'image/png', contentBase64: b64(charts.trend) },
  ];
  return { summary, charts, pdf, attachments, view: reportView(summary, org) };
}

/** Sends the report of `month` for one organisation, once (the archive row is the claim). */
export async function sendMonthlyReport(deps: InsightsDeps, org: Organisation, month: string): Promise<boolean> {
  // Already archived: no need to draw the charts and the PDF again (the insert below still decides a race).
  const [done] = await deps.database.db.select({ month: monthlyReports.month }).from(monthlyReports)
    .where(and(eq(monthlyReports.orgId, org.id), eq(monthlyReports.month, month)));
  if (done) return false;
  const built = await buildMonthlyReport(deps.database.db, org, month, deps.config.trendMonths);
  return deps.database.db.transaction(async (tx) => {
    const claimed = await tx.insert(monthlyReports).values({ orgId: org.id, month, summary: built.summary as unknown as Record<string, unknown> })
      .onConflictDoNothing().returning({ month: monthlyReports.month });
    if (claimed.length === 0) return false;
    const payload = { topic: 'monthly_report', view: built.view, attachments: built.attachments, month };
    const targets = org.departmentChannel
      ? [{ key: 'department', target: { type: 'channel' as const, channel: org.departmentChannel } }]
      : (await membersWithRole(tx, org.id, 'admin')).map((a) => ({ key: a.id, target: { type: 'user' as const, platformUserId: a.platformUserId } }));
    await send(tx, deps, targets.map((t) => insightsMessage(org.id, t.target, `insights:report:${org.id}:${month}:${t.key}`, payload)));
    deps.logger.info({ orgId: org.id, month }, 'monthly report sent');
    return true;
  });
}

/** The daily job: every organisation whose local date is the first working day of its month gets last month's report. */
export async function sendDueMonthlyReports(deps: InsightsDeps): Promise<{ sent: number }> {
  const now = nowOf(deps);
  let sent = 0;
  for (const org of await deps.database.db.select().from(organisations)) {
    const month = reportMonthDue(now, org.timeZone);
    if (month && (await sendMonthlyReport(deps, org, month))) sent += 1;
  }
  return { sent };
}
