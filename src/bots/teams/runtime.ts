/**
 * The Teams adapter's periodic work, as Slack's (src/bots/slack/runtime.ts): alerts nobody took are
 * sent again after the configured delay (through the outbox, so the Teams Messenger delivers them),
 * progress messages whose job was given up on are replaced by a failure note, and the files behind
 * download links that expired are deleted (src/flows/download-links.ts). Each adapter takes
 * only its own platform's organisations. The flows are idempotent, so every instance may run this.
 *
 *   const housekeeping = teams ? startTeamsHousekeeping(teams, { database, queue, logger, notify, ...teamsHousekeepingSettings(env) }) : null;
 *   …
 *   housekeeping?.stop();
 */
import type { Database } from '../../db/connection.js';
import { resendUnacknowledgedAlerts } from '../../flows/actions/alerts.js';
import { takeStaleProgress } from '../../flows/actions/progress.js';
import { sweepDownloadLinks } from '../../flows/download-links.js';
import type { JobQueue } from '../../flows/ports.js';
import type { Logger } from '../../logger.js';
import type { TeamsBot } from './bot.js';
import { teamsText } from './messages.js';

export interface TeamsHousekeepingDeps {
  database: Database;
  queue: JobQueue;
  logger: Logger;
  /** Wakes the workers of this process after re-alerts were queued. */
  notify?: () => void;
  /** Re-send an alert still open after this long; 0 turns re-alerts off (MAMORI_REALERT_MINUTES, default 30 min). */
  realertSeconds: number;
  /** A progress message of a job still unfinished after this long is closed (MAMORI_PROGRESS_TIMEOUT_MINUTES, default 30 min). */
  progressTimeoutSeconds: number;
  now?: () => Date;
}

/** The delays from the environment, with Slack's variables and defaults (one setting for both platforms). */
export function teamsHousekeepingSettings(env: Record<string, string | undefined>): { realertSeconds: number; progressTimeoutSeconds: number } {
  const minutes = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    const n = raw ? Number(raw) : fallback;
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
  };
  return {
    realertSeconds: Math.round(minutes('MAMORI_REALERT_MINUTES', 30, 0, 7 * 24 * 60)) * 60,
    progressTimeoutSeconds: Math.round(minutes('MAMORI_PROGRESS_TIMEOUT_MINUTES', 30, 0.05, 24 * 60) * 60),
  };
}

const errorName = (err: unknown) => ({ name: (err as Error)?.name, message: (err as Error)?.message });

export async function teamsHousekeeping(bot: Pick<TeamsBot, 'messenger'>, deps: TeamsHousekeepingDeps): Promise<{ realerts: number; stale: number; filesDeleted: number }> {
  const logger = deps.logger.child({ platform: 'teams' });
  let realerts = 0;
  if (deps.realertSeconds > 0) {
    realerts = await resendUnacknowledgedAlerts({ ...deps, logger }, { delaySeconds: deps.realertSeconds, platform: 'teams' });
    if (realerts > 0) deps.notify?.();
  }
  const stale = await takeStaleProgress(deps.database, deps.progressTimeoutSeconds, 'teams');
  for (const s of stale) {
    // Best effort, like Slack: the row is already closed, a message that cannot be updated stays as it is.
    await bot.messenger.replaceWithText(s.orgId, s.ref, teamsText(s.language).stuck())
      .catch((err: unknown) => logger.warn({ err: errorName(err), submissionId: s.submissionId }, 'stale progress not updated'));
  }
  if (stale.length > 0) logger.warn({ count: stale.length }, 'progress messages of unfinished jobs closed');
  // Files offered by download link (invoice PDFs are personal data) are kept only until the link expires.
  const filesDeleted = await sweepDownloadLinks(deps.database, deps.now?.() ?? new Date());
  if (filesDeleted > 0) logger.info({ count: filesDeleted }, 'files of expired download links deleted');
  return { realerts, stale: stale.length, filesDeleted };
}

export function startTeamsHousekeeping(bot: Pick<TeamsBot, 'messenger'>, deps: TeamsHousekeepingDeps, intervalMs = 60_000): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    teamsHousekeeping(bot, deps)
      .catch((err: unknown) => deps.logger.error({ err: errorName(err) }, 'teams housekeeping failed'))
      .finally(() => { running = false; });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
