import type { Executor } from '../connection.js';
import { processedEvents, type Platform } from '../schema/index.js';

/** Records a platform event id; false when it was already recorded (a redelivery to drop). */
export async function recordEventOnce(ex: Executor, platform: Platform, eventId: string): Promise<boolean> {
  const rows = await ex.insert(processedEvents).values({ platform, eventId }).onConflictDoNothing().returning({ id: processedEvents.eventId });
  return rows.length === 1;
}
