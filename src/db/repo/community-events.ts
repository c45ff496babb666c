/** Study groups, RSVPs and reminders. Seats are given out by the database, never counted in code. */
import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { communityEventReminders, communityEvents, communityRsvps, members, type ReminderKind, type RsvpStatus } from '../schema/index.js';
import { isUuid } from './community-questions.js';

export type CommunityEvent = typeof communityEvents.$inferSelect;
export type Rsvp = typeof communityRsvps.$inferSelect;

export async function insertEvent(ex: Executor, values: typeof communityEvents.$inferInsert): Promise<CommunityEvent> {
  const [row] = await ex.insert(communityEvents).values(values).returning();
  return row!;
}

/** The event, its row locked until the transaction ends when `lock` (RSVPs on one event queue up here). */
export async function eventById(ex: Executor, orgId: string, id: string, lock = false): Promise<CommunityEvent | null> {
  if (!isUuid(id)) return null;
  const q = ex.select().from(communityEvents).where(and(eq(communityEvents.orgId, orgId), eq(communityEvents.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** Takes a seat if one is free: one conditional increment; the CHECK (going_count <= capacity) backs it. */
export async function takeSeat(ex: Executor, eventId: string): Promise<boolean> {
  const rows = await ex
    .update(communityEvents)
    .set({ goingCount: sql`${communityEvents.goingCount} + 1` })
    .where(and(eq(communityEvents.id, eventId), sql`${communityEvents.goingCount} < ${communityEvents.capacity}`))
    .returning({ id: communityEvents.id });
  return rows.length === 1;
}

export async function freeSeat(ex: Executor, eventId: string): Promise<void> {
  await ex.update(communityEvents).set({ goingCount: sql`${communityEvents.goingCount} - 1` }).where(eq(communityEvents.id, eventId));
}

export async function rsvpOf(ex: Executor, eventId: string, memberId: string): Promise<Rsvp | null> {
  const [row] = await ex.select().from(communityRsvps).where(and(eq(communityRsvps.eventId, eventId), eq(communityRsvps.memberId, memberId)));
  return row ?? null;
}

/** Sets a member's RSVP; joining (again) puts them at the end of the waitlist order. */
export async function saveRsvp(ex: Executor, eventId: string, memberId: string, status: RsvpStatus, now: Date): Promise<Rsvp> {
  const [row] = await ex
    .insert(communityRsvps)
    .values({ eventId, memberId, status, queuedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [communityRsvps.eventId, communityRsvps.memberId],
      set: { status, updatedAt: now, ...(status === 'cancelled' ? {} : { queuedAt: now }) },
    })
    .returning();
  return row!;
}

export async function setRsvpStatus(ex: Executor, rsvpId: number, status: RsvpStatus, now: Date): Promise<void> {
  await ex.update(communityRsvps).set({ status, updatedAt: now }).where(eq(communityRsvps.id, rsvpId));
}

/** The first on the waitlist (by when they joined it). */
export async function firstWaitlisted(ex: Executor, eventId: string): Promise<Rsvp | null> {
  const [row] = await ex
    .select()
    .from(communityRsvps)
    .where(and(eq(communityRsvps.eventId, eventId), eq(communityRsvps.status, 'waitlisted')))
    .orderBy(asc(communityRsvps.queuedAt), asc(communityRsvps.id))
    .limit(1);
  return row ?? null;
}

export async function waitlistPosition(ex: Executor, rsvp: Rsvp): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(communityRsvps)
    .where(
      and(
        eq(communityRsvps.eventId, rsvp.eventId),
        eq(communityRsvps.status, 'waitlisted'),
        sql`(${communityRsvps.queuedAt}, ${communityRsvps.id}) <= (${rsvp.queuedAt.toISOString()}::timestamptz, ${rsvp.id})`,
      ),
    );
  return row?.n ?? 0;
}

export async function waitlistCount(ex: Executor, eventId: string): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(communityRsvps).where(and(eq(communityRsvps.eventId, eventId), eq(communityRsvps.status, 'waitlisted')));
  return row?.n ?? 0;
}

/** People signed up (going, or also waitlisted), with their platform ids. */
export async function signedUp(ex: Executor, eventId: string, statuses: RsvpStatus[] = ['going', 'waitlisted']) {
  return ex
    .select({ rsvp: communityRsvps, platformUserId: members.platformUserId })
    .from(communityRsvps)
    .innerJoin(members, eq(members.id, communityRsvps.memberId))
    .where(and(eq(communityRsvps.eventId, eventId), inArray(communityRsvps.status, statuses)))
    .orderBy(asc(communityRsvps.queuedAt), asc(communityRsvps.id));
}

/** Scheduled events whose `kind` reminder is due at `now` and not yet written. */
export async function eventsDueForReminder(ex: Executor, kind: ReminderKind, now: Date): Promise<CommunityEvent[]> {
  const n = now.toISOString();
  const window =
    kind === 'day'
      ? sql`${communityEvents.startsAt} - interval '24 hours' <= ${n}::timestamptz and ${communityEvents.startsAt} - interval '1 hour' > ${n}::timestamptz`
      : sql`${communityEvents.startsAt} - interval '1 hour' <= ${n}::timestamptz and ${communityEvents.startsAt} > ${n}::timestamptz`;
  return ex
    .select()
    .from(communityEvents)
    .where(
      and(
        eq(communityEvents.status, 'scheduled'),
        window,
        sql`not exists (select 1 from ${communityEventReminders} r where r.event_id = ${communityEvents.id} and r.kind = ${kind} and r.starts_at = ${communityEvents.startsAt})`,
      ),
    )
    .limit(500);
}

/** Claims a reminder: the primary key lets exactly one caller insert it. */
export async function claimReminder(ex: Executor, eventId: string, kind: ReminderKind, startsAt: Date): Promise<boolean> {
  const rows = await ex
    .insert(communityEventReminders)
    .values({ eventId, kind, startsAt })
    .onConflictDoNothing()
    .returning({ eventId: communityEventReminders.eventId });
  return rows.length === 1;
}

/** A member's study groups: upcoming ones they are signed up for, and past ones they joined. */
export async function eventsOfMember(ex: Executor, memberId: string, now: Date) {
  return ex
    .select({ event: communityEvents, rsvp: communityRsvps })
    .from(communityRsvps)
    .innerJoin(communityEvents, eq(communityEvents.id, communityRsvps.eventId))
    .where(and(eq(communityRsvps.memberId, memberId), ne(communityRsvps.status, 'cancelled')))
    .orderBy(desc(sql`${communityEvents.startsAt} > ${now.toISOString()}::timestamptz`), asc(communityEvents.startsAt))
    .limit(50);
}



/** The scheduled study groups a member organises that start after `since`, soonest first. */
export async function eventsOrganisedBy(ex: Executor, orgId: string, memberId: string, since: Date, limit = 15): Promise<CommunityEvent[]> {
  return ex
    .select()
    .from(communityEvents)
    .where(and(eq(communityEvents.orgId, orgId), eq(communityEvents.organiser, memberId), eq(communityEvents.status, 'scheduled'), sql`${communityEvents.startsAt} > ${since.toISOString()}::timestamptz`))
    .orderBy(asc(communityEvents.startsAt))
    .limit(limit);
}
