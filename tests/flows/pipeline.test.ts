import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../src/db/repo/organisations.js';
import { alerts, analyses, excerpts, monthlyUsage, organisations, outbox, submissions } from '../../src/db/schema/index.js';
import { readFileSync } from 'node:fs';
import { analyzeFile } from '../../src/analysis/index.js';
import { runAnalysisJob } from '../../src/flows/run-analysis-job.js';
import { silentLogger } from '../../src/logger.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { fakeAnalyser, submission } from '../helpers/fakes.js';
import { ORG_DEFAULTS, startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;
const jobs = testJobsConfig();

beforeAll(async () => {
  t = await openTestDatabase();
  p = await startTestPipeline(t.database, jobs);
}, 30_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
}, 30_000);

const db = () => t.database.db;

async function submissionStatus(id: string) {
  const [row] = await db().select().from(submissions).where(eq(submissions.id, id));
  return row;
}
async function settled(id: string) {
  return waitFor(`submission ${id} to settle`, async () => {
    const s = await submissionStatus(id);
    return s && ['analysed', 'rejected', 'failed'].includes(s.status) ? s : undefined;
  });
}
async function messagesFor(submissionId: string) {
  return db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${submissionId}`);
}
async function allSent(submissionId: string, expected: number) {
  return waitFor(`${expected} messages of ${submissionId} sent`, async () => {
    const rows = await messagesFor(submissionId);
    return rows.length === expected && rows.every((r) => r.status === 'sent') ? rows : undefined;
  });
}

describe('submission → analysis → outbox', () => {
  it('analyses a shared file once and replies in its thread once', async () => {
    const out = await p.submit(submission({ content: 'risk=20;dur=90;n=a' }));
    expect(out.status).toBe('queued');
    if (out.status !== 'queued') return;
    const s = await settled(out.submissionId);
    expect(s.status).toBe('analysed');
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [sent] = await allSent(out.submissionId, 1);
    expect(sent!.kind).toBe('analysis_result');
    expect(sent!.target).toEqual({ type: 'channel', channel: 'C-calls', thread: '1700000000.000100' });
    expect(p.messenger.postsById.get(sent!.id)).toBe(1);
    expect(sent!.platformMessageRef).toBe(`ref-${sent!.id}`);
  });

  it('gives one submission for a redelivered event and for the same file shared again', async () => {
    const input = submission({ content: 'risk=10;dur=30;n=dup' });
    const first = await p.submit(input);
    const again = await p.submit(input);
    const reshared = await p.submit({ ...input, platformEventId: 'Ev-other' });
    expect(first.status).toBe('queued');
    if (first.status !== 'queued') return;
    expect(again).toEqual({ status: 'duplicate', submissionId: first.submissionId });
    expect(reshared).toEqual({ status: 'duplicate', submissionId: first.submissionId });
    await settled(first.submissionId);
    const rows = await db().select().from(submissions).where(eq(submissions.platformFileId, input.file.id));
    expect(rows).toHaveLength(1);
    // Once analysed, sharing it again (its hash now known) is still the same submission.
    expect((await p.submit({ ...input, platformEventId: 'Ev-third' })).status).toBe('duplicate');
  });

  it('rejects invalid input as a value, writing nothing', async () => {
    const out = await p.submit({ ...submission(), file: { id: '', name: 'x', type: 't', sizeBytes: -1 } });
    expect(out.status).toBe('invalid');
  });

  it('writes the submission and its job together, or neither', async () => {
    const before = (await db().select({ n: sql<number>`count(*)::int` }).from(submissions))[0]!.n;
    const failingQueue = { ...p.queue, enqueueAnalysis: async () => { throw new Error('queue down'); } };
    const { submitForAnalysis } = await import('../../src/flows/submit-for-analysis.js');
    await expect(
      submitForAnalysis({ database: t.database, queue: failingQueue, orgDefaults: ORG_DEFAULTS, logger: silentLogger }, submission()),
    ).rejects.toThrow('queue down');
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(submissions))[0]!.n).toBe(before);

    // And a job sent inside a transaction that rolls back never exists.
    const jobsBefore = await p.boss.getQueueSize(QUEUES.analysis, { before: 'completed' });
    await expect(
      db().transaction(async (tx) => {
        await p.queue.enqueueAnalysis(tx, '00000000-0000-0000-0000-000000000000');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await p.boss.getQueueSize(QUEUES.analysis, { before: 'completed' })).toBeLessThanOrEqual(jobsBefore);
  });

  it('alerts the supervisors and the department channel for harassment above the threshold', async () => {
    const org = await ensureOrganisation(db(), { platform: 'slack', platformTeamId: 'T-alert', name: 'x' }, ORG_DEFAULTS);
    await db().update(organisations).set({ departmentChannel: 'C-dept', alertThreshold: 60 }).where(eq(organisations.id, org.id));
    await ensureMember(db(), org.id, { platformUserId: 'U-sup1', roles: ['supervisor'] });
    await ensureMember(db(), org.id, { platformUserId: 'U-sup2', roles: ['supervisor', 'admin'] });
    const out = await p.submit(submission({ team: 'T-alert', content: 'risk=85;dur=120;verdict=kasuhara' }));
    if (out.status !== 'queued') throw new Error(out.status);
    await settled(out.submissionId);
    const sent = await allSent(out.submissionId, 4);
    expect(sent.map((m) => m.kind).sort()).toEqual(['alert', 'alert', 'alert', 'analysis_result']);
    const [analysis] = await db().select().from(analyses).where(eq(analyses.submissionId, out.submissionId));
    expect(await db().select().from(alerts).where(eq(alerts.analysisId, analysis!.id))).toHaveLength(2);
    expect(await db().select().from(excerpts).where(eq(excerpts.analysisId, analysis!.id))).toHaveLength(1);
  });

  it('answers a bad transcript with a clear error message and no analysis', async () => {
    const out = await p.submit(submission({ content: 'BAD file' }));
    if (out.status !== 'queued') throw new Error(out.status);
    const s = await settled(out.submissionId);
    expect(s.status).toBe('failed');
    expect(s.errorCode).toBe('bad_transcript');
    const [msg] = await allSent(out.submissionId, 1);
    expect(msg!.kind).toBe('error');
    expect(String(msg!.payload.message)).toContain('ファイルを読み取れませんでした');
    expect(await db().select().from(analyses).where(eq(analyses.submissionId, out.submissionId))).toHaveLength(0);
  });

  it('running an analysis job again changes nothing', async () => {
    const out = await p.submit(submission({ content: 'risk=30;dur=60;n=idem' }));
    if (out.status !== 'queued') throw new Error(out.status);
    await settled(out.submissionId);
    const deps = { database: t.database, queue: p.queue, files: p.files, analyse: fakeAnalyser, logger: silentLogger };
    expect(await runAnalysisJob(deps, { submissionId: out.submissionId })).toBe('skipped');
    expect(await db().select().from(analyses).where(eq(analyses.submissionId, out.submissionId))).toHaveLength(1);
    expect(await messagesFor(out.submissionId)).toHaveLength(1);
  });

  it('retries a delivery that fails, and sends it once', async () => {
    p.messenger.failOnly = (m) => m.payload.fileName === 'retry.vtt';
    p.messenger.failNext = 1;
    const out = await p.submit(submission({ content: 'risk=5;dur=10;n=retry', fileName: 'retry.vtt' }));
    if (out.status !== 'queued') throw new Error(out.status);
    const [msg] = await allSent(out.submissionId, 1);
    expect(msg!.attempts).toBe(2);
    expect(p.messenger.postsById.get(msg!.id)).toBe(1);
  });
});

describe('with the real analysis engine', () => {
  it('stores the engine\'s result as it is, with its excerpts as rows', async () => {
    const bytes = readFileSync(new URL('../../samples/ja-harassment.vtt', import.meta.url));
    p.files.files.set('F-real', new TextDecoder().decode(bytes));
    p.analyser = analyzeFile;
    const out = await p.submit({ ...submission({ fileId: 'F-real' }), file: { id: 'F-real', name: 'ja-harassment.vtt', type: 'text/vtt', sizeBytes: bytes.length } });
    if (out.status !== 'queued') throw new Error(out.status);
    const s = await settled(out.submissionId).finally(() => (p.analyser = fakeAnalyser));
    expect(s.status).toBe('analysed');
    const expected = analyzeFile(bytes, 'ja-harassment.vtt', { language: 'ja' });
    const [analysis] = await db().select().from(analyses).where(eq(analyses.submissionId, out.submissionId));
    expect(analysis!.result).toEqual(expected);
    expect(analysis).toMatchObject({ verdict: expected.verdict, risk: expected.risk, level: expected.level });
    const rows = await db().select().from(excerpts).where(eq(excerpts.analysisId, analysis!.id)).orderBy(excerpts.ordinal);
    expect(rows.map((r) => r.text)).toEqual(expected.excerpts.map((e) => e.text));
  });
});

describe('concurrent deliveries of the same event', () => {
  it('give one submission and one job', async () => {
    const input = submission({ content: 'risk=10;dur=30;n=race' });
    const outcomes = await Promise.all([p.submit(input), p.submit(input), p.submit({ ...input, platformEventId: 'Ev-race-2' })]);
    const ids = new Set(outcomes.map((o) => ('submissionId' in o ? o.submissionId : o.status)));
    expect(ids.size).toBe(1);
    expect(outcomes.filter((o) => o.status === 'queued')).toHaveLength(1);
    const [id] = ids;
    await allSent(id!, 1);
    expect(await db().select().from(analyses).where(eq(analyses.submissionId, id!))).toHaveLength(1);
  });
});

describe('monthly usage', () => {
  it('warns admins once at 80% and refuses a file that would go over the limit, with nothing half-done', async () => {
    const org = await ensureOrganisation(db(), { platform: 'slack', platformTeamId: 'T-quota', name: 'x' }, ORG_DEFAULTS);
    await db().update(organisations).set({ monthlyMinuteQuota: 10 }).where(eq(organisations.id, org.id));
    await ensureMember(db(), org.id, { platformUserId: 'U-admin', roles: ['admin'] });
    const a = await p.submit(submission({ team: 'T-quota', content: 'risk=5;dur=300;n=q1' })); // 5 of 10 min
    if (a.status !== 'queued') throw new Error(a.status);
    await allSent(a.submissionId, 1);
    const b = await p.submit(submission({ team: 'T-quota', content: 'risk=5;dur=240;n=q2' })); // 9 of 10: warn
    if (b.status !== 'queued') throw new Error(b.status);
    await settled(b.submissionId);
    const warnings = await waitFor('the 80% warning', async () => {
      const rows = await db().select().from(outbox).where(eq(outbox.kind, 'quota_warning'));
      return rows.length === 1 && rows[0]!.status === 'sent' ? rows : undefined;
    });
    expect(warnings[0]!.target).toEqual({ type: 'user', platformUserId: 'U-admin' });

    const c = await p.submit(submission({ team: 'T-quota', content: 'risk=5;dur=120;n=q3' })); // would be 11: refused
    if (c.status !== 'queued') throw new Error(c.status);
    const s = await settled(c.submissionId);
    expect(s.status).toBe('rejected');
    expect(s.errorCode).toBe('quota_exceeded');
    const [refusal] = await allSent(c.submissionId, 1);
    expect(refusal!.kind).toBe('quota_exceeded');
    expect(refusal!.target).toEqual({ type: 'user', platformUserId: 'U-staff' });
    expect(String(refusal!.payload.message)).toContain('上限');
    expect(await db().select().from(analyses).where(eq(analyses.submissionId, c.submissionId))).toHaveLength(0);
    const [usage] = await db().select().from(monthlyUsage).where(eq(monthlyUsage.orgId, org.id));
    expect(usage).toMatchObject({ secondsAnalysed: 540, filesAnalysed: 2 });

    // Month full (with a 1-minute file): the next share is refused at once, without a job.
    await db().update(monthlyUsage).set({ secondsAnalysed: 600 }).where(eq(monthlyUsage.orgId, org.id));
    const d = await p.submit(submission({ team: 'T-quota', content: 'risk=5;dur=60;n=q4' }));
    expect(d.status).toBe('rejected');
    if (d.status === 'rejected') await allSent(d.submissionId, 1);
    expect((await db().select().from(outbox).where(eq(outbox.kind, 'quota_warning')))).toHaveLength(1);
  });
});
