/**
 * What the Slack booking listeners share: the booking flows' deps built from the adapter's (the same
 * database and queue) plus what only the server knows (Stripe, the booking configuration, the topic
 * guard), who is acting, and the language to answer in.
 */
import { loadJapaneseTokenizer } from '../../../flows/community/japanese.js';
import { loadBookingConfig, type BookingConfig } from '../../../flows/booking/config.js';
import type { BookingDeps, OrgRef, Person, TopicGuard } from '../../../flows/booking/deps.js';
import type { Payments } from '../../../flows/booking/payments.js';
import { communityTopicGuard } from '../../../flows/booking/topic-guard.js';
import type { SlackContext } from '../context.js';

export interface SlackBookingOptions {
  /** Null: card payment is not offered (Stripe not configured). */
  payments: Payments | null;
  config: BookingConfig;
  /** The confidentiality guard of the topic; the community's (kuromoji) by default. */
  topicGuard?: TopicGuard | undefined;
}

const options = new WeakMap<SlackContext, SlackBookingOptions>();

/** The server passes Stripe and the booking configuration (loadBookingConfig(process.env)); defaults otherwise. */
export function setBookingOptions(ctx: SlackContext, o: SlackBookingOptions): void {
  options.set(ctx, o);
}

let defaultConfig: BookingConfig | undefined;
let defaultGuard: Promise<TopicGuard> | undefined;

/**
 * The booking flows' deps. Only booking itself needs the topic guard (`withGuard`); the first call
 * starts loading its dictionary in the background, so a form opens at once (trigger ids last 3 s).
 */
export async function bookingDeps(ctx: SlackContext, withGuard = false): Promise<BookingDeps> {
  const o = options.get(ctx);
  const d = ctx.deps;
  let topicGuard = o?.topicGuard;
  if (!topicGuard) {
    defaultGuard ??= loadJapaneseTokenizer().then(communityTopicGuard);
    const loading = defaultGuard;
    loading.catch(() => { if (defaultGuard === loading) defaultGuard = undefined; });
    if (withGuard) topicGuard = await loading;
  }
  return {
    database: d.database,
    queue: d.queue,
    payments: o ? o.payments : null,
    config: o?.config ?? (defaultConfig ??= loadBookingConfig({})),
    orgDefaults: d.orgDefaults,
    logger: ctx.logger.child({ component: 'slack-booking' }),
    ...(topicGuard ? { topicGuard } : {}),
    ...(d.now ? { now: d.now } : {}),
  };
}

export const orgOf = (ctx: SlackContext, teamId: string | undefined): OrgRef => ctx.orgRef(teamId);

export async function personOf(ctx: SlackContext, userId: string, name?: string | undefined): Promise<Person> {
  return { platformUserId: userId, displayName: name?.slice(0, 300) || undefined, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(userId) };
}
