/**
 * Study groups (勉強会): an instructor or admin creates one; mamori announces it with 参加する /
 * キャンセル buttons and a live count; full means a waitlist in order; a cancellation promotes the
 * first on the waitlist. The event row is locked for every RSVP and the seat is a conditional
 * increment checked by a constraint, so two people pressing for the last seat get one seat between
 * them whatever the timing.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import type { NewOutboxMessage } from '../../db/repo/outbox.js';
import { communitySettingsOf } from '../../db/repo/community-questions.js';
import {
  eventById, eventsOfMember, eventsOrganisedBy, firstWaitlisted, freeSeat, insertEvent, rsvpOf, saveRsvp, setRsvpStatus, signedUp, takeSeat,
  waitlistCount, waitlistPosition, type CommunityEvent,
} from '../../db/repo/community-events.js';
import type { Organisation } from '../../db/repo/organisations.js';
import { communityEvents, communityRsvps, members } from '../../db/schema/index.js';
import type { MessageView } from '../views/view.js';
import { isCommunityMember, isInstructor } from './access.js';
import { inTransaction, nowOf, resolveActor, send, type Actor, type CommunityDeps } from './deps.js';
import { eventIcs } from './ics.js';
import { communityMessages } from './messages.js';
import { announcementKey, postedRef, postMessage, updateMessage } from './outbox.js';
import { FieldCheck, refuse, type Refusal } from './refusal.js';
import { localDate, localTime, parseEventTime } from '../../time/event-time.js';
import { eventAnnouncementView, eventDmView, myEventsView, type EventViewModel } from './views/event-view.js';

export const EVENT_LIMITS = { title: 150, description: 3000, location: 500, capacity: 10000, minDuration: 5, maxDuration: 1440 } as const;

export interface EventInput {
  title: string;
  description?: string | undefined;
  /** `YYYY-MM-DDTHH:mm` in the organisation's time zone, or an ISO time with an offset. */
  startsAt: string | Date;
  durationMinutes: number | string;
  location: string;
  capacity: number | string;
  /** Defaults to the start time. */
  rsvpDeadline?: string | Date | undefined;
}

function checkEvent(input: EventInput, org: Organisation, now: Date, minCapacity = 1) {
  const check = new FieldCheck(org.language);
  const m = communityMessages(org.language);
  const title = check.text('title', input.title, EVENT_LIMITS.title);
  const description = check.text('description', input.description ?? '', EVENT_LIMITS.description, false);
  const location = check.text('location', input.location, EVENT_LIMITS.location);
  const durationMinutes = check.int('durationMinutes', input.durationMinutes, EVENT_LIMITS.minDuration, EVENT_LIMITS.maxDuration);
  const capacity = check.int('capacity', input.capacity, 1, EVENT_LIMITS.capacity);
  const startsAt = parseEventTime(input.startsAt, org.timeZone);
  if (!startsAt) check.add('startsAt', m.badTime);
  const deadlineRaw = input.rsvpDeadline === undefined || input.rsvpDeadline === '' ? startsAt : parseEventTime(input.rsvpDeadline, org.timeZone);
  if (!deadlineRaw) check.add('rsvpDeadline', m.badTime);
  let refusal = check.refusal();
  if (!refusal && startsAt!.getTime() <= now.getTime()) refusal = refuse(org.language, 'past_start');
  if (!refusal && deadlineRaw!.getTime() > startsAt!.getTime()) refusal = refuse(org.language, 'deadline_after_start');
  if (!refusal && capacity < minCapacity) refusal = refuse(org.language, 'capacity_below_going', minCapacity);
  return { title, description, location, durationMinutes, capacity, startsAt: startsAt!, rsvpDeadline: deadlineRaw!, refusal };
}

async function viewModel(tx: Tx, e: CommunityEvent): Promise<EventViewModel> {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    startsAt: e.startsAt,
    durationMinutes: e.durationMinutes,
    location: e.location,
    capacity: e.capacity,
    goingCount: e.goingCount,
    waitlistCount: await waitlistCount(tx, e.id),
    rsvpDeadline: e.rsvpDeadline,
    cancelled: e.status === 'cancelled',
  };
}

const ics = (deps: CommunityDeps, org: Organisation, e: CommunityEvent) =>
  eventIcs({ ...e, cancelled: e.status === 'cancelled', organiserName: org.name }, deps.config.calendarDomain);

function dm(deps: CommunityDeps, org: Organisation, platformUserId: string, view: MessageView, key: string, e: CommunityEvent, withIcs: boolean): NewOutboxMessage {
  return postMessage(org.id, { type: 'user', platformUserId }, view, key, { eventId: e.id }, withIcs ? [ics(deps, org, e)] : undefined);
}

/** Replaces the announcement with the current count (once it has been posted). */
async function refreshAnnouncement(tx: Tx, deps: CommunityDeps, org: Organisation, e: CommunityEvent): Promise<void> {
  const ref = await postedRef(tx, announcementKey(e.id));
  if (!ref) return;
  await send(tx, deps, [updateMessage(org.id, e.channel, ref, eventAnnouncementView(await viewModel(tx, e), org.timeZone, org.language), { eventId: e.id })]);
}

async function reload(tx: Tx, e: CommunityEvent): Promise<CommunityEvent> {
  const [row] = await tx.select().from(communityEvents).where(eq(communityEvents.id, e.id));
  return row!;
}

// ---------------------------------------------------------------- organiser

export async function createEvent(deps: CommunityDeps, actor: Actor, input: EventInput): Promise<{ status: 'created'; eventId: string; message: string } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isInstructor(member)) return refuse(org.language, 'not_instructor');
    const settings = await communitySettingsOf(tx, org.id);
    if (!settings) return refuse(org.language, 'not_configured');
    const now = nowOf(deps);
    const v = checkEvent(input, org, now);
    if (v.refusal) return v.refusal;
    const e = await insertEvent(tx, {
      orgId: org.id,
      organiser: member.id,
      title: v.title,
      description: v.description,
      startsAt: v.startsAt,
      durationMinutes: v.durationMinutes,
      location: v.location,
      capacity: v.capacity,
      rsvpDeadline: v.rsvpDeadline,
      channel: settings.channel,
      createdAt: now,
      updatedAt: now,
    });
    const view = eventAnnouncementView(await viewModel(tx, e), org.timeZone, org.language);
    await send(tx, deps, [postMessage(org.id, { type: 'channel', channel: settings.channel }, view, announcementKey(e.id), { eventId: e.id })]);
    return { status: 'created', eventId: e.id, message: communityMessages(org.language).eventCreated } as const;
  });
}

async function organisedEvent(tx: Tx, deps: CommunityDeps, actor: Actor, eventId: string) {
  const { org, member } = await resolveActor(tx, deps, actor);
  const e = await eventById(tx, org.id, eventId, true);
  if (!e) return { org, refusal: refuse(org.language, 'not_found') };
  if (!isInstructor(member) || (e.organiser !== member.id && !member.roles.includes('admin'))) return { org, refusal: refuse(org.language, 'not_instructor') };
  if (e.status === 'cancelled') return { org, refusal: refuse(org.language, 'event_cancelled') };
  return { org, member, e, refusal: null };
}

/** Promotes from the waitlist while seats are free; each promoted member gets a DM with the .ics. */
async function promoteWaitlisted(tx: Tx, deps: CommunityDeps, org: Organisation, e: CommunityEvent): Promise<number> {
  let promoted = 0;
  const m = communityMessages(org.language);
  for (;;) {
    const next = await firstWaitlisted(tx, e.id);
    if (!next || !(await takeSeat(tx, e.id))) break;
    await setRsvpStatus(tx, next.id, 'going', nowOf(deps));
    const [who] = await signedUp(tx, e.id, ['going']).then((rows) => rows.filter((r) => r.rsvp.id === next.id));
    const fresh = await reload(tx, e);
    const view = eventDmView(await viewModel(tx, fresh), m.promotedDm(fresh.title), org.timeZone, org.language);
    await send(tx, deps, [dm(deps, org, who!.platformUserId, view, `community:event-promoted:${e.id}:${next.id}:${next.updatedAt.getTime()}`, fresh, true)]);
    promoted += 1;
  }
  return promoted;
}

/** What the edit form starts from: the event as it is, in the organisation's wall-clock time. */
export interface EditableEvent {
  id: string;
  title: string;
  description: string;
  /** YYYY-MM-DD and HH:mm in `timeZone`. */
  startDate: string;
  startTime: string;
  durationMinutes: number;
  location: string;
  capacity: number;
  /** Null when the deadline is the start (the form's "until the start"). */
  deadlineDate: string | null;
  deadlineTime: string | null;
  goingCount: number;
  timeZone: string;
}

/** The organiser (or an admin) opens the edit form: the event's current values, or a refusal. Nothing is written. */
export async function eventForEditing(deps: CommunityDeps, actor: Actor, eventId: string): Promise<{ status: 'editable'; event: EditableEvent } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const found = await organisedEvent(tx, deps, actor, eventId);
    if (found.refusal) return found.refusal;
    const { org, e } = found as { org: Organisation; e: CommunityEvent };
    if (e.startsAt.getTime() <= nowOf(deps).getTime()) return refuse(org.language, 'event_started');
    const tz = org.timeZone;
    const ownDeadline = e.rsvpDeadline.getTime() !== e.startsAt.getTime();
    return {
      status: 'editable',
      event: {
        id: e.id, title: e.title, description: e.description,
        startDate: localDate(e.startsAt, tz), startTime: localTime(e.startsAt, tz),
        durationMinutes: e.durationMinutes, location: e.location, capacity: e.capacity,
        deadlineDate: ownDeadline ? localDate(e.rsvpDeadline, tz) : null, deadlineTime: ownDeadline ? localTime(e.rsvpDeadline, tz) : null,
        goingCount: e.goingCount, timeZone: tz,
      },
    } as const;
  });
}

/** The study groups an instructor organises (scheduled, from 30 days ago on), for their 管理 list. */
export async function organisedEvents(
  deps: CommunityDeps,
  actor: Actor,
): Promise<{ status: 'events'; timeZone: string; events: Array<{ id: string; title: string; startsAt: Date; goingCount: number; capacity: number; started: boolean }> } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isInstructor(member)) return refuse(org.language, 'not_instructor');
    const now = nowOf(deps);
    const rows = await eventsOrganisedBy(tx, org.id, member.id, new Date(now.getTime() - 30 * 86_400_000));
    return {
      status: 'events',
      timeZone: org.timeZone,
      events: rows.map((e) => ({ id: e.id, title: e.title, startsAt: e.startsAt, goingCount: e.goingCount, capacity: e.capacity, started: e.startsAt.getTime() <= now.getTime() })),
    } as const;
  });
}

/**
 * The organiser changes a study group: checked like a new one (the capacity not below those going),
 * the announcement updated, and everyone signed up told by DM (with the new .ics when going).
 * An empty `rsvpDeadline` means "until the start".
 */
export async function editEvent(deps: CommunityDeps, actor: Actor, eventId: string, input: Partial<EventInput>): Promise<{ status: 'edited'; message: string } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const found = await organisedEvent(tx, deps, actor, eventId);
    if (found.refusal) return found.refusal;
    const { org, e } = found as { org: Organisation; e: CommunityEvent };
    const now = nowOf(deps);
    const merged: EventInput = {
      title: input.title ?? e.title,
      description: input.description ?? e.description,
      startsAt: input.startsAt ?? e.startsAt,
      durationMinutes: input.durationMinutes ?? e.durationMinutes,
      location: input.location ?? e.location,
      capacity: input.capacity ?? e.capacity,
      rsvpDeadline: input.rsvpDeadline ?? (input.startsAt !== undefined && e.rsvpDeadline.getTime() > (parseEventTime(input.startsAt, org.timeZone)?.getTime() ?? 0) ? undefined : e.rsvpDeadline),
    };
    const v = checkEvent(merged, org, now, e.goingCount);
    if (v.refusal) return v.refusal;
    await tx
      .update(communityEvents)
      .set({
        title: v.title, description: v.description, startsAt: v.startsAt, durationMinutes: v.durationMinutes, location: v.location,
        capacity: v.capacity, rsvpDeadline: v.rsvpDeadline, sequence: e.sequence + 1, updatedAt: now,
      })
      .where(eq(communityEvents.id, e.id));
    await promoteWaitlisted(tx, deps, org, await reload(tx, e));
    const updated = await reload(tx, e);
    const m = communityMessages(org.language);
    const model = await viewModel(tx, updated);
    const people = await signedUp(tx, e.id);
    await send(
      tx,
      deps,
      people.map((p) =>
        dm(deps, org, p.platformUserId, eventDmView(model, m.eventUpdatedDm(updated.title), org.timeZone, org.language), `community:event-updated:${e.id}:${updated.sequence}:${p.rsvp.memberId}`, updated, p.rsvp.status === 'going'),
      ),
    );
    await refreshAnnouncement(tx, deps, org, updated);
    return { status: 'edited', message: m.eventEdited } as const;
  });
}

export async function cancelEvent(deps: CommunityDeps, actor: Actor, eventId: string): Promise<{ status: 'cancelled'; notified: number; message: string } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const found = await organisedEvent(tx, deps, actor, eventId);
    if (found.refusal) return found.refusal;
    const { org, e } = found as { org: Organisation; e: CommunityEvent };
    const now = nowOf(deps);
    await tx.update(communityEvents).set({ status: 'cancelled', sequence: e.sequence + 1, updatedAt: now }).where(eq(communityEvents.id, e.id));
    const cancelled = await reload(tx, e);
    const m = communityMessages(org.language);
    const model = await viewModel(tx, cancelled);
    const people = await signedUp(tx, e.id);
    await send(
      tx,
      deps,
      people.map((p) =>
        dm(deps, org, p.platformUserId, eventDmView(model, m.eventCancelledDm(cancelled.title), org.timeZone, org.language), `community:event-cancelled:${e.id}:${p.rsvp.memberId}`, cancelled, p.rsvp.status === 'going'),
      ),
    );
    await refreshAnnouncement(tx, deps, org, cancelled);
    return { status: 'cancelled', notified: people.length, message: m.eventCancelled } as const;
  });
}

/** After the start, the organiser records who came; everyone else going is recorded absent. */
export async function recordAttendance(deps: CommunityDeps, actor: Actor, eventId: string, attendedPlatformUserIds: string[]): Promise<{ status: 'recorded'; attended: number; message: string } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const found = await organisedEvent(tx, deps, actor, eventId);
    if (found.refusal) return found.refusal;
    const { org, e } = found as { org: Organisation; e: CommunityEvent };
    const now = nowOf(deps);
    if (e.startsAt.getTime() > now.getTime()) return refuse(org.language, 'event_not_started');
    const present = new Set(attendedPlatformUserIds);
    const going = await signedUp(tx, e.id, ['going']);
    let attended = 0;
    for (const p of going) {
      const came = present.has(p.platformUserId);
      if (came) attended += 1;
      await tx.update(communityRsvps).set({ attended: came, updatedAt: now }).where(eq(communityRsvps.id, p.rsvp.id));
    }
    await tx.update(communityEvents).set({ attendanceRecordedAt: now }).where(eq(communityEvents.id, e.id));
    return { status: 'recorded', attended, message: communityMessages(org.language).attendanceRecorded(attended, going.length) } as const;
  });
}

// ---------------------------------------------------------------- members

export type JoinOutcome =
  | { status: 'going' | 'waitlisted'; position?: number; message: string }
  | { status: 'already_going' | 'already_waitlisted'; message: string }
  | Refusal;

/** 参加する: a seat if one is free (decided by the database), else the end of the waitlist. */
export async function joinEvent(deps: CommunityDeps, actor: Actor, eventId: string): Promise<JoinOutcome> {
  return inTransaction(deps, async (tx): Promise<JoinOutcome> => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isCommunityMember(member)) return refuse(org.language, 'not_member');
    const e = await eventById(tx, org.id, eventId, true);
    if (!e) return refuse(org.language, 'not_found');
    if (e.status === 'cancelled') return refuse(org.language, 'event_cancelled');
    const now = nowOf(deps);
    if (now.getTime() >= e.startsAt.getTime()) return refuse(org.language, 'event_started');
    if (now.getTime() > e.rsvpDeadline.getTime()) return refuse(org.language, 'deadline_passed');
    const m = communityMessages(org.language);
    const existing = await rsvpOf(tx, e.id, member.id);
    if (existing?.status === 'going') return { status: 'already_going', message: m.alreadyGoing };
    if (existing?.status === 'waitlisted') return { status: 'already_waitlisted', message: m.alreadyWaitlisted };

    const seated = await takeSeat(tx, e.id);
    const rsvp = await saveRsvp(tx, e.id, member.id, seated ? 'going' : 'waitlisted', now);
    const current = await reload(tx, e);
    const model = await viewModel(tx, current);
    const key = `community:event-rsvp:${e.id}:${rsvp.id}:${now.getTime()}`;
    let outcome: JoinOutcome;
    if (seated) {
      await send(tx, deps, [dm(deps, org, actor.platformUserId, eventDmView(model, m.joinedDm(current.title), org.timeZone, org.language), key, current, true)]);
      outcome = { status: 'going', message: m.joinedDm(current.title) };
    } else {
      const position = await waitlistPosition(tx, rsvp);
      await send(tx, deps, [dm(deps, org, actor.platformUserId, eventDmView(model, m.waitlistedDm(current.title, position), org.timeZone, org.language), key, current, false)]);
      outcome = { status: 'waitlisted', position, message: m.waitlistedDm(current.title, position) };
    }
    await refreshAnnouncement(tx, deps, org, current);
    return outcome;
  });
}

/** キャンセル: gives the seat up (or leaves the waitlist); the first on the waitlist is promoted. */
export async function cancelRsvp(deps: CommunityDeps, actor: Actor, eventId: string): Promise<{ status: 'cancelled'; promoted: number; message: string } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    const e = await eventById(tx, org.id, eventId, true);
    if (!e) return refuse(org.language, 'not_found');
    if (e.status === 'cancelled') return refuse(org.language, 'event_cancelled');
    const now = nowOf(deps);
    if (now.getTime() >= e.startsAt.getTime()) return refuse(org.language, 'event_started');
    const rsvp = await rsvpOf(tx, e.id, member.id);
    if (!rsvp || rsvp.status === 'cancelled') return refuse(org.language, 'not_registered');
    await setRsvpStatus(tx, rsvp.id, 'cancelled', now);
    let promoted = 0;
    if (rsvp.status === 'going') {
      await freeSeat(tx, e.id);
      promoted = await promoteWaitlisted(tx, deps, org, e);
    }
    const current = await reload(tx, e);
    const m = communityMessages(org.language);
    const view = eventDmView(await viewModel(tx, current), m.cancelledRsvpDm(current.title), org.timeZone, org.language);
    await send(tx, deps, [dm(deps, org, actor.platformUserId, view, `community:event-rsvp-cancel:${e.id}:${rsvp.id}:${now.getTime()}`, current, false)]);
    await refreshAnnouncement(tx, deps, org, current);
    return { status: 'cancelled', promoted, message: m.cancelledRsvpDm(current.title) } as const;
  });
}

/** The study groups a member signed up for (upcoming first) and whether they attended past ones. */
export async function myEvents(deps: CommunityDeps, actor: Actor): Promise<{ status: 'events'; view: MessageView; count: number }> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    const rows = await eventsOfMember(tx, member.id, nowOf(deps));
    const view = myEventsView(
      rows.map((r) => ({ title: r.event.title, startsAt: r.event.startsAt, status: r.rsvp.status as 'going' | 'waitlisted', attended: r.rsvp.attended, cancelled: r.event.status === 'cancelled' })),
      org.timeZone,
      org.language,
    );
    return { status: 'events', view, count: rows.length } as const;
  });
}

export { viewModel as eventViewModel };

/**
 * What the organiser's attendance form lists (platforms without a people picker, like Teams): the
 * members going, with their names and what was recorded, once the study group has started.
 */
export async function eventAttendees(
  deps: CommunityDeps,
  actor: Actor,
  eventId: string,
): Promise<{ status: 'attendees'; title: string; startsAt: Date; timeZone: string; people: Array<{ platformUserId: string; displayName: string | null; attended: boolean | null }> } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const found = await organisedEvent(tx, deps, actor, eventId);
    if (found.refusal) return found.refusal;
    const { org, e } = found as { org: Organisation; e: CommunityEvent };
    if (e.startsAt.getTime() > nowOf(deps).getTime()) return refuse(org.language, 'event_not_started');
    const going = await signedUp(tx, e.id, ['going']);
    const ids = going.map((p) => p.rsvp.memberId);
    const names = new Map(
      ids.length === 0 ? [] : (await tx.select({ id: members.id, name: members.displayName }).from(members).where(inArray(members.id, ids))).map((r) => [r.id, r.name] as const),
    );
    return {
      status: 'attendees',
      title: e.title,
      startsAt: e.startsAt,
      timeZone: org.timeZone,
      people: going.map((p) => ({ platformUserId: p.platformUserId, displayName: names.get(p.rsvp.memberId) ?? null, attended: p.rsvp.attended })),
    } as const;
  });
}
