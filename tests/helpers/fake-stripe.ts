/**
 * A local fake of the part of Stripe's API booking uses, over real HTTP: the official `stripe` client
 * talks to it through its host/port/protocol settings. Checkout Sessions (create with idempotency
 * keys, retrieve, expire), refunds (idempotent), and signed webhook events built with Stripe's own
 * test helper (`stripe.webhooks.generateTestHeaderString`), so verification is the real one.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import type { StripeSettings } from '../../src/payments/config.js';

export const TEST_WEBHOOK_SECRET = 'whsec_test_mamori_fake_secret';

export interface FakeSession {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  url: string | null;
  expires_at: number;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  line_items: Array<{ name: string; unit_amount: number; tax_rates: string[] }>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  form: Record<string, unknown>;
  idempotencyKey: string | undefined;
}

/** `a[b][0][c]=1` form fields → nested objects/arrays. */
export function parseStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

export class FakeStripe {
  readonly sessions = new Map<string, FakeSession>();
  readonly refunds: Array<{ id: string; payment_intent: string; amount: number }> = [];
  readonly requests: RecordedRequest[] = [];
  /** While true, every connection is dropped (Stripe unreachable). */
  down = false;
  private readonly idempotent = new Map<string, { status: number; body: unknown }>();
  private server: Server | undefined;
  private seq = 0;
  private readonly stripe = new Stripe('sk_test_helper');

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  settings(overrides: Partial<StripeSettings> = {}): StripeSettings {
    return {
      secretKey: 'sk_test_mamori', webhookSecret: TEST_WEBHOOK_SECRET, host: '127.0.0.1', port: this.port, protocol: 'http',
      timeoutMs: 2000, maxNetworkRetries: 0, webhookToleranceSeconds: 300, ...overrides,
    };
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The trainee paid on the Checkout page. */
  pay(sessionId: string): FakeSession {
    const s = this.sessions.get(sessionId)!;
    s.status = 'complete';
    s.payment_status = 'paid';
    s.payment_intent = `pi_test_${++this.seq}`;
    return s;
  }

  /** Stripe's own expiry of the session. */
  expire(sessionId: string): FakeSession {
    const s = this.sessions.get(sessionId)!;
    s.status = 'expired';
    s.url = null;
    return s;
  }

  /** A webhook event (body and Stripe-Signature header) signed with Stripe's test helper. */
  signedEvent(type: string, object: unknown, options: { id?: string; secret?: string; timestamp?: number } = {}): { body: string; signature: string; id: string } {
    const id = options.id ?? `evt_test_${++this.seq}`;
    const body = JSON.stringify({ id, object: 'event', type, api_version: '2026-10-28.endive', created: Math.floor(Date.now() / 1000), livemode: false, data: { object } });
    const signature = this.stripe.webhooks.generateTestHeaderString({
      payload: body, secret: options.secret ?? TEST_WEBHOOK_SECRET, ...(options.timestamp ? { timestamp: options.timestamp } : {}),
    });
    return { body, signature, id };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.down) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const form = parseStripeForm(req.method === 'GET' ? url.search.slice(1) : body);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname, form, idempotencyKey });
    if (req.headers.authorization !== 'Bearer sk_test_mamori') return send(res, 401, error('authentication_error', 'bad key'));
    if (idempotencyKey && req.method === 'POST') {
      const seen = this.idempotent.get(`${url.pathname}:${idempotencyKey}`);
      if (seen) return send(res, seen.status, seen.body);
    }
    const [status, payload] = this.route(req.method ?? 'GET', url.pathname, form);
    if (idempotencyKey && req.method === 'POST') this.idempotent.set(`${url.pathname}:${idempotencyKey}`, { status, body: payload });
    send(res, status, payload);
  }

  private route(method: string, path: string, form: Record<string, any>): [number, unknown] {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const id = `cs_test_${++this.seq}`;
      const items = Object.values((form.line_items ?? {}) as Record<string, any>).map((li) => ({
        name: String(li.price_data?.product_data?.name ?? ''),
        unit_amount: Number(li.price_data?.unit_amount ?? 0) * Number(li.quantity ?? 1),
        tax_rates: Object.values(li.tax_rates ?? {}).map(String),
      }));
      if (form.line_items?.[0]?.price_data?.currency !== 'jpy') return [400, error('invalid_request_error', 'currency must be jpy here')];
      const expiresAt = Number(form.expires_at);
      if (expiresAt < Math.floor(Date.now() / 1000) + 30 * 60 - 5) return [400, error('invalid_request_error', 'expires_at must be at least 30 minutes ahead')];
      const session: FakeSession = {
        id, object: 'checkout.session', status: 'open', payment_status: 'unpaid', url: `https://checkout.stripe.test/c/pay/${id}`,
        expires_at: expiresAt, amount_total: items.reduce((n, i) => n + i.unit_amount, 0), currency: 'jpy',
        client_reference_id: form.client_reference_id ?? null, metadata: form.metadata ?? {}, payment_intent: null, line_items: items,
      };
      this.sessions.set(id, session);
      return [200, session];
    }
    if ((m = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path)) && method === 'GET') {
      const s = this.sessions.get(m[1]!);
      return s ? [200, s] : [404, error('invalid_request_error', 'No such checkout.session', 'resource_missing')];
    }
    if ((m = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path)) && method === 'POST') {
      const s = this.sessions.get(m[1]!);
      if (!s) return [404, error('invalid_request_error', 'No such checkout.session', 'resource_missing')];
      if (s.status !== 'open') return [400, error('invalid_request_error', 'Only Checkout Sessions with a status in ["open"] can be expired.')];
      return [200, this.expire(s.id)];
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const paid = [...this.sessions.values()].find((s) => s.payment_intent === form.payment_intent);
      if (!paid) return [404, error('invalid_request_error', 'No such payment_intent', 'resource_missing')];
      const already = this.refunds.filter((r) => r.payment_intent === form.payment_intent).reduce((n, r) => n + r.amount, 0);
      const amount = Number(form.amount ?? paid.amount_total);
      if (already + amount > paid.amount_total) return [400, error('invalid_request_error', 'Refund exceeds the charge', 'charge_already_refunded')];
      const refund = { id: `re_test_${++this.seq}`, object: 'refund', payment_intent: String(form.payment_intent), amount, currency: 'jpy', status: 'succeeded' };
      this.refunds.push(refund);
      return [200, refund];
    }
    return [404, error('invalid_request_error', `Unrecognized request URL (${method}: ${path})`)];
  }
}

function error(type: string, message: string, code?: string) {
  return { error: { type, message, ...(code ? { code } : {}) } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_fake_${Date.now()}` });
  res.end(JSON.stringify(body));
}
