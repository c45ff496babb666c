/**
 * The Payments port over Stripe's official client: Checkout Sessions (JPY, tax shown as its own line
 * or through a configured Tax Rate), session expiry, refunds with idempotency keys, and webhook
 * verification with the signing secret (`stripe.webhooks.constructEvent`).
 */
import Stripe from 'stripe';
import {
  PaymentsRejectedError, PaymentsUnavailableError, WebhookVerificationError,
  type CheckoutRequest, type CheckoutSession, type CheckoutState, type PaymentEvent, type Payments, type RefundRequest,
} from '../flows/booking/payments.js';
import type { StripeSettings } from './config.js';

/** The official client, pointed at the configured host/port/protocol (a local fake in tests). */
export function createStripeClient(settings: StripeSettings): Stripe {
  return new Stripe(settings.secretKey, {
    host: settings.host,
    port: settings.port,
    protocol: settings.protocol,
    timeout: settings.timeoutMs,
    maxNetworkRetries: settings.maxNetworkRetries,
    telemetry: false,
    appInfo: { name: 'mamori' },
  });
}

/** Metadata key carrying our booking id on sessions and payment intents. */
export const BOOKING_METADATA_KEY = 'mamori_booking_id';
/** Metadata key carrying the organisation id, checked against the booking's before confirming. */
export const ORG_METADATA_KEY = 'mamori_org_id';

export interface StripePaymentsOptions {
  /** A Stripe Tax Rate (exclusive, 10%): Checkout then shows 小計, 消費税 and 合計 itself. */
  taxRateId?: string | undefined;
}

export function stripePayments(settings: StripeSettings, options: StripePaymentsOptions = {}, client: Stripe = createStripeClient(settings)): Payments {
  return {
    async createCheckout(req: CheckoutRequest): Promise<CheckoutSession> {
      const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = options.taxRateId
        ? [{ quantity: 1, tax_rates: [options.taxRateId], price_data: { currency: 'jpy', unit_amount: req.priceYen, product_data: { name: req.productName, description: req.description } } }]
        : [
            { quantity: 1, price_data: { currency: 'jpy', unit_amount: req.priceYen, product_data: { name: req.productName, description: req.description } } },
            { quantity: 1, price_data: { currency: 'jpy', unit_amount: req.taxYen, product_data: { name: `消費税 (${req.taxRatePercent}%) / Consumption tax` } } },
          ];
      const metadata = { [BOOKING_METADATA_KEY]: req.bookingId, [ORG_METADATA_KEY]: req.orgId };
      const session = await call(() => client.checkout.sessions.create({
        mode: 'payment',
        allowed_payment_method_types: ['card'],
        line_items: lineItems,
        client_reference_id: req.bookingId,
        metadata,
        payment_intent_data: { metadata, description: req.productName },
        expires_at: Math.floor(req.expiresAt.getTime() / 1000),
        success_url: req.successUrl,
        cancel_url: req.cancelUrl,
        locale: 'ja',
      }, { idempotencyKey: req.idempotencyKey }));
      if (!session.url) throw new PaymentsRejectedError('Stripe returned a Checkout Session without a URL');
      return { sessionId: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) };
    },

    async expireCheckout(sessionId: string): Promise<CheckoutState> {
      let session = await call(() => client.checkout.sessions.retrieve(sessionId));
      if (session.status === 'open') {
        try {
          session = await call(() => client.checkout.sessions.expire(sessionId));
        } catch (err) {
          if (!(err instanceof PaymentsRejectedError)) throw err;
          // Completed between our two calls: read the final state.
          session = await call(() => client.checkout.sessions.retrieve(sessionId));
        }
      }
      return stateOf(session);
    },

    async refund(req: RefundRequest) {
      const refund = await call(() => client.refunds.create({
        payment_intent: req.paymentIntentId,
        amount: req.amountYen,
        reason: 'requested_by_customer',
        metadata: { [BOOKING_METADATA_KEY]: req.bookingId },
      }, { idempotencyKey: req.idempotencyKey }));
      return { refundId: refund.id, status: refund.status ?? 'pending' };
    },

    verifyWebhook(rawBody, signature): PaymentEvent {
      if (!signature) throw new WebhookVerificationError('missing Stripe-Signature header');
      let event: Stripe.Event;
      try {
        event = client.webhooks.constructEvent(
          typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody),
          signature, settings.webhookSecret, settings.webhookToleranceSeconds,
        );
      } catch (err) {
        throw new WebhookVerificationError(err instanceof Error ? err.message : String(err));
      }
      return toPaymentEvent(event);
    },
  };
}

function stateOf(session: Stripe.Checkout.Session): CheckoutState {
  return {
    status: session.status === 'complete' ? 'complete' : session.status === 'expired' ? 'expired' : 'open',
    paid: session.payment_status === 'paid' || session.payment_status === 'no_payment_required',
    paymentIntentId: idOf(session.payment_intent),
    amountYen: session.amount_total ?? null,
    currency: session.currency ?? null,
    orgId: session.metadata?.[ORG_METADATA_KEY] ?? null,
    bookingId: session.metadata?.[BOOKING_METADATA_KEY] ?? session.client_reference_id ?? null,
  };
}

function idOf(ref: string | { id: string } | null | undefined): string | null {
  if (!ref) return null;
  return typeof ref === 'string' ? ref : ref.id;
}

export function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  const base = { id: event.id, type: event.type, sessionId: null, bookingId: null, paymentIntentId: null, amountYen: null, currency: null, orgId: null };
  if (!event.type.startsWith('checkout.session.')) return { ...base, kind: 'ignored' };
  const session = event.data.object as Stripe.Checkout.Session;
  const withSession = {
    ...base,
    sessionId: session.id,
    bookingId: session.metadata?.[BOOKING_METADATA_KEY] ?? session.client_reference_id ?? null,
    paymentIntentId: idOf(session.payment_intent),
    amountYen: session.amount_total ?? null,
    currency: session.currency ?? null,
    orgId: session.metadata?.[ORG_METADATA_KEY] ?? null,
  };
  switch (event.type) {
    case 'checkout.session.completed':
      return { ...withSession, kind: session.payment_status === 'unpaid' ? 'checkout_pending' : 'checkout_paid' };
    case 'checkout.session.async_payment_succeeded':
      return { ...withSession, kind: 'checkout_paid' };
    case 'checkout.session.async_payment_failed':
      return { ...withSession, kind: 'checkout_failed' };
    case 'checkout.session.expired':
      return { ...withSession, kind: 'checkout_expired' };
    default:
      return { ...withSession, kind: 'ignored' };
  }
}

/** Maps the client's errors to the port's: unreachable/5xx/rate-limited → retry later; the rest → refused. */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof Stripe.errors.StripeConnectionError || err instanceof Stripe.errors.StripeAPIError || err instanceof Stripe.errors.StripeRateLimitError) {
      throw new PaymentsUnavailableError(`Stripe unavailable: ${err.message}`);
    }
    if (err instanceof Stripe.errors.StripeError) {
      if ((err.statusCode ?? 0) >= 500) throw new PaymentsUnavailableError(`Stripe unavailable: ${err.message}`);
      throw new PaymentsRejectedError(`Stripe refused the request (${err.type}${err.code ? `/${err.code}` : ''}): ${err.message}`);
    }
    throw new PaymentsUnavailableError(`Stripe request failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
