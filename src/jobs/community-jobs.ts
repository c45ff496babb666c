/**
 * The community's scheduled work on pg-boss: a tick (reminders and escalations, every minute by
 * default) and the weekly digest. pg-boss fires each schedule once across all instances; the
 * handlers are idempotent anyway (claims and dedupe keys in the database), so a retried or doubled
 * job sends nothing twice.
 */
import type PgBoss from 'pg-boss';
import { sendWeeklyDigests } from '../flows/community/digest.js';
import type { CommunityDeps } from '../flows/community/deps.js';
import { escalateUnanswered } from '../flows/community/escalation.js';
import { sendEventReminders } from '../flows/community/reminders.js';
import { COMMUNITY_QUEUES } from './queues.js';
import { startWorkerLoop, type WorkerLoop } from './worker-loop.js';


export async function ensureCommunityQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(COMMUNITY_QUEUES)) {
    const policy = { name, retryLimit: 2, retryDelay: 30, expireInSeconds: 300 };
    if (!(await boss.getQueue(name))) {
      try {
        await boss.createQueue(name, policy);
      } catch (err) {
        if (!(await boss.getQueue(name))) throw err;
      }
    }
  }
}

/** One community tick: reminders due now, then unanswered questions due for escalation. */
export async function communityTick(deps: CommunityDeps) {
  const reminders = await sendEventReminders(deps);
  const escalations = await escalateUnanswered(deps);
  return { ...reminders, ...escalations };
}

export function startCommunityWorkers(boss: PgBoss, deps: CommunityDeps, options: { pollingIntervalMs: number }): WorkerLoop[] {
  return [
    startWorkerLoop(boss, { queue: COMMUNITY_QUEUES.tick, concurrency: 1, pollingIntervalMs: options.pollingIntervalMs, logger: deps.logger, handler: () => communityTick(deps) }),
    startWorkerLoop(boss, { queue: COMMUNITY_QUEUES.digest, concurrency: 1, pollingIntervalMs: options.pollingIntervalMs, logger: deps.logger, handler: () => sendWeeklyDigests(deps) }),
  ];
}

/** Registers the schedules (the boss needs `schedule: true` on at least one instance). */
export async function scheduleCommunityJobs(boss: PgBoss, deps: Pick<CommunityDeps, 'config'>): Promise<void> {
  await boss.schedule(COMMUNITY_QUEUES.tick, deps.config.tickCron, {}, { tz: 'UTC' });
  await boss.schedule(COMMUNITY_QUEUES.digest, deps.config.digestCron, {}, { tz: deps.config.digestTimeZone });
}
