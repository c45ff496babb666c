/**
 * One outcome per request: a card button pressed twice, a form submitted twice. Chat platforms send
 * each press as a new event (a new id), so the adapters name the request themselves (the card and the
 * data it carries) and run the flow through `oncePerRequest`.
 *
 * The key is written in the same transaction as everything the flow writes: of two presses at the
 * same instant one runs and the other finds the key (the database decides: the second insert waits for
 * the first transaction, then conflicts). A request that ends without writing anything that counts (a
 * refusal, the guard's findings, similar questions shown first) rolls its key back with it, so the
 * same data can be sent again once the reason is gone.
 */
import { createHash } from 'node:crypto';
import type { Database, Tx } from '../../db/connection.js';
import { recordEventOnce } from '../../db/repo/events.js';
import type { Platform } from '../../db/schema/index.js';
import { inTransaction, Rollback, type CommunityDeps } from './deps.js';

export interface Duplicate {
  status: 'duplicate';
}

/** The same database, with every query (and every flow's own transaction, a savepoint) inside `tx`. */
function within(database: Database, tx: Tx): Database {
  return {
    kind: database.kind,
    db: tx,
    bossDb: database.bossDb,
    txBossDb: (t) => database.txBossDb(t),
    migrate: () => database.migrate(),
    close: () => database.close(),
  };
}

/**
 * Runs `run` (a community flow, given deps bound to one transaction) unless a request with `key`
 * already ran; `wrote` says whether its outcome is one to keep (else the key is rolled back too).
 */
export async function oncePerRequest<T>(
  deps: CommunityDeps,
  platform: Platform,
  key: string,
  run: (deps: CommunityDeps) => Promise<T>,
  wrote: (out: T) => boolean,
): Promise<T | Duplicate> {
  return inTransaction(deps, async (tx): Promise<T | Duplicate> => {
    if (!(await recordEventOnce(tx, platform, `request:${key}`))) return { status: 'duplicate' };
    const out = await run({ ...deps, database: within(deps.database, tx) });
    if (!wrote(out)) throw new Rollback(out);
    return out;
  });
}

export const isDuplicate = (out: unknown): out is Duplicate => !!out && typeof out === 'object' && (out as { status?: unknown }).status === 'duplicate';

/** Outcomes that wrote nothing (a refusal, the guard's findings, similar questions shown first), so the same request may come again. */
export const wroteSomething = (out: { status: string }): boolean => out.status !== 'refused' && out.status !== 'needs_review' && out.status !== 'similar_found';

function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, stable((v as Record<string, unknown>)[k])]));
}

/**
 * A request's key: who sent it, where from (the card it was pressed on), with what data (the button's and
 * the inputs', in any key order). A double click gives one key; the card sent again with other inputs another.
 */
export function requestKey(prefix: string, who: string, where: string, data: unknown): string {
  return `${prefix}:${createHash('sha256').update(`${who}\n${where}\n${JSON.stringify(stable(data))}`).digest('hex')}`;
}
