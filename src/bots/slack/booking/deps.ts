/**
 * What the Slack booking listeners share: the booking flows' deps built from the adapter's (the same
 * database and queue) plus what only the server knows (Stripe, the booking configuration, the topic
 * guard), who is acting, and the language to answer in.
 */
import { bookingDepsFor } from '../../../flows/booking/adapter-deps.js';
import type { BookingDeps, OrgRef, Person } from '../../../flows/booking/deps.js';
import type { SlackContext } from '../context.js';

/** The booking flows' deps; only booking itself waits for the topic guard (see bookingDepsFor). */
export function bookingDeps(ctx: SlackContext, withGuard = false): Promise<BookingDeps> {
  const d = ctx.deps;
  return bookingDepsFor({ ...d, logger: ctx.logger.child({ component: 'slack-booking' }) }, ctx.features.booking, withGuard);
}

export const orgOf = (ctx: SlackContext, teamId: string | undefined): OrgRef => ctx.orgRef(teamId);

export async function personOf(ctx: SlackContext, userId: string, name?: string | undefined): Promise<Person> {
  return { platformUserId: userId, displayName: name?.slice(0, 300) || undefined, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(userId) };
}
