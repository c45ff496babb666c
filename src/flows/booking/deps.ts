/** What the booking flows need, and the identities they are called with. */
import type { Database, Tx } from '../../db/connection.js';
import type { Platform } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import type { BookingConfig } from './config.js';
import type { Payments } from './payments.js';

/** Checks a topic for confidential details (the community's guard: src/text/guard.ts). */
export type TopicGuard = (text: string) => { findings: Array<{ kind: string }>; masked: string };

export interface BookingDeps {
  database: Database;
  /** Outbox deliveries are enqueued in the transaction that writes the messages. */
  queue: { enqueueDelivery(tx: Tx, outboxIds: string[]): Promise<void> };
  /** Null when Stripe is not configured: card payment is not offered. */
  payments: Payments | null;
  config: BookingConfig;
  orgDefaults: { monthlyMinuteQuota: number; retentionDays: number };
  logger: Logger;
  topicGuard?: TopicGuard | undefined;
  now?: () => Date;
}

export interface OrgRef {
  platform: Platform;
  platformTeamId: string;
  name: string;
}

export interface Person {
  platformUserId: string;
  displayName?: string | undefined;
  /** The platform says this person administers the workspace (Slack is_admin/owner, Teams tenant admin). */
  isWorkspaceAdmin?: boolean | undefined;
}

export const nowOf = (deps: Pick<BookingDeps, 'now'>): Date => deps.now?.() ?? new Date();

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
