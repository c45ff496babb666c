/**
 * The meeting URL of one booking (会議URLを設定): the instructor (or an admin) sets it for this
 * session only, over the instructor's own URL from their settings; empty goes back to that one.
 * A confirmed booking's trainee is told at once; later messages (reminders, a move) carry it.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { lockBooking } from '../../db/repo/booking.js';
import { ensureMember, ensureOrganisation } from '../../db/repo/organisations.js';
import { bookings } from '../../db/schema/index.js';
import type { Tx } from '../../db/connection.js';
import { isAdmin } from './availability.js';
import { summarise, type BookingSummary } from './book.js';
import { nowOf, UUID_RE, type BookingDeps, type OrgRef, type Person } from './deps.js';
import { bookingMessages } from './messages.js';
import { loadContext, meetingUrlOf, notifyBooking } from './notify.js';

const MeetingUrl = z.string().trim().max(500).url().refine((u) => /^https?:\/\//i.test(u), 'http(s) only');

export type MeetingUrlForm =
  | { status: 'ok'; booking: BookingSummary; meetingUrl: string | null; instructorUrl: string | null }
  | { status: 'not_found' | 'forbidden' | 'not_changeable'; message: string };

export type MeetingUrlOutcome =
  | { status: 'saved' | 'unchanged'; booking: BookingSummary; meetingUrl: string | null; effectiveUrl: string | null; traineeTold: boolean; message: string }
  | { status: 'invalid' | 'not_found' | 'forbidden' | 'not_changeable'; message: string };

type Loaded =
  | { ok: true; booking: typeof bookings.$inferSelect; ctx: Awaited<ReturnType<typeof loadContext>> }
  | { ok: false; outcome: { status: 'not_found' | 'forbidden' | 'not_changeable'; message: string } };

/** The booking, if this person may set its URL: its instructor or an admin, before the session ends. */
async function load(tx: Tx, deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string }): Promise<Loaded> {
  const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
  const m = bookingMessages(org.language);
  const member = await ensureMember(tx, org.id, { platformUserId: input.actor.platformUserId, displayName: input.actor.displayName, roles: [] });
  const booking = UUID_RE.test(input.bookingId) ? await lockBooking(tx, input.bookingId) : null;
  if (!booking || booking.orgId !== org.id) return { ok: false, outcome: { status: 'not_found', message: m.notFound } };
  if (booking.instructorId !== member.id && !isAdmin(member, input.actor)) return { ok: false, outcome: { status: 'forbidden', message: m.notInstructor } };
  if (!['held', 'confirmed'].includes(booking.status) || booking.endsAt.getTime() <= nowOf(deps).getTime()) {
    return { ok: false, outcome: { status: 'not_changeable', message: m.notChangeable } };
  }
  return { ok: true, booking, ctx: await loadContext(tx, booking) };
}

/** What the form shows: the booking, its own URL (if any) and the instructor's. */
export async function meetingUrlForm(deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string }): Promise<MeetingUrlForm> {
  return deps.database.db.transaction(async (tx) => {
    const l = await load(tx, deps, input);
    if (!l.ok) return l.outcome;
    return { status: 'ok', booking: summarise(l.booking, l.ctx.org, l.ctx.instructor), meetingUrl: l.booking.meetingUrl, instructorUrl: l.ctx.profile.meetingUrl } as const;
  });
}

/** Sets (or with null / empty, clears) the booking's own meeting URL and tells the trainee of a confirmed booking. */
export async function setBookingMeetingUrl(
  deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string; meetingUrl: string | null },
): Promise<MeetingUrlOutcome> {
  const now = nowOf(deps);
  const raw = input.meetingUrl?.trim() ?? '';
  const parsed = raw === '' ? null : MeetingUrl.safeParse(raw);
  return deps.database.db.transaction(async (tx): Promise<MeetingUrlOutcome> => {
    const l = await load(tx, deps, input);
    if (!l.ok) return l.outcome;
    const { booking, ctx } = l;
    const m = bookingMessages(ctx.org.language);
    if (parsed && !parsed.success) return { status: 'invalid', message: m.meetingUrlInvalid };
    const url = parsed ? parsed.data : null;
    if (url === booking.meetingUrl) {
      return { status: 'unchanged', booking: summarise(booking, ctx.org, ctx.instructor), meetingUrl: url, effectiveUrl: meetingUrlOf(ctx), traineeTold: false, message: m.meetingUrlSaved };
    }
    const [row] = await tx.update(bookings).set({ meetingUrl: url, updatedAt: sql`now()` }).where(eq(bookings.id, booking.id)).returning();
    const next = { ...ctx, booking: row! };
    // A held booking is not the trainee's yet: its confirmation will carry the URL.
    const tell = row!.status === 'confirmed';
    // Once per change: the time and the URL tell changes apart (A → B → A are three messages).
    const discriminator = `${now.getTime()}-${createHash('sha256').update(url ?? '').digest('hex').slice(0, 12)}`;
    if (tell) await notifyBooking(tx, deps.queue, next, 'meeting_url', ['trainee'], { config: deps.config, discriminator });
    deps.logger.info({ bookingId: booking.id, cleared: url === null }, 'booking meeting URL set');
    return { status: 'saved', booking: summarise(row!, ctx.org, ctx.instructor), meetingUrl: url, effectiveUrl: meetingUrlOf(next), traineeTold: tell, message: m.meetingUrlSaved };
  });
}
