/**
 * The Slack app under test, for real: HTTP mode behind a node http server on 127.0.0.1:0, pointed at
 * the fake Slack by SLACK_API_URL, on a migrated in-memory database with pg-boss and the pipeline's
 * workers running the real analysis engine.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type PgBoss from 'pg-boss';
import { analyzeFile } from '../../../src/analysis/index.js';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../../../src/bots/slack/app.js';
import { loadSlackConfig } from '../../../src/bots/slack/config.js';
import type { ActionDeps } from '../../../src/flows/actions/deps.js';
import type { Transcriber } from '../../../src/flows/ports.js';
import type { JobsConfig } from '../../../src/config.js';
import type { PipelinePorts } from '../../../src/jobs/workers.js';
import { bossJobQueue, startBoss } from '../../../src/jobs/boss.js';
import { startPipelineWorkers, type PipelineWorkers } from '../../../src/jobs/workers.js';
import { silentLogger, type Logger } from '../../../src/logger.js';
import type { BookingAdapterOptions } from '../../../src/flows/booking/adapter-deps.js';
import { testFeatures } from '../../helpers/features.js';
import { FakeSlack, SlackSigner } from '../../helpers/fake-slack.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../../helpers/test-database.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface Harness {
  slack: FakeSlack;
  signer: SlackSigner;
  adapter: SlackAdapter;
  t: TestDatabase;
  deps: ActionDeps;
  boss: PgBoss;
  workers: PipelineWorkers;
  server: Server;
  stop(): Promise<void>;
}

export async function startHarness(
  options: {
    env?: Record<string, string>; transcriber?: Transcriber; quota?: number; postFilter?: PipelinePorts['postFilter'];
    /** Job settings over the harness's (e.g. fewer retries for a test of the last retry). */
    jobs?: Partial<JobsConfig>;
    /** Stripe and the booking configuration the adapter is built with (default: no card payment). */
    booking?: BookingAdapterOptions;
    /** The adapter's logger (silent by default), for tests of what is logged. */
    logger?: Logger;
  } = {},
): Promise<Harness> {
  const slack = new FakeSlack();
  await slack.start();
  const t = await openTestDatabase();
  const jobs = testJobsConfig({ retryDelaySeconds: 1, deliveryExpireSeconds: 20, analysisExpireSeconds: 20, ...options.jobs });
  const boss = await startBoss(t.database, jobs, silentLogger, { supervise: true });
  const queue = bossJobQueue(boss, t.database);
  const deps: ActionDeps = { database: t.database, queue, orgDefaults: { monthlyMinuteQuota: options.quota ?? 3000, retentionDays: 90 }, logger: silentLogger };
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl,
    SLACK_API_RETRIES: '3', SLACK_API_TIMEOUT_MS: '5000', ...options.env,
  });
  let workers: PipelineWorkers | null = null;
  const adapter = createSlackAdapter(config, deps, testFeatures(options.booking), options.logger ?? silentLogger, () => workers?.notify());
  workers = startPipelineWorkers({
    boss, database: t.database, queue, jobs, logger: silentLogger,
    ports: { files: adapter.files, analyse: analyzeFile, messenger: adapter.messenger, transcriber: options.transcriber, postFilter: options.postFilter },
  });
  await adapter.start();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === SLACK_EVENTS_PATH && adapter.requestListener) return adapter.requestListener(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const signer = new SlackSigner(`http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`, SIGNING_SECRET);
  return {
    slack, signer, adapter, t, deps, boss, workers, server,
    async stop() {
      await new Promise<void>((r) => server.close(() => r()));
      await workers?.stop();
      await boss.stop({ graceful: false, wait: true, close: false });
      await adapter.stop();
      await t.close();
      await slack.stop();
    },
  };
}

let n = 0;
/** A file shared in the DM with the bot, as the Events API delivers it. */
export function dmFileEvent(h: Harness, fileId: string, user = 'U-staff'): { event: Record<string, unknown>; ts: string; channel: string } {
  n += 1;
  const ts = `1700000${String(n).padStart(3, '0')}.000100`;
  const channel = `D${user.replace(/^U-?/, '')}`;
  return {
    ts, channel,
    event: { type: 'message', subtype: 'file_share', channel, channel_type: 'im', user, ts, text: '', files: [h.slack.fileObject(fileId)] },
  };
}

/** The bot's last message in a thread whose text matches. */
export async function waitForThreadText(h: Harness, channel: string, thread: string, pattern: RegExp, timeoutMs = 20_000) {
  return waitFor(`a message matching ${pattern} in ${channel}/${thread}`, () =>
    h.slack.threadMessages(channel, thread).find((m) => pattern.test(m.text ?? '') || pattern.test(JSON.stringify(m.blocks ?? []))), timeoutMs);
}

/** The bot's messages in a thread (a person's own messages there left out). */
export function botThreadMessages(h: Harness, channel: string, thread: string) {
  return h.slack.threadMessages(channel, thread).filter((m) => m.user === h.slack.botUserId);
}

/**
 * Waits until the app has made no Slack API call for `ms`: the moment to assert that something did
 * NOT happen (a second reply to a redelivered event), after everything it would have done was done.
 */
export async function settled(h: Harness, ms = 500): Promise<void> {
  await waitFor(`no Slack API call for ${ms} ms`, () => Date.now() - (h.slack.calls.at(-1)?.at ?? 0) >= ms, 20_000, 50);
}

/** A button pressed on a message (block_actions), as Slack posts it. */
export function press(h: Harness, actionId: string, value: string, user: string, channel: string, message: { ts: string; thread_ts?: string | undefined }) {
  return h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${actionId}-${Math.random().toString(36).slice(2, 8)}`,
    user: { id: user, team_id: 'T1', username: 'x', name: 'x' }, team: { id: 'T1', domain: 'test' },
    channel: { id: channel, name: 'x' }, container: { type: 'message', message_ts: message.ts, channel_id: channel, is_ephemeral: false },
    message: { type: 'message', ts: message.ts, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), text: '' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
}

/** A slash command, as Slack posts it; its answers land in h.slack.responses. */
export function slashCommand(h: Harness, command: string, text: string, user: string, channel = 'C-admin') {
  return h.signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: channel, channel_name: 'x', user_id: user, user_name: 'x',
    command, text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${Math.random().toString(36).slice(2)}`, trigger_id: 'trig',
  });
}

let commands = 0;
/**
 * A slash command whose answers can be waited for by id: `response(h, id)` (response_url
 * …/respond/<id>), and whatever it opens by its trigger id `trig-<id>`.
 */
export function command(h: Harness, cmd: string, text: string, userId: string, channel = 'C-any') {
  const id = `cmd${++commands}`;
  return {
    id,
    res: h.signer.command({
      token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: channel, channel_name: 'any', user_id: userId, user_name: `${userId.toLowerCase()}-name`,
      command: cmd, text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
    }),
  };
}

/** The first answer to the slash command `id` (see command). */
export const response = (h: Harness, id: string) => waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body);

/** The App Home views published for `userId`, oldest first. */
export const homePublishes = (h: Harness, userId: string) => h.slack.callsOf('views.publish').filter((c) => c.args.user_id === userId);

/** app_home_opened: the App Home view published in answer. */
export async function openHome(h: Harness, userId: string): Promise<any> {
  const before = homePublishes(h, userId).length;
  await h.signer.event({ type: 'app_home_opened', user: userId, channel: `D${userId}`, tab: 'home' });
  return (await waitFor(`home of ${userId}`, () => homePublishes(h, userId)[before])).args.view;
}

/** The value of the button `actionId` in a message's blocks (the analysis id for the answer's buttons). */
export function buttonValue(blocks: any[] | undefined, actionId: string): string {
  for (const b of blocks ?? []) for (const e of b.elements ?? []) if (e.action_id === actionId) return e.value;
  throw new Error(`no ${actionId} button`);
}

export { waitFor };
