/**
 * The pipeline's queues and their policy, configured once here: every job of a queue inherits its
 * retries (exponential backoff), expiry and dead-letter queue.
 */
import type PgBoss from 'pg-boss';
import type { JobsConfig } from '../config.js';

export const QUEUES = {
  analysis: 'mamori-analysis',
  analysisDead: 'mamori-analysis-dead',
  delivery: 'mamori-delivery',
  deliveryDead: 'mamori-delivery-dead',
  retention: 'mamori-retention-sweep',
  /** Fires every minute; its newest job is the scheduler's last tick (scheduler-health.ts). */
  heartbeat: 'mamori-scheduler-heartbeat',
} as const;

/**
 * The features' queues (scheduled work and the Teams meeting watch). Their policies sit beside their
 * workers (community-jobs.ts, insights-jobs.ts, booking-jobs.ts, bots/teams/meeting-watch.ts); their names
 * are all here, so one file says which queues exist.
 */
export const COMMUNITY_QUEUES = {
  tick: 'mamori-community-tick',
  digest: 'mamori-community-digest',
} as const;

export const INSIGHTS_QUEUES = {
  stress: 'mamori-insights-stress',
  digest: 'mamori-insights-digest',
  report: 'mamori-insights-report',
} as const;

export const BOOKING_SWEEP_QUEUE = 'mamori-booking-sweep';

export const MEETING_WATCH_QUEUE = 'mamori-teams-meeting-transcript';

/** Dead-letter queue → the queue its jobs came from (for retrying them). */
export const DEAD_LETTER_ORIGIN: Record<string, string> = {
  [QUEUES.analysisDead]: QUEUES.analysis,
  [QUEUES.deliveryDead]: QUEUES.delivery,
};

export const PGBOSS_SCHEMA = 'pgboss';

const THIRTY_DAYS_MINUTES = 30 * 24 * 60;

export function queuePolicies(jobs: JobsConfig): PgBoss.Queue[] {
  return [
    // Dead-letter queues first: a queue can only name an existing one. No worker takes their jobs;
    // they wait (30 days) for an admin to look and retry (`mamori db dead-letters`).
    { name: QUEUES.analysisDead, retentionMinutes: THIRTY_DAYS_MINUTES },
    { name: QUEUES.deliveryDead, retentionMinutes: THIRTY_DAYS_MINUTES },
    {
      name: QUEUES.analysis,
      retryLimit: jobs.retryLimit,
      retryDelay: jobs.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: jobs.analysisExpireSeconds,
      deadLetter: QUEUES.analysisDead,
    },
    {
      name: QUEUES.delivery,
      retryLimit: jobs.retryLimit,
      retryDelay: jobs.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: jobs.deliveryExpireSeconds,
      deadLetter: QUEUES.deliveryDead,
    },
    { name: QUEUES.retention, retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 3600 },
    { name: QUEUES.heartbeat, retryLimit: 0, expireInSeconds: 60, retentionMinutes: 60 },
  ];
}

/** Creates the queues, or brings their policy up to date; safe when several instances start at once. */
export async function ensureQueues(boss: PgBoss, jobs: JobsConfig): Promise<void> {
  for (const policy of queuePolicies(jobs)) {
    const existing = await boss.getQueue(policy.name);
    if (!existing) {
      try {
        await boss.createQueue(policy.name, policy);
        continue;
      } catch (err) {
        if (!(await boss.getQueue(policy.name))) throw err; // not a lost race
      }
    }
    await boss.updateQueue(policy.name, policy);
  }
}
