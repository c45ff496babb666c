/**
 * `POST /webhooks/stripe` for the project's HTTP server (node:http style, so any server can mount
 * it): reads the raw body (the signature is over the exact bytes), verifies it with the signing
 * secret, hands the event to the booking flow, and answers Stripe:
 * 200 processed (or a resend already processed, or an event we ignore); 400 bad or missing
 * signature (logged, never processed); 405/413 wrong method or oversized body; 500 when processing
 * failed (Stripe resends later; processing is idempotent).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { WebhookVerificationError, type PaymentEvent, type Payments } from '../flows/booking/payments.js';
import type { Logger } from '../logger.js';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

export interface StripeWebhookHandlerDeps {
  payments: Payments;
  /** The booking flow's handler (handlePaymentEvent bound to its deps). */
  onEvent: (event: PaymentEvent) => Promise<unknown>;
  logger: Logger;
  /** Largest body accepted (Stripe's events are a few kilobytes). */
  maxBytes?: number;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createStripeWebhookHandler(deps: StripeWebhookHandlerDeps): NodeHandler {
  const maxBytes = deps.maxBytes ?? 1024 * 1024;
  const log = deps.logger.child({ component: 'stripe-webhook' });
  return async (req, res) => {
    if (req.method !== 'POST') return reply(res, 405, { error: 'method not allowed' });
    let body: Buffer;
    try {
      body = await readBody(req, maxBytes);
    } catch {
      return reply(res, 413, { error: 'payload too large' });
    }
    const signature = req.headers['stripe-signature'];
    let event: PaymentEvent;
    try {
      event = deps.payments.verifyWebhook(body, Array.isArray(signature) ? signature[0] : signature);
    } catch (err) {
      if (err instanceof WebhookVerificationError) {
        log.warn({ reason: err.message }, 'stripe webhook refused: signature not verified');
        return reply(res, 400, { error: 'invalid signature' });
      }
      throw err;
    }
    try {
      const outcome = await deps.onEvent(event);
      log.info({ eventId: event.id, type: event.type, outcome }, 'stripe webhook processed');
      return reply(res, 200, { received: true });
    } catch (err) {
      log.error({ eventId: event.id, type: event.type, err: { name: (err as Error).name, message: (err as Error).message } }, 'stripe webhook processing failed');
      return reply(res, 500, { error: 'processing failed' });
    }
  };
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  // Mounted on the project's HTTP server, the body was already read there, within its limit.
  const read = (req as { rawBody?: unknown }).rawBody;
  if (Buffer.isBuffer(read)) return read.length > maxBytes ? Promise.reject(new Error('too large')) : Promise.resolve(read);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new Error('too large'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
