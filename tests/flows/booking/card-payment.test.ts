/**
 * Card bookings end to end against a local fake Stripe over HTTP (the official client, real webhook
 * signature verification with Stripe's test helper): hold, Checkout (JPY, tax shown), confirmation by
 * the signed webhook exactly once, bad signatures and unknown sessions, hold expiry, Stripe
 * unreachable, a payment that arrives too late (refunded), cancellation refunds and the policy.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingSettings } from '../../../src/db/schema/index.js';
import { listFreeSlots } from '../../../src/flows/booking/availability.js';
import { bookSession } from '../../../src/flows/booking/book.js';
import { cancelBooking, previewCancellation } from '../../../src/flows/booking/changes.js';
import { handlePaymentEvent } from '../../../src/flows/booking/payment-events.js';
import { runBookingSweep } from '../../../src/flows/booking/sweep.js';
import { silentLogger } from '../../../src/logger.js';
import { createStripeWebhookHandler } from '../../../src/payments/webhook-http.js';
import { readCalendarFile } from '../../helpers/icalendar.js';
import { INSTRUCTOR, ORG, openWorld, postWebhook, type World } from './harness.js';

let w: World;
let handler: ReturnType<typeof createStripeWebhookHandler>;
let n = 0;

beforeAll(async () => {
  w = await openWorld();
  handler = createStripeWebhookHandler({ payments: w.deps.payments!, onEvent: (e) => handlePaymentEvent(w.deps, e), logger: silentLogger });
}, 120_000);
afterAll(async () => w?.close());

async function bookCard(date: string, time: string, trainee?: { platformUserId: string; displayName: string }) {
  const who = trainee ?? (await w.trainee(++n));
  const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'consultation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, time).toISOString(), topic: '', payment: 'card', requestKey: `req-${++n}` });
  return { out, who };
}

describe('card payment through Stripe Checkout', () => {
  it('holds the slot and opens a JPY Checkout with the tax shown', async () => {
    const { out } = await bookCard(w.date(3), '10:00');
    expect(out.status).toBe('awaiting_payment');
    if (out.status !== 'awaiting_payment') return;
    expect(out.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const session = [...w.stripe.sessions.values()].at(-1)!;
    expect(session.currency).toBe('jpy');
    expect(session.amount_total).toBe(6600);
    expect(session.line_items.map((l) => [l.name, l.unit_amount])).toEqual([['個別相談（30分）', 6000], ['消費税 (10%) / Consumption tax', 600]]);
    expect(session.metadata.mamori_booking_id).toBe(out.booking.id);
    const create = w.stripe.requests.find((r) => r.path === '/v1/checkout/sessions' && r.method === 'POST')!;
    expect(create.idempotencyKey).toBe(`mamori-checkout-${out.booking.id}`);
    expect(create.form.allowed_payment_method_types).toEqual({ 0: 'card' });
    const row = await w.booking(out.booking.id);
    expect(row.status).toBe('held');
    expect(row.totalYen).toBe(6600);
    // The held slot is gone for everyone else.
    const slots = await listFreeSlots(w.deps, { org: ORG, date: w.date(3), instructor: INSTRUCTOR.platformUserId });
    expect(slots.status === 'ok' && slots.slots.map((s) => s.time)).not.toContain('10:00');
    const other = await bookCard(w.date(3), '10:00');
    expect(other.out).toMatchObject({ status: 'slot_unavailable', reason: 'taken' });
    // The trainee got the payment link as a DM too.
    expect((await w.messages(out.booking.id)).map((m) => m.payload.event)).toEqual(['payment_link']);
  });

  it('confirms only on the signed webhook, once however often it is resent', async () => {
    const { out } = await bookCard(w.date(3), '11:00');
    if (out.status !== 'awaiting_payment') throw new Error(out.status);
    const sessionId = (await w.booking(out.booking.id)).stripeCheckoutSessionId!;
    expect((await w.booking(out.booking.id)).status).toBe('held');
    const paid = w.stripe.pay(sessionId);
    const event = w.stripe.signedEvent('checkout.session.completed', paid);
    for (let i = 0; i < 3; i++) expect((await postWebhook(handler, event.body, event.signature)).status).toBe(200);
    const row = await w.booking(out.booking.id);
    expect(row.status).toBe('confirmed');
    expect(row.stripePaymentIntentId).toBe(paid.payment_intent);
    const msgs = await w.messages(out.booking.id);
    expect(msgs.map((m) => `${m.payload.event}:${m.payload.recipient}`).sort()).toEqual(['confirmed:instructor', 'confirmed:trainee', 'payment_link:trainee']);
    const confirmation = msgs.find((m) => m.payload.event === 'confirmed' && m.payload.recipient === 'trainee')!;
    const ics = readCalendarFile(Buffer.from(confirmation.payload.attachments[0]!.contentBase64, 'base64').toString('utf8'));
    expect(ics.problems).toEqual([]);
    expect(ics.event).toMatchObject({ uid: `${out.booking.id}@booking.kaisha.example`, start: w.at(w.date(3), '11:00'), location: 'https://meet.example/sato' });
    // Another event id for the same session (Stripe may send both): still one confirmation.
    const again = w.stripe.signedEvent('checkout.session.completed', paid);
    expect(await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(again.body, again.signature))).toBe('already_confirmed');
    expect(await w.messages(out.booking.id)).toHaveLength(3);
  });

  it('refuses a bad signature, a wrong secret, a stale timestamp and a missing header (logged, nothing changes)', async () => {
    const { out } = await bookCard(w.date(4), '10:00');
    if (out.status !== 'awaiting_payment') throw new Error(out.status);
    const session = w.stripe.pay((await w.booking(out.booking.id)).stripeCheckoutSessionId!);
    const good = w.stripe.signedEvent('checkout.session.completed', session);
    expect((await postWebhook(handler, good.body.replace('"paid"', '"paid" '), good.signature)).status).toBe(400);
    const forged = w.stripe.signedEvent('checkout.session.completed', session, { secret: 'whsec_wrong' });
    expect((await postWebhook(handler, forged.body, forged.signature)).status).toBe(400);
    const stale = w.stripe.signedEvent('checkout.session.completed', session, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await postWebhook(handler, stale.body, stale.signature)).status).toBe(400);
    expect((await postWebhook(handler, good.body)).status).toBe(400);
    expect((await w.booking(out.booking.id)).status).toBe('held');
    expect((await postWebhook(handler, good.body, good.signature)).status).toBe(200);
    expect((await w.booking(out.booking.id)).status).toBe('confirmed');
  });

  it('acknowledges an event for an unknown session without doing anything', async () => {
    const ev = w.stripe.signedEvent('checkout.session.completed', { id: 'cs_test_unknown', object: 'checkout.session', payment_status: 'paid', status: 'complete', metadata: {}, amount_total: 6600, payment_intent: 'pi_x' });
    expect((await postWebhook(handler, ev.body, ev.signature)).status).toBe(200);
    expect(await handlePaymentEvent(w.deps, { ...w.deps.payments!.verifyWebhook(ev.body, ev.signature), id: 'evt_other' })).toBe('unknown_session');
    const ignored = w.stripe.signedEvent('customer.created', { id: 'cus_1', object: 'customer' });
    expect((await postWebhook(handler, ignored.body, ignored.signature)).status).toBe(200);
  });

  it('releases the slot when Stripe says the checkout expired', async () => {
    const { out } = await bookCard(w.date(4), '11:00');
    if (out.status !== 'awaiting_payment') throw new Error(out.status);
    const expired = w.stripe.expire((await w.booking(out.booking.id)).stripeCheckoutSessionId!);
    const ev = w.stripe.signedEvent('checkout.session.expired', expired);
    expect((await postWebhook(handler, ev.body, ev.signature)).status).toBe(200);
    expect((await w.booking(out.booking.id)).status).toBe('expired');
    expect((await w.messages(out.booking.id)).map((m) => m.payload.event)).toContain('released');
    expect((await bookCard(w.date(4), '11:00')).out.status).toBe('awaiting_payment');
  });

  it('lets the hold lapse after 30 minutes: the sweep closes the Checkout and frees the slot', async () => {
    const { out } = await bookCard(w.date(5), '10:00');
    if (out.status !== 'awaiting_payment') throw new Error(out.status);
    const sessionId = (await w.booking(out.booking.id)).stripeCheckoutSessionId!;
    const start = w.clock.now;
    try {
      w.clock.now = new Date(start.getTime() + 29 * 60_000);
      await runBookingSweep(w.deps);
      expect((await w.booking(out.booking.id)).status).toBe('held');
      w.clock.now = new Date(start.getTime() + 31 * 60_000);
      const report = await runBookingSweep(w.deps);
      expect(report.released).toBeGreaterThanOrEqual(1);
      expect((await w.booking(out.booking.id)).status).toBe('expired');
      expect(w.stripe.sessions.get(sessionId)!.status).toBe('expired');
      expect((await runBookingSweep(w.deps)).released).toBe(0);
    } finally {
      w.clock.now = start;
    }
    expect((await bookCard(w.date(5), '10:00')).out.status).toBe('awaiting_payment');
  });

  it('confirms a hold paid just before it lapsed even if the webhook is late', async () => {
    const { out } = await bookCard(w.date(5), '14:00');
    if (out.status !== 'awaiting_payment') throw new Error(out.status);
    const sessionId = (await w.booking(out.booking.id)).stripeCheckoutSessionId!;
    const paid = w.stripe.pay(sessionId);
    const start = w.clock.now;
    try {
      w.clock.now = new Date(start.getTime() + 31 * 60_000);
      expect((await runBookingSweep(w.deps)).confirmed).toBe(1);
    } finally {
      w.clock.now = start;
    }
    expect((await w.booking(out.booking.id)).status).toBe('confirmed');
    const ev = w.stripe.signedEvent('checkout.session.completed', paid);
    expect(await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(ev.body, ev.signature))).toBe('already_confirmed');
  });

  it('refunds a payment that arrives after the hold lapsed and someone else took the slot', async () => {
    const first = await bookCard(w.date(6), '10:00');
    if (first.out.status !== 'awaiting_payment') throw new Error(first.out.status);
    const sessionId = (await w.booking(first.out.booking.id)).stripeCheckoutSessionId!;
    const expired = w.stripe.signedEvent('checkout.session.expired', { ...w.stripe.sessions.get(sessionId)!, status: 'expired' });
    await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(expired.body, expired.signature));
    const second = await bookCard(w.date(6), '10:00');
    expect(second.out.status).toBe('awaiting_payment');
    const late = w.stripe.signedEvent('checkout.session.completed', w.stripe.pay(sessionId));
    expect((await postWebhook(handler, late.body, late.signature)).status).toBe(200);
    const row = await w.booking(first.out.booking.id);
    expect(row.status).toBe('expired');
    expect(row.refundStatus).toBe('refunded');
    expect(w.stripe.refunds.filter((r) => r.payment_intent === row.stripePaymentIntentId)).toEqual([expect.objectContaining({ amount: 6600 })]);
    expect((await w.messages(first.out.booking.id)).map((m) => m.payload.event)).toEqual(expect.arrayContaining(['late_refund', 'refunded']));
  });

  it('reinstates a lapsed hold paid late when the slot is still free', async () => {
    const { out } = await bookCard(w.date(6), '15:00');
    if (out.status !== 'awaiting_payment') throw new Error(out.status);
    const sessionId = (await w.booking(out.booking.id)).stripeCheckoutSessionId!;
    const expired = w.stripe.signedEvent('checkout.session.expired', { ...w.stripe.sessions.get(sessionId)!, status: 'expired' });
    await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(expired.body, expired.signature));
    const late = w.stripe.signedEvent('checkout.session.completed', w.stripe.pay(sessionId));
    expect(await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(late.body, late.signature))).toBe('reinstated');
    expect((await w.booking(out.booking.id)).status).toBe('confirmed');
  });

  it('books nothing when Stripe is unreachable, and says so', async () => {
    w.stripe.down = true;
    try {
      const { out } = await bookCard(w.date(7), '10:00');
      expect(out).toMatchObject({ status: 'payments_unavailable' });
    } finally {
      w.stripe.down = false;
    }
    const slots = await listFreeSlots(w.deps, { org: ORG, date: w.date(7), instructor: INSTRUCTOR.platformUserId });
    expect(slots.status === 'ok' && slots.slots.map((s) => s.time)).toContain('10:00');
  });

  it('a double-clicked submit books once', async () => {
    const who = await w.trainee(900);
    const req = { org: ORG, trainee: who, kind: 'consultation' as const, instructor: INSTRUCTOR.platformUserId, start: w.at(w.date(7), '11:00').toISOString(), payment: 'card' as const, requestKey: 'double-click' };
    const [a, b] = await Promise.all([bookSession(w.deps, req), bookSession(w.deps, req)]);
    expect(a.status).toBe('awaiting_payment');
    expect(b.status).toBe('awaiting_payment');
    if (a.status === 'awaiting_payment' && b.status === 'awaiting_payment') {
      expect(a.booking.id).toBe(b.booking.id);
      expect(a.checkoutUrl).toBe(b.checkoutUrl);
    }
  });
});

describe('cancellation and refunds', () => {
  async function paidBooking(date: string, time: string) {
    const { out, who } = await bookCard(date, time);
    if (out.status !== 'awaiting_payment') throw new Error(out.status);
    const ev = w.stripe.signedEvent('checkout.session.completed', w.stripe.pay((await w.booking(out.booking.id)).stripeCheckoutSessionId!));
    expect(await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(ev.body, ev.signature))).toBe('confirmed');
    return { id: out.booking.id, who };
  }

  it('refunds in full before the deadline and frees the slot', async () => {
    const { id, who } = await paidBooking(w.date(8), '10:00');
    const preview = await previewCancellation(w.deps, { org: ORG, actor: who, bookingId: id });
    expect(preview).toMatchObject({ status: 'ok', terms: { beforeDeadline: true, refundYen: 6600 } });
    const out = await cancelBooking(w.deps, { org: ORG, actor: who, bookingId: id, expectedRefundYen: 6600 });
    expect(out).toMatchObject({ status: 'cancelled', refundYen: 6600, refund: 'refunded' });
    const row = await w.booking(id);
    expect(row).toMatchObject({ status: 'cancelled', cancelledBy: 'trainee', refundStatus: 'refunded' });
    expect(w.stripe.refunds.filter((r) => r.payment_intent === row.stripePaymentIntentId).map((r) => r.amount)).toEqual([6600]);
    expect(w.stripe.requests.filter((r) => r.path === '/v1/refunds').at(-1)!.idempotencyKey).toBe(`mamori-refund-${id}`);
    const events = (await w.messages(id)).map((m) => `${m.payload.event}:${m.payload.recipient}`);
    expect(events).toEqual(expect.arrayContaining(['cancelled:trainee', 'cancelled:instructor', 'refunded:trainee']));
    const sent = await w.messages(id);
    const icsOf = (event: string) => Buffer.from((sent.find((m) => m.payload.event === event)!.payload.attachments[0]!).contentBase64, 'base64').toString();
    const confirmation = readCalendarFile(icsOf('confirmed'));
    expect(confirmation.problems).toEqual([]);
    expect(confirmation.event).toMatchObject({ method: 'PUBLISH', status: 'CONFIRMED', sequence: 0, organizer: { address: 'mailto:noreply@booking.kaisha.example' } });
    const cancellation = readCalendarFile(icsOf('cancelled'));
    expect(cancellation.problems).toEqual([]);
    expect(cancellation.event).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `${id}@booking.kaisha.example` });
    expect(cancellation.event.sequence).toBeGreaterThan(confirmation.event.sequence);
    expect(await cancelBooking(w.deps, { org: ORG, actor: who, bookingId: id })).toMatchObject({ status: 'already_cancelled' });
    expect((await bookCard(w.date(8), '10:00')).out.status).toBe('awaiting_payment');
  });

  it('applies the organisation’s policy after the deadline and shows it first', async () => {
    const { id, who } = await paidBooking(w.date(8), '12:00');
    const start = w.clock.now;
    const org = (await w.t.database.db.select().from(bookingSettings))[0]!;
    try {
      w.clock.now = new Date(w.at(w.date(8), '12:00').getTime() - 10 * 3_600_000); // 10 h before
      const preview = await previewCancellation(w.deps, { org: ORG, actor: who, bookingId: id });
      expect(preview).toMatchObject({ status: 'ok', terms: { beforeDeadline: false, refundYen: 0 } });
      if (preview.status === 'ok') expect(preview.terms.message).toContain('返金はありません');
      // The form showed the full refund (opened before the deadline): nothing happens, new terms shown.
      expect(await cancelBooking(w.deps, { org: ORG, actor: who, bookingId: id, expectedRefundYen: 6600 })).toMatchObject({ status: 'terms_changed' });
      await w.t.database.db.update(bookingSettings).set({ lateCancelRefundPercent: 50 }).where(eq(bookingSettings.orgId, org.orgId));
      const half = await cancelBooking(w.deps, { org: ORG, actor: who, bookingId: id, expectedRefundYen: 3300 });
      expect(half).toMatchObject({ status: 'cancelled', refundYen: 3300, refund: 'refunded' });
    } finally {
      w.clock.now = start;
      await w.t.database.db.update(bookingSettings).set({ lateCancelRefundPercent: 0 }).where(eq(bookingSettings.orgId, org.orgId));
    }
  });

  it('the instructor’s cancellation always refunds in full and tells the trainee', async () => {
    const { id } = await paidBooking(w.date(8), '14:00');
    const start = w.clock.now;
    try {
      w.clock.now = new Date(w.at(w.date(8), '14:00').getTime() - 2 * 3_600_000);
      const out = await cancelBooking(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: id });
      expect(out).toMatchObject({ status: 'cancelled', refundYen: 6600, refund: 'refunded' });
    } finally {
      w.clock.now = start;
    }
    const toTrainee = (await w.messages(id)).find((m) => m.payload.event === 'cancelled' && m.payload.recipient === 'trainee')!;
    expect(JSON.stringify(toTrainee.payload.view)).toContain('講師の都合');
    expect((await w.booking(id)).cancelledBy).toBe('instructor');
  });

  it('keeps the refund pending while Stripe is down, and the sweep refunds it once later', async () => {
    const { id, who } = await paidBooking(w.date(9), '10:00');
    w.stripe.down = true;
    let out;
    try {
      out = await cancelBooking(w.deps, { org: ORG, actor: who, bookingId: id });
    } finally {
      w.stripe.down = false;
    }
    expect(out).toMatchObject({ status: 'cancelled', refund: 'pending' });
    expect((await w.booking(id)).refundStatus).toBe('pending');
    await runBookingSweep(w.deps);
    await runBookingSweep(w.deps);
    const row = await w.booking(id);
    expect(row.refundStatus).toBe('refunded');
    expect(w.stripe.refunds.filter((r) => r.payment_intent === row.stripePaymentIntentId)).toHaveLength(1);
  });

  it('only the trainee, the instructor or an admin may cancel', async () => {
    const { id } = await paidBooking(w.date(9), '12:00');
    const stranger = await w.trainee(777);
    expect(await cancelBooking(w.deps, { org: ORG, actor: stranger, bookingId: id })).toMatchObject({ status: 'forbidden' });
    expect(await cancelBooking(w.deps, { org: ORG, actor: stranger, bookingId: 'not-a-uuid' })).toMatchObject({ status: 'not_found' });
  });
});
