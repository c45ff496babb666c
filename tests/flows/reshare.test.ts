/**
 * Sharing a file again after its submission failed or expired runs it again (the person was told
 * 「もう一度共有してください」), while the same event delivered again, or a file shared again while its
 * analysis is in progress or done, stays one submission. The failed submission stays as history.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachProgressMessage, takeStaleProgress } from '../../src/flows/actions/progress.js';
import { outbox, submissions } from '../../src/db/schema/index.js';
import { submission } from '../helpers/fakes.js';
import { startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;

beforeAll(async () => {
  t = await openTestDatabase();
  p = await startTestPipeline(t.database, testJobsConfig(), { workers: false });
}, 30_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
}, 30_000);

const db = () => t.database.db;
const row = async (id: string) => (await db().select().from(submissions).where(eq(submissions.id, id)))[0]!;
const settled = (id: string) => waitFor(`submission ${id} to settle`, async () => {
  const s = await row(id);
  return ['analysed', 'rejected', 'failed'].includes(s.status) ? s : undefined;
});
const sentFor = (id: string) => waitFor(`the answer to ${id} to be sent`, async () => {
  const rows = await db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${id}`);
  return rows.length > 0 && rows.every((r) => r.status === 'sent') ? rows : undefined;
});
/** The same file in a new message (a new event, a new thread). */
const shareAgain = (fileId: string, thread: string) => ({ ...submission({ fileId }), replyTo: { channel: 'C-calls', thread } });
const queuedId = (out: Awaited<ReturnType<TestPipeline['submit']>>) => {
  if (out.status !== 'queued') throw new Error(`expected queued, got ${out.status}`);
  return out.submissionId;
};

describe('sharing a file again', () => {
  it('runs again after a failure, answering in the new thread; the failure stays recorded', async () => {
    p.startWorkers();
    const fileId = 'risk=80;dur=60;n=reshare-failed';
    p.files.gone.add(fileId);
    const first = submission({ fileId });
    const firstId = queuedId(await p.submit(first));
    expect(await settled(firstId)).toMatchObject({ status: 'failed', errorCode: 'file_gone' });
    expect((await sentFor(firstId)).map((m) => m.kind)).toEqual(['error']);

    // Slack delivering the first share's event again changes nothing.
    expect(await p.submit(first)).toEqual({ status: 'duplicate', submissionId: firstId });

    p.files.gone.delete(fileId); // access restored; the person shares it again
    const againId = queuedId(await p.submit(shareAgain(fileId, '1700000002.000100')));
    expect(againId).not.toBe(firstId);
    expect(await settled(againId)).toMatchObject({ status: 'analysed' });
    const [answer] = await sentFor(againId);
    expect(answer).toMatchObject({ kind: 'analysis_result', target: { type: 'channel', channel: 'C-calls', thread: '1700000002.000100' } });
    expect(await row(firstId)).toMatchObject({ status: 'failed', errorCode: 'file_gone' });

    // Analysed now: a further share is the same submission, not a third run.
    expect(await p.submit(shareAgain(fileId, '1700000003.000100'))).toEqual({ status: 'duplicate', submissionId: againId });
  });

  it('stays one submission while the first is still being analysed', async () => {
    await p.workers?.stop();
    p.workers = null;
    const fileId = 'risk=10;dur=60;n=reshare-busy';
    const firstId = queuedId(await p.submit(submission({ fileId })));
    expect(await p.submit(shareAgain(fileId, '1700000004.000100'))).toEqual({ status: 'duplicate', submissionId: firstId });
  });

  it('runs again after its progress message was closed as stale, and only the new share is answered', async () => {
    if (p.workers) await p.workers.stop();
    p.workers = null;
    const fileId = 'risk=20;dur=60;n=reshare-expired';
    const firstId = queuedId(await p.submit(submission({ fileId })));
    const first = await row(firstId);
    await attachProgressMessage(t.database, { submissionId: firstId, orgId: first.orgId, channel: 'C-calls', ref: 'C-calls:1700000000.000200', language: 'ja' });
    // The housekeeping closes it with 「解析が時間内に終わりませんでした。もう一度共有してください。」
    expect((await takeStaleProgress(t.database, 0)).map((s) => s.submissionId)).toContain(firstId);

    const againId = queuedId(await p.submit(shareAgain(fileId, '1700000005.000100')));
    expect(againId).not.toBe(firstId);
    expect(await row(firstId)).toMatchObject({ status: 'failed', errorCode: 'expired' });

    p.startWorkers(); // both jobs run: the replaced one stops, the new one answers
    expect(await settled(againId)).toMatchObject({ status: 'analysed' });
    expect((await sentFor(againId)).map((m) => m.kind)).toEqual(['analysis_result']);
    await waitFor('the replaced submission\'s job to end', async () => {
      const { rows } = await t.database.bossDb.executeSql(
        `select state from pgboss.job where name = 'mamori-analysis' and data->>'submissionId' = $1`, [firstId]);
      return rows.length === 1 && rows[0].state === 'completed';
    });
    const old = await db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${firstId}`);
    expect(old).toEqual([]);
  });
});
