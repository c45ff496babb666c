/**
 * A member's own bookings from a week ago on, with what they may still do to each: as trainee move or
 * cancel a future one; as instructor cancel a future one or record held / no-show afterwards. The
 * adapters (Slack blocks, Teams cards) render this; neither queries the database nor repeats the rule.
 */
import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Organisation } from '../../db/repo/organisations.js';
import { bookings, members } from '../../db/schema/index.js';
import type { BookingDeps } from './deps.js';
import { nowOf } from './deps.js';

export type MyBookingAction = 'booking_move' | 'booking_cancel' | 'booking_held' | 'booking_no_show';

export interface MyBooking {
  booking: typeof bookings.$inferSelect;
  asInstructor: boolean;
  /** The other person's name (the trainee for an instructor, the instructor for a trainee). */
  counterpart: string;
  actions: MyBookingAction[];
  /** The instructor may still set this session's own meeting URL (会議URLを設定). */
  canSetMeetingUrl: boolean;
}

/** null when the person is not a member of the organisation yet. */
export async function myBookings(deps: Pick<BookingDeps, 'database' | 'now'>, org: Organisation, platformUserId: string): Promise<MyBooking[] | null> {
  const { db } = deps.database;
  const [me] = await db.select().from(members).where(and(eq(members.orgId, org.id), eq(members.platformUserId, platformUserId)));
  if (!me) return null;
  const now = nowOf(deps);
  const trainee = alias(members, 'trainee');
  const instructor = alias(members, 'instructor');
  const rows = await db.select({ b: bookings, trainee, instructor }).from(bookings)
    .innerJoin(trainee, eq(trainee.id, bookings.traineeId))
    .innerJoin(instructor, eq(instructor.id, bookings.instructorId))
    .where(and(
      eq(bookings.orgId, org.id),
      or(eq(bookings.traineeId, me.id), eq(bookings.instructorId, me.id)),
      inArray(bookings.status, ['held', 'confirmed']),
      gt(bookings.startsAt, new Date(now.getTime() - 7 * 86_400_000)),
    ))
    .orderBy(asc(bookings.startsAt)).limit(15);
  return rows.map(({ b, trainee: tr, instructor: ins }) => {
    const asInstructor = b.instructorId === me.id;
    const other = asInstructor ? tr : ins;
    const actions: MyBookingAction[] = [];
    if (b.startsAt.getTime() > now.getTime()) {
      if (!asInstructor && b.status === 'confirmed') actions.push('booking_move');
      actions.push('booking_cancel');
    } else if (asInstructor && b.status === 'confirmed') {
      actions.push('booking_held', 'booking_no_show');
    }
    const canSetMeetingUrl = asInstructor && b.endsAt.getTime() > now.getTime();
    return { booking: b, asInstructor, counterpart: other.displayName ?? other.platformUserId, actions, canSetMeetingUrl };
  });
}
