/**
 * Platform events delivered more than once: Slack sends an event again (same `event_id`,
 * `X-Slack-Retry-Num`) when it thinks the first delivery went unanswered. The first delivery is
 * handled; later ones are dropped before anything is said, so a retry never causes a second reply.
 * The ids live in processed_events and are swept with the retention schedule.
 */
import { recordEventOnce } from '../../db/repo/events.js';
import type { Platform } from '../../db/schema/index.js';
import type { ActionDeps } from './deps.js';

/** True the first time `eventId` is seen on `platform`; false for every redelivery. */
export async function firstDelivery(deps: Pick<ActionDeps, 'database'>, platform: Platform, eventId: string): Promise<boolean> {
  return recordEventOnce(deps.database.db, platform, eventId);
}
