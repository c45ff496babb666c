/**
 * The one HTTP server: Slack's events (HTTP mode), Teams' /api/messages, Stripe's webhook and a health
 * check share a port, each mounted only when its platform is configured.
 *
 * Every request body is bounded here, before any route sees it: a declared Content-Length over the
 * limit is answered 413 without reading a byte of the body, and a body sent without one (chunked) is
 * counted as it arrives and answered 413 as soon as it passes the limit. A body within the limit is
 * read once and handed to the route as `req.rawBody` (Bolt's convention for a body already read),
 * so no route ever buffers an unsigned body of any size before checking its signature.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';

export type Route = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface HttpRoutes {
  /** Exact paths (or prefixes ending in '/'); each handler answers the methods it supports and refuses the rest. */
  [path: string]: Route;
}

/** What /healthz answers: 200 when `ok`, 503 otherwise; the details go in the body for the operator. */
export interface HealthReport {
  ok: boolean;
  [detail: string]: unknown;
}

/** Slack events, Teams activities and Stripe events are kilobytes; 1 MiB leaves room for any of them. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface HttpServerOptions {
  /** Largest request body accepted on any route (MAMORI_HTTP_MAX_BODY_KB). */
  maxBodyBytes?: number;
  /**
   * Longest a client may take to send its whole request (MAMORI_HTTP_REQUEST_TIMEOUT_SECONDS): a body
   * trickled a byte at a time would otherwise hold a connection and its buffer for Node's default 5 min.
   */
  requestTimeoutMs?: number;
}

/** Slack and Teams send a request in milliseconds and retry after 3 s; 30 s is generous for any real client. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** A request whose body the server has read (within the limit): routes read it from here. */
export type BufferedRequest = IncomingMessage & { rawBody: Buffer };

export function createHttpServer(routes: HttpRoutes, logger: Logger, health: () => Promise<HealthReport>, options: HttpServerOptions = {}): Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  // Node checks the timeouts on an interval: a quarter of the timeout keeps the answer within 25 % of it.
  const timing = { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(requestTimeout / 4))) };
  return createServer(timing, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      health().then(
        ({ ok, ...details }) =>
          res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', ...details })),
        () => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable', database: 'unreachable' })),
      );
      return;
    }
    // Exact paths, or a prefix route ending in '/' for paths that carry an id (/exports/<token>).
    const route = routes[path] ?? Object.entries(routes).find(([p]) => p.endsWith('/') && path.startsWith(p))?.[1];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      tooLarge(res, maxBodyBytes, logger, path);
      return;
    }
    readBody(req, maxBodyBytes)
      .then((body) => {
        if (body === 'too-large') return tooLarge(res, maxBodyBytes, logger, path);
        if (body === 'aborted') return;
        (req as BufferedRequest).rawBody = body;
        return route(req, res);
      })
      .catch((err: unknown) => {
        // A handler's bug must not take the process down with it; the platform will retry.
        logger.error({ path, err: err instanceof Error ? err.name : 'unknown' }, 'request handler failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
}

/** The body, counted chunk by chunk; 'too-large' the moment it passes maxBytes (nothing more is kept). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        chunks.length = 0;
        // Whatever is already on its way is discarded until the 413 has gone out and the connection closes.
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
    req.on('aborted', () => resolve('aborted'));
  });
}

function tooLarge(res: ServerResponse, maxBytes: number, logger: Logger, path: string): void {
  logger.warn({ path, limitBytes: maxBytes }, 'request body over the limit refused');
  if (res.headersSent) return;
  const body = JSON.stringify({ error: 'payload too large', limitBytes: maxBytes });
  // The rest of the body is never read: the connection closes once the answer is out.
  res.writeHead(413, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' }).end(body);
}

export function listen(server: Server, port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
