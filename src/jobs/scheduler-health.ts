/**
 * Is the scheduler alive? pg-boss turns due schedules into jobs on a clock of its own; when that clock
 * fails (a driver mismatch, a lost connection) nothing fires and nothing else notices: no retention
 * sweep, no reminders, no digests. A heartbeat schedule fires every minute through the same path as
 * every other schedule, so the newest heartbeat job is the scheduler's last successful tick, whichever
 * instance made it. `/healthz` reports it; a stale tick is said once to the operator, and so is recovery.
 */
import { sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Database } from '../db/connection.js';
import type { Logger } from '../logger.js';
import { PGBOSS_SCHEMA, QUEUES } from './queues.js';

/** A minute's cron, the scheduler's tick (≤ 45 s) and the send worker's poll: beyond this the clock has stopped. */
export const STALE_AFTER_SECONDS = 300;

export async function scheduleHeartbeat(boss: PgBoss): Promise<void> {
  await boss.schedule(QUEUES.heartbeat, '* * * * *', {}, { tz: 'UTC' });
}

export interface SchedulerStatus {
  ok: boolean;
  /** When the last scheduled job was created (ISO), or null if none yet. */
  lastTickAt: string | null;
  ageSeconds: number | null;
}

export interface SchedulerHealth {
  status(): Promise<SchedulerStatus>;
  stop(): void;
}

/** The newest heartbeat job, in the live table or already archived. */
export async function lastSchedulerTick(database: Database): Promise<Date | null> {
  const rows = await database.db.execute(sql.raw(
    `select max(t) as last from (
       select max(created_on) as t from ${PGBOSS_SCHEMA}.job where name = '${QUEUES.heartbeat}'
       union all
       select max(created_on) from ${PGBOSS_SCHEMA}.archive where name = '${QUEUES.heartbeat}'
     ) ticks`,
  ));
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ last: string | Date | null }>;
  const last = list[0]?.last;
  return last ? new Date(last) : null;
}

/**
 * Watches the heartbeat every `checkEveryMs`: a process that started less than STALE_AFTER_SECONDS ago
 * is given that long for its first tick.
 */
export function watchScheduler(
  database: Database,
  logger: Logger,
  options: { checkEveryMs?: number; now?: () => number } = {},
): SchedulerHealth {
  const now = options.now ?? Date.now;
  const startedAt = now();
  let saidStale = false;

  async function status(): Promise<SchedulerStatus> {
    const last = await lastSchedulerTick(database);
    const since = last ? last.getTime() : startedAt;
    const ageSeconds = Math.max(0, Math.round((now() - since) / 1000));
    return { ok: ageSeconds <= STALE_AFTER_SECONDS, lastTickAt: last?.toISOString() ?? null, ageSeconds: last ? ageSeconds : null };
  }

  const timer = setInterval(() => {
    status().then(
      (s) => {
        if (!s.ok && !saidStale) {
          saidStale = true;
          logger.error(
            { lastTickAt: s.lastTickAt },
            'scheduled jobs are not firing: retention, reminders, escalations, digests and reports will not run until the pg-boss errors logged above are fixed',
          );
        } else if (s.ok && saidStale) {
          saidStale = false;
          logger.info({ lastTickAt: s.lastTickAt }, 'scheduled jobs fire again');
        }
      },
      () => {}, // the database being down is /healthz's and the pool's to say
    );
  }, options.checkEveryMs ?? 60_000);
  timer.unref();
  return { status, stop: () => clearInterval(timer) };
}
