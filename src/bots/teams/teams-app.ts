/**
 * The Teams SDK App, hosted on our own node HTTP server through an IHttpServerAdapter (the SDK's
 * way to plug into an existing server): the SDK registers POST /api/messages on the adapter and
 * does the Bot Framework JWT validation; the adapter only moves bytes. The subclass exposes what
 * proactive delivery needs: a Bot Connector client for a stored conversation's serviceUrl, sending
 * to a stored conversation reference, and a Graph client on the configured Graph root.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type HttpRouteHandler, type IHttpServerAdapter } from '@microsoft/teams.apps';
import { Client as ApiClient, PUBLIC, type ActivityParams, type ConversationReference, type SentActivity } from '@microsoft/teams.api';
import { Client as GraphClient } from '@microsoft/teams.graph';
import type { Client as HttpClient, ILogger, LogLevel } from '@microsoft/teams.common';
import type { Logger } from '../../logger.js';
import { refusalLog, type RefusalLog } from '../http/refusal-log.js';
import { isLoopbackUrl, UNAUTHENTICATED_WARNING, type TeamsConfig } from './config.js';
import { TEAMS_LIMITS } from './limits.js';
import { tenantRefusal } from './tenant.js';

export const MESSAGING_ENDPOINT = '/api/messages';

export class MamoriTeamsApp extends App {
  /** A Bot Connector client for this serviceUrl, authenticated as the bot. */
  connector(serviceUrl: string): ApiClient {
    return new ApiClient(serviceUrl.replace(/\/+$/, ''), this.client.clone({ token: () => this.getBotToken() }), this.options.apiClientSettings, this.cloud);
  }

  /** Sends (or, with `activity.id`, updates) an activity in a stored conversation. */
  sendTo(ref: ConversationReference, activity: ActivityParams): Promise<SentActivity> {
    return this.activitySender.send(activity, ref);
  }

  /** Microsoft Graph (v1.0 under `baseUrlRoot`) with the app's token for the tenant. */
  graphHttp(tenantId: string, baseUrlRoot: string): HttpClient {
    const http = this.client.clone({ token: () => this.getAppGraphToken(tenantId) });
    // teams.apps ships CommonJS typings and teams.graph ESM ones: the same class seen twice.
    return new GraphClient(http as never, { baseUrlRoot }).http as unknown as HttpClient;
  }
}

/**
 * What the SDK logs, per refused request, when a token is missing or invalid (two error lines for
 * one bad token: the JWT validator's and the HTTP server's). Anyone can send such requests as fast as
 * they like, so these go to debug; the adapter logs each refusal once, rate-limited, as a warning.
 */
const SDK_REFUSAL_LINES = /^(JWT verification failed|JWT validation failed|Decoded token is not a valid object|Custom validation failed|inbound activity rejected)/;

function isRefusalLine(m: unknown[]): boolean {
  if (typeof m[0] !== 'string') return false;
  if (SDK_REFUSAL_LINES.test(m[0])) return true;
  // A token naming a signing key Microsoft never issued; an unreachable key endpoint stays an error.
  return m[0].startsWith('Failed to get signing key') && (m[1] as { name?: string } | undefined)?.name === 'SigningKeyNotFoundError';
}

/** pino as the SDK's ILogger (the SDK logs activity bodies at debug: keep its level at info or above). */
export function sdkLogger(logger: Logger, name = 'teams-sdk'): ILogger {
  const log = logger.child({ component: name });
  const text = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : typeof m === 'string' ? m : '[object]')).join(' ');
  const self: ILogger = {
    error: (...m) => (isRefusalLine(m) ? log.debug(text(m)) : log.error(text(m))),
    warn: (...m) => (isRefusalLine(m) ? log.debug(text(m)) : log.warn(text(m))),
    info: (...m) => log.info(text(m)),
    debug: () => {},
    trace: () => {},
    log: (level: LogLevel, ...m) => {
      if (level === 'error' || level === 'warn') self[level](...m);
      else if (level === 'info') log.info(text(m));
    },
    child: (child: string) => sdkLogger(logger, `${name}/${child}`),
  };
  return self;
}

/** The SDK's HTTP adapter over node:http: one request handler per route, mounted by the server. */
export class NodeHttpAdapter implements IHttpServerAdapter {
  private readonly routes = new Map<string, HttpRouteHandler>();
  private readonly refused: RefusalLog;

  constructor(private readonly options: { loopbackServiceUrlsOnly: boolean; logger: Logger; tenantId: string }) {
    this.refused = refusalLog(options.logger.child({ component: 'teams' }), 'Teams request refused');
  }

  registerRoute(method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  handles(req: IncomingMessage): boolean {
    const path = (req.url ?? '').split('?')[0] ?? '';
    return this.routes.has(`${req.method ?? ''} ${path}`);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const handler = this.routes.get(`${req.method ?? ''} ${path}`);
    if (!handler) return send(res, 404, { error: 'not found' });
    let body: unknown;
    try {
      const raw = await readBody(req, TEAMS_LIMITS.maxRequestBytes);
      body = JSON.parse(raw.toString('utf8'));
    } catch (err) {
      const tooLarge = err instanceof Error && err.message === 'too large';
      return send(res, tooLarge ? 413 : 400, { error: tooLarge ? 'request too large' : 'invalid JSON' });
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return send(res, 400, { error: 'an activity object is required' });
    if (this.options.loopbackServiceUrlsOnly && !isLoopbackUrl((body as { serviceUrl?: unknown }).serviceUrl)) {
      // Unauthenticated mode: the bot would call whatever serviceUrl the sender chose. Only loopback.
      this.refused('serviceUrl not on loopback in unauthenticated mode');
      return send(res, 403, { error: 'serviceUrl must be a loopback address in unauthenticated mode' });
    }
    const tenantProblem = tenantRefusal(body, this.options.tenantId);
    if (tenantProblem) {
      this.refused(tenantProblem, { type: (body as { type?: unknown }).type });
      return send(res, 403, { error: 'tenant refused' });
    }
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = v;
    try {
      const out = await handler({ body, headers });
      if (out.status === 401) this.refused('no valid Bot Framework token');
      send(res, out.status, out.body);
    } catch (err) {
      this.options.logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'teams activity failed');
      send(res, 500, { error: 'internal error' });
    }
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  if (body === undefined || body === null) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  // Mounted on the project's HTTP server, the body was already read there, within its limit.
  const read = (req as { rawBody?: unknown }).rawBody;
  if (Buffer.isBuffer(read)) return read.length > max ? Promise.reject(new Error('too large')) : Promise.resolve(read);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Builds the App for the configuration; the unauthenticated mode warns loudly. */
export function buildTeamsApp(config: TeamsConfig, logger: Logger): { app: MamoriTeamsApp; adapter: NodeHttpAdapter } {
  if (config.allowUnauthenticated) logger.warn(UNAUTHENTICATED_WARNING);
  const adapter = new NodeHttpAdapter({ loopbackServiceUrlsOnly: config.allowUnauthenticated, logger, tenantId: config.tenantId });
  const app = new MamoriTeamsApp({
    // Explicit values (even empty) so the SDK never falls back to CLIENT_ID/CLIENT_SECRET/... in process.env.
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    tenantId: config.tenantId,
    managedIdentityClientId: '',
    serviceUrl: config.serviceUrl,
    cloud: PUBLIC,
    httpServerAdapter: adapter,
    messagingEndpoint: MESSAGING_ENDPOINT,
    dangerouslyAllowUnauthenticatedRequests: config.allowUnauthenticated,
    logger: sdkLogger(logger),
    activity: { mentions: { stripText: true } },
  });
  return { app, adapter };
}
