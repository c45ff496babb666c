/**
 * The scheduled senders as the cron jobs call them, on seeded data: the monthly report goes out once
 * per organisation and month, on the first working day in the organisation's time zone (a Japanese
 * holiday and the New Year break push it), to the department channel or else to the admins only;
 * the weekly digest goes to each supervisor, once a week, about their own team only.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { alerts, analyses, excerpts, members, monthlyReports, organisations, outbox, submissions, supervisorLinks } from '../../../src/db/schema/index.js';
import { weekStart } from '../../../src/time/business-calendar.js';
import { defaultInsightsConfig } from '../../../src/flows/insights/config.js';
import type { InsightsDeps, InsightsMessagePayload } from '../../../src/flows/insights/deps.js';
import { sendWeeklyDigests } from '../../../src/flows/insights/digest.js';
import { sendDueMonthlyReports, sendMonthlyReport } from '../../../src/flows/insights/report.js';
import { accumulateStress } from '../../../src/flows/insights/stress.js';
import { silentLogger } from '../../../src/logger.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

let t: TestDatabase;
let now = new Date();
const enqueued: string[][] = [];
let deps: InsightsDeps;
const ids: Record<string, string> = {};

async function member(orgId: string, uid: string, name: string, roles: string[]): Promise<string> {
  return (await t.database.db.insert(members).values({ orgId, platformUserId: uid, displayName: name, roles: roles as never }).returning())[0]!.id;
}

async function call(orgId: string, staff: string, at: Date, fileName: string, result: AnalysisResult): Promise<string> {
  const db = t.database.db;
  const [sub] = await db.insert(submissions).values({
    orgId, submittedBy: staff, source: 'cli', platformFileId: `f-${fileName}`, fileName, fileType: 'text/vtt', sizeBytes: 10,
    replyTo: { channel: 'C1' }, status: 'analysed', createdAt: at,
  }).returning();
  const [a] = await db.insert(analyses).values({
    submissionId: sub!.id, orgId, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
    categories: result.categories, durationSec: result.durationSec, result, createdAt: at,
  }).returning();
  if (result.excerpts.length) {
    await db.insert(excerpts).values(result.excerpts.map((e, ordinal) => ({ analysisId: a!.id, ordinal, line: e.line, speaker: e.speaker, text: e.text, categories: e.categories, score: e.score })));
  }
  return a!.id;
}

const sent = async (topic: string) => (await t.database.db.select().from(outbox).where(eq(outbox.kind, 'insights')))
  .filter((m) => (m.payload as InsightsMessagePayload).topic === topic);

beforeAll(async () => {
  t = await openTestDatabase();
  const db = t.database.db;
  deps = {
    database: t.database, queue: { enqueueDelivery: async (_tx, outboxIds) => void enqueued.push(outboxIds) },
    config: defaultInsightsConfig(), logger: silentLogger, now: () => now,
  };
  // A: a department channel, two teams. B: no department channel, two admins and a supervisor.
  const [a] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: 'T-A', name: 'A社', departmentChannel: 'CDEPT-A', monthlyMinuteQuota: 600 }).returning();
  const [b] = await db.insert(organisations).values({ platform: 'teams', platformTeamId: 'tenant-b', name: 'B社' }).returning();
  ids.a = a!.id;
  ids.b = b!.id;
  ids.sup1 = await member(a!.id, 'U-SUP1', '佐藤課長', ['supervisor']);
  ids.sup2 = await member(a!.id, 'U-SUP2', '鈴木課長', ['supervisor']);
  ids.adminA = await member(a!.id, 'U-ADMIN-A', 'A管理者', ['admin']);
  ids.yamada = await member(a!.id, 'U-YAMADA', '山田', ['staff']);
  ids.tanaka = await member(a!.id, 'U-TANAKA', '田中', ['staff']);
  await db.insert(supervisorLinks).values([{ memberId: ids.yamada, supervisorId: ids.sup1 }, { memberId: ids.tanaka, supervisorId: ids.sup2 }]);
  ids.admin1 = await member(b!.id, 'aad-admin1', 'B管理者1', ['admin']);
  ids.admin2 = await member(b!.id, 'aad-admin2', 'B管理者2', ['admin', 'supervisor']);
  ids.supB = await member(b!.id, 'aad-sup', 'B課長', ['supervisor']);
  ids.staffB = await member(b!.id, 'aad-staff', 'B社員', ['staff']);

  const hard = { ...fakeAnalyser('risk=90;dur=4000', 'x'), categories: ['threat', 'restraint'] as AnalysisResult['categories'] };
  // December 2026 (the month reported on 4 January 2027) and the week before Monday 4 January.
  for (const [k, day] of [1, 8, 15, 22, 29, 31].entries()) {
    const id = await call(ids.a, ids.yamada, new Date(Date.UTC(2026, 11, day, 2)), `yamada-${k}.vtt`, hard);
    if (k === 0) await db.insert(alerts).values({ orgId: ids.a, analysisId: id, recipientId: ids.sup1, status: 'acknowledged', acknowledgedAt: new Date(Date.UTC(2026, 11, day, 2, 40)), createdAt: new Date(Date.UTC(2026, 11, day, 2)) });
  }
  await call(ids.a, ids.tanaka, new Date('2026-12-30T01:00:00Z'), 'tanaka-1.vtt', fakeAnalyser('risk=10;dur=300', 'y'));
  await call(ids.a, ids.tanaka, new Date('2026-12-31T01:00:00Z'), 'tanaka-2.vtt', fakeAnalyser('risk=65;dur=300', 'y'));
  await call(ids.b, ids.staffB, new Date('2026-12-10T01:00:00Z'), 'b-1.vtt', hard);
  now = new Date('2027-01-04T00:30:00Z');
  await accumulateStress(deps);
}, 60_000);
afterAll(async () => t?.close());

describe('monthly report', () => {
  it('is not sent on a Japanese holiday, the New Year break or a weekend', async () => {
    for (const at of ['2027-01-01T00:30:00Z', '2027-01-02T03:00:00Z', '2027-01-03T03:00:00Z', '2027-01-03T14:30:00Z']) {
      now = new Date(at);
      expect(await sendDueMonthlyReports(deps), at).toEqual({ sent: 0 });
    }
    expect(await sent('monthly_report')).toHaveLength(0);
  });

  it('is sent on the first working day (in the organisation\'s time zone), to the channel or else the admins, once', async () => {
    now = new Date('2027-01-03T15:30:00Z'); // Monday 4 January, 00:30 in Tokyo
    expect(await sendDueMonthlyReports(deps)).toEqual({ sent: 2 });
    now = new Date('2027-01-04T05:00:00Z'); // the same day, run again
    expect(await sendDueMonthlyReports(deps)).toEqual({ sent: 0 });
    expect(await sendMonthlyReport(deps, (await t.database.db.select().from(organisations).where(eq(organisations.id, ids.a!)))[0]!, '2026-12')).toBe(false);
    now = new Date('2027-01-05T00:30:00Z');
    expect(await sendDueMonthlyReports(deps)).toEqual({ sent: 0 });

    const reports = await sent('monthly_report');
    const toA = reports.filter((m) => m.orgId === ids.a);
    expect(toA.map((m) => m.target)).toEqual([{ type: 'channel', channel: 'CDEPT-A' }]);
    const toB = reports.filter((m) => m.orgId === ids.b);
    expect(toB.map((m) => m.target).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual([
      { type: 'user', platformUserId: 'aad-admin1' }, { type: 'user', platformUserId: 'aad-admin2' },
    ]);
    expect(reports).toHaveLength(3);
    // Every message went to delivery.
    expect(enqueued.flat()).toEqual(expect.arrayContaining(reports.map((m) => m.id)));

    const payload = toA[0]!.payload as InsightsMessagePayload;
    expect(payload.month).toBe('2026-12');
    expect(JSON.stringify(payload.view)).toContain('2026年12月');
    expect(JSON.stringify(payload.view)).toContain('警察');
    expect(payload.attachments.map((x) => x.fileName)).toEqual([
      'mamori-report-2026-12.pdf', 'mamori-2026-12-categories.png', 'mamori-2026-12-severity.png', 'mamori-2026-12-trend.png',
    ]);
    const archived = await t.database.db.select().from(monthlyReports);
    expect(archived.map((r) => `${r.orgId === ids.a ? 'A' : 'B'} ${r.month}`).sort()).toEqual(['A 2026-12', 'B 2026-12']);
    expect(archived.find((r) => r.orgId === ids.a)!.summary).toMatchObject({ incidents: 7, callsAnalysed: 8 });
  });

  it('the next month\'s first working day (Monday 1 February) reports January', async () => {
    now = new Date('2027-02-01T00:30:00Z');
    expect(await sendDueMonthlyReports(deps)).toEqual({ sent: 2 });
    const months = (await t.database.db.select().from(monthlyReports).where(eq(monthlyReports.orgId, ids.a!))).map((r) => r.month).sort();
    expect(months).toEqual(['2026-12', '2027-01']);
  });
});

describe('weekly digest', () => {
  it('goes to each supervisor about their own team only, once a week however often it runs', async () => {
    now = new Date('2027-01-04T00:00:00Z'); // Monday 09:00 in Tokyo
    const first = await sendWeeklyDigests(deps);
    expect(first.sent).toBe(4); // two supervisors in A; in B the supervisor and the admin who also supervises
    now = new Date('2027-01-06T00:00:00Z'); // Wednesday of the same week
    expect(await sendWeeklyDigests(deps)).toEqual({ sent: 0 });

    const digests = await sent('weekly_digest');
    expect(digests).toHaveLength(4);
    const to = (uid: string) => {
      const list = digests.filter((m) => (m.target as { platformUserId?: string }).platformUserId === uid);
      expect(list, uid).toHaveLength(1);
      expect(list[0]!.target).toEqual({ type: 'user', platformUserId: uid });
      return JSON.stringify((list[0]!.payload as InsightsMessagePayload).view);
    };
    const sato = to('U-SUP1');
    expect(sato).toContain('山田'); // above the threshold, with the calls behind it
    expect(sato).toContain('yamada-');
    expect(sato).not.toMatch(/田中|tanaka/);
    expect(sato).toContain('"label":"解析した通話","value":"2"'); // 29 and 31 December
    const suzuki = to('U-SUP2');
    expect(suzuki).not.toMatch(/山田|yamada/);
    expect(suzuki).toContain('"label":"解析した通話","value":"2"');
    expect(suzuki).toContain('"value":"1 / 0 / 1"'); // one harassing call, one ordinary
    for (const uid of ['aad-sup', 'aad-admin2']) expect(to(uid)).not.toMatch(/山田|田中|yamada|tanaka/);
    expect(digests.some((m) => (m.target as { platformUserId?: string }).platformUserId === 'aad-admin1')).toBe(false);

    // The next week brings a new digest.
    now = new Date('2027-01-11T00:00:00Z');
    expect((await sendWeeklyDigests(deps)).sent).toBe(4);
    const keys = (await sent('weekly_digest')).map((m) => m.dedupeKey);
    expect(keys.filter((k) => k.endsWith(':2027-01-04'))).toHaveLength(4);
    expect(keys.filter((k) => k.endsWith(':2027-01-11'))).toHaveLength(4);
  });

  it('a week runs Monday to Sunday in the organisation\'s time zone', () => {
    expect(weekStart(new Date('2027-01-04T00:00:00Z'), 'Asia/Tokyo')).toBe('2027-01-04');
    expect(weekStart(new Date('2027-01-10T14:59:00Z'), 'Asia/Tokyo')).toBe('2027-01-04'); // Sunday 23:59 in Tokyo
    expect(weekStart(new Date('2027-01-10T15:00:00Z'), 'Asia/Tokyo')).toBe('2027-01-11');
    expect(weekStart(new Date('2027-01-01T00:00:00Z'), 'Asia/Tokyo')).toBe('2026-12-28');
  });
});

