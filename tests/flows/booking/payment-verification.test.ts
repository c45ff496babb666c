/**
 * A signed `checkout.session.completed` proves the event came from Stripe, not that it pays for the
 * booking it names (issue 14 §5): before confirming, the amount, currency, organisation and the
 * session stored on the booking are compared. A payment that disagrees confirms nothing, refunds
 * nothing on its own, and is shown to the organisation's admins. Over real HTTP to the fake Stripe,
 * through the real webhook handler and the official client's signature check.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { bookingPaymentMismatches } from '../../../src/db/schema/index.js';
import { adminBookingOverview } from '../../../src/flows/booking/admin.js';
import { bookSession } from '../../../src/flows/booking/book.js';
import { handlePaymentEvent } from '../../../src/flows/booking/payment-events.js';
import { runBookingSweep } from '../../../src/flows/booking/sweep.js';
import { silentLogger } from '../../../src/logger.js';
import { createStripeWebhookHandler } from '../../../src/payments/webhook-http.js';
import { ADMIN, INSTRUCTOR, ORG, openWorld, postWebhook, type World } from './harness.js';

let w: World;
let handler: ReturnType<typeof createStripeWebhookHandler>;
let n = 0;

beforeAll(async () => {
  w = await openWorld();
  handler = createStripeWebhookHandler({ payments: w.deps.payments!, onEvent: (e) => handlePaymentEvent(w.deps, e), logger: silentLogger });
}, 120_000);
afterAll(async () => w?.close());

/** A held card booking (6,600 yen) and its Checkout Session at the fake Stripe. */
async function heldBooking(date: string, time: string) {
  const who = await w.trainee(++n);
  const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'consultation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, time).toISOString(), topic: '', payment: 'card', requestKey: `verify-${++n}` });
  if (out.status !== 'awaiting_payment') throw new Error(out.status);
  const sessionId = (await w.booking(out.booking.id)).stripeCheckoutSessionId!;
  return { id: out.booking.id, sessionId };
}

const mismatchesOf = async (bookingId: string) =>
  w.t.database.db.select().from(bookingPaymentMismatches).where(eq(bookingPaymentMismatches.bookingId, bookingId));

describe('a paid checkout is checked against its booking before it confirms it', () => {
  it('a signed completed event with amount_total 1 does not confirm a 6,600-yen booking; the admin sees it', async () => {
    const { id, sessionId } = await heldBooking(w.date(3), '10:00');
    const paid = w.stripe.pay(sessionId);
    const cheap = w.stripe.signedEvent('checkout.session.completed', { ...paid, amount_total: 1 });
    expect((await postWebhook(handler, cheap.body, cheap.signature)).status).toBe(200);
    const row = await w.booking(id);
    expect(row.status).toBe('held');
    expect(row.paidAt).toBeNull();
    expect(w.stripe.refunds).toHaveLength(0);
    const [recorded] = await mismatchesOf(id);
    expect(recorded).toMatchObject({ source: 'webhook', eventId: cheap.id, sessionId, problems: [{ field: 'amount', expected: 6600, received: 1 }] });
    expect((await w.messages(id)).map((m) => m.payload.event)).toEqual(['payment_link']);

    const overview = await adminBookingOverview(w.deps, { org: ORG, actor: ADMIN });
    if (overview.status !== 'ok') throw new Error(overview.status);
    expect(overview.paymentMismatches).toEqual([expect.objectContaining({ bookingId: id, text: expect.stringContaining('金額') })]);

    // The real payment for the real amount still confirms it.
    const good = w.stripe.signedEvent('checkout.session.completed', paid);
    expect(await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(good.body, good.signature))).toBe('confirmed');
  });

  it('refuses another organisation in the metadata, another currency, and a session that is not the one stored', async () => {
    const other = await ensureOrganisation(w.t.database.db, { platform: 'slack', platformTeamId: 'T-other', name: 'よそ' }, w.deps.orgDefaults);
    const { id, sessionId } = await heldBooking(w.date(3), '11:00');
    const paid = w.stripe.pay(sessionId);
    const cases = [
      { object: { ...paid, metadata: { ...paid.metadata, mamori_org_id: other.id } }, field: 'organisation' },
      { object: { ...paid, metadata: { mamori_booking_id: id } }, field: 'organisation' },
      { object: { ...paid, currency: 'usd' }, field: 'currency' },
      // A session made elsewhere on the same Stripe account, carrying this booking's metadata.
      { object: { ...paid, id: 'cs_test_elsewhere' }, field: 'session' },
    ];
    for (const c of cases) {
      const ev = w.stripe.signedEvent('checkout.session.completed', c.object);
      expect(await handlePaymentEvent(w.deps, w.deps.payments!.verifyWebhook(ev.body, ev.signature)), c.field).toBe('payment_mismatch');
      expect((await w.booking(id)).status).toBe('held');
    }
    expect((await mismatchesOf(id)).map((r) => r.problems.map((p) => p.field))).toEqual([['organisation'], ['organisation'], ['currency'], ['session']]);
    // Nothing was refunded on a mismatch's say-so: the admin decides at Stripe.
    expect(w.stripe.refunds).toHaveLength(0);
  });

  it('the hold-expiry sweep applies the same check to the session it reads back from Stripe', async () => {
    const { id, sessionId } = await heldBooking(w.date(4), '10:00');
    w.stripe.pay(sessionId);
    w.stripe.sessions.get(sessionId)!.amount_total = 1;
    const start = w.clock.now;
    try {
      w.clock.now = new Date(start.getTime() + 31 * 60_000);
      await runBookingSweep(w.deps);
    } finally {
      w.clock.now = start;
    }
    expect((await w.booking(id)).status).toBe('expired');
    expect(await mismatchesOf(id)).toEqual([expect.objectContaining({ source: 'sweep', problems: [{ field: 'amount', expected: 6600, received: 1 }] })]);
  });
});
