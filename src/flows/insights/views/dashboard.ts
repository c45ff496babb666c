/**
 * The dashboard (Slack App Home, Teams personal tab) as platform-neutral MessageViews:
 * staff see their own recent analyses and a button to share a call with their supervisor (never
 * anyone's stress figures or a ranking); supervisors see their team's open alerts and stress
 * balances (their team only); admins see settings, this month's quota use, reports waiting for
 * review and the report archive.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/connection.js';
import { effectiveSettings } from '../../../db/repo/org-links.js';
import { currentUsage, quotaCheck } from '../../../db/repo/usage.js';
import type { Member, Organisation } from '../../../db/repo/organisations.js';
import { alerts, analyses, monthlyReports, submissions } from '../../../db/schema/index.js';
import type { MessageView, ViewBlock } from '../../views/view.js';
import { unroutedAlertsSection } from '../../unrouted-alerts.js';
import { listFeedbackReports } from '../feedback-review.js';
import { balancesOf, stressSettings } from '../stress.js';
import { teamOf } from '../team.js';
import { catName, dateLabel, langOf, round1, tr } from '../../views/format.js';

const VERDICT = { ja: { kasuhara: 'カスハラの可能性', complaint: '正当な苦情', normal: '通常' }, en: { kasuhara: 'likely harassment', complaint: 'complaint', normal: 'ordinary' } } as const;

export async function staffHomeView(ex: Executor, org: Organisation, me: Member): Promise<MessageView> {
  const lang = langOf(org.language);
  const rows = await ex.select({ a: analyses, fileName: submissions.fileName }).from(analyses)
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .where(and(eq(analyses.orgId, org.id), eq(submissions.submittedBy, me.id))).orderBy(desc(analyses.createdAt)).limit(10);
  const blocks: ViewBlock[] = [{ type: 'header', text: tr(lang, 'あなたの最近の解析', 'Your recent analyses') }];
  if (rows.length === 0) blocks.push({ type: 'text', tone: 'muted', text: tr(lang, 'まだ解析した通話はありません。録音や文字起こしを mamori に共有してください。', 'No calls analysed yet. Share a recording or transcript with mamori.') });
  for (const { a, fileName } of rows) {
    const v = VERDICT[lang][a.verdict as keyof (typeof VERDICT)['ja']] ?? a.verdict;
    blocks.push({ type: 'text', tone: a.verdict === 'kasuhara' ? 'warning' : 'muted', text: `${dateLabel(a.createdAt, org.timeZone, lang)} ${fileName} — ${v}（${tr(lang, '危険度', 'risk')} ${a.risk}）` });
    if (a.verdict !== 'normal') blocks.push({ type: 'actions', actions: [{ id: 'consult_supervisor', label: tr(lang, '上長に共有', 'Share with my supervisor'), value: a.id }] });
  }
  blocks.push({ type: 'text', tone: 'muted', text: tr(lang, 'つらいと感じたら、一人で抱え込まず上長や産業医に相談してください。', 'If it feels heavy, talk to your supervisor or the occupational physician; you are not alone.') });
  return { fallbackText: tr(lang, 'あなたの最近の解析', 'Your recent analyses'), blocks };
}

export async function supervisorHomeView(ex: Executor, org: Organisation, me: Member, now: Date): Promise<MessageView> {
  const lang = langOf(org.language);
  const team = await teamOf(ex, org.id, me.id);
  const teamIds = new Set(team.map((m) => m.id));
  const open = await ex.select({ al: alerts, a: analyses, fileName: submissions.fileName, staff: submissions.submittedBy }).from(alerts)
    .innerJoin(analyses, eq(analyses.id, alerts.analysisId)).innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .where(and(eq(alerts.recipientId, me.id), eq(alerts.status, 'open'))).orderBy(desc(alerts.createdAt)).limit(20);
  const blocks: ViewBlock[] = [{ type: 'header', text: tr(lang, 'チームの未対応アラート', "Your team's open alerts") }];
  const mine = open.filter((o) => teamIds.has(o.staff));
  if (mine.length === 0) blocks.push({ type: 'text', tone: 'good', text: tr(lang, '未対応のアラートはありません。', 'No open alerts.') });
  for (const o of mine) {
    const who = team.find((m) => m.id === o.staff);
    blocks.push({ type: 'text', tone: 'danger', text: `${dateLabel(o.al.createdAt, org.timeZone, lang)} ${who?.displayName ?? who?.platformUserId ?? ''} — ${o.fileName}（${o.a.categories.map((c) => catName(c, lang)).join('・')}, ${tr(lang, '危険度', 'risk')} ${o.a.risk}）` });
    blocks.push({ type: 'actions', actions: [{ id: 'acknowledge_alert', label: tr(lang, '対応済み', 'Handled'), value: o.a.id, style: 'primary' }] });
  }
  const s = await stressSettings(ex, org.id);
  const balances = await balancesOf(ex, org.id, [...teamIds], now);
  blocks.push({ type: 'divider' }, {
    type: 'list', title: tr(lang, `チームの負担の指標（注意 ${s.warnThreshold} / 要対応 ${s.urgentThreshold}）`, `Team load (warning ${s.warnThreshold} / act now ${s.urgentThreshold})`),
    items: balances.length ? balances.map((b) => `${b.level >= 2 ? '🔴' : b.level >= 1 ? '🟠' : '🟢'} ${b.displayName ?? b.platformUserId}: ${round1(b.balance)}`) : ['—'],
  });
  blocks.push({ type: 'text', tone: 'muted', text: tr(lang, 'この指標はあなたと管理者にだけ表示されます。本人や同僚には共有しないでください。', 'Only you and admins see these figures. Do not share them with the staff or colleagues.') });
  return { fallbackText: tr(lang, 'チームの未対応アラート', "Your team's open alerts"), blocks };
}

export async function adminHomeView(ex: Executor, org: Organisation, now: Date): Promise<MessageView> {
  const lang = langOf(org.language);
  const s = await stressSettings(ex, org.id);
  const shared = await effectiveSettings(ex, org);
  const q = quotaCheck(shared, await currentUsage(ex, shared, now), 0);
  const reports = await ex.select({ month: monthlyReports.month }).from(monthlyReports).where(eq(monthlyReports.orgId, org.id)).orderBy(desc(monthlyReports.month)).limit(12);
  const pending = await listFeedbackReports(ex, org.id);
  const blocks: ViewBlock[] = [
    { type: 'header', text: tr(lang, 'mamori 管理', 'mamori admin') },
    { type: 'fields', fields: [
      { label: tr(lang, '今月の解析時間', 'Minutes this month'), value: q.limitMinutes ? `${q.usedMinutes} / ${q.limitMinutes}` : `${q.usedMinutes}` },
      { label: tr(lang, 'アラートの基準（危険度）', 'Alert threshold (risk)'), value: String(org.alertThreshold) },
      { label: tr(lang, '負担の目安（注意 / 要対応）', 'Load thresholds (warning / act now)'), value: `${s.warnThreshold} / ${s.urgentThreshold}` },
      { label: tr(lang, '負担の半減期', 'Load half-life'), value: tr(lang, `${s.halfLifeDays}日`, `${s.halfLifeDays} days`) },
      { label: tr(lang, '部署チャンネル', 'Department channel'), value: org.departmentChannel ?? '—' },
      { label: tr(lang, '保存期間', 'Retention'), value: tr(lang, `${org.retentionDays}日`, `${org.retentionDays} days`) },
    ] },
    { type: 'list', title: tr(lang, '月次レポート', 'Monthly reports'), items: reports.length ? reports.map((r) => r.month) : ['—'] },
    { type: 'header', text: tr(lang, `確認待ちの報告（${pending.length}件）`, `Reports to review (${pending.length})`) },
  ];
  for (const p of pending.slice(0, 10)) {
    blocks.push({ type: 'text', text: `${p.kind === 'false_positive' ? tr(lang, '誤検知', 'False positive') : tr(lang, '見逃し', 'Miss')}: ${p.fileName}${p.comment ? ` — ${p.comment}` : ''}${p.excerpts[0] ? `「${p.excerpts[0]}」` : ''}` });
    blocks.push({ type: 'actions', actions: [
      { id: 'insights_accept_feedback', label: tr(lang, '採用', 'Accept'), value: p.feedbackId, style: 'primary' },
      { id: 'insights_reject_feedback', label: tr(lang, '却下', 'Reject'), value: p.feedbackId },
    ] });
  }
  return { fallbackText: tr(lang, 'mamori 管理', 'mamori admin'), blocks };
}

/** The dashboard for a member: the sections their roles allow, in order staff → supervisor → admin. */
export async function dashboardViews(ex: Executor, org: Organisation, me: Member, now: Date): Promise<MessageView[]> {
  const views = [await staffHomeView(ex, org, me)];
  // Alerts that reached nobody come before anything else an admin sees, until a recipient is set up.
  const unrouted = me.roles.includes('admin') ? await unroutedAlertsSection(ex, org) : null;
  if (unrouted) views.push(unrouted);
  if (me.roles.includes('supervisor')) views.push(await supervisorHomeView(ex, org, me, now));
  if (me.roles.includes('admin')) views.push(await adminHomeView(ex, org, now));
  return views;
}
