/**
 * The Teams adapter, assembled: the SDK App on our node HTTP server (POST /api/messages), the
 * listeners (./listeners, one register per kind of activity), and the pipeline ports (Messenger, FileSource) for Teams organisations.
 *
 *   const teams = loadTeamsConfig(process.env);               // null: Teams not configured
 *   const bot = teams && await createTeamsBot({ config: teams, ... });
 *   http.createServer((req, res) => { if (bot?.route(req, res)) return; slack(req, res) … });
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type PgBoss from 'pg-boss';
import type { ActionDeps } from '../../flows/actions/deps.js';
import type { TeamsStore } from '../../flows/teams-store.js';
import type { TeamsConfig } from './config.js';
import { TeamsFileSource } from './file-source.js';
import type { HandlerDeps } from './listeners/context.js';
import { registerListeners } from './listeners/index.js';
import type { FeatureSettings } from '../feature-settings.js';
import { ensureMeetingWatchQueue, startMeetingWatch, type MeetingWatch } from './meeting-watch.js';
import { TeamsMessenger } from './messenger.js';
import { buildTeamsApp, MESSAGING_ENDPOINT, type MamoriTeamsApp, type NodeHttpAdapter } from './teams-app.js';

export interface TeamsBotDeps {
  config: TeamsConfig;
  /**
   * The flows' deps (database, job queue, organisation defaults, logger), built once by the server and
   * shared with Slack: the adapter hands them to the flows it calls and reaches no data itself.
   */
  actions: ActionDeps;
  /** What the adapter remembers between activities (db/repo/teams.ts in the server). */
  store: TeamsStore;
  /** Attempts an analysis job gets (MAMORI_JOB_RETRY_LIMIT + 1). */
  analysisAttempts: number;
  /** Wakes the workers of this process after a submission was queued. */
  onQueued?: () => void;
  /** Waits between Graph retries (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Put the timeline picture in answers (default true). */
  timeline?: boolean;
  /** Largest file downloaded (default TEAMS_LIMITS.maxDownloadBytes). */
  maxDownloadBytes?: number;
  /** The community's settings and the booking's (Stripe, its configuration), given once here. */
  features: FeatureSettings;
  /**
   * The job queue's pg-boss: meetings then wait for their transcript to be published (re-checked at
   * config.transcriptRecheckMinutes, ./meeting-watch.ts). Without it a meeting is submitted at once.
   */
  boss?: PgBoss;
  /** How often the meeting watch polls its queue (default 2 s). */
  pollingIntervalMs?: number;
}

export interface TeamsBot {
  readonly path: typeof MESSAGING_ENDPOINT;
  /** Takes POST /api/messages and returns true; false for any other request (not answered). */
  route(req: IncomingMessage, res: ServerResponse): boolean;
  /** The request listener for /api/messages alone. */
  listener(req: IncomingMessage, res: ServerResponse): Promise<void>;
  messenger: TeamsMessenger;
  files: TeamsFileSource;
  app: MamoriTeamsApp;
  store: TeamsStore;
  /** Stops the meeting watch's worker (when there is one). */
  stop(): Promise<void>;
}

export async function createTeamsBot(deps: TeamsBotDeps): Promise<TeamsBot> {
  const logger = deps.actions.logger.child({ platform: 'teams' });
  const { app, adapter } = buildTeamsApp(deps.config, logger);
  const { store } = deps;
  const actions: ActionDeps = { ...deps.actions, logger };
  let meetingWatch: MeetingWatch | undefined;
  if (deps.boss) {
    await ensureMeetingWatchQueue(deps.boss);
    meetingWatch = startMeetingWatch({
      boss: deps.boss, app, config: deps.config, store, actions, logger,
      pollingIntervalMs: deps.pollingIntervalMs ?? 2000, sleep: deps.sleep, onQueued: deps.onQueued,
    });
  }
  const h: HandlerDeps = { app, config: deps.config, features: deps.features, store, actions, onQueued: deps.onQueued, meetingWatch };

  registerListeners(app, h);
  app.event('error', ({ error }) => logger.error({ err: { name: error?.name, message: error?.message } }, 'teams sdk error'));
  await app.initialize();

  const messenger = new TeamsMessenger({ app, store, actions, config: deps.config, logger, timeline: deps.timeline });
  const files = new TeamsFileSource({
    store, app, config: deps.config, logger, analysisAttempts: deps.analysisAttempts, sleep: deps.sleep, maxDownloadBytes: deps.maxDownloadBytes,
    meetingsWatched: meetingWatch !== undefined, actions,
    updateProgress: (orgId, ref, text) => messenger.replaceWithText(orgId, ref, text),
  });
  const node: NodeHttpAdapter = adapter;
  return {
    path: MESSAGING_ENDPOINT,
    route(req, res) {
      if (!node.handles(req)) return false;
      void node.handle(req, res);
      return true;
    },
    listener: (req, res) => node.handle(req, res),
    messenger,
    files,
    app,
    store,
    stop: async () => {
      await meetingWatch?.stop();
    },
  };
}
