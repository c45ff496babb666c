/**
 * The stress admin command's flow: what it reads from the words typed, and that thresholds set with
 * it are the ones the stress flow then uses (a call that stayed below the default warning crosses a
 * lowered one, and the supervisor is told).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyses, members, organisations, outbox, submissions } from '../../../src/db/schema/index.js';
import { defaultInsightsConfig } from '../../../src/flows/insights/config.js';
import { nextStressSettings, parseStressCommand, runStressCommand } from '../../../src/flows/insights/stress-admin.js';
import { accumulateStress, DEFAULT_STRESS_SETTINGS } from '../../../src/flows/insights/stress.js';
import { silentLogger } from '../../../src/logger.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

describe('parseStressCommand', () => {
  it('reads the sub-commands in English and Japanese, full-width digits and units included', () => {
    expect(parseStressCommand('settings', '')).toBeNull();
    expect(parseStressCommand('stress', '')).toEqual({ kind: 'show' });
    expect(parseStressCommand('STRESS', 'show')).toEqual({ kind: 'show' });
    expect(parseStressCommand('負担', '')).toEqual({ kind: 'show' });
    expect(parseStressCommand('stress', 'threshold 8')).toEqual({ kind: 'set', warn: 8 });
    expect(parseStressCommand('stress', 'しきい値 ８ １６')).toEqual({ kind: 'set', warn: 8, urgent: 16 });
    expect(parseStressCommand('stress', 'warn 7.5')).toEqual({ kind: 'set', warn: 7.5 });
    expect(parseStressCommand('stress', '要対応 20')).toEqual({ kind: 'set', urgent: 20 });
    expect(parseStressCommand('stress', 'half-life 21 days')).toEqual({ kind: 'set', halfLife: 21 });
    expect(parseStressCommand('stress', 'half-life 21days')).toEqual({ kind: 'set', halfLife: 21 });
    expect(parseStressCommand('stress', '半減期 30日')).toEqual({ kind: 'set', halfLife: 30 });
    expect(parseStressCommand('stress', 'warn -3')).toEqual({ kind: 'bad_number', text: '-3' });
    expect(parseStressCommand('stress', 'threshold 1 2 3')).toEqual({ kind: 'help' });
    expect(parseStressCommand('stress', 'reset')).toEqual({ kind: 'reset' });
    expect(parseStressCommand('stress', 'what')).toEqual({ kind: 'help' });
  });

  it('keeps 0 < warning < act now ≤ 1000 and a half-life of 1–365 days', () => {
    const s = DEFAULT_STRESS_SETTINGS;
    expect(nextStressSettings(s, { warn: 8 })).toEqual({ warnThreshold: 8, urgentThreshold: 12, halfLifeDays: 14 });
    expect(nextStressSettings(s, { warn: 12 })).toEqual({ problem: 'urgent_not_above' });
    expect(nextStressSettings(s, { warn: 0 })).toEqual({ problem: 'warn_range' });
    expect(nextStressSettings(s, { warn: 20, urgent: 30 })).toEqual({ warnThreshold: 20, urgentThreshold: 30, halfLifeDays: 14 });
    expect(nextStressSettings(s, { urgent: 5000 })).toEqual({ problem: 'urgent_not_above' });
    expect(nextStressSettings(s, { halfLife: 0.5 })).toEqual({ problem: 'half_life_range' });
    expect(nextStressSettings(s, { halfLife: 365 })).toMatchObject({ halfLifeDays: 365 });
  });
});

describe('thresholds set by the command drive the stress notices', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  }, 60_000);
  afterAll(async () => t?.close());

  it('a mild call stays below the default warning; after `stress threshold 1 2` the next one tells the supervisor', async () => {
    const db = t.database.db;
    const org = { platform: 'slack' as const, platformTeamId: 'T1', name: 'テスト株式会社' };
    const [o] = await db.insert(organisations).values(org).returning();
    const [staff] = await db.insert(members).values({ orgId: o!.id, platformUserId: 'U-staff', displayName: '山田', roles: ['staff'] }).returning();
    await db.insert(members).values({ orgId: o!.id, platformUserId: 'U-boss', roles: ['supervisor'] });
    const now = new Date('2026-06-10T03:00:00Z');
    const insights = { database: t.database, queue: { enqueueDelivery: async () => {} }, config: defaultInsightsConfig(), logger: silentLogger, now: () => now };
    const mild = async (n: number) => {
      const r = fakeAnalyser('risk=65;dur=300', 'm');
      const [sub] = await db.insert(submissions).values({
        orgId: o!.id, submittedBy: staff!.id, source: 'cli', platformFileId: `m-${n}`, fileName: `m-${n}.vtt`, fileType: 'text/vtt', sizeBytes: 1,
        replyTo: { channel: 'C' }, status: 'analysed', createdAt: new Date(now.getTime() - n * 3600_000),
      }).returning();
      await db.insert(analyses).values({
        submissionId: sub!.id, orgId: o!.id, schemaVersion: 1, language: 'ja', verdict: r.verdict, risk: r.risk, level: r.level, categories: r.categories,
        durationSec: r.durationSec, result: r, createdAt: new Date(now.getTime() - n * 3600_000),
      });
    };
    const notices = async () => (await db.select().from(outbox).where(eq(outbox.kind, 'insights'))).length;

    await mild(2);
    expect(await accumulateStress(insights)).toEqual({ counted: 1, notices: 0 });
    expect(await notices()).toBe(0);

    const deps = { database: t.database, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger };
    const by = { platformUserId: 'U-admin', isWorkspaceAdmin: true };
    expect(await runStressCommand(deps, { org, by, language: 'ja', verb: 'stress', args: 'threshold 1 2', prefix: 'stress' })).toMatch(/保存しました/);

    await mild(1);
    expect(await accumulateStress(insights)).toEqual({ counted: 1, notices: 1 });
    const [notice] = await db.select().from(outbox).where(eq(outbox.kind, 'insights'));
    expect(notice!.target).toEqual({ type: 'user', platformUserId: 'U-boss' });
  });
});
