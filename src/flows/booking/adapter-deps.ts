/**
 * The booking flows' deps as a chat adapter builds them: its own database, queue and logger, plus what
 * only the server knows (Stripe, the booking configuration, the topic guard). Shared by Slack and Teams.
 */
import { loadJapaneseTokenizer } from '../../text/japanese.js';
import type { BookingConfig } from './config.js';
import type { BookingDeps, TopicGuard } from './deps.js';
import type { Payments } from './payments.js';
import { communityTopicGuard } from './topic-guard.js';

export interface BookingAdapterOptions {
  /** Null: card payment is not offered (Stripe not configured). */
  payments: Payments | null;
  config: BookingConfig;
  /** The topic's confidentiality guard; the community's (kuromoji) by default. */
  topicGuard?: TopicGuard | undefined;
}

type AdapterBase = Pick<BookingDeps, 'database' | 'queue' | 'orgDefaults' | 'logger' | 'now'>;

let defaultGuard: Promise<TopicGuard> | undefined;

/**
 * Only booking itself needs the topic guard (`withGuard`); the first call starts loading its dictionary
 * in the background, so a form opens at once (Slack trigger ids last 3 s).
 */
export async function bookingDepsFor(base: AdapterBase, o: BookingAdapterOptions, withGuard: boolean): Promise<BookingDeps> {
  let topicGuard = o.topicGuard;
  if (!topicGuard) {
    defaultGuard ??= loadJapaneseTokenizer().then(communityTopicGuard);
    const loading = defaultGuard;
    loading.catch(() => { if (defaultGuard === loading) defaultGuard = undefined; });
    if (withGuard) topicGuard = await loading;
  }
  return {
    database: base.database,
    queue: base.queue,
    payments: o.payments,
    config: o.config,
    orgDefaults: base.orgDefaults,
    logger: base.logger,
    ...(topicGuard ? { topicGuard } : {}),
    ...(base.now ? { now: base.now } : {}),
  };
}
