/**
 * The Payments port the booking flows talk to (Stripe in production: src/payments/stripe-payments.ts;
 * a local fake Stripe server in tests). Amounts are yen (JPY has no minor unit).
 */

export interface CheckoutRequest {
  bookingId: string;
  orgId: string;
  /** What the trainee sees on the payment page (Japanese first). */
  productName: string;
  description: string;
  priceYen: number;
  taxYen: number;
  taxRatePercent: number;
  /** When the payment page closes (Stripe accepts 30 minutes to 24 hours ahead). */
  expiresAt: Date;
  successUrl: string;
  cancelUrl: string;
  /** The same key gives the same session (a retried request never opens a second one). */
  idempotencyKey: string;
}

export interface CheckoutSession {
  sessionId: string;
  url: string;
  expiresAt: Date;
}

export interface CheckoutState {
  status: 'open' | 'complete' | 'expired';
  paid: boolean;
  paymentIntentId: string | null;
  amountYen: number | null;
  currency: string | null;
  /** The organisation and booking ids in the session's metadata. */
  orgId: string | null;
  bookingId: string | null;
}

export interface RefundRequest {
  paymentIntentId: string;
  amountYen: number;
  /** Stable per refund: a retry after a timeout never refunds twice. */
  idempotencyKey: string;
  bookingId: string;
}

/** A verified payment event, reduced to what booking needs. */
export interface PaymentEvent {
  id: string;
  /** Stripe's event type, e.g. 'checkout.session.completed'. */
  type: string;
  kind: 'checkout_paid' | 'checkout_pending' | 'checkout_expired' | 'checkout_failed' | 'ignored';
  sessionId: string | null;
  /** The booking id we put in the session's metadata (null for sessions that are not ours). */
  bookingId: string | null;
  paymentIntentId: string | null;
  amountYen: number | null;
  currency: string | null;
  /** The organisation id we put in the session's metadata. */
  orgId: string | null;
}

export interface Payments {
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  /** Closes an open session (so it can no longer be paid) and tells its final state. */
  expireCheckout(sessionId: string): Promise<CheckoutState>;
  refund(request: RefundRequest): Promise<{ refundId: string; status: string }>;
  /** Verifies a webhook's signature over the raw body; throws WebhookVerificationError. */
  verifyWebhook(rawBody: string | Uint8Array, signature: string | undefined): PaymentEvent;
}

/** The provider could not be reached or failed on its side (network, 5xx, rate limit): try again later. */
export class PaymentsUnavailableError extends Error {
  override name = 'PaymentsUnavailableError';
}

/** The provider refused the request for good (bad parameters, already refunded, …). */
export class PaymentsRejectedError extends Error {
  override name = 'PaymentsRejectedError';
}

export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
}
