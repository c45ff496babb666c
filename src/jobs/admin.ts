/**
 * Dead letters: jobs that failed every retry land in a dead-letter queue with their data and last
 * error. An admin lists them and retries them (`mamori db dead-letters`, `mamori db retry-dead-letter`).
 */
import type PgBoss from 'pg-boss';
import type { Database } from '../db/connection.js';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, submissions } from '../db/schema/index.js';
import { DEAD_LETTER_ORIGIN, PGBOSS_SCHEMA, QUEUES } from './queues.js';

export interface DeadLetter {
  id: string;
  /** The dead-letter queue. */
  queue: string;
  /** The queue a retry goes to. */
  origin: string;
  data: Record<string, unknown>;
  error: string | null;
  createdOn: string;
}

const DEAD_QUEUES = Object.keys(DEAD_LETTER_ORIGIN);

export async function listDeadLetters(database: Database, limit = 100): Promise<DeadLetter[]> {
  const { rows } = await database.bossDb.executeSql(
    `SELECT id, name, data, output, created_on FROM ${PGBOSS_SCHEMA}.job
      WHERE name = ANY($1::text[]) AND state < 'active' ORDER BY created_on LIMIT $2`,
    [DEAD_QUEUES, limit],
  );
  return rows.map((r: { id: string; name: string; data: unknown; output: unknown; created_on: Date | string }) => ({
    id: r.id,
    queue: r.name,
    origin: DEAD_LETTER_ORIGIN[r.name] ?? r.name,
    data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Record<string, unknown>,
    error: errorMessage(r.output),
    createdOn: new Date(r.created_on).toISOString(),
  }));
}

function errorMessage(output: unknown): string | null {
  const o = (typeof output === 'string' ? JSON.parse(output) : output) as { message?: unknown; value?: { message?: unknown } } | null;
  const m = o?.message ?? o?.value?.message;
  return typeof m === 'string' ? m : null;
}

/**
 * Sends a dead letter back to its queue (with the queue's full retry policy again) and removes it,
 * in one transaction, recording who did it. Returns the new job id, or null if there was no such dead letter.
 */
export async function retryDeadLetter(boss: PgBoss, database: Database, id: string, actor = 'admin-cli'): Promise<string | null> {
  const letter = (await listDeadLetters(database, 10_000)).find((d) => d.id === id);
  if (!letter) return null;
  return database.db.transaction(async (tx) => {
    const db = database.txBossDb(tx);
    if (letter.origin === QUEUES.analysis && typeof letter.data.submissionId === 'string') {
      // The last attempt marked the submission failed; put it back so the job runs again.
      await tx.update(submissions).set({ status: 'queued', errorCode: null, error: null, updatedAt: sql`now()` })
        .where(and(eq(submissions.id, letter.data.submissionId), eq(submissions.status, 'failed'), eq(submissions.errorCode, 'internal_error')));
    }
    const newId = await boss.send(letter.origin, letter.data, { db });
    await boss.deleteJob(letter.queue, letter.id, { db });
    await tx.insert(auditLog).values({
      actor, action: 'dead_letter_retry', subject: letter.id, detail: { queue: letter.origin, newJobId: newId },
    });
    return newId;
  });
}
