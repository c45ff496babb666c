/**
 * The weekly digest to each supervisor, about their team only (team.ts): calls analysed, verdicts
 * by category, their open alerts, who is above the warning threshold and why, false-positive
 * reports. One per supervisor and week (dedupe key), however often the job runs.
 */
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import { membersWithRole, type Member, type Organisation } from '../../db/repo/organisations.js';
import { alerts, analyses, feedback, organisations, submissions } from '../../db/schema/index.js';
import { weekStart } from '../../time/business-calendar.js';
import { insightsMessage, nowOf, send, type InsightsDeps } from './deps.js';
import { balancesOf, callsBehind, stressSettings } from './stress.js';
import { teamOf } from './team.js';
import { catName, langOf, round1, tr } from '../views/format.js';
import type { MessageView, ViewBlock } from '../views/view.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface DigestData {
  team: Member[];
  calls: number;
  verdicts: { kasuhara: number; complaint: number; normal: number };
  byCategory: Array<{ category: string; count: number }>;
  openAlerts: number;
  aboveThreshold: Array<{ name: string; balance: number; level: number; why: string[] }>;
  falsePositiveReports: number;
}

export async function digestData(ex: Executor, org: Organisation, supervisor: Member, now: Date): Promise<DigestData> {
  const lang = langOf(org.language);
  const team = await teamOf(ex, org.id, supervisor.id);
  const ids = team.map((m) => m.id);
  const since = new Date(now.getTime() - WEEK_MS);
  const rows = ids.length ? await ex.select({ a: analyses }).from(analyses).innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .where(and(eq(analyses.orgId, org.id), inArray(submissions.submittedBy, ids), gte(analyses.createdAt, since))) : [];
  const verdicts = { kasuhara: 0, complaint: 0, normal: 0 };
  const cats = new Map<string, number>();
  for (const { a } of rows) {
    verdicts[a.verdict as keyof typeof verdicts] += 1;
    for (const c of a.categories) cats.set(c, (cats.get(c) ?? 0) + 1);
  }
  const open = await ex.select({ id: alerts.id }).from(alerts).where(and(eq(alerts.recipientId, supervisor.id), eq(alerts.status, 'open')));
  const s = await stressSettings(ex, org.id);
  const above = [];
  for (const b of (await balancesOf(ex, org.id, ids, now)).filter((x) => x.balance >= s.warnThreshold)) {
    const calls = await callsBehind(ex, b.memberId, now, s, 3);
    above.push({
      name: b.displayName ?? b.platformUserId, balance: b.balance, level: b.level,
      why: calls.map((c) => `${c.fileName}（${c.categories.map((x) => catName(x, lang)).join('・')}, ${tr(lang, '危険度', 'risk')} ${c.risk}）`),
    });
  }
  const fp = rows.length ? await ex.select({ id: feedback.id }).from(feedback)
    .where(and(eq(feedback.kind, 'false_positive'), inArray(feedback.analysisId, rows.map((r) => r.a.id)))) : [];
  return {
    team, calls: rows.length, verdicts, byCategory: [...cats].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count),
    openAlerts: open.length, aboveThreshold: above, falsePositiveReports: fp.length,
  };
}

export function digestView(d: DigestData, language: string): MessageView {
  const lang = langOf(language);
  const title = tr(lang, '📋 今週のチームのまとめ（mamori）', '📋 Your team this week (mamori)');
  const blocks: ViewBlock[] = [
    { type: 'header', text: title },
    { type: 'fields', fields: [
      { label: tr(lang, '解析した通話', 'Calls analysed'), value: String(d.calls) },
      { label: tr(lang, 'カスハラ / 苦情 / 通常', 'Harassment / complaint / normal'), value: `${d.verdicts.kasuhara} / ${d.verdicts.complaint} / ${d.verdicts.normal}` },
      { label: tr(lang, '未対応のアラート', 'Open alerts'), value: String(d.openAlerts) },
      { label: tr(lang, '誤検知の報告', 'False-positive reports'), value: String(d.falsePositiveReports) },
    ] },
    { type: 'list', title: tr(lang, '類型別', 'By category'), items: d.byCategory.length ? d.byCategory.map((c) => `${catName(c.category, lang)}: ${c.count}`) : ['—'] },
  ];
  if (d.aboveThreshold.length > 0) {
    blocks.push({
      type: 'list', title: tr(lang, '負担が目安を超えているメンバー（1on1とケアをおすすめします）', 'Above the load threshold (a one-to-one and aftercare are suggested)'),
      items: d.aboveThreshold.map((a) => `${a.name}: ${round1(a.balance)}${a.level >= 2 ? tr(lang, '（要対応）', ' (act now)') : ''} — ${a.why.join(' / ')}`),
    });
  }
  blocks.push({ type: 'text', tone: 'muted', text: tr(lang, 'この内容はあなたのチームについてだけで、あなたにだけ届いています。', 'This covers your team only and is sent to you only.') });
  return { fallbackText: title, blocks };
}

/** One digest per supervisor and week (Monday to Sunday in the organisation's time zone), however often it runs. */
export async function sendWeeklyDigests(deps: InsightsDeps): Promise<{ sent: number }> {
  const now = nowOf(deps);
  let sent = 0;
  for (const org of await deps.database.db.select().from(organisations)) {
    const week = weekStart(now, org.timeZone);
    for (const sup of await membersWithRole(deps.database.db, org.id, 'supervisor')) {
      sent += await deps.database.db.transaction(async (tx) => {
        const view = digestView(await digestData(tx, org, sup, now), org.language);
        return send(tx, deps, [insightsMessage(org.id, { type: 'user', platformUserId: sup.platformUserId }, `insights:digest:${sup.id}:${week}`, { topic: 'weekly_digest', view, attachments: [] })]);
      });
    }
  }
  return { sent };
}
