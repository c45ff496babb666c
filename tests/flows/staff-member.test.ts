/**
 * Whose stress a call adds to (issue 15 item 8), through the real pipeline and the real engine: a
 * supervisor who shares a call for a staff member and names them charges it to that member; the
 * staff speaker's name is then remembered, so the next call with it is charged to them by itself; a
 * sharer (or their supervisor, or an admin) can correct it, and the stress moves. Staff sharing their
 * own calls are charged as before. Generic labels (「オペレーター」, SPEAKER_00) are never remembered.
 */
import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import { ensureMember, ensureOrganisation } from '../../src/db/repo/organisations.js';
import { analyses, auditLog, members, outbox, speakerMembers, stressEvents, submissions } from '../../src/db/schema/index.js';
import { chargeCallTo } from '../../src/flows/insights/charge-staff.js';
import { defaultInsightsConfig } from '../../src/flows/insights/config.js';
import { organisationRecords } from '../../src/flows/insights/export-tables.js';
import { accumulateStress, balancesOf } from '../../src/flows/insights/stress.js';
import { sweepRetention } from '../../src/flows/retention-sweep.js';
import { speakerKey, staffSpeakerLabels } from '../../src/flows/staff-member.js';
import { silentLogger } from '../../src/logger.js';
import { submission } from '../helpers/fakes.js';
import { ORG_DEFAULTS, startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

describe('speakerKey: only labels that name a person are remembered', () => {
  it('keeps names, with or without a role word, and drops role words, numbered speakers and single letters', () => {
    expect(speakerKey('森 美咲')).toBe('森 美咲');
    expect(speakerKey('  Hanako  YAMADA ')).toBe('hanako yamada');
    expect(speakerKey('オペレーター 山田')).toBe('オペレーター 山田');
    expect(speakerKey('林')).toBe('林');
    for (const generic of ['オペレーター', 'スタッフ', '担当者', '話者1', '話者 2', 'SPEAKER_00', 'Speaker 1', 'Agent', 'A', 'B:', '顧客', 'Customer', '']) {
      expect(speakerKey(generic), generic).toBeNull();
    }
  });

  it('takes the staff speakers that name a person, the one who spoke most first', () => {
    expect(staffSpeakerLabels({ speakers: [
      { label: 'スタッフ', role: 'staff', share: 0.5 }, { label: '佐藤', role: 'staff', share: 0.1 },
      { label: '森 美咲', role: 'staff', share: 0.3 }, { label: '石田 浩', role: 'customer', share: 0.1 },
    ] })).toEqual(['森 美咲', '佐藤']);
  });
});

describe('charging a call to the staff member in it', () => {
  let t: TestDatabase;
  let p: TestPipeline;
  const team = 'T-charge';
  const ref = { platform: 'slack' as const, platformTeamId: team, name: 'あおば通販' };
  const call = readFileSync(new URL('../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
  const unnamed = call.replace(/<v 森 美咲>/g, '<v オペレーター>').replace(/<v 石田 浩>/g, '<v 顧客>');
  const db = () => t.database.db;
  const insights = () => ({ database: t.database, queue: p.queue, config: defaultInsightsConfig(), logger: silentLogger });
  const actions = () => ({ database: t.database, queue: p.queue, orgDefaults: ORG_DEFAULTS, logger: silentLogger });

  beforeAll(async () => {
    t = await openTestDatabase();
    p = await startTestPipeline(t.database, testJobsConfig());
    p.analyser = analyzeFile;
    const org = await ensureOrganisation(db(), ref, ORG_DEFAULTS);
    await ensureMember(db(), org.id, { platformUserId: 'U-boss', displayName: '佐藤 課長', roles: ['supervisor'] });
    await ensureMember(db(), org.id, { platformUserId: 'U-mori', displayName: '森 美咲', roles: ['staff'] });
    await ensureMember(db(), org.id, { platformUserId: 'U-ueda', displayName: '上田 健', roles: ['staff'] });
  }, 60_000);
  afterAll(async () => {
    await p?.stop();
    await t?.close();
  }, 30_000);

  /** Shares `content` as `user` (naming `staff`), waits for its answer, counts the stress; the answer's payload. */
  async function share(n: string, user: string, content: string, staff?: string) {
    p.files.files.set(`F-${n}`, content);
    const input = { ...submission({ team, user, fileId: `F-${n}`, fileName: `${n}.vtt` }), ...(staff ? { staff: { platformUserId: staff } } : {}) };
    const out = await p.submit(input);
    if (out.status !== 'queued') throw new Error(out.status);
    const answer = await waitFor(`answer to ${n}`, async () => {
      const [row] = await db().select().from(outbox)
        .where(and(eq(outbox.kind, 'analysis_result'), sql`${outbox.payload}->>'submissionId' = ${out.submissionId}`));
      return row;
    });
    await accumulateStress(insights());
    const [a] = await db().select().from(analyses).where(eq(analyses.submissionId, out.submissionId));
    return { payload: answer.payload as Record<string, unknown>, analysisId: a!.id };
  }

  const memberId = async (platformUserId: string) =>
    (await db().select().from(members).where(eq(members.platformUserId, platformUserId)))[0]!.id;
  const chargedTo = async (analysisId: string) =>
    (await db().select({ m: members.platformUserId }).from(stressEvents).innerJoin(members, eq(members.id, stressEvents.memberId))
      .where(eq(stressEvents.analysisId, analysisId))).map((r) => r.m);
  const balance = async (platformUserId: string) => {
    const org = await ensureOrganisation(db(), ref, ORG_DEFAULTS);
    return (await balancesOf(db(), org.id, [await memberId(platformUserId)], new Date()))[0]!.balance;
  };

  it('a supervisor who names the staff member charges the call to them, says so, and remembers the speaker', async () => {
    const { payload, analysisId } = await share('named', 'U-boss', call, 'U-mori');
    expect(await chargedTo(analysisId)).toEqual(['U-mori']);
    expect(await balance('U-boss')).toBe(0);
    expect(await balance('U-mori')).toBeGreaterThan(0);
    expect(payload.chargedTo).toEqual({ platformUserId: 'U-mori', name: '森 美咲', how: 'named', label: '森 美咲' });
    const remembered = await db().select().from(speakerMembers);
    expect(remembered.map((r) => [r.label, r.memberId])).toEqual([['森 美咲', await memberId('U-mori')]]);
  });

  it('the next call with that speaker is charged to them without being named', async () => {
    const before = await balance('U-mori');
    const { payload, analysisId } = await share('remembered', 'U-boss', call);
    expect(await chargedTo(analysisId)).toEqual(['U-mori']);
    expect(await balance('U-mori')).toBeGreaterThan(before);
    expect(await balance('U-boss')).toBe(0);
    expect(payload.chargedTo).toMatchObject({ platformUserId: 'U-mori', how: 'speaker', label: '森 美咲' });
  });

  it('a call whose speakers name nobody is charged to the sharer, and the sharer can correct it: the stress moves', async () => {
    const { payload, analysisId } = await share('unnamed', 'U-boss', unnamed);
    expect(payload.chargedTo).toMatchObject({ platformUserId: 'U-boss', how: 'sharer', label: null });
    expect(await chargedTo(analysisId)).toEqual(['U-boss']);
    expect(await balance('U-boss')).toBeGreaterThan(0);

    const out = await chargeCallTo(actions(), { org: ref, analysisId, by: { platformUserId: 'U-boss' }, staff: { platformUserId: 'U-ueda' } });
    expect(out).toMatchObject({ status: 'charged', platformUserId: 'U-ueda', name: '上田 健', label: null });
    expect(await chargedTo(analysisId)).toEqual(['U-ueda']);
    expect(await balance('U-boss')).toBe(0);
    expect(await balance('U-ueda')).toBeGreaterThan(0);
    // Counted once, wherever it is: the stress job does not count it again.
    expect((await accumulateStress(insights())).counted).toBe(0);
    // 「オペレーター」 is everyone: nothing was remembered for it.
    expect((await db().select().from(speakerMembers)).map((r) => r.label)).toEqual(['森 美咲']);
  });

  it('correcting a named call re-points its speaker, and only those who may open the call may correct it', async () => {
    const { analysisId } = await share('wrong', 'U-boss', call.replace(/森 美咲/g, '上田 健'), 'U-mori');
    expect(await chargedTo(analysisId)).toEqual(['U-mori']);
    const stranger = await chargeCallTo(actions(), { org: ref, analysisId, by: { platformUserId: 'U-ueda' }, staff: { platformUserId: 'U-ueda' } });
    expect(stranger).toEqual({ status: 'forbidden' });
    expect(await chargedTo(analysisId)).toEqual(['U-mori']);

    const fixed = await chargeCallTo(actions(), { org: ref, analysisId, by: { platformUserId: 'U-boss' }, staff: { platformUserId: 'U-ueda' } });
    expect(fixed).toMatchObject({ status: 'charged', label: '上田 健' });
    expect(await chargedTo(analysisId)).toEqual(['U-ueda']);
    const [row] = await db().select().from(speakerMembers).where(eq(speakerMembers.label, '上田 健'));
    expect(row).toMatchObject({ memberId: await memberId('U-ueda'), setBy: await memberId('U-boss') });
    // The staff member the call is charged to may now open it too.
    const [sub] = await db().select().from(submissions).innerJoin(analyses, eq(analyses.submissionId, submissions.id)).where(eq(analyses.id, analysisId));
    expect(sub!.submissions.staffMemberId).toBe(await memberId('U-ueda'));
  });

  it('staff sharing their own call: charged to themselves, as before', async () => {
    const { payload, analysisId } = await share('own', 'U-ueda', unnamed);
    expect(await chargedTo(analysisId)).toEqual(['U-ueda']);
    expect(payload.chargedTo).toMatchObject({ platformUserId: 'U-ueda', how: 'sharer' });
  });

  it('the remembered speakers are organisation data: exported, and forgotten once unused for the retention period', async () => {
    const org = await ensureOrganisation(db(), ref, ORG_DEFAULTS);
    const exported = await organisationRecords(db(), org.id);
    expect(exported.speaker_members.map((r) => r.label)).toEqual(['上田 健', '森 美咲']);

    await db().update(speakerMembers).set({ lastUsedAt: new Date(Date.now() - 100 * 86_400_000) }).where(eq(speakerMembers.label, '上田 健'));
    const report = await sweepRetention({ database: t.database, logger: silentLogger });
    expect(report.speakers).toBe(1);
    expect((await db().select().from(speakerMembers)).map((r) => r.label)).toEqual(['森 美咲']);
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, 'retention_sweep'));
    expect(audit!.detail).toMatchObject({ speakers: 1 });
  });
});
