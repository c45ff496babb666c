/**
 * Builds the Bolt App and registers the listeners (on the router, router.ts); nothing else lives here.
 * HTTP mode: Bolt's HTTPReceiver verifies every request's signature; its node request listener is
 * exposed so one http server can carry /slack/events beside other routes. Socket Mode when an
 * app-level token is configured. SLACK_API_URL points the Web API client elsewhere.
 */
import { HTTPReceiver, LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { RequestListener } from 'node:http';
import type { ActionDeps } from '../../flows/actions/deps.js';
import type { FeatureSettings } from '../feature-settings.js';
import type { Logger } from '../../logger.js';
import type { SlackConfig } from './config.js';
import { refusalLog } from '../http/refusal-log.js';
import { SlackContext } from './context.js';
import { requestTeams } from './installation.js';
import { guardSlackRequests } from './request-guard.js';
import { DurableApp } from './durable-app.js';
import { SlackFileSource } from './file-source.js';
import { register as registerActions } from './listeners/actions/index.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { register as registerEvents } from './listeners/events/index.js';
import { register as registerMessages } from './listeners/messages/index.js';
import { register as registerShortcuts } from './listeners/shortcuts/index.js';
import { register as registerViews } from './listeners/views/index.js';
import { SlackMessenger } from './messenger.js';
import { SlackRouter } from './router.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAdapter {
  app: DurableApp;
  ctx: SlackContext;
  messenger: SlackMessenger;
  files: SlackFileSource;
  /** HTTP mode only: mount it for SLACK_EVENTS_PATH (POST). */
  requestListener: RequestListener | null;
  /** Socket Mode: connects; HTTP mode: checks the token (auth.test). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createSlackAdapter(config: SlackConfig, deps: ActionDeps, features: FeatureSettings, logger: Logger, notify?: () => void): SlackAdapter {
  const boltLogger = toBoltLogger(logger.child({ component: 'slack' }));
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    timeout: config.apiTimeoutMs,
    retryConfig: { retries: config.apiRetries, factor: 2, minTimeout: 200, maxTimeout: 5000 },
    logger: boltLogger,
  };
  let receiver: HTTPReceiver | null = null;
  let app: DurableApp;
  const inbox = { policy: { leaseSeconds: config.eventLeaseSeconds, maxAttempts: 5 }, deps: { database: deps.database, logger: logger.child({ component: 'slack' }) } };
  if (config.mode === 'socket') {
    app = new DurableApp({ token: config.botToken, appToken: config.appToken!, socketMode: true, clientOptions, logger: boltLogger, convoStore: false }, inbox.deps, inbox.policy);
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret!,
      endpoints: SLACK_EVENTS_PATH,
      processBeforeResponse: false,
      logger: boltLogger,
      // Retries (X-Slack-Retry-Num) are dropped on their event id before any listener runs (durable-app.ts).
      unhandledRequestTimeoutMillis: 2500,
    });
    // No conversation store: mamori keeps its state in the database, and Bolt's in-memory store costs
    // every event a lookup and a timer.
    app = new DurableApp({ token: config.botToken, receiver, clientOptions, logger: boltLogger, convoStore: false }, inbox.deps, inbox.policy);
  }
  const ctx = new SlackContext(config, deps, features, app.client, logger.child({ component: 'slack' }), notify);
  const refused = refusalLog(logger.child({ component: 'slack' }), 'Slack request refused');
  app.gate = (body) => ctx.serves(body);
  app.onRefused = (body) => refused('not for the workspace this bot token serves', requestTeams(body));
  // One middleware routes each request to its listener by type and id (router.ts); Bolt itself has no listener chains.
  const routes = new SlackRouter(logger.child({ component: 'slack' }));
  registerEvents(routes, ctx);
  registerMessages(routes, ctx);
  registerShortcuts(routes, ctx);
  registerActions(routes, ctx);
  registerViews(routes, ctx);
  registerCommands(routes, ctx);
  app.use(routes.dispatch);
  app.error(async (err) => {
    ctx.logger.error({ err: { name: err.name, code: (err as { code?: string }).code } }, 'unhandled Slack listener error');
  });
  app.client.on(webApi.WebClientEvent.RATE_LIMITED, (retryAfter: number) => ctx.logger.warn({ retryAfter }, 'Slack rate limit: waiting Retry-After'));

  return {
    app, ctx,
    messenger: new SlackMessenger(ctx),
    files: new SlackFileSource(ctx),
    requestListener: receiver ? guardSlackRequests(receiver.requestListener, refused) : null,
    async start() {
      await ctx.init();
      if (config.mode === 'socket') await app.start();
    },
    async stop() {
      if (config.mode === 'socket') await app.stop();
    },
  };
}

/** Bolt's logger interface over pino; Bolt's messages are ids and codes, logged at its own levels. */
function toBoltLogger(log: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  const fmt = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : '[object]')).join(' ');
  return {
    debug: (...m: unknown[]) => log.debug(fmt(m)),
    info: (...m: unknown[]) => log.debug(fmt(m)),
    warn: (...m: unknown[]) => log.warn(fmt(m)),
    error: (...m: unknown[]) => log.error(fmt(m)),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}
