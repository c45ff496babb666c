/**
 * Reminders with two worker instances: two pg-boss instances on the same database, each running the
 * community tick worker; the tick is sent many times (as a cron with several clocks, or retries,
 * would) and each reminder still goes out once.
 */
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEvent, joinEvent } from '../../../src/flows/community/events.js';
import { configureCommunity } from '../../../src/flows/community/questions.js';
import { startBoss } from '../../../src/jobs/boss.js';
import { ensureCommunityQueues, scheduleCommunityJobs, startCommunityWorkers } from '../../../src/jobs/community-jobs.js';
import { COMMUNITY_QUEUES } from '../../../src/jobs/queues.js';
import type { WorkerLoop } from '../../../src/jobs/worker-loop.js';
import { silentLogger } from '../../../src/logger.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../../helpers/test-database.js';
import { actor, addMember, communityDeps, communityMessagesWhere } from './helpers.js';

let t: TestDatabase;
const bosses: PgBoss[] = [];
const loops: WorkerLoop[] = [];
const clock = { now: new Date('2026-11-02T00:00:00Z') };

beforeAll(async () => {
  t = await openTestDatabase();
}, 120_000);
afterAll(async () => {
  await Promise.all(loops.map((l) => l.stop()));
  for (const b of bosses) await b.stop({ graceful: false, wait: true, close: false });
  await t?.close();
});

it('sends each reminder once with two instances working the tick queue', async () => {
  const deps = communityDeps(t.database, clock);
  await addMember(t.database, 'U-admin', ['admin']);
  await addMember(t.database, 'U-inst', ['instructor']);
  for (const u of ['U-a', 'U-b', 'U-c']) await addMember(t.database, u, ['graduate']);
  await configureCommunity(deps, actor('U-admin'), { channel: 'C-comm' });
  const created = await createEvent(deps, actor('U-inst'), { title: '二重送信しない勉強会', startsAt: '2026-11-03T12:00', durationMinutes: 60, location: 'オンライン', capacity: 10 });
  if (created.status !== 'created') throw new Error(created.status);
  for (const u of ['U-a', 'U-b', 'U-c']) expect(await joinEvent(deps, actor(u), created.eventId)).toMatchObject({ status: 'going' });

  clock.now = new Date('2026-11-02T12:00:00Z'); // 15 h before 03:00 UTC next day: the day reminder is due
  const jobs = testJobsConfig();
  for (let i = 0; i < 2; i += 1) {
    const boss = await startBoss(t.database, jobs, silentLogger, { supervise: i === 0, schedule: true });
    await ensureCommunityQueues(boss);
    bosses.push(boss);
  }
  await scheduleCommunityJobs(bosses[0]!, deps);
  await scheduleCommunityJobs(bosses[1]!, deps); // both instances register: still one schedule
  expect((await bosses[0]!.getSchedules()).map((s) => s.name).sort()).toEqual([COMMUNITY_QUEUES.digest, COMMUNITY_QUEUES.tick]);
  for (const boss of bosses) loops.push(...startCommunityWorkers(boss, deps, { pollingIntervalMs: 20 }));
  const ids: string[] = [];
  for (let i = 0; i < 6; i += 1) ids.push((await bosses[i % 2]!.send(COMMUNITY_QUEUES.tick, {}))!);

  await waitFor('all ticks done', async () => {
    const states = await Promise.all(ids.map((id) => bosses[0]!.getJobById(COMMUNITY_QUEUES.tick, id)));
    return states.every((j) => j?.state === 'completed');
  });
  const reminders = await communityMessagesWhere(t.database, `community:reminder:${created.eventId}`);
  expect(reminders.map((r) => r.payload.reminder)).toEqual(['day', 'day', 'day']);
  expect(new Set(reminders.map((r) => JSON.stringify(r.target))).size).toBe(3);
});
