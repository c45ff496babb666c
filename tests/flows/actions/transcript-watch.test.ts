/**
 * The start of a meeting's transcript watch: the meeting-end event is recorded and the first check
 * queued in one transaction, so a redelivery starts nothing and a failed enqueue leaves no record that
 * would drop the event's next delivery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../../src/db/connection.js';
import { startTranscriptWatch } from '../../../src/flows/actions/transcript-watch.js';
import type { JobQueue } from '../../../src/flows/ports.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

/** A queue that keeps what it was given, or refuses while `down` is set. */
function recordingQueue() {
  const checks: Array<{ data: object; jobId: string; inTransaction: boolean }> = [];
  const state = { down: false };
  const queue: JobQueue = {
    enqueueAnalysis: async () => {},
    enqueueDelivery: async () => {},
    async enqueueMeetingCheck(tx: Tx, data: object, jobId: string) {
      if (state.down) throw new Error('queue down');
      checks.push({ data, jobId, inTransaction: tx !== t.database.db });
    },
  };
  return { queue, checks, state };
}

describe('startTranscriptWatch', () => {
  it('queues the first check once, in the transaction that records the event; a redelivery starts nothing', async () => {
    const { queue, checks } = recordingQueue();
    const deps = { database: t.database, queue };
    const first = { data: { eventId: 'end-1', check: 0 }, jobId: 'job-1' };
    expect(await startTranscriptWatch(deps, { platform: 'teams', eventId: 'end-1' }, first)).toBe(true);
    expect(await startTranscriptWatch(deps, { platform: 'teams', eventId: 'end-1' }, first)).toBe(false);
    expect(checks).toEqual([{ ...first, inTransaction: true }]);
  });

  it('a check that could not be queued leaves no record: the next delivery of the event starts the watch', async () => {
    const { queue, checks, state } = recordingQueue();
    const deps = { database: t.database, queue };
    const first = { data: { eventId: 'end-2', check: 0 }, jobId: 'job-2' };
    state.down = true;
    await expect(startTranscriptWatch(deps, { platform: 'teams', eventId: 'end-2' }, first)).rejects.toThrow('queue down');
    state.down = false;
    expect(await startTranscriptWatch(deps, { platform: 'teams', eventId: 'end-2' }, first)).toBe(true);
    expect(checks.map((c) => c.jobId)).toEqual(['job-2']);
  });
});
