/**
 * The organisation's own booking policy (admins set it; late cancellations and moves follow it and the
 * cancel form states it first), one booking's meeting URL (the trainee is told), the home page's
 * figures, and three slips: the slot rules on the injected clock, invoices overdue by the
 * organisation's calendar, the topic guard's refusal in the organisation's language.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInvoices, bookingSettings, organisations } from '../../../src/db/schema/index.js';
import { adminBookingOverview } from '../../../src/flows/booking/admin.js';
import { listFreeSlots, setAvailability } from '../../../src/flows/booking/availability.js';
import { bookSession } from '../../../src/flows/booking/book.js';
import { cancelBooking, moveBooking, previewCancellation } from '../../../src/flows/booking/changes.js';
import { bookingHome } from '../../../src/flows/booking/home.js';
import { meetingUrlForm, setBookingMeetingUrl } from '../../../src/flows/booking/meeting-url.js';
import { handlePaymentEvent } from '../../../src/flows/booking/payment-events.js';
import { bookingPolicy, parsePolicyChange, setBookingPolicy } from '../../../src/flows/booking/policy.js';
import { addDays, localDate, zonedToUtc } from '../../../src/time/zone.js';
import { ADMIN, INSTRUCTOR, ORG, openWorld, type World } from './harness.js';

let w: World;
let n = 0;

beforeAll(async () => {
  w = await openWorld();
}, 120_000);
afterAll(async () => w?.close());

const realNow = () => new Date();
const orgRow = async () => (await w.t.database.db.select().from(organisations).where(eq(organisations.platformTeamId, ORG.platformTeamId)))[0]!;

async function bookCardPaid(date: string, time: string, who: { platformUserId: string; displayName: string }) {
  const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'consultation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, time).toISOString(), payment: 'card', requestKey: `p${++n}` });
  if (out.status !== 'awaiting_payment') throw new Error(out.status);
  const paid = w.stripe.pay((await w.booking(out.booking.id)).stripeCheckoutSessionId!);
  const event = w.stripe.signedEvent('checkout.session.completed', paid);
  expect(await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(event.body, event.signature))).toBe('confirmed');
  return out.booking.id;
}

describe('small slips', () => {
  it('slots follow the injected clock: a day off stays off when the clock is behind the wall clock', async () => {
    w.clock.now = new Date(realNow().getTime() - 40 * 86_400_000);
    try {
      const day = w.date(3);
      expect((await setAvailability(w.deps, { org: ORG, instructor: INSTRUCTOR, addDaysOff: [day] })).status).toBe('saved');
      const slots = await listFreeSlots(w.deps, { org: ORG, date: day });
      expect(slots).toMatchObject({ status: 'ok', slots: [] });
      const who = await w.trainee(1);
      const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: w.at(day, '10:00').toISOString(), requestKey: `c${++n}` });
      expect(out).toMatchObject({ status: 'slot_unavailable', reason: 'day_off' });
      await setAvailability(w.deps, { org: ORG, instructor: INSTRUCTOR, removeDaysOff: [day] });
    } finally {
      w.clock.now = realNow();
    }
  });

  it('an invoice is overdue from 00:00 of the day after its due date on the organisation’s calendar, not UTC’s', async () => {
    const who = await w.trainee(2, { company: '株式会社テスト' });
    const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'consultation', instructor: INSTRUCTOR.platformUserId, start: w.at(w.date(5), '09:00').toISOString(), payment: 'invoice', requestKey: `i${++n}` });
    expect(out.status).toBe('confirmed');
    const due = addDays(localDate(realNow(), 'Asia/Tokyo'), 10);
    const [invoice] = await w.t.database.db.update(bookingInvoices).set({ dueOn: due }).returning();
    const overdue = async () => {
      const o = await adminBookingOverview(w.deps, { org: ORG, actor: ADMIN });
      if (o.status !== 'ok') throw new Error(o.status);
      return o.unpaidInvoices.find((i) => i.id === invoice!.id)!.overdue;
    };
    try {
      w.clock.now = zonedToUtc(due, 23 * 60 + 30, 'Asia/Tokyo'); // 23:30 in Tokyo on the due date
      expect(await overdue()).toBe(false);
      w.clock.now = zonedToUtc(addDays(due, 1), 30, 'Asia/Tokyo'); // 00:30 the next day in Tokyo: still the due date in UTC
      expect(w.clock.now.toISOString().slice(0, 10)).toBe(due);
      expect(await overdue()).toBe(true);
    } finally {
      w.clock.now = realNow();
    }
  });

  it('the topic guard’s refusal is in the organisation’s language', async () => {
    const { db } = w.t.database;
    const org = await orgRow();
    w.deps.topicGuard = () => ({ findings: [{ kind: 'phone' }], masked: '〇〇' });
    try {
      const req = { org: ORG, trainee: await w.trainee(3), kind: 'orientation' as const, start: w.at(w.date(3), '10:00').toISOString(), topic: '090-1234-5678', requestKey: `g${++n}` };
      expect((await bookSession(w.deps, req)).message).toMatch(/特定できる情報/);
      await db.update(organisations).set({ language: 'en' }).where(eq(organisations.id, org.id));
      const out = await bookSession(w.deps, { ...req, requestKey: `g${++n}` });
      expect(out.status).toBe('topic_confidential');
      expect(out.message).toMatch(/may identify a person or a company \(phone\)/);
    } finally {
      delete w.deps.topicGuard;
      await db.update(organisations).set({ language: 'ja' }).where(eq(organisations.id, org.id));
    }
  });
});

describe('the organisation’s booking policy', () => {
  it('reads the admin’s text, refusing unknown keys, bad numbers and out-of-range values', () => {
    expect(parsePolicyChange('deadline=48 late-refund=50% late-move=on notice=90m buffer = 15 hold:45')).toEqual({
      change: { cancelDeadlineHours: 48, lateCancelRefundPercent: 50, lateMoveAllowed: true, minNoticeMinutes: 90, bufferMinutes: 15, holdMinutes: 45 },
    });
    expect(parsePolicyChange('キャンセル期限＝７２ 期限後変更=不可 notice=12h')).toEqual({ change: { cancelDeadlineHours: 72, lateMoveAllowed: false, minNoticeMinutes: 720 } });
    const bad = parsePolicyChange('deadline=abc late-refund=150 late-move=maybe colour=red hold=10 constructor=1 buffer=5 buffer=6');
    expect('problems' in bad && bad.problems.map((p) => `${p.key}:${p.reason}`)).toEqual([
      'deadline:not_a_number', 'late-refund:out_of_range', 'late-move:not_yes_no', 'colour:unknown', 'hold:out_of_range', 'constructor:unknown', 'buffer:repeated',
    ]);
  });

  it('only admins see or change it; an invalid change writes nothing; replies are in the organisation’s language', async () => {
    const who = await w.trainee(4);
    expect(await bookingPolicy(w.deps, { org: ORG, actor: who })).toMatchObject({ status: 'forbidden', message: expect.stringMatching(/管理者だけ/) });
    expect(await setBookingPolicy(w.deps, { org: ORG, actor: who, change: 'deadline=1' })).toMatchObject({ status: 'forbidden' });
    const shown = await bookingPolicy(w.deps, { org: ORG, actor: ADMIN });
    expect(shown).toMatchObject({ status: 'ok', policy: { cancelDeadlineHours: 24, lateCancelRefundPercent: 0, lateMoveAllowed: false, minNoticeMinutes: 1440, bufferMinutes: 10, holdMinutes: 30 } });
    expect(shown.message).toMatch(/開始の24時間前まで/);

    const bad = await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: 'deadline=48 hold=5' });
    expect(bad).toMatchObject({ status: 'invalid', message: expect.stringMatching(/何も変更していません[\s\S]*hold: 5 は範囲外です（30〜1380分）/) });
    expect((await w.t.database.db.select().from(bookingSettings))[0]).toMatchObject({ cancelDeadlineHours: 24, holdMinutes: 30 });

    const org = await orgRow();
    await w.t.database.db.update(organisations).set({ language: 'en' }).where(eq(organisations.id, org.id));
    try {
      expect((await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: 'late-move=perhaps' })).message).toMatch(/use on \(allowed\) or off/);
      expect((await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: { bufferMinutes: 12 } })).message).toMatch(/Time between sessions \(buffer\): 12 min/);
    } finally {
      await w.t.database.db.update(organisations).set({ language: 'ja' }).where(eq(organisations.id, org.id));
    }
  });

  it('after the deadline: the cancel form states the organisation’s refund first, and moving follows late-move', async () => {
    const who = await w.trainee(5);
    const id = await bookCardPaid(w.date(3), '15:00', who);
    // The deadline is now 4 days before the start: this booking (3 days ahead) is past it.
    expect(await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: 'deadline=96 late-refund=50 late-move=off' })).toMatchObject({ status: 'ok', changed: expect.arrayContaining(['cancelDeadlineHours']) });

    const preview = await previewCancellation(w.deps, { org: ORG, actor: who, bookingId: id });
    expect(preview).toMatchObject({ status: 'ok', canMove: false, terms: { beforeDeadline: false, refundYen: 3300 } });
    if (preview.status !== 'ok') return;
    expect(preview.terms.message).toMatch(/キャンセル期限（.+）を過ぎています。組織の規定により、50%（3,300円）を返金します。/);

    const moveTo = w.at(w.date(3), '16:00').toISOString();
    expect(await moveBooking(w.deps, { org: ORG, actor: who, bookingId: id, start: moveTo })).toMatchObject({ status: 'too_late' });
    await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: 'late-move=on' });
    expect((await previewCancellation(w.deps, { org: ORG, actor: who, bookingId: id })).status === 'ok').toBe(true);
    expect(await moveBooking(w.deps, { org: ORG, actor: who, bookingId: id, start: moveTo })).toMatchObject({ status: 'moved' });

    const cancelled = await cancelBooking(w.deps, { org: ORG, actor: who, bookingId: id, expectedRefundYen: 3300 });
    expect(cancelled).toMatchObject({ status: 'cancelled', refundYen: 3300, refund: 'refunded' });
    await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: 'deadline=24 late-refund=0 late-move=off' });
  });

  it('the notice set by the admin decides which slots are offered and the refusal names it', async () => {
    await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: 'notice=72' });
    try {
      const who = await w.trainee(6);
      const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: w.at(w.date(2), '10:00').toISOString(), requestKey: `n${++n}` });
      expect(out).toMatchObject({ status: 'slot_unavailable', reason: 'too_soon', message: expect.stringMatching(/72時間前まで/) });
    } finally {
      await setBookingPolicy(w.deps, { org: ORG, actor: ADMIN, change: 'notice=24' });
    }
  });
});

describe('one booking’s meeting URL', () => {
  it('the instructor sets it, the trainee is told at once; others are refused, bad URLs too', async () => {
    const who = await w.trainee(7);
    const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: w.at(w.date(6), '10:00').toISOString(), requestKey: `m${++n}` });
    if (out.status !== 'confirmed') throw new Error(out.status);
    const id = out.booking.id;
    expect(await meetingUrlForm(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: id })).toMatchObject({ status: 'ok', meetingUrl: null, instructorUrl: 'https://meet.example/sato' });
    expect(await meetingUrlForm(w.deps, { org: ORG, actor: who, bookingId: id })).toMatchObject({ status: 'forbidden' });
    expect(await setBookingMeetingUrl(w.deps, { org: ORG, actor: who, bookingId: id, meetingUrl: 'https://evil.example/x' })).toMatchObject({ status: 'forbidden' });
    expect(await setBookingMeetingUrl(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: 'not-a-uuid', meetingUrl: 'https://x.example' })).toMatchObject({ status: 'not_found' });
    expect(await setBookingMeetingUrl(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: id, meetingUrl: 'javascript:alert(1)' })).toMatchObject({ status: 'invalid' });

    const set = await setBookingMeetingUrl(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: id, meetingUrl: ' https://zoom.example/j/123 ' });
    expect(set).toMatchObject({ status: 'saved', meetingUrl: 'https://zoom.example/j/123', effectiveUrl: 'https://zoom.example/j/123', traineeTold: true });
    expect((await w.booking(id)).meetingUrl).toBe('https://zoom.example/j/123');
    const told = (await w.messages(id)).filter((m) => m.payload.event === 'meeting_url');
    expect(told).toHaveLength(1);
    expect(told[0]!.target).toMatchObject({ platformUserId: who.platformUserId });
    expect(JSON.stringify(told[0]!.payload.view)).toContain('https://zoom.example/j/123');

    // The same URL again (a double submit): nothing new is sent.
    expect(await setBookingMeetingUrl(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: id, meetingUrl: 'https://zoom.example/j/123' })).toMatchObject({ status: 'unchanged', traineeTold: false });
    // Cleared: the instructor's own URL applies again, and the trainee is told which.
    const cleared = await setBookingMeetingUrl(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: id, meetingUrl: '' });
    expect(cleared).toMatchObject({ status: 'saved', meetingUrl: null, effectiveUrl: 'https://meet.example/sato' });
    const all = (await w.messages(id)).filter((m) => m.payload.event === 'meeting_url');
    expect(all).toHaveLength(2);
    expect(JSON.stringify(all[1]!.payload.view)).toContain('https://meet.example/sato');

    // After the session it can no longer be changed.
    w.clock.now = new Date(w.at(w.date(6), '10:30').getTime() + 60_000);
    try {
      expect(await setBookingMeetingUrl(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: id, meetingUrl: 'https://x.example/late' })).toMatchObject({ status: 'not_changeable' });
    } finally {
      w.clock.now = realNow();
    }
  });
});

describe('the home page', () => {
  it('shows each person their part: the instructor’s settings and sessions, the trainee’s bookings, the admin’s figures', async () => {
    const inst = await bookingHome(w.deps, { org: ORG, person: INSTRUCTOR });
    expect(inst.instructor).toMatchObject({ meetingUrl: 'https://meet.example/sato', hours: ['月 09:00-18:00', '火 09:00-18:00', '水 09:00-18:00', '木 09:00-18:00', '金 09:00-18:00', '土 09:00-18:00', '日 09:00-18:00'] });
    expect(inst.instructor!.sessions.length).toBeGreaterThan(0);
    expect(inst.instructor!.sessions.every((s) => s.canSetMeetingUrl)).toBe(true);
    expect(inst.trainee).toBeNull();
    expect(inst.admin).toBeNull();

    const trainee = await bookingHome(w.deps, { org: ORG, person: { platformUserId: 'U-trainee-7' } });
    expect(trainee.instructor).toBeNull();
    expect(trainee.trainee!.sessions).toHaveLength(1);
    expect(trainee.trainee!.sessions[0]).toMatchObject({ counterpart: INSTRUCTOR.displayName, canSetMeetingUrl: false });

    const admin = await bookingHome(w.deps, { org: ORG, person: ADMIN, language: 'en' });
    expect(admin.admin).toMatchObject({ upcoming: expect.any(Number), unpaidInvoices: 1, month: localDate(realNow(), 'Asia/Tokyo').slice(0, 7) });
    expect(admin.admin!.upcoming).toBeGreaterThan(0);
    expect(admin.admin!.unpaidYen).toBe(6600);

    expect(await bookingHome(w.deps, { org: ORG, person: { platformUserId: 'U-nobody' } })).toMatchObject({ instructor: null, trainee: null, admin: null });
  });
});
