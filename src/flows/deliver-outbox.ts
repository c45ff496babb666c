/**
 * Delivers one outbox message. Each attempt claims the row (status 'sending' with a time-limited
 * claim), posts, then marks it sent. A worker that dies after posting leaves the claim to run out;
 * the retry asks the Messenger whether the message is already there before posting again.
 */
import type { Database } from '../db/connection.js';
import { claimOutboxMessage, markOutboxSent, outboxStatus, releaseOutboxMessage } from '../db/repo/outbox.js';
import type { Logger } from '../logger.js';
import { PermanentDeliveryError, type Messenger, type OutgoingMessage } from './ports.js';

export interface DeliveryDeps {
  database: Database;
  messenger: Messenger;
  logger: Logger;
  /** How long a claim lasts; at least the delivery job's expiry, longer than the Messenger's timeout. */
  leaseSeconds: number;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'recovered' | 'failed' | 'gone';

/** Another worker holds a live claim on the message: the job is retried later. */
export class DeliveryBusyError extends Error {
  override name = 'DeliveryBusyError';
}

export async function deliverOutboxMessage(deps: DeliveryDeps, job: { outboxId: string }): Promise<DeliveryOutcome> {
  const { db } = deps.database;
  const row = await claimOutboxMessage(db, job.outboxId, deps.leaseSeconds);
  if (!row) {
    const current = await outboxStatus(db, job.outboxId);
    if (!current) return 'gone';
    if (current.status === 'sent') return 'already_sent';
    if (current.status === 'failed') return 'failed';
    throw new DeliveryBusyError(`outbox message ${job.outboxId} is being sent by another worker`);
  }
  const message: OutgoingMessage = { id: row.id, orgId: row.orgId, kind: row.kind, target: row.target, payload: row.payload };
  const log = deps.logger.child({ outboxId: row.id, kind: row.kind, attempt: row.attempts });

  if (row.attempts > 1 && deps.messenger.findPosted) {
    const ref = await deps.messenger.findPosted(message);
    if (ref !== null) {
      await markOutboxSent(db, row.id, ref);
      log.info('message found already posted by an earlier attempt');
      return 'recovered';
    }
  }
  let ref: string;
  try {
    ref = await deps.messenger.post(message);
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    if (err instanceof PermanentDeliveryError) {
      await releaseOutboxMessage(db, row.id, 'failed', reason);
      log.warn({ reason }, 'message refused for good');
      return 'failed';
    }
    await releaseOutboxMessage(db, row.id, 'pending', reason);
    throw err;
  }
  if (!(await markOutboxSent(db, row.id, ref))) {
    // Our claim ran out and someone else took over; they will find our post through findPosted.
    log.warn('claim expired before the message was marked sent');
  }
  return 'sent';
}
