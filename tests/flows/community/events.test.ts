import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityEvents, communityRsvps } from '../../../src/db/schema/index.js';
import { configureCommunity } from '../../../src/flows/community/questions.js';
import {
  cancelEvent, cancelRsvp, createEvent, editEvent, joinEvent, myEvents, recordAttendance,
} from '../../../src/flows/community/events.js';
import { sendEventReminders } from '../../../src/flows/community/reminders.js';
import type { CommunityPostPayload } from '../../../src/flows/community/outbox.js';
import { readCalendarFile } from '../../helpers/icalendar.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { actor, addMember, communityDeps, communityMessagesWhere, deliverAll } from './helpers.js';

let t: TestDatabase;
const clock = { now: new Date('2026-11-02T00:00:00Z') };
let deps: ReturnType<typeof communityDeps>;
const admin = actor('U-admin');
const organiser = actor('U-inst', '講師');
const grads = Array.from({ length: 24 }, (_, i) => actor(`U-g${i}`, `修了生${i}`));

beforeAll(async () => {
  t = await openTestDatabase({ pool: 24 });
  deps = communityDeps(t.database, clock);
  await addMember(t.database, 'U-admin', ['admin']);
  await addMember(t.database, 'U-inst', ['instructor']);
  await addMember(t.database, 'U-g-other-inst', ['instructor']);
  for (let i = 0; i < grads.length; i += 1) await addMember(t.database, `U-g${i}`, ['graduate']);
  await configureCommunity(deps, admin, { channel: 'C-comm' });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const event = (over: Record<string, unknown> = {}) => ({
  title: '勉強会: 長時間電話への対応',
  description: '事例をもとに話し合います',
  startsAt: '2026-12-01T19:00', // Asia/Tokyo → 10:00 UTC
  durationMinutes: 90,
  location: 'https://meet.example.com/abc',
  capacity: 2,
  rsvpDeadline: '2026-11-30T12:00',
  ...over,
});

async function eventRow(id: string) {
  const [e] = await t.database.db.select().from(communityEvents).where(eq(communityEvents.id, id));
  return e!;
}
async function rsvps(id: string) {
  return t.database.db.select().from(communityRsvps).where(eq(communityRsvps.eventId, id)).orderBy(communityRsvps.id);
}

describe('study groups', () => {
  it('refuses bad input and the wrong role, writing nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '' }, 'invalid'],
      [{ title: 'x'.repeat(151) }, 'invalid'],
      [{ capacity: 0 }, 'invalid'],
      [{ startsAt: '2026-10-01T19:00', rsvpDeadline: '' }, 'past_start'],
      [{ rsvpDeadline: '2026-12-02T12:00' }, 'deadline_after_start'],
      [{ startsAt: '2026-02-30T19:00' }, 'invalid'],
    ];
    for (const [over, reason] of cases) {
      expect(await createEvent(deps, organiser, event(over) as never)).toMatchObject({ status: 'refused', reason });
    }
    expect(await createEvent(deps, grads[0]!, event())).toMatchObject({ status: 'refused', reason: 'not_instructor' });
    expect(await t.database.db.select().from(communityEvents)).toHaveLength(0);
  });

  it('announces, seats, waitlists in order, promotes on cancel, and sends .ics invitations', async () => {
    const created = await createEvent(deps, organiser, event());
    if (created.status !== 'created') throw new Error(created.status);
    const id = created.eventId;
    expect((await eventRow(id)).startsAt.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    const [announcement] = await communityMessagesWhere(t.database, `community:event:${id}`);
    expect(JSON.stringify(announcement!.payload)).toContain('0/2名');
    await deliverAll(t.database);

    expect(await joinEvent(deps, grads[0]!, id)).toMatchObject({ status: 'going' });
    expect(await joinEvent(deps, grads[0]!, id)).toMatchObject({ status: 'already_going' });
    expect(await joinEvent(deps, grads[1]!, id)).toMatchObject({ status: 'going' });
    expect(await joinEvent(deps, grads[2]!, id)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await joinEvent(deps, grads[3]!, id)).toMatchObject({ status: 'waitlisted', position: 2 });
    expect((await eventRow(id)).goingCount).toBe(2);

    const joinedDms = (await communityMessagesWhere(t.database, `community:event-rsvp:${id}`)).map((r) => r.payload as CommunityPostPayload);
    const ics = joinedDms[0]!.files![0]!;
    expect(ics.mimeType).toBe('text/calendar');
    expect(ics.content).toContain('BEGIN:VEVENT');
    const invitation = readCalendarFile(ics.content);
    expect(invitation.problems).toEqual([]);
    expect(invitation.event).toMatchObject({
      method: 'PUBLISH', uid: `${id}@community.kaisha.example`, start: new Date('2026-12-01T10:00:00Z'),
      organizer: { cn: 'テスト株式会社', address: 'mailto:noreply@community.kaisha.example' },
    });
    expect(joinedDms[2]!.files).toBeUndefined(); // waitlisted: no invitation yet

    const updates = await t.database.db.query.outbox.findMany({ where: (o, { eq: e }) => e(o.kind, 'community_update') });
    expect(JSON.stringify(updates.at(-1)!.payload)).toContain('2/2名');

    expect(await cancelRsvp(deps, grads[0]!, id)).toMatchObject({ status: 'cancelled', promoted: 1 });
    const statuses = Object.fromEntries((await rsvps(id)).map((r) => [r.memberId, r.status]));
    expect(Object.values(statuses).sort()).toEqual(['cancelled', 'going', 'going', 'waitlisted']);
    const promoted = await communityMessagesWhere(t.database, `community:event-promoted:${id}`);
    expect(promoted).toHaveLength(1);
    expect(promoted[0]!.target).toEqual({ type: 'user', platformUserId: 'U-g2' });
    expect((promoted[0]!.payload as CommunityPostPayload).files?.[0]?.content).toContain('BEGIN:VCALENDAR');
    expect(await cancelRsvp(deps, grads[0]!, id)).toMatchObject({ status: 'refused', reason: 'not_registered' });

    // Raising the capacity promotes the next in line; lowering it below those going is refused.
    expect(await editEvent(deps, organiser, id, { capacity: 1 })).toMatchObject({ status: 'refused', reason: 'capacity_below_going' });
    expect(await editEvent(deps, grads[1]!, id, { capacity: 5 })).toMatchObject({ status: 'refused', reason: 'not_instructor' });
    expect(await editEvent(deps, organiser, id, { capacity: 3, location: '東京会議室A' })).toMatchObject({ status: 'edited' });
    expect((await eventRow(id))).toMatchObject({ goingCount: 3, sequence: 1, location: '東京会議室A' });
    const updatedDms = await communityMessagesWhere(t.database, `community:event-updated:${id}`);
    expect(updatedDms).toHaveLength(3);

    const mine = await myEvents(deps, grads[3]!);
    expect(mine.count).toBe(1);
    expect(JSON.stringify(mine.view)).toContain('参加予定');

    // Attendance only after the start; then the event can be cancelled no more by button presses.
    expect(await recordAttendance(deps, organiser, id, ['U-g1'])).toMatchObject({ status: 'refused', reason: 'event_not_started' });
    clock.now = new Date('2026-12-01T11:00:00Z');
    expect(await joinEvent(deps, grads[5]!, id)).toMatchObject({ status: 'refused', reason: 'event_started' });
    expect(await recordAttendance(deps, organiser, id, ['U-g1', 'U-g3'])).toMatchObject({ status: 'recorded', attended: 2 });
    expect(JSON.stringify((await myEvents(deps, grads[1]!)).view)).toContain('出席');
    clock.now = new Date('2026-11-02T00:00:00Z');
  });

  it('tells everyone when an event is cancelled, and buttons on it are refused', async () => {
    const created = await createEvent(deps, organiser, event({ title: '中止になる勉強会' }));
    if (created.status !== 'created') throw new Error(created.status);
    await joinEvent(deps, grads[4]!, created.eventId);
    await joinEvent(deps, grads[5]!, created.eventId);
    await joinEvent(deps, grads[6]!, created.eventId);
    expect(await cancelEvent(deps, actor('U-g-other-inst'), created.eventId)).toMatchObject({ status: 'refused', reason: 'not_instructor' });
    expect(await cancelEvent(deps, organiser, created.eventId)).toMatchObject({ status: 'cancelled', notified: 3 });
    const notices = await communityMessagesWhere(t.database, `community:event-cancelled:${created.eventId}`);
    expect(notices).toHaveLength(3);
    const withIcs = notices.map((n) => (n.payload as CommunityPostPayload).files?.[0]?.content).filter(Boolean);
    expect(withIcs).toHaveLength(2); // those going get the cancelled invitation; the waitlisted one a message
    const cancellation = readCalendarFile(withIcs[0]!);
    expect(cancellation.problems).toEqual([]);
    expect(cancellation.event).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 1, uid: `${created.eventId}@community.kaisha.example` });
    expect(await joinEvent(deps, grads[7]!, created.eventId)).toMatchObject({ status: 'refused', reason: 'event_cancelled' });
    expect(await cancelRsvp(deps, grads[4]!, created.eventId)).toMatchObject({ status: 'refused', reason: 'event_cancelled' });
  });

  it('gives the last seat to exactly one of many people pressing at the same instant', async () => {
    const created = await createEvent(deps, organiser, event({ title: '最後の一席', capacity: 1 }));
    if (created.status !== 'created') throw new Error(created.status);
    const contenders = grads.slice(8, 24);
    const outcomes = await Promise.all(contenders.map((g) => joinEvent(deps, g, created.eventId)));
    const going = outcomes.filter((o) => o.status === 'going');
    const waitlisted = outcomes.filter((o) => o.status === 'waitlisted');
    expect(going).toHaveLength(1);
    expect(waitlisted).toHaveLength(contenders.length - 1);
    expect((await eventRow(created.eventId)).goingCount).toBe(1);
    const positions = waitlisted.map((o) => (o as { position: number }).position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: contenders.length - 1 }, (_, i) => i + 1));
  });

  it('refuses RSVPs after the deadline', async () => {
    const created = await createEvent(deps, organiser, event({ title: '締切のある勉強会', rsvpDeadline: '2026-11-10T12:00' }));
    if (created.status !== 'created') throw new Error(created.status);
    clock.now = new Date('2026-11-11T00:00:00Z');
    expect(await joinEvent(deps, grads[0]!, created.eventId)).toMatchObject({ status: 'refused', reason: 'deadline_passed' });
    clock.now = new Date('2026-11-02T00:00:00Z');
  });

  it('reminds a day and an hour before, once each, with sweeps running at the same time', async () => {
    const created = await createEvent(deps, organiser, event({ title: 'リマインド確認', startsAt: '2026-11-05T19:00', rsvpDeadline: '' }));
    if (created.status !== 'created') throw new Error(created.status);
    const id = created.eventId;
    await joinEvent(deps, grads[0]!, id);
    await joinEvent(deps, grads[1]!, id);
    const reminders = () => communityMessagesWhere(t.database, `community:reminder:${id}`);
    clock.now = new Date('2026-11-04T09:00:00Z'); // 25 h before (10:00 UTC start)
    await sendEventReminders(deps);
    expect(await reminders()).toHaveLength(0);
    clock.now = new Date('2026-11-04T10:30:00Z'); // 23.5 h before
    await Promise.all([sendEventReminders(deps), sendEventReminders(deps), sendEventReminders(deps), sendEventReminders(deps)]);
    expect((await reminders()).map((r) => r.payload.reminder)).toEqual(['day', 'day']);
    clock.now = new Date('2026-11-05T09:15:00Z'); // 45 min before
    await Promise.all([sendEventReminders(deps), sendEventReminders(deps)]);
    await sendEventReminders(deps);
    expect((await reminders()).map((r) => r.payload.reminder).sort()).toEqual(['day', 'day', 'hour', 'hour']);
    clock.now = new Date('2026-11-02T00:00:00Z');
  });
});
