import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { processedEvents, type Platform } from '../schema/index.js';

/** Records a platform event id; false when it was already recorded (a redelivery to drop). */
export async function recordEventOnce(ex: Executor, platform: Platform, eventId: string): Promise<boolean> {
  const rows = await ex.insert(processedEvents).values({ platform, eventId }).onConflictDoNothing().returning({ id: processedEvents.eventId });
  return rows.length === 1;
}

/**
 * Records an event to act on after its acknowledgement, body included, claimed by this process for
 * `leaseSeconds`. False when the event was already received (a redelivery: drop it).
 */
export async function recordInboundEvent(ex: Executor, platform: Platform, eventId: string, body: unknown, leaseSeconds: number): Promise<boolean> {
  const rows = await ex
    .insert(processedEvents)
    .values({ platform, eventId, body, attempts: 1, claimedUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .onConflictDoNothing()
    .returning({ id: processedEvents.eventId });
  return rows.length === 1;
}

/** Handled: the body (personal data) goes; the id stays for deduplication until the retention sweep. */
export async function markInboundEventDone(ex: Executor, platform: Platform, eventId: string): Promise<void> {
  await ex
    .update(processedEvents)
    .set({ body: null, doneAt: sql`now()`, claimedUntil: null })
    .where(and(eq(processedEvents.platform, platform), eq(processedEvents.eventId, eventId)));
}

export interface PendingEvent {
  eventId: string;
  body: unknown;
  attempts: number;
}

/**
 * Takes up to `limit` events whose handler's claim ran out (its process died), claiming each for
 * `leaseSeconds`; several processes may call this at once (SKIP LOCKED).
 */
export async function claimStalledEvents(ex: Executor, platform: Platform, limit: number, leaseSeconds: number): Promise<PendingEvent[]> {
  const rows = await ex.execute(sql`
    update ${processedEvents} set claimed_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    where (platform, event_id) in (
      select platform, event_id from ${processedEvents}
      where platform = ${platform} and body is not null and done_at is null and claimed_until < now()
      order by received_at limit ${limit} for update skip locked)
    returning event_id, body, attempts`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ event_id: string; body: unknown; attempts: number }>;
  return list.map((r) => ({ eventId: r.event_id, body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body, attempts: Number(r.attempts) }));
}
