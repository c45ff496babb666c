/** An instructor's hours as both platforms' forms show them, and who teaches a booking. */
import { eq } from 'drizzle-orm';
import { daysOffOf, ensureInstructorProfile, weeklyHoursOf, type WeeklyHoursRow } from '../../db/repo/booking.js';
import { bookings, members } from '../../db/schema/index.js';
import type { BookingDeps } from './deps.js';

export type { WeeklyHoursRow };

/** Weekly hours (by weekday, then start), days off from `today` on, and the meeting URL; the profile is created if missing. */
export async function instructorAvailability(
  deps: Pick<BookingDeps, 'database'>, orgId: string, memberId: string, today: string,
): Promise<{ weeklyHours: WeeklyHoursRow[]; daysOff: string[]; meetingUrl: string | null }> {
  const { db } = deps.database;
  const profile = await ensureInstructorProfile(db, orgId, memberId);
  return { weeklyHours: await weeklyHoursOf(db, memberId), daysOff: await daysOffOf(db, memberId, today), meetingUrl: profile.meetingUrl };
}

/** The platform user id of the booking's instructor, or null when the booking (or the instructor) is gone. */
export async function bookingInstructorPlatformId(deps: Pick<BookingDeps, 'database'>, bookingId: string): Promise<string | null> {
  const [row] = await deps.database.db.select({ instructor: members.platformUserId }).from(bookings)
    .innerJoin(members, eq(members.id, bookings.instructorId)).where(eq(bookings.id, bookingId));
  return row?.instructor ?? null;
}
