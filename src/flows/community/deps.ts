/** What every community flow needs, and who is acting. */
import type { Database, Tx } from '../../db/connection.js';
import { addToOutbox, type NewOutboxMessage } from '../../db/repo/outbox.js';
import { ensureMember, ensureOrganisation, type Member, type Organisation } from '../../db/repo/organisations.js';
import type { Platform } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import type { JobQueue } from '../ports.js';
import type { CommunityConfig } from './config.js';
import { loadJapaneseTokenizer, type JapaneseTokenizer } from '../../text/japanese.js';

export interface CommunityDeps {
  database: Database;
  queue: Pick<JobQueue, 'enqueueDelivery'>;
  config: CommunityConfig;
  orgDefaults: { monthlyMinuteQuota: number; retentionDays: number };
  logger: Logger;
  now?: () => Date;
  /** The Japanese tokenizer; the shared lazily loaded kuromoji by default. */
  tokenizer?: () => Promise<JapaneseTokenizer>;
  /**
   * The platform's web link to a delivered message, from its stored reference (and the reference of
   * the thread it is in), when the adapter can build one without calling the platform; none by default.
   * The question's root message links its accepted answer with it.
   */
  messageLink?: (ref: string, threadRef: string | null) => string | null;
}

/** An adapter's community deps from the flows' shared ones (one database, one queue) and its own link builder. */
export function communityDepsFrom(
  base: Pick<CommunityDeps, 'database' | 'queue' | 'orgDefaults' | 'now'>,
  config: CommunityConfig,
  logger: Logger,
  messageLink?: CommunityDeps['messageLink'],
): CommunityDeps {
  return {
    database: base.database, queue: base.queue, config, orgDefaults: base.orgDefaults, logger,
    ...(base.now ? { now: base.now } : {}),
    ...(messageLink ? { messageLink } : {}),
  };
}

/** The person pressing the button or sending the command, as the platform names them. */
export interface Actor {
  platform: Platform;
  platformTeamId: string;
  teamName?: string | undefined;
  platformUserId: string;
  displayName?: string | undefined;
}

export const nowOf = (deps: CommunityDeps) => deps.now?.() ?? new Date();
export const tokenizerOf = (deps: CommunityDeps) => (deps.tokenizer ?? loadJapaneseTokenizer)();

export async function resolveActor(tx: Tx, deps: CommunityDeps, actor: Actor): Promise<{ org: Organisation; member: Member }> {
  const org = await ensureOrganisation(
    tx,
    { platform: actor.platform, platformTeamId: actor.platformTeamId, name: actor.teamName ?? actor.platformTeamId },
    deps.orgDefaults,
  );
  const member = await ensureMember(tx, org.id, { platformUserId: actor.platformUserId, displayName: actor.displayName });
  return { org, member };
}

/** Writes messages to the outbox and their delivery jobs, inside the caller's transaction. */
export async function send(tx: Tx, deps: CommunityDeps, messages: NewOutboxMessage[]): Promise<void> {
  const ids = await addToOutbox(tx, messages);
  if (ids.length > 0) await deps.queue.enqueueDelivery(tx, ids);
}

/** Rolls the transaction back and returns a value: `throw new Refused(r)` inside, caught outside. */
export class Rollback<T> extends Error {
  override name = 'Rollback';
  constructor(readonly value: T) {
    super('rolled back');
  }
}

/** Runs `fn` in a transaction; a thrown Rollback undoes everything and its value is returned. */
export async function inTransaction<T>(deps: CommunityDeps, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await deps.database.db.transaction(fn);
  } catch (err) {
    if (err instanceof Rollback) return err.value as T;
    throw err;
  }
}
