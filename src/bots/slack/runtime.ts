/**
 * The Slack adapter's periodic work: alerts nobody took are sent again after the configured delay,
 * progress messages whose job was given up on are replaced by a failure note, and events a dead
 * process acknowledged but did not finish are handled (at start, then every quarter of their lease).
 */
import { resendUnacknowledgedAlerts } from '../../flows/actions/alerts.js';
import { takeStaleProgress } from '../../flows/actions/progress.js';
import { notice } from './blocks/render.js';
import { errorName, type SlackContext } from './context.js';
import type { DurableApp } from './durable-app.js';
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

export function startSlackHousekeeping(ctx: SlackContext, app: Pick<DurableApp, 'resume'>, intervalMs = 60_000): { stop(): void } {
  const housekeeping = every(intervalMs, () => slackHousekeeping(ctx), (err) => ctx.logger.error({ err: errorName(err) }, 'slack housekeeping failed'));
  const resume = () => app.resume().then((n) => { if (n > 0) ctx.logger.warn({ count: n }, 'acknowledged events of a stopped process handled'); });
  const resuming = every(Math.max(1000, (ctx.config.eventLeaseSeconds * 1000) / 4), resume, (err) => ctx.logger.error({ err: errorName(err) }, 'resuming events failed'));
  resuming.now();
  return { stop: () => { housekeeping.stop(); resuming.stop(); } };
}

/** Runs `work` every `ms`, never two at once. */
function every(ms: number, work: () => Promise<unknown>, onError: (err: unknown) => void): { now(): void; stop(): void } {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    work().catch(onError).finally(() => { running = false; });
  };
  const timer = setInterval(run, ms);
  timer.unref();
  return { now: run, stop: () => clearInterval(timer) };
}
