/**
 * Acknowledged means kept. A platform (Slack) forgets an event once we acknowledge it, and the work an
 * event starts (downloading a file, recording a submission) takes longer than the acknowledgement may.
 * So the event is recorded before it is acknowledged, handled, then marked done; one whose process died
 * in between is handled again by whichever process finds its claim expired. Redeliveries of a recorded
 * event are dropped here, in one place.
 */
import { claimStalledEvents, markInboundEventDone, recordEventOnce, recordInboundEvent } from '../../db/repo/events.js';
import type { Platform } from '../../db/schema/index.js';
import type { ActionDeps } from './deps.js';

type Deps = Pick<ActionDeps, 'database' | 'logger'>;

export interface InboxPolicy {
  /** How long a process may take to handle an event before another one takes it over. */
  leaseSeconds: number;
  /** An event whose handling kept failing (or killing its process) is given up after this many tries. */
  maxAttempts: number;
}

export const DEFAULT_INBOX_POLICY: InboxPolicy = { leaseSeconds: 60, maxAttempts: 5 };

/** Before the acknowledgement: true for a new event to handle, false for a redelivery. Throws if it could not be kept. */
export function receiveEvent(deps: Deps, platform: Platform, eventId: string, body: unknown, policy = DEFAULT_INBOX_POLICY): Promise<boolean> {
  return recordInboundEvent(deps.database.db, platform, eventId, body, policy.leaseSeconds);
}

/** True the first time an event id is seen, false for every redelivery (for events handled while the platform waits). */
export function firstDelivery(deps: Pick<ActionDeps, 'database'>, platform: Platform, eventId: string): Promise<boolean> {
  return recordEventOnce(deps.database.db, platform, eventId);
}

export async function eventHandled(deps: Deps, platform: Platform, eventId: string): Promise<void> {
  await markInboundEventDone(deps.database.db, platform, eventId);
}

/**
 * Handles again the events whose process died before finishing them. `handle` runs the adapter's
 * listeners without acknowledging anything. Returns how many were resumed.
 */
export async function resumeStalledEvents(
  deps: Deps,
  platform: Platform,
  handle: (body: unknown) => Promise<void>,
  policy = DEFAULT_INBOX_POLICY,
): Promise<number> {
  let resumed = 0;
  for (;;) {
    const batch = await claimStalledEvents(deps.database.db, platform, 20, policy.leaseSeconds);
    if (batch.length === 0) return resumed;
    for (const event of batch) {
      if (event.attempts > policy.maxAttempts) {
        deps.logger.error({ platform, eventId: event.eventId, attempts: event.attempts - 1 }, 'event given up after repeated failures');
        await eventHandled(deps, platform, event.eventId);
        continue;
      }
      try {
        await handle(event.body);
        await eventHandled(deps, platform, event.eventId);
        resumed++;
      } catch (err) {
        // Its claim runs out and it is tried again, up to maxAttempts.
        deps.logger.warn({ platform, eventId: event.eventId, err: err instanceof Error ? err.name : 'Error' }, 'resumed event failed');
      }
    }
  }
}
