import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import {
  alerts, analyses, auditLog, excerpts, feedback, members, monthlyReports, organisations, outbox, stressNotices, submissions, supervisorLinks,
} from '../../../src/db/schema/index.js';
import { defaultInsightsConfig } from '../../../src/flows/insights/config.js';
import type { InsightsDeps } from '../../../src/flows/insights/deps.js';
import { digestData } from '../../../src/flows/insights/digest.js';
import { EXPORT_TABLES, deleteOrganisationData, exportOrganisation, type ExportTable } from '../../../src/flows/insights/export.js';
import { acceptFeedback, exportLabelledExamples, listFeedbackReports } from '../../../src/flows/insights/feedback-review.js';
import { buildMonthlyReport } from '../../../src/flows/insights/report.js';
import { accumulateStress, addToBalance, balancesOf, callWeight, decay, DEFAULT_STRESS_SETTINGS, levelFor } from '../../../src/flows/insights/stress.js';
import { applySuppressions, normalisePhrase, suppressionPostFilter } from '../../../src/flows/insights/suppression.js';
import { supervisorHomeView } from '../../../src/flows/insights/views/dashboard.js';
import { createLogger } from '../../../src/logger.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

const DAY = 24 * 3600 * 1000;

/** RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  expect(quoted, 'an unterminated quoted field').toBe(false);
  expect(field === '' && record.length === 0, 'the file ends with CRLF').toBe(true);
  return records;
}

describe('stress arithmetic', () => {
  it('weights severity, length and staff stress', () => {
    expect(callWeight({ verdict: 'normal', level: 'high', durationSec: 600, staffStress: 90 })).toBe(0);
    expect(callWeight({ verdict: 'kasuhara', level: 'low', durationSec: 0, staffStress: 50 })).toBe(1);
    expect(callWeight({ verdict: 'kasuhara', level: 'high', durationSec: 3600, staffStress: 50 })).toBe(6);
    expect(callWeight({ verdict: 'kasuhara', level: 'high', durationSec: 3600, staffStress: 100 })).toBe(9);
    expect(callWeight({ verdict: 'kasuhara', level: 'medium', durationSec: 99999, staffStress: 0 })).toBe(3); // length capped at ×3
  });

  it('halves every half-life and survives a simulated quarter', () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    expect(decay(8, t0, new Date(t0.getTime() + 14 * DAY), 14)).toBeCloseTo(4, 10);
    // Two calls a week (weight 2) for 12 weeks, half-life 14 days: approaches w / (1 - 2^(-3.5/14)) ≈ campaigns of ~9.7.
    let state = { balance: 0, asOf: t0 };
    for (let k = 0; k < 24; k += 1) state = addToBalance(state, 2, new Date(t0.getTime() + k * 3.5 * DAY), 14);
    const steady = 2 / (1 - Math.pow(0.5, 3.5 / 14));
    expect(state.balance).toBeGreaterThan(steady * 0.9);
    expect(state.balance).toBeLessThanOrEqual(steady + 1e-9);
    // A quiet month later it has fallen below a quarter of that.
    expect(decay(state.balance, state.asOf, new Date(state.asOf.getTime() + 30 * DAY), 14)).toBeLessThan(steady / 4);
    // A late event adds its decayed weight without moving the clock.
    const late = addToBalance({ balance: 4, asOf: new Date(t0.getTime() + 14 * DAY) }, 4, t0, 14);
    expect(late.balance).toBeCloseTo(6, 10);
  });

  it('levels with hysteresis', () => {
    const s = DEFAULT_STRESS_SETTINGS;
    expect(levelFor(5.9, 0, s)).toBe(0);
    expect(levelFor(6, 0, s)).toBe(1);
    expect(levelFor(12, 1, s)).toBe(2);
    expect(levelFor(5, 1, s)).toBe(1); // 5 ≥ 0.8 × 6
    expect(levelFor(4.7, 1, s)).toBe(0);
  });
});

/** The fake's harassing call with its excerpt as an unreasonable demand instead of a threat (threats are never suppressed). */
function demandOnly(r: AnalysisResult): AnalysisResult {
  return { ...r, categories: ['unreasonable_demand'], excerpts: r.excerpts.map((e) => ({ ...e, categories: ['unreasonable_demand'] })) };
}

describe('suppression', () => {
  it('normalises and drops matching excerpts; nothing left is not harassment', () => {
    const r = demandOnly(fakeAnalyser('risk=80;dur=60', 'a.txt'));
    expect(normalisePhrase('ふざけるな、責任者を出せ！')).toBe('ふざけるな責任者を出せ');
    const out = applySuppressions(r, [normalisePhrase('責任者を 出せ')]);
    expect(out.verdict).toBe('normal');
    expect(out.excerpts).toHaveLength(0);
    expect(applySuppressions(r, ['まったく別'])).toBe(r);
  });
});

describe('insights on the database', () => {
  let t: TestDatabase;
  let deps: InsightsDeps;
  const ids: Record<string, string> = {};
  let now = new Date('2026-05-20T03:00:00Z');

  async function call(staff: string, at: Date, result: AnalysisResult): Promise<string> {
    const db = t.database.db;
    const [sub] = await db.insert(submissions).values({
      orgId: ids.org!, submittedBy: staff, source: 'cli', platformFileId: `f-${Math.random()}`, fileName: `${at.toISOString().slice(0, 10)}.vtt`,
      fileType: 'text/vtt', sizeBytes: 10, replyTo: { channel: 'C1' }, status: 'analysed', createdAt: at,
    }).returning();
    const [a] = await db.insert(analyses).values({
      submissionId: sub!.id, orgId: ids.org!, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
      categories: result.categories, durationSec: result.durationSec, result, createdAt: at,
    }).returning();
    if (result.excerpts.length) {
      await db.insert(excerpts).values(result.excerpts.map((e, ordinal) => ({ analysisId: a!.id, ordinal, startSec: e.start, endSec: e.end, line: e.line, speaker: e.speaker, text: e.text, categories: e.categories, score: e.score })));
    }
    return a!.id;
  }

  beforeAll(async () => {
    t = await openTestDatabase();
    const db = t.database.db;
    deps = { database: t.database, queue: { enqueueDelivery: async () => {} }, config: defaultInsightsConfig(), logger: createLogger('silent'), now: () => now };
    const [org] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: 'T1', name: 'テスト株式会社', departmentChannel: 'CDEPT', monthlyMinuteQuota: 600 }).returning();
    ids.org = org!.id;
    const m = async (uid: string, name: string, roles: string[]) =>
      (await db.insert(members).values({ orgId: org!.id, platformUserId: uid, displayName: name, roles: roles as never }).returning())[0]!.id;
    ids.sup1 = await m('U-S1', '佐藤課長', ['supervisor']);
    ids.sup2 = await m('U-S2', '鈴木課長', ['supervisor']);
    ids.admin = await m('U-A', '管理者', ['admin']);
    ids.staffA = await m('U-A1', '山田', ['staff']);
    ids.staffB = await m('U-B1', '田中', ['staff']);
    await db.insert(supervisorLinks).values([{ memberId: ids.staffA, supervisorId: ids.sup1 }, { memberId: ids.staffB, supervisorId: ids.sup2 }]);
    // Staff A: a hard April and May; staff B: one mild call.
    const hard = { ...fakeAnalyser('risk=90;dur=4000', 'x'), categories: ['threat', 'restraint'] as AnalysisResult['categories'] };
    for (let k = 0; k < 4; k += 1) await call(ids.staffA, new Date(Date.UTC(2026, 3, 6 + k * 7, 2)), hard);
    ids.mayA1 = await call(ids.staffA, new Date('2026-05-11T02:00:00Z'), hard);
    ids.mayA2 = await call(ids.staffA, new Date('2026-05-18T02:00:00Z'), hard);
    ids.mayB = await call(ids.staffB, new Date('2026-05-14T02:00:00Z'), fakeAnalyser('risk=65;dur=300', 'y'));
    await call(ids.staffB, new Date('2026-05-13T02:00:00Z'), fakeAnalyser('risk=10;dur=300', 'z'));
    await db.insert(alerts).values([
      { orgId: ids.org, analysisId: ids.mayA1, recipientId: ids.sup1, status: 'acknowledged', acknowledgedAt: new Date('2026-05-11T02:30:00Z'), createdAt: new Date('2026-05-11T02:00:00Z') },
      { orgId: ids.org, analysisId: ids.mayA2, recipientId: ids.sup1, createdAt: new Date('2026-05-18T02:00:00Z') },
      { orgId: ids.org, analysisId: ids.mayB, recipientId: ids.sup2, status: 'acknowledged', acknowledgedAt: new Date('2026-05-14T03:30:00Z'), createdAt: new Date('2026-05-14T02:00:00Z') },
    ]);
    await db.insert(feedback).values([
      { orgId: ids.org, analysisId: ids.mayB, memberId: ids.staffB, kind: 'false_positive', comment: '「責任者を出せ」は正当な要望です' },
      { orgId: ids.org, analysisId: ids.mayA1, memberId: ids.staffA, kind: 'missed', comment: '録音の後半の脅し' },
    ]);
  });
  afterAll(async () => t?.close());

  it('accumulates stress once and tells only the staff member’s supervisors', async () => {
    const first = await accumulateStress(deps);
    expect(first.counted).toBe(7);
    expect((await accumulateStress(deps)).counted).toBe(0);
    const notices = await t.database.db.select().from(outbox).where(eq(outbox.kind, 'insights'));
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(n.target).toEqual({ type: 'user', platformUserId: 'U-S1' });
    const view = JSON.stringify(notices[0]!.payload);
    expect(view).toContain('山田');
    expect(view).toContain('1on1');
    const [a, b] = [...(await balancesOf(t.database.db, ids.org!, [ids.staffA!, ids.staffB!], now))];
    expect(a!.memberId).toBe(ids.staffA);
    expect(a!.balance).toBeGreaterThan(DEFAULT_STRESS_SETTINGS.urgentThreshold);
    expect(b!.balance).toBeLessThan(DEFAULT_STRESS_SETTINGS.warnThreshold);
  });

  it('digest and dashboard: a supervisor never sees another team', async () => {
    const org = (await t.database.db.select().from(organisations))[0]!;
    const [s1] = await t.database.db.select().from(members).where(eq(members.id, ids.sup1!));
    const [s2] = await t.database.db.select().from(members).where(eq(members.id, ids.sup2!));
    const d1 = await digestData(t.database.db, org, s1!, now);
    expect(d1.team.map((m) => m.id)).toEqual([ids.staffA]);
    expect(d1.aboveThreshold.map((x) => x.name)).toEqual(['山田']);
    expect(d1.openAlerts).toBe(1);
    const d2 = await digestData(t.database.db, org, s2!, now);
    expect(d2.team.map((m) => m.id)).toEqual([ids.staffB]);
    expect(d2.falsePositiveReports).toBe(1);
    expect(JSON.stringify(d2)).not.toContain('山田');
    const home2 = JSON.stringify(await supervisorHomeView(t.database.db, org, s2!, now));
    expect(home2).toContain('田中');
    expect(home2).not.toContain('山田');
  });

  it('monthly report: figures, suggestions, chart PNGs and PDF', async () => {
    const org = (await t.database.db.select().from(organisations))[0]!;
    const r = await buildMonthlyReport(t.database.db, org, '2026-05');
    expect(r.summary.callsAnalysed).toBe(4);
    expect(r.summary.incidents).toBe(3);
    expect(r.summary.trend.map((x) => x.incidents)).toEqual([0, 0, 0, 0, 4, 3]);
    expect(r.summary.medianMinutesToTake).toBe(60); // 30 and 90 minutes
    expect(r.summary.alertsNotTaken).toBe(1);
    expect(r.summary.teams[0]).toEqual({ team: '佐藤課長 チーム', incidents: 2 });
    const text = JSON.stringify(r.view);
    expect(text).toContain('対応時間の上限');
    expect(text).toContain('警察');
    for (const png of [r.charts.categories, r.charts.severity, r.charts.trend]) {
      expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(5000);
    }
    expect(r.summary.bySeverity).toEqual({ high: 2, medium: 1, low: 0 });
    // The severity chart: one bar per level (high, medium, low), as wide as the others.
    const size = (png: Uint8Array) => ({ width: Buffer.from(png).readUInt32BE(16), height: Buffer.from(png).readUInt32BE(20) });
    expect(size(r.charts.severity)).toEqual({ width: 900, height: 64 + 3 * 38 + 24 });
    expect(size(r.charts.severity).width).toBe(size(r.charts.categories).width);
    // The message carries it with the PDF and the other charts.
    expect(r.attachments.map((a) => a.fileName)).toEqual([
      'mamori-report-2026-05.pdf', 'mamori-2026-05-categories.png', 'mamori-2026-05-severity.png', 'mamori-2026-05-trend.png',
    ]);
    expect(Buffer.from(r.attachments[2]!.contentBase64, 'base64').equals(Buffer.from(r.charts.severity))).toBe(true);
    expect(Buffer.from(r.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(r.pdf.length).toBeGreaterThan(20_000);
    expect(r.pdf.length).toBeLessThan(500 * 1024); // the font is subset
    // The PDF draws the three charts, and its text gives the severity figures.
    const doc = await getDocument({ data: new Uint8Array(r.pdf), disableFontFace: true, useSystemFonts: false }).promise;
    let images = 0;
    let pdfText = '';
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      images += (await page.getOperatorList()).fnArray.filter((f) => f === OPS.paintImageXObject).length;
      pdfText += (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    }
    expect(images).toBe(3);
    expect(pdfText).toContain('深刻度: 高 2 / 中 1 / 低 0');
  });

  it('an accepted false positive suppresses its phrase; an accepted miss is a corpus example', async () => {
    const reports = await listFeedbackReports(t.database.db, ids.org!);
    expect(reports.map((r) => r.kind).sort()).toEqual(['false_positive', 'missed']);
    const fp = reports.find((r) => r.kind === 'false_positive')!;
    const outcome = await acceptFeedback(t.database, { orgId: ids.org!, feedbackId: fp.feedbackId, by: ids.admin! });
    expect(outcome).toEqual({ status: 'accepted', kind: 'false_positive', suppressedPhrase: '責任者を出せ' });
    expect(await acceptFeedback(t.database, { orgId: ids.org!, feedbackId: fp.feedbackId, by: ids.admin! })).toEqual({ status: 'already_decided' });
    const miss = reports.find((r) => r.kind === 'missed')!;
    expect((await acceptFeedback(t.database, { orgId: ids.org!, feedbackId: miss.feedbackId, by: ids.admin!, categories: ['threat'] })).status).toBe('accepted');
    const filtered = await t.database.db.transaction((tx) => suppressionPostFilter(tx, ids.org!, demandOnly(fakeAnalyser('risk=80', 'n.txt'))));
    expect(filtered.verdict).toBe('normal');
    // The same words in a threat are kept.
    const threat = await t.database.db.transaction((tx) => suppressionPostFilter(tx, ids.org!, fakeAnalyser('risk=80', 'n.txt')));
    expect(threat.verdict).toBe('kasuhara');
    const dir = await mkdtemp(join(tmpdir(), 'mamori-corpus-'));
    expect((await exportLabelledExamples(t.database.db, ids.org!, dir)).examples).toBe(2);
    const labels = (await readFile(join(dir, 'labels.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(labels.map((l) => l.verdict).sort()).toEqual(['complaint', 'kasuhara']);
    for (const l of labels) expect(await readFile(join(dir, l.file), 'utf8')).toContain('責任者を出せ');
  });

  it('export: every row of the organisation in the database appears exactly once, in JSONL and parsed CSV; no other organisation leaks; delete is audited', async () => {
    const db = t.database.db;
    // A second organisation with a row in every exported table, marked so that a leak is visible.
    const [orgB] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: 'T-B', name: 'B社' }).returning();
    const b = orgB!.id;
    const [staffB] = await db.insert(members).values({ orgId: b, platformUserId: 'U-B-STAFF', displayName: 'B社スタッフ', roles: ['staff'] }).returning();
    const [supB] = await db.insert(members).values({ orgId: b, platformUserId: 'U-B-SUP', displayName: 'B社課長', roles: ['supervisor'] }).returning();
    const bIds: string[] = [];
    for (const day of [3, 10]) {
      const r = { ...fakeAnalyser('risk=90;dur=3000', 'b.vtt'), excerpts: [{ start: 1, end: 2, line: 2, speaker: '顧客', text: 'ORG-B-ONLY 帰り道に気をつけろ', categories: ['threat' as const], score: 90 }] };
      const [sub] = await db.insert(submissions).values({
        orgId: b, submittedBy: staffB!.id, source: 'cli', platformFileId: `fb-${day}`, fileName: `org-b-${day}.vtt`, fileType: 'text/vtt', sizeBytes: 1,
        replyTo: { channel: 'CB' }, status: 'analysed', createdAt: new Date(Date.UTC(2026, 4, day)),
      }).returning();
      const [a] = await db.insert(analyses).values({
        submissionId: sub!.id, orgId: b, schemaVersion: 1, language: 'ja', verdict: r.verdict, risk: r.risk, level: r.level, categories: r.categories,
        durationSec: r.durationSec, result: r, createdAt: new Date(Date.UTC(2026, 4, day)),
      }).returning();
      await db.insert(excerpts).values({ analysisId: a!.id, ordinal: 0, startSec: 1, endSec: 2, line: 2, speaker: '顧客', text: 'ORG-B-ONLY 帰り道に気をつけろ', categories: ['threat'], score: 90 });
      bIds.push(a!.id);
    }
    await db.insert(alerts).values({ orgId: b, analysisId: bIds[0]!, recipientId: supB!.id });
    const [fbB] = await db.insert(feedback).values({ orgId: b, analysisId: bIds[0]!, memberId: staffB!.id, kind: 'false_positive', comment: '「ORG-B-ONLY の言い回し」' }).returning();
    expect((await acceptFeedback(t.database, { orgId: b, feedbackId: fbB!.id, by: supB!.id })).status).toBe('accepted');
    expect((await accumulateStress(deps, { orgId: b })).counted).toBe(2);
    await db.insert(stressNotices).values({ orgId: b, memberId: staffB!.id, level: 1, balance: 7, analysisIds: bIds });
    await db.insert(monthlyReports).values([{ orgId: b, month: '2026-05', summary: { marker: 'ORG-B-ONLY' } }, { orgId: ids.org!, month: '2026-05', summary: { month: '2026-05' } }]);
    // A value CSV must quote: a comma, double quotes and a line break.
    await db.insert(feedback).values({ orgId: ids.org!, analysisId: ids.mayA2!, memberId: ids.staffA!, kind: 'false_positive', comment: '彼は「いいね, "最高"」と\r\n言った' });

    // What the database holds, read here with plain SQL (not with the export's own queries).
    // The insights tables (every exported table is checked in export-completeness.test.ts).
    const KEYS: Partial<Record<ExportTable, { sql: string; key: (r: Record<string, unknown>) => string }>> = {
      analyses: { sql: 'select id::text as key, org_id::text as org from analyses', key: (r) => String(r.id) },
      excerpts: { sql: 'select e.id::text as key, a.org_id::text as org from excerpts e join analyses a on a.id = e.analysis_id', key: (r) => String(r.id) },
      alerts: { sql: 'select id::text as key, org_id::text as org from alerts', key: (r) => String(r.id) },
      feedback: { sql: 'select id::text as key, org_id::text as org from feedback', key: (r) => String(r.id) },
      stress_events: { sql: 'select id::text as key, org_id::text as org from stress_events', key: (r) => String(r.id) },
      stress_balances: { sql: 'select member_id::text as key, org_id::text as org from stress_balances', key: (r) => String(r.member_id) },
      stress_notices: { sql: 'select id::text as key, org_id::text as org from stress_notices', key: (r) => String(r.id) },
      feedback_reviews: { sql: 'select feedback_id::text as key, org_id::text as org from feedback_reviews', key: (r) => String(r.feedback_id) },
      suppressed_phrases: { sql: "select org_id::text || '/' || phrase as key, org_id::text as org from suppressed_phrases", key: (r) => `${r.org_id}/${r.phrase}` },
      monthly_reports: { sql: "select org_id::text || '/' || month as key, org_id::text as org from monthly_reports", key: (r) => `${r.org_id}/${r.month}` },
    };
    const CHECKED = Object.keys(KEYS) as ExportTable[];
    const inDb = async (table: ExportTable) => (await t.database.bossDb.executeSql(KEYS[table]!.sql)).rows as Array<{ key: string; org: string }>;
    const before: Record<string, { a: string[]; b: string[] }> = {};
    for (const table of CHECKED) {
      const rows = await inDb(table);
      before[table] = { a: rows.filter((r) => r.org === ids.org).map((r) => r.key).sort(), b: rows.filter((r) => r.org === b).map((r) => r.key).sort() };
      expect(rows.every((r) => r.org === ids.org || r.org === b), table).toBe(true);
      expect(before[table]!.a.length, `${table} of the organisation`).toBeGreaterThan(0);
      expect(before[table]!.b.length, `${table} of the other organisation`).toBeGreaterThan(0);
    }
    expect(before.analyses!.a).toHaveLength(8);
    expect(before.stress_events!.a).toHaveLength(7);
    expect(before.feedback!.a).toHaveLength(3);

    const dir = await mkdtemp(join(tmpdir(), 'mamori-export-'));
    const manifest = await exportOrganisation(t.database, ids.org!, dir);
    for (const table of CHECKED) {
      const expected = before[table]!.a;
      const lines = (await readFile(join(dir, `${table}.jsonl`), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map(KEYS[table]!.key).sort(), `${table}.jsonl`).toEqual(expected); // each row once, nothing else
      expect(manifest.tables[table].rows).toBe(expected.length);

      const csv = await readFile(join(dir, `${table}.csv`), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(csv.slice(1));
      expect(header).toEqual(Object.keys(lines[0]!));
      expect(rows.every((r) => r.length === header!.length), `${table}.csv rows have ${header!.length} cells`).toBe(true);
      const records = rows.map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k]!])));
      expect(records.map(KEYS[table]!.key).sort(), `${table}.csv`).toEqual(expected);
      // Cell by cell the same values as the JSON Lines (text as is, lists and objects as JSON).
      lines.forEach((l, k) => {
        for (const [col, v] of Object.entries(l)) expect(records[k]![col], `${table}.${col}`).toBe(v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
      });
    }
    const fbCsv = parseCsv((await readFile(join(dir, 'feedback.csv'), 'utf8')).slice(1));
    expect(fbCsv.flat()).toContain('彼は「いいね, "最高"」と\r\n言った');
    // Nothing of the other organisation anywhere in the export.
    for (const name of await readdir(dir)) {
      const text = await readFile(join(dir, name), 'utf8');
      expect(text, name).not.toContain(b);
      expect(text, name).not.toContain('ORG-B-ONLY');
      expect(text, name).not.toContain('U-B-STAFF');
    }
    expect((await readdir(dir)).length).toBe(EXPORT_TABLES.length * 2 + 1);

    expect(await deleteOrganisationData(t.database, { orgId: ids.org!, confirmName: 'wrong', actor: 'admin-cli' })).toEqual({ status: 'name_mismatch' });
    const del = await deleteOrganisationData(t.database, { orgId: ids.org!, confirmName: 'テスト株式会社', actor: 'admin-cli' });
    expect(del.status).toBe('deleted');
    // The organisation's rows are gone; the other organisation's are all still there.
    for (const table of CHECKED) {
      const rows = await inDb(table);
      expect(rows.filter((r) => r.org === ids.org), table).toHaveLength(0);
      expect(rows.map((r) => r.key).sort(), table).toEqual(before[table]!.b);
    }
    const audit = await t.database.db.select().from(auditLog);
    expect(audit.map((a) => a.action).sort()).toEqual(['delete', 'export']);
  });
});
