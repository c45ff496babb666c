import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { outbox, type OutboxKind, type OutboxTarget } from '../schema/index.js';

export type OutboxRow = typeof outbox.$inferSelect;

export interface NewOutboxMessage {
  orgId: string;
  kind: OutboxKind;
  target: OutboxTarget;
  payload: Record<string, unknown>;
  dedupeKey: string;
}

/** Writes messages; a dedupe key already present is skipped. Returns the ids actually written. */
export async function addToOutbox(ex: Executor, messages: NewOutboxMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await ex
    .insert(outbox)
    .values(messages)
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows.map((r) => r.id);
}

/**
 * Claims a message for sending: pending, or left 'sending' by a worker whose claim has run out
 * (it crashed). At most one live claim exists at a time. Returns null when there is nothing to claim.
 */
export async function claimOutboxMessage(ex: Executor, id: string, leaseSeconds: number): Promise<OutboxRow | null> {
  const [row] = await ex
    .update(outbox)
    .set({
      status: 'sending',
      attempts: sql`${outbox.attempts} + 1`,
      claimedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(
      and(
        eq(outbox.id, id),
        or(eq(outbox.status, 'pending'), and(eq(outbox.status, 'sending'), lt(outbox.claimedUntil, sql`now()`))),
      ),
    )
    .returning();
  return row ?? null;
}

export async function markOutboxSent(ex: Executor, id: string, platformMessageRef: string): Promise<boolean> {
  const rows = await ex
    .update(outbox)
    .set({ status: 'sent', sentAt: sql`now()`, claimedUntil: null, platformMessageRef, lastError: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'sending')))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** Gives a claim back after a failed attempt ('pending', retried later) or gives up ('failed'). */
export async function releaseOutboxMessage(
  ex: Executor,
  id: string,
  status: 'pending' | 'failed',
  error: string,
): Promise<void> {
  await ex
    .update(outbox)
    .set({ status, claimedUntil: null, lastError: error.slice(0, 1000) })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'sending')));
}

export async function outboxStatus(ex: Executor, id: string): Promise<Pick<OutboxRow, 'status' | 'claimedUntil'> | null> {
  const [row] = await ex.select({ status: outbox.status, claimedUntil: outbox.claimedUntil }).from(outbox).where(eq(outbox.id, id));
  return row ?? null;
}
