/**
 * The composition root of `npm start`: reads every setting from the environment once, starts the
 * runtime (database, pg-boss, pipeline workers), plugs in each platform that is configured (Slack,
 * Teams), the optional services (transcription, the model review, Stripe), the community, booking and
 * insights jobs, and the one HTTP server. Nothing here decides anything about harassment.
 */
import type { Server } from 'node:http';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../bots/slack/app.js';
import { createExportDownloadHandler, EXPORT_DOWNLOAD_PREFIX } from '../bots/http/export-download.js';
import { createFileDownloadHandler, FILE_DOWNLOAD_PREFIX } from '../bots/http/file-download.js';
import { bookingReturnRoutes } from '../bots/http/pages/booking-return-pages.js';
import { policyRoutes } from '../bots/http/pages/policy-pages.js';
import { startSlackHousekeeping } from '../bots/slack/runtime.js';
import { createTeamsBot, type TeamsBot } from '../bots/teams/bot.js';
import { unauthenticatedHost } from '../bots/teams/config.js';
import { startTeamsHousekeeping } from '../bots/teams/runtime.js';
import { reviewOrgFor } from '../db/repo/review.js';
import type { ActionDeps } from '../flows/actions/deps.js';
import type { FeatureSettings } from '../bots/feature-settings.js';
import type { BookingDeps } from '../flows/booking/deps.js';
import { ensureBookingQueue, scheduleBookingSweep, startBookingWorker } from '../jobs/booking-jobs.js';
import { handlePaymentEvent } from '../flows/booking/payment-events.js';
import { suppressionPostFilter } from '../flows/insights/suppression.js';
import type { PipelinePorts } from '../jobs/workers.js';
import { ensureCommunityQueues, scheduleCommunityJobs, startCommunityWorkers } from '../jobs/community-jobs.js';
import { ensureInsightsQueues, scheduleInsightsJobs, startInsightsWorkers } from '../jobs/insights-jobs.js';
import type { WorkerLoop } from '../jobs/worker-loop.js';
import { watchScheduler } from '../jobs/scheduler-health.js';
import { stripePayments } from '../payments/stripe-payments.js';
import { createStripeWebhookHandler, STRIPE_WEBHOOK_PATH } from '../payments/webhook-http.js';
import { createReviewer } from '../review/index.js';
import { OpenAiTranscriber } from '../transcription/openai-transcriber.js';
import { createHttpServer, listen, type HttpRoutes } from './http.js';
import { routedFileSource, routedMessenger } from './platform-ports.js';
import type { AppConfig } from '../config.js';
import { NO_PLATFORM_LOG_MESSAGE, noPlatformGuide } from './first-run-guide.js';
import { loadSettings, type Env } from './settings.js';
import { startRuntime, type Runtime, type RuntimeCore } from './start.js';
import { TeamsRepository } from '../db/repo/teams.js';

export interface MamoriServer {
  runtime: Runtime;
  http: Server | null;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /**
   * false for `npx mamori worker`: the adapters are built for their Messenger and FileSource, but no
   * HTTP server listens and no Slack socket connects, so more machines can share the work.
   */
  serve?: boolean;
  config?: AppConfig;
  /** Tests only: what the analysis threads run instead of the engine (see RuntimeOptions). */
  analyserModule?: URL;
  /** A terminal (TTY) to greet with a guide in words when nothing is configured; the log line otherwise. */
  terminal?: { write(text: string): unknown } | undefined;
}

export async function startServer(env: Env, options: ServerOptions = {}): Promise<MamoriServer> {
  // Validate everything before opening anything: a bad setting stops the start with one clear message.
  const settings = loadSettings(env, options.config);
  const { config, slack: slackConfig, teams: teamsConfig, stripe: stripeSettings, transcriber: transcriberOptions, review: reviewConfig } = settings;
  const { community: communitySettings, insights: insightsConfig, booking: bookingSettings } = settings;
  const serve = options.serve !== false;
  // The operator's privacy/terms files are read here, so a missing or unsafe one stops the start.
  const pageRoutes = { ...bookingReturnRoutes(), ...policyRoutes(config.pages) };
  // Unauthenticated Teams must never be reachable from another machine.
  const host = teamsConfig?.allowUnauthenticated && serve ? unauthenticatedHost(config.http.host) : config.http.host;
  // Calendar files name the organisation's own domain (MAMORI_CALENDAR_DOMAIN, config.ts).
  const communityConfig = { ...communitySettings, calendarDomain: config.calendarDomain };
  const bookingConfig = { ...bookingSettings, calendarDomain: config.calendarDomain };

  let slack: SlackAdapter | null = null;
  let teams: TeamsBot | null = null;
  const bookingPayments = stripeSettings ? stripePayments(stripeSettings, { taxRateId: bookingConfig.checkout.taxRateId }) : null;
  // Both adapters get the same settings, once, as they are built.
  const features: FeatureSettings = { community: communityConfig, booking: { payments: bookingPayments, config: bookingConfig } };

  const buildPorts = async (core: RuntimeCore): Promise<Partial<PipelinePorts>> => {
    const actions: ActionDeps = { database: core.database, queue: core.queue, orgDefaults: config.orgDefaults, logger: core.logger };
    if (slackConfig) {
      slack = createSlackAdapter(slackConfig, actions, features, core.logger, core.notify);
    }
    if (teamsConfig) {
      teams = await createTeamsBot({
        config: teamsConfig, actions,
        store: new TeamsRepository(core.database, config.orgDefaults),
        analysisAttempts: config.jobs.retryLimit + 1, onQueued: core.notify, features,
        boss: core.boss, pollingIntervalMs: config.jobs.pollingIntervalSeconds * 1000,
      });
    }
    if (!slack && !teams) {
      if (options.terminal) options.terminal.write(noPlatformGuide(serve ? config.http.port : null));
      else core.logger.warn({ slack: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'], teams: ['TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET', 'TEAMS_TENANT_ID'] }, NO_PLATFORM_LOG_MESSAGE);
    }
    const adapters = { slack: slack ?? undefined, teams: teams ?? undefined };
    const reviewer = reviewConfig ? createReviewer({ config: reviewConfig, logger: core.logger }) : undefined;
    return {
      files: routedFileSource(adapters),
      messenger: routedMessenger(adapters, core.database),
      transcriber: transcriberOptions ? new OpenAiTranscriber({ ...transcriberOptions, tmpDir: config.tmpDir, logger: core.logger }) : undefined,
      // Each organisation's own choice (`/mamori-admin ai on|off|model`, the manual): off until an admin allows it.
      reviewer: reviewer ? async ({ transcript, result, org }) => reviewer({ transcript, result, org: await reviewOrgFor(core.database.db, org) }) : undefined,
      postFilter: (tx, orgId, result) => suppressionPostFilter(tx, orgId, result),
      platformAdmins: (org) => (org.platform === 'teams' ? teamsConfig?.adminUserIds : slackConfig?.adminUserIds) ?? [],
    };
  };

  const runtime = await startRuntime({ config, ports: buildPorts, analyserModule: options.analyserModule });
  const { boss, database, queue, logger } = runtime;
  const polling = { pollingIntervalMs: config.jobs.pollingIntervalSeconds * 1000 };
  const loops: WorkerLoop[] = [];

  const community = { database, queue, config: communityConfig, orgDefaults: config.orgDefaults, logger };
  await ensureCommunityQueues(boss);
  await scheduleCommunityJobs(boss, community);
  loops.push(...startCommunityWorkers(boss, community, polling));

  const insights = { database, queue, config: insightsConfig, logger };
  await ensureInsightsQueues(boss);
  await scheduleInsightsJobs(boss, insights);
  loops.push(...startInsightsWorkers(boss, insights, polling));

  const bookingDeps: BookingDeps = { database, queue, config: bookingConfig, orgDefaults: config.orgDefaults, logger, payments: bookingPayments };
  await ensureBookingQueue(boss);
  await scheduleBookingSweep(boss);
  loops.push(startBookingWorker(boss, bookingDeps, polling.pollingIntervalMs));

  const schedulerHealth = watchScheduler(database, logger);
  // mamori's own pages: the Teams manifest's /privacy and /terms, and where Stripe Checkout returns to.
  const routes: HttpRoutes = { ...pageRoutes };
  const slackAdapter = slack as SlackAdapter | null;
  const teamsBot = teams as TeamsBot | null;
  if (slackAdapter?.requestListener) routes[SLACK_EVENTS_PATH] = slackAdapter.requestListener;
  if (teamsBot) routes[teamsBot.path] = (req, res) => teamsBot.listener(req, res);
  routes[EXPORT_DOWNLOAD_PREFIX] = createExportDownloadHandler({ database, logger });
  // Files Teams messages cannot carry (.ics, invoice and report PDFs), behind one-time links.
  if (teamsBot) routes[FILE_DOWNLOAD_PREFIX] = createFileDownloadHandler({ database, logger });
  if (bookingPayments) {
    routes[STRIPE_WEBHOOK_PATH] = createStripeWebhookHandler({ payments: bookingPayments, onEvent: (e) => handlePaymentEvent(bookingDeps, e), logger });
  }
  let http: Server | null = null;
  if (serve) {
    http = createHttpServer(routes, logger, async () => {
      const scheduler = await schedulerHealth.status();
      return { ok: scheduler.ok, scheduler };
    }, { maxBodyBytes: config.http.maxBodyBytes, requestTimeoutMs: config.http.requestTimeoutMs });
    await listen(http, config.http.port, host);
    logger.info({ port: config.http.port, host, routes: Object.keys(routes) }, 'http server listening');
    await slackAdapter?.start();
  }
  // Re-alerts and stale progress notes: the flows keep them idempotent, so every instance may run them.
  const housekeeping = slackAdapter ? startSlackHousekeeping(slackAdapter.ctx, slackAdapter.app) : null;
  const teamsHousekeeping = teamsBot
    ? startTeamsHousekeeping(teamsBot, { database, queue, logger, notify: () => runtime.workers?.notify(), ...settings.teamsHousekeeping })
    : null;

  return {
    runtime, http,
    async stop() {
      housekeeping?.stop();
      teamsHousekeeping?.stop();
      schedulerHealth.stop();
      if (http) await new Promise<void>((r) => http!.close(() => r()));
      await Promise.all(loops.map((l) => l.stop()));
      await teamsBot?.stop();
      await slackAdapter?.stop();
      await runtime.stop();
    },
  };
}
