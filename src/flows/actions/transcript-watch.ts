/**
 * A meeting's transcript is published some time after the meeting ends, so the meeting-end event starts a
 * watch (the adapter's checks of the platform's transcript list) instead of a submission. The event is
 * recorded and the first check queued in one transaction: a redelivered event finds its record and queues
 * nothing, and a crash between the two keeps neither, so the redelivery starts the watch whole.
 */
import { recordEventOnce } from '../../db/repo/events.js';
import type { Platform } from '../../db/schema/index.js';
import type { ActionDeps } from './deps.js';

/** Records the meeting-end event and queues its first check, once; false when the event was seen before. */
export function startTranscriptWatch(
  deps: Pick<ActionDeps, 'database' | 'queue'>,
  event: { platform: Platform; eventId: string },
  firstCheck: { data: object; jobId: string },
): Promise<boolean> {
  return deps.database.db.transaction(async (tx) => {
    if (!(await recordEventOnce(tx, event.platform, event.eventId))) return false;
    await deps.queue.enqueueMeetingCheck(tx, firstCheck.data, firstCheck.jobId);
    return true;
  });
}
