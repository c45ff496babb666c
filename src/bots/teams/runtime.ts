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
import type { ActionDeps } from '../../flows/actions/deps.js';
import { resendUnacknowledgedAlerts } from '../../flows/actions/alerts.js';
import { takeStaleProgress } from '../../flows/actions/progress.js';
import { sweepDownloadLinks } from '../../flows/download-links.js';
import { loadHousekeepingDelays, type HousekeepingDelays } from '../../flows/actions/housekeeping-config.js';
import type { TeamsBot } from './bot.js';
import { teamsText } from './messages.js';

/** The flows' deps the server built once (as the adapter's), with the delays. */
export interface TeamsHousekeepingDeps extends HousekeepingDelays, Pick<ActionDeps, 'database' | 'queue' | 'logger' | 'now'> {
  /** Wakes the workers of this process after re-alerts were queued. */
  notify?: () => void;
}

/** The delays from the environment: Slack's variables and defaults (one setting for both platforms), validated the same way. */
export const teamsHousekeepingSettings = loadHousekeepingDelays;

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
