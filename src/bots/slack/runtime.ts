/**
 * The Slack adapter's periodic work: alerts nobody took are sent again after the configured delay,
 * and progress messages whose job was given up on are replaced by a failure note.
 */
import { resendUnacknowledgedAlerts } from '../../flows/actions/alerts.js';
import { takeStaleProgress } from '../../flows/actions/progress.js';
import { notice } from './blocks/render.js';
import { errorName, type SlackContext } from './context.js';
import { parseRef } from './messenger.js';
import { textFor } from './text.js';

export async function slackHousekeeping(ctx: SlackContext): Promise<{ realerts: number; stale: number }> {
  let realerts = 0;
  if (ctx.config.realertSeconds > 0) {
    realerts = await resendUnacknowledgedAlerts(ctx.deps, { delaySeconds: ctx.config.realertSeconds, platform: 'slack' });
    if (realerts > 0) ctx.notify();
  }
  const stale = await takeStaleProgress(ctx.deps.database, ctx.config.progressTimeoutSeconds, 'slack');
  for (const s of stale) {
    const at = parseRef(s.ref);
    if (!at) continue;
    await ctx.client.chat.update({ channel: at.channel, ts: at.ts, ...notice(textFor(s.language).stuck()) })
      .catch((err: unknown) => ctx.logger.warn({ err: errorName(err) }, 'stale progress not updated'));
  }
  if (stale.length > 0) ctx.logger.warn({ count: stale.length }, 'progress messages of unfinished jobs closed');
  return { realerts, stale: stale.length };
}

export function startSlackHousekeeping(ctx: SlackContext, intervalMs = 60_000): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    slackHousekeeping(ctx)
      .catch((err: unknown) => ctx.logger.error({ err: errorName(err) }, 'slack housekeeping failed'))
      .finally(() => { running = false; });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
