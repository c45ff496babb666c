/** What the insights flows need, and the outbox contract of their messages. */
import type { Database, Tx } from '../../db/connection.js';
import { addToOutbox, type NewOutboxMessage } from '../../db/repo/outbox.js';
import type { OutboxTarget } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import type { JobQueue } from '../ports.js';
import type { MessageView } from '../views/view.js';
import type { InsightsConfig } from './config.js';

export interface InsightsDeps {
  database: Database;
  queue: Pick<JobQueue, 'enqueueDelivery'>;
  config: InsightsConfig;
  logger: Logger;
  now?: () => Date;
}

export const nowOf = (deps: Pick<InsightsDeps, 'now'>): Date => deps.now?.() ?? new Date();

export interface Attachment {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/**
 * The payload of an outbox message of kind 'insights' (the same shape as 'booking'): the adapters
 * render `view` and upload `attachments` (chart PNGs, the report PDF) beside it.
 */
export interface InsightsMessagePayload {
  /** 'stress_notice' | 'weekly_digest' | 'monthly_report'. */
  topic: string;
  view: MessageView;
  attachments: Attachment[];
  [key: string]: unknown;
}

export function insightsMessage(
  orgId: string, target: OutboxTarget, dedupeKey: string, payload: InsightsMessagePayload,
): NewOutboxMessage {
  return { orgId, kind: 'insights', target, payload, dedupeKey };
}

/** Writes messages to the outbox and their delivery jobs, inside the caller's transaction. */
export async function send(tx: Tx, deps: Pick<InsightsDeps, 'queue'>, messages: NewOutboxMessage[]): Promise<number> {
  const ids = await addToOutbox(tx, messages);
  if (ids.length > 0) await deps.queue.enqueueDelivery(tx, ids);
  return ids.length;
}
