import { existsSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyses, auditLog, excerpts, outbox, submissions, transcripts } from '../../src/db/schema/index.js';
import type { Transcriber } from '../../src/flows/ports.js';
import { sweepRetention } from '../../src/flows/retention-sweep.js';
import { listDeadLetters, retryDeadLetter } from '../../src/jobs/admin.js';
import { scheduleRecurringJobs } from '../../src/jobs/workers.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { silentLogger } from '../../src/logger.js';
import { submission } from '../helpers/fakes.js';
import { startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;
const seenMediaPaths: string[] = [];
let transcriberFails = false;
const transcriber: Transcriber = {
  async transcribe(path) {
    seenMediaPaths.push(path);
    expect(existsSync(path)).toBe(true);
    if (transcriberFails) throw new Error('transcription service down');
    return { format: 'openai-json', content: 'risk=15;dur=45' };
  },
};

beforeAll(async () => {
  t = await openTestDatabase();
  p = await startTestPipeline(t.database, testJobsConfig({ retryLimit: 1, retryDelaySeconds: 1 }), { ports: { transcriber } });
}, 30_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
}, 30_000);

const db = () => t.database.db;
const statusOf = async (id: string) => (await db().select().from(submissions).where(eq(submissions.id, id)))[0]!;

describe('dead letters', () => {
  it('lands a job that fails every retry in the dead-letter queue, and an admin can retry it', async () => {
    p.messenger.failOnly = (m) => m.payload.fileName === 'dead.vtt';
    p.messenger.failNext = 1000;
    const out = await p.submit(submission({ content: 'risk=10;dur=20;n=dead', fileName: 'dead.vtt' }));
    if (out.status !== 'queued') throw new Error(out.status);
    const letter = await waitFor('a dead letter', async () => (await listDeadLetters(t.database)).find((d) => d.queue === QUEUES.deliveryDead));
    expect(letter.origin).toBe(QUEUES.delivery);
    expect(letter.error).toBe('platform unavailable');
    const [msg] = await db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${out.submissionId}`);
    expect(msg).toMatchObject({ status: 'pending', attempts: 2 });

    p.messenger.failNext = 0;
    expect(await retryDeadLetter(p.boss, t.database, letter.id, 'U-admin')).toEqual(expect.any(String));
    await waitFor('the retried message sent', async () =>
      (await db().select().from(outbox).where(eq(outbox.id, msg!.id)))[0]!.status === 'sent');
    expect(p.messenger.postsById.get(msg!.id)).toBe(1);
    expect((await listDeadLetters(t.database)).some((d) => d.id === letter.id)).toBe(false);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'dead_letter_retry'));
    expect(audit).toMatchObject([{ actor: 'U-admin', subject: letter.id }]);
    expect(await retryDeadLetter(p.boss, t.database, letter.id)).toBeNull();
  });
});

describe('raw media', () => {
  it('is only in a temporary folder while its job runs, whatever the outcome', async () => {
    const ok = await p.submit({ ...submission({ content: 'media-ok' }), file: { id: 'media-ok', name: 'call.m4a', type: 'audio/mp4', sizeBytes: 10 } });
    if (ok.status !== 'queued') throw new Error(ok.status);
    await waitFor('the media analysed', async () => (await statusOf(ok.submissionId)).status === 'analysed');
    const [stored] = await db().select().from(transcripts).where(eq(transcripts.submissionId, ok.submissionId));
    expect(stored!.content).toBe('risk=15;dur=45');

    transcriberFails = true;
    const bad = await p.submit({ ...submission({ content: 'media-bad' }), file: { id: 'media-bad', name: 'call.mp4', type: 'video/mp4', sizeBytes: 10 } });
    if (bad.status !== 'queued') throw new Error(bad.status);
    await waitFor('two failed attempts', () => seenMediaPaths.length >= 3);
    const letter = await waitFor('the job given up', async () => (await listDeadLetters(t.database)).find((d) => d.data.submissionId === bad.submissionId));
    expect(seenMediaPaths.length).toBeGreaterThanOrEqual(3);
    for (const path of seenMediaPaths) expect(existsSync(path)).toBe(false);

    // The person who shared it was told, once; an admin retry after the fix analyses it.
    expect(await statusOf(bad.submissionId)).toMatchObject({ status: 'failed', errorCode: 'internal_error' });
    const told = await waitFor('the failure message sent', async () => {
      const rows = await db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${bad.submissionId}`);
      return rows.length === 1 && rows[0]!.status === 'sent' ? rows[0] : undefined;
    });
    expect(told.kind).toBe('error');
    transcriberFails = false;
    await retryDeadLetter(p.boss, t.database, letter.id);
    await waitFor('the retried analysis', async () => (await statusOf(bad.submissionId)).status === 'analysed');
    for (const path of seenMediaPaths) expect(existsSync(path)).toBe(false);
  });
});

describe('retention', () => {
  it('deletes results, excerpts, transcripts and delivered messages past the retention period, and audits it', async () => {
    const out = await p.submit(submission({ content: 'risk=90;dur=20;verdict=kasuhara;n=old' }));
    if (out.status !== 'queued') throw new Error(out.status);
    await waitFor('analysed and sent', async () => {
      const rows = await db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${out.submissionId}`);
      return rows.length > 0 && rows.every((r) => r.status === 'sent');
    });
    const [analysis] = await db().select().from(analyses).where(eq(analyses.submissionId, out.submissionId));
    const before = await sweepRetention({ database: t.database, logger: silentLogger });
    expect(before.analyses).toBe(0);

    const in91Days = new Date(Date.now() + 91 * 86_400_000);
    const report = await sweepRetention({ database: t.database, logger: silentLogger, now: () => in91Days });
    expect(report.analyses).toBeGreaterThanOrEqual(1);
    expect(await db().select().from(analyses).where(eq(analyses.id, analysis!.id))).toHaveLength(0);
    expect(await db().select().from(excerpts).where(eq(excerpts.analysisId, analysis!.id))).toHaveLength(0);
    expect(await db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${out.submissionId}`)).toHaveLength(0);
    expect(await db().select().from(transcripts)).toHaveLength(0);
    expect((await statusOf(out.submissionId)).status).toBe('analysed'); // the record of the submission stays
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'retention_sweep'));
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(audit[0]!.detail).toMatchObject({ retentionDays: 90 });
  });

  it('is scheduled with pg-boss cron, so it fires once across instances', async () => {
    await scheduleRecurringJobs(p.boss, testJobsConfig({ retentionCron: '5 4 * * *' }));
    const schedules = await p.boss.getSchedules();
    expect(schedules.filter((s) => s.name === QUEUES.retention)).toEqual([expect.objectContaining({ cron: '5 4 * * *' })]);
  });
});
