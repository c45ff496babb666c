/**
 * The one HTTP server: Slack's events (HTTP mode), Teams' /api/messages, Stripe's webhook and a health
 * check share a port, each mounted only when its platform is configured.
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

export function createHttpServer(routes: HttpRoutes, logger: Logger, health: () => Promise<HealthReport>): Server {
  return createServer((req, res) => {
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
    Promise.resolve()
      .then(() => route(req, res))
      .catch((err: unknown) => {
        // A handler's bug must not take the process down with it; the platform will retry.
        logger.error({ path, err: err instanceof Error ? err.name : 'unknown' }, 'request handler failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
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
