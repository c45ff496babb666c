/**
 * The Teams adapter running for real: a node HTTP server with POST /api/messages (unauthenticated
 * development mode, loopback only) and GET /downloads/<token> (files behind download links), the
 * pipeline's workers with the Teams Messenger and FileSource, the meeting watch on pg-boss (re-checks
 * a fraction of a second apart), a fake Bot Connector as every activity's serviceUrl and a fake
 * Graph as the Graph base URL.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { analyzeFile } from '../../../src/analysis/index.js';
import { createFileDownloadHandler, FILE_DOWNLOAD_PREFIX } from '../../../src/bots/http/file-download.js';
import type { BookingAdapterOptions } from '../../../src/flows/booking/adapter-deps.js';
import { testFeatures } from '../../helpers/features.js';
import { createTeamsBot, type TeamsBot } from '../../../src/bots/teams/bot.js';
import { loadTeamsConfig, type TeamsConfig } from '../../../src/bots/teams/config.js';
import { FILE_DOWNLOAD_INFO } from '../../../src/bots/teams/listeners/messages/submission.js';
import type { FileRef, FileSource, Messenger } from '../../../src/flows/ports.js';
import { silentLogger } from '../../../src/logger.js';
import { FakeBotConnector } from '../../helpers/fake-bot-connector.js';
import { FakeGraph } from '../../helpers/fake-graph.js';
import { ORG_DEFAULTS, startTestPipeline, type TestPipeline } from '../../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, type TestDatabase } from '../../helpers/test-database.js';
import { TeamsRepository } from '../../../src/db/repo/teams.js';

export const TENANT = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
export const BOT_ID = '28:mamori-bot';

export interface HarnessOptions {
  /** Offer files as download links under the harness's own URL (PUBLIC_BASE_URL). */
  publicBaseUrl?: boolean;
  /** TEAMS_TRANSCRIPT_RECHECK_MINUTES (default: two re-checks, 0.3 s and 0.6 s after the meeting's end). */
  transcriptRecheckMinutes?: string;
  booking?: BookingAdapterOptions;
  /** Runs before the Teams FileSource fetches a submission's input (tests order the worker after the intake). */
  beforeFetch?: (ref: FileRef) => Promise<void>;
}

export interface Harness {
  /** The bot's configuration (startHarness sets it). */
  config?: TeamsConfig;
  connector: FakeBotConnector;
  graph: FakeGraph;
  tdb: TestDatabase;
  pipeline: TestPipeline;
  bot: TeamsBot;
  baseUrl: string;
  sleeps: number[];
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const connector = await new FakeBotConnector().start();
  const graph = await new FakeGraph().start();
  const tdb = await openTestDatabase();
  let bot: TeamsBot | undefined;
  const downloads = createFileDownloadHandler({ database: tdb.database, logger: silentLogger });
  const server: Server = createServer((req, res) => {
    if ((req.url ?? '').startsWith(FILE_DOWNLOAD_PREFIX)) return void downloads(req, res);
    if (bot?.route(req, res)) return;
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadTeamsConfig({
    TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'test', TEAMS_GRAPH_BASE_URL: graph.url, TEAMS_SERVICE_URL: connector.url,
    TEAMS_TRANSCRIPT_RECHECK_MINUTES: options.transcriptRecheckMinutes ?? '0.005,0.01',
    ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: baseUrl } : {}),
  })!;
  const jobs = testJobsConfig({ retryLimit: 1, retryDelaySeconds: 1, analysisExpireSeconds: 20, deliveryExpireSeconds: 10 });
  const files: FileSource = {
    fetch: async (ref) => {
      await options.beforeFetch?.(ref);
      return bot!.files.fetch(ref);
    },
  };
  const messenger: Messenger = { post: (m) => bot!.messenger.post(m), findPosted: (m) => bot!.messenger.findPosted(m) };
  const pipeline = await startTestPipeline(tdb.database, jobs, { workers: false, ports: { files, messenger, analyse: analyzeFile } });
  const sleeps: number[] = [];
  bot = await createTeamsBot({
    config, actions: { database: tdb.database, queue: pipeline.queue, orgDefaults: ORG_DEFAULTS, logger: silentLogger }, store: new TeamsRepository(tdb.database, ORG_DEFAULTS),
    analysisAttempts: jobs.retryLimit + 1, onQueued: () => pipeline.workers?.notify(), timeline: true,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    maxDownloadBytes: 64 * 1024,
    boss: pipeline.boss, pollingIntervalMs: jobs.pollingIntervalSeconds * 1000,
    features: testFeatures(options.booking),
  });
  pipeline.startWorkers();
  return {
    config, connector, graph, tdb, pipeline, bot, baseUrl, sleeps,
    async post(activity, headers = {}) {
      const res = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bot!.stop();
      await pipeline.stop();
      await tdb.close();
      await connector.stop();
      await graph.stop();
    },
  };
}

let seq = 0;
const nextId = () => `${Date.now()}${++seq}`;

export interface User {
  id: string;
  aad: string;
  name: string;
  chat: string;
}

export const STAFF: User = { id: '29:staff', aad: 'aad-staff', name: '山田 花子', chat: 'a:staff-chat' };
export const BOSS: User = { id: '29:boss', aad: 'aad-boss', name: '佐藤 部長', chat: 'a:boss-chat' };

export function personal(h: Harness, user: User, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message', id: nextId(), timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: h.connector.url,
    from: { id: user.id, aadObjectId: user.aad, name: user.name }, recipient: { id: BOT_ID, name: 'mamori' },
    conversation: { id: user.chat, conversationType: 'personal', tenantId: TENANT }, channelData: { tenant: { id: TENANT } },
    locale: 'ja-JP', text: '', ...over,
  };
}

/** `text` by `user` in a channel, @mentioning the bot: a new root post, or a reply under `thread`. */
export function channelMessage(h: Harness, user: User, channel: string, text: string, thread?: string): Record<string, unknown> {
  const id = `ch${nextId()}`;
  return {
    ...personal(h, user), id, text,
    conversation: { id: `${channel};messageid=${thread ?? id}`, conversationType: 'channel', tenantId: TENANT, isGroup: true },
    channelData: { tenant: { id: TENANT }, channel: { id: channel } },
    entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'mamori' }, text: '<at>mamori</at>' }],
  };
}

export function fileMessage(h: Harness, user: User, name: string, uniqueId: string): Record<string, unknown> {
  return personal(h, user, {
    attachments: [{ contentType: FILE_DOWNLOAD_INFO, name, content: { downloadUrl: h.connector.fileUrl(name), uniqueId, fileType: name.split('.').pop() } }],
  });
}

export function installUpdate(h: Harness, user: User): Record<string, unknown> {
  return { ...personal(h, user), type: 'installationUpdate', action: 'add' };
}

export function meetingEnd(h: Harness, meetingId: string, title: string, organizer: User): Record<string, unknown> {
  return {
    type: 'event', name: 'application/vnd.microsoft.meetingEnd', id: nextId(), channelId: 'msteams', serviceUrl: h.connector.url,
    from: { id: organizer.id, aadObjectId: organizer.aad }, recipient: { id: BOT_ID, name: 'mamori' },
    conversation: { id: `19:meeting_${meetingId}@thread.v2`, conversationType: 'groupChat', tenantId: TENANT, isGroup: true },
    channelData: { tenant: { id: TENANT }, meeting: { id: meetingId } },
    value: { Id: meetingId, MeetingType: 'Scheduled', JoinUrl: 'https://teams.microsoft.com/l/meetup-join/x', Title: title, EndTime: new Date().toISOString() },
  };
}

export function cardAction(h: Harness, user: User, action: string, value: string): Record<string, unknown> {
  return {
    ...personal(h, user), type: 'invoke', name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: action, data: { mamori: 1, action, value } }, trigger: 'manual' },
  };
}

/** Registers a meeting with the fake Bot Connector (organizer, Graph id). */
export function addMeeting(h: Harness, meetingId: string, graphId: string, title: string, organizer: User): void {
  h.connector.meetings.set(meetingId, {
    id: meetingId,
    details: { id: meetingId, msGraphResourceId: graphId, title, type: 'Scheduled', joinUrl: 'https://teams.microsoft.com/l/x' },
    organizer: { id: organizer.id, aadObjectId: organizer.aad, name: organizer.name },
    conversation: { id: `19:meeting_${meetingId}@thread.v2`, isGroup: true },
  });
}
