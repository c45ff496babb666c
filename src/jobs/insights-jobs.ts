/**
 * Insights' scheduled work on pg-boss: stress accumulation (every 5 minutes by default), the weekly
 * supervisor digest, and a daily check that sends last month's report on the first working day.
 * pg-boss fires each schedule once across all instances; the handlers are idempotent anyway
 * (unique stress events, dedupe keys, the report archive row), so a doubled job sends nothing twice.
 */
import type PgBoss from 'pg-boss';
import type { InsightsDeps } from '../flows/insights/deps.js';
import { sendWeeklyDigests } from '../flows/insights/digest.js';
import { sendDueMonthlyReports } from '../flows/insights/report.js';
import { accumulateStress } from '../flows/insights/stress.js';
import { INSIGHTS_QUEUES } from './queues.js';
import { startWorkerLoop, type WorkerLoop } from './worker-loop.js';


export async function ensureInsightsQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(INSIGHTS_QUEUES)) {
    const policy = { name, retryLimit: 2, retryDelay: 60, expireInSeconds: 900 };
    if (!(await boss.getQueue(name))) {
      try {
        await boss.createQueue(name, policy);
      } catch (err) {
        if (!(await boss.getQueue(name))) throw err;
      }
    }
  }
}

export function startInsightsWorkers(boss: PgBoss, deps: InsightsDeps, options: { pollingIntervalMs: number }): WorkerLoop[] {
  const loop = (queue: string, handler: () => Promise<unknown>) =>
    startWorkerLoop(boss, { queue, concurrency: 1, pollingIntervalMs: options.pollingIntervalMs, logger: deps.logger, handler });
  return [
    loop(INSIGHTS_QUEUES.stress, () => accumulateStress(deps)),
    loop(INSIGHTS_QUEUES.digest, () => sendWeeklyDigests(deps)),
    loop(INSIGHTS_QUEUES.report, () => sendDueMonthlyReports(deps)),
  ];
}

/** Registers the schedules (the boss needs `schedule: true` on at least one instance). */
export async function scheduleInsightsJobs(boss: PgBoss, deps: Pick<InsightsDeps, 'config'>): Promise<void> {
  await boss.schedule(INSIGHTS_QUEUES.stress, deps.config.stressCron, {}, { tz: 'UTC' });
  await boss.schedule(INSIGHTS_QUEUES.digest, deps.config.digestCron, {}, { tz: deps.config.timeZone });
  await boss.schedule(INSIGHTS_QUEUES.report, deps.config.reportCron, {}, { tz: deps.config.timeZone });
}
