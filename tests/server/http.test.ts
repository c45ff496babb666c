/**
 * The HTTP server bounds every request body before a route sees it (issue 14): a declared
 * Content-Length over the limit is answered 413 without reading the body, a chunked body as soon as it
 * passes the limit, and a body within it reaches the routes, which read it from `rawBody` — Stripe's
 * webhook and the Teams adapter as mounted in production. Over real HTTP.
 */
import { request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHttpAdapter } from '../../src/bots/teams/teams-app.js';
import { silentLogger } from '../../src/logger.js';
import { stripePayments } from '../../src/payments/stripe-payments.js';
import { createStripeWebhookHandler } from '../../src/payments/webhook-http.js';
import { createHttpServer, type BufferedRequest } from '../../src/server/http.js';
import { FakeStripe } from '../helpers/fake-stripe.js';

const LIMIT = 64 * 1024;

interface Sent {
  status: number;
  body: string;
  /** Body bytes the client had written when the answer came. */
  written: number;
}

/**
 * POSTs up to `total` bytes in 16 KiB chunks and stops writing as soon as an answer arrives, as a
 * client that reads answers early would; `declare` sends that Content-Length instead of chunking.
 */
function post(url: string, total: number, declare?: number): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = request(url, { method: 'POST', headers: declare === undefined ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(declare) } });
    req.on('response', (res: IncomingMessage) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, written });
        req.destroy();
      });
    });
    // The server closes the connection after a 413: a write still under way may then fail, harmlessly.
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered && declare === undefined) req.end();
    };
    pump();
  });
}

describe('request body limit', () => {
  const stripe = new FakeStripe();
  let server: Server;
  let base: string;
  const seen: Array<{ path: string; bytes: number }> = [];

  beforeAll(async () => {
    await stripe.start();
    const teams = new NodeHttpAdapter({ loopbackServiceUrlsOnly: false, logger: silentLogger, tenantId: '' });
    teams.registerRoute('POST', '/api/messages', async ({ body }) => ({ status: 200, body: { echoed: (body as { text?: string }).text } }));
    server = createHttpServer(
      {
        '/echo': (req, res) => {
          const body = (req as BufferedRequest).rawBody;
          seen.push({ path: '/echo', bytes: body.length });
          res.writeHead(200).end(String(body.length));
        },
        '/api/messages': (req, res) => teams.handle(req, res),
        '/webhooks/stripe': createStripeWebhookHandler({ payments: stripePayments(stripe.settings()), onEvent: async () => 'processed', logger: silentLogger }),
      },
      silentLogger,
      async () => ({ ok: true }),
      { maxBodyBytes: LIMIT },
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await stripe.close();
  });

  it('answers 413 to a declared 250 MB body at once, without reading it or calling the route', async () => {
    const sent = await post(`${base}/echo`, 64 * 1024, 250 * 1024 * 1024);
    expect(sent.status).toBe(413);
    expect(JSON.parse(sent.body)).toEqual({ error: 'payload too large', limitBytes: LIMIT });
    expect(seen).toEqual([]);
  });

  it('answers 413 to a chunked body as soon as it passes the limit, long before the client is done', async () => {
    const sent = await post(`${base}/echo`, 64 * 1024 * 1024);
    expect(sent.status).toBe(413);
    expect(sent.written).toBeLessThan(32 * 1024 * 1024);
    expect(seen).toEqual([]);
  });

  it('hands a body within the limit to the route, read once', async () => {
    expect(await post(`${base}/echo`, LIMIT)).toMatchObject({ status: 200, body: String(LIMIT) });
    expect(await post(`${base}/echo`, 32 * 1024, 32 * 1024)).toMatchObject({ status: 200, body: String(32 * 1024) });
    expect((await fetch(`${base}/echo`)).status).toBe(200);
    expect(seen.map((s) => s.bytes)).toEqual([LIMIT, 32 * 1024, 0]);
  });

  it('the Teams adapter and Stripe webhook read the body the server already read', async () => {
    const activity = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'こんにちは', channelData: { tenant: { id: 't1' } } }) });
    expect(activity.status).toBe(200);
    expect(await activity.json()).toEqual({ echoed: 'こんにちは' });
    const ev = stripe.signedEvent('checkout.session.expired', { id: 'cs_limit', object: 'checkout.session', metadata: {} });
    const webhook = await fetch(`${base}/webhooks/stripe`, { method: 'POST', body: ev.body, headers: { 'stripe-signature': ev.signature } });
    expect(webhook.status).toBe(200);
    expect((await post(`${base}/api/messages`, 1024 * 1024)).status).toBe(413);
    expect((await post(`${base}/webhooks/stripe`, 1024, 10 * 1024 * 1024)).status).toBe(413);
  });
});

describe('request time limit', () => {
  it('answers 408 and closes a connection whose body trickles in, and the server goes on answering', async () => {
    const routeCalls: number[] = [];
    const server = createHttpServer({ '/echo': (_req, res) => void (routeCalls.push(1), res.writeHead(200).end('ok')) }, silentLogger, async () => ({ ok: true }), { requestTimeoutMs: 400 });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    try {
      // Declares 1 KB and sends one byte at a time, slower than any real client, and never finishes.
      const status = await new Promise<number | string>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/echo', method: 'POST', headers: { 'content-length': '1024' } });
        req.on('response', (res: IncomingMessage) => resolve(res.statusCode ?? 0));
        req.on('error', (e) => resolve(e.message));
        const drip = setInterval(() => req.write('x'), 100);
        req.on('close', () => clearInterval(drip));
      });
      // Node answers 408 when it can, or drops the socket: either way the trickle is over and no route ran.
      expect([408, 'socket hang up']).toContain(status);
      expect(routeCalls).toEqual([]);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
