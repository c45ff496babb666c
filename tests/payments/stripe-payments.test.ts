/** The Stripe adapter on its own: configuration, error mapping, webhook verification, the HTTP handler's edges. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaymentsRejectedError, PaymentsUnavailableError, WebhookVerificationError } from '../../src/flows/booking/payments.js';
import { loadBookingConfig } from '../../src/flows/booking/config.js';
import { silentLogger } from '../../src/logger.js';
import { loadStripeSettings, StripeConfigError } from '../../src/payments/config.js';
import { stripePayments } from '../../src/payments/stripe-payments.js';
import { createStripeWebhookHandler } from '../../src/payments/webhook-http.js';
import { FakeStripe, parseStripeForm } from '../helpers/fake-stripe.js';

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await new FakeStripe().start();
});
afterAll(async () => stripe?.close());

const checkout = (id: string, expiresInMin = 31) => ({
  bookingId: id, orgId: 'org', productName: '個別相談（30分）', description: 'test', priceYen: 6000, taxYen: 600, taxRatePercent: 10,
  expiresAt: new Date(Date.now() + expiresInMin * 60_000), successUrl: 'https://x.example/ok', cancelUrl: 'https://x.example/no', idempotencyKey: `k-${id}`,
});

describe('configuration', () => {
  it('is off without keys, and needs both the key and the webhook secret', () => {
    expect(loadStripeSettings({})).toBeNull();
    expect(() => loadStripeSettings({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(StripeConfigError);
    expect(() => loadStripeSettings({ STRIPE_SECRET_KEY: 'pk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1' })).toThrow(StripeConfigError);
    expect(loadStripeSettings({ STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1', STRIPE_API_HOST: 'localhost', STRIPE_API_PORT: '12111', STRIPE_API_PROTOCOL: 'http' }))
      .toMatchObject({ host: 'localhost', port: 12111, protocol: 'http', maxNetworkRetries: 2 });
  });
  it('validates the invoice issuer’s registration number and booking defaults', () => {
    expect(() => loadBookingConfig({ MAMORI_INVOICE_ISSUER_NAME: 'x', MAMORI_INVOICE_REGISTRATION_NUMBER: '1234567890123' })).toThrow(/T followed by 13 digits/);
    expect(loadBookingConfig({}).invoice).toBeNull();
    expect(loadBookingConfig({})).toMatchObject({ consultationPriceYen: 6000, taxRatePercent: 10, durationMinutes: 30, defaults: { minNoticeMinutes: 1440, bufferMinutes: 10, holdMinutes: 30, cancelDeadlineHours: 24 } });
  });
});

describe('the Stripe adapter over HTTP', () => {
  it('creates one session per idempotency key and uses a tax rate when configured', async () => {
    const payments = stripePayments(stripe.settings(), { taxRateId: 'txr_10' });
    const a = await payments.createCheckout(checkout('b1'));
    const b = await payments.createCheckout(checkout('b1'));
    expect(a.sessionId).toBe(b.sessionId);
    expect(stripe.sessions.get(a.sessionId)!.line_items).toEqual([{ name: '個別相談（30分）', unit_amount: 6000, tax_rates: ['txr_10'] }]);
  });
  it('maps refusals and unreachability', async () => {
    const payments = stripePayments(stripe.settings());
    await expect(payments.createCheckout(checkout('b2', 5))).rejects.toBeInstanceOf(PaymentsRejectedError);
    await expect(payments.refund({ paymentIntentId: 'pi_none', amountYen: 1, idempotencyKey: 'x', bookingId: 'b' })).rejects.toBeInstanceOf(PaymentsRejectedError);
    stripe.down = true;
    try {
      await expect(payments.createCheckout(checkout('b3'))).rejects.toBeInstanceOf(PaymentsUnavailableError);
    } finally {
      stripe.down = false;
    }
    const wrongKey = stripePayments(stripe.settings({ secretKey: 'sk_test_wrong' }));
    await expect(wrongKey.createCheckout(checkout('b4'))).rejects.toBeInstanceOf(PaymentsRejectedError);
  });
  it('expires an open session and reports a paid one as complete', async () => {
    const payments = stripePayments(stripe.settings());
    const open = await payments.createCheckout(checkout('b5'));
    expect(await payments.expireCheckout(open.sessionId)).toMatchObject({ status: 'expired', paid: false });
    const paid = await payments.createCheckout(checkout('b6'));
    stripe.pay(paid.sessionId);
    expect(await payments.expireCheckout(paid.sessionId)).toMatchObject({ status: 'complete', paid: true, amountYen: 6600 });
  });
  it('verifies signatures with Stripe’s own helper and maps event kinds', () => {
    const payments = stripePayments(stripe.settings());
    const ev = stripe.signedEvent('checkout.session.completed', { id: 'cs_1', object: 'checkout.session', payment_status: 'paid', metadata: { mamori_booking_id: 'b7' }, payment_intent: 'pi_1', amount_total: 6600 });
    expect(payments.verifyWebhook(ev.body, ev.signature)).toMatchObject({ kind: 'checkout_paid', sessionId: 'cs_1', bookingId: 'b7', paymentIntentId: 'pi_1', amountYen: 6600 });
    const pending = stripe.signedEvent('checkout.session.completed', { id: 'cs_2', object: 'checkout.session', payment_status: 'unpaid', metadata: {} });
    expect(payments.verifyWebhook(pending.body, pending.signature).kind).toBe('checkout_pending');
    expect(() => payments.verifyWebhook(ev.body, undefined)).toThrow(WebhookVerificationError);
    expect(() => payments.verifyWebhook(ev.body, 't=1,v1=00')).toThrow(WebhookVerificationError);
  });
});

describe('the webhook HTTP handler', () => {
  it('answers 405 to other methods, 413 to huge bodies, 500 when processing fails', async () => {
    const payments = stripePayments(stripe.settings());
    const { createServer } = await import('node:http');
    let fail = true;
    const handler = createStripeWebhookHandler({ payments, logger: silentLogger, maxBytes: 2048, onEvent: async () => { if (fail) throw new Error('db down'); } });
    const server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/webhooks/stripe`;
    try {
      expect((await fetch(url)).status).toBe(405);
      expect((await fetch(url, { method: 'POST', body: 'x'.repeat(5000) })).status).toBe(413);
      const ev = stripe.signedEvent('checkout.session.expired', { id: 'cs_9', object: 'checkout.session', metadata: {} });
      expect((await fetch(url, { method: 'POST', body: ev.body, headers: { 'stripe-signature': ev.signature } })).status).toBe(500);
      fail = false;
      expect((await fetch(url, { method: 'POST', body: ev.body, headers: { 'stripe-signature': ev.signature } })).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
  it('parses Stripe’s bracketed form encoding (fake helper)', () => {
    expect(parseStripeForm('line_items[0][price_data][unit_amount]=6000&metadata[k]=v')).toEqual({ line_items: { 0: { price_data: { unit_amount: '6000' } } }, metadata: { k: 'v' } });
  });
});
