/** Teams configuration, request authentication, and the loopback-only development mode. */
import { testFeatures } from '../../helpers/features.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsBot, type TeamsBot } from '../../../src/bots/teams/bot.js';
import { isLoopbackUrl, loadTeamsConfig, TeamsConfigError, unauthenticatedHost, UNAUTHENTICATED_WARNING } from '../../../src/bots/teams/config.js';
import { isAllowedDownloadUrl } from '../../../src/bots/teams/file-source.js';
import { createLogger } from '../../../src/logger.js';
import { FakeBotConnector } from '../../helpers/fake-bot-connector.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { BOT_ID, STAFF, TENANT } from './harness.js';
import { TeamsRepository } from '../../../src/db/repo/teams.js';

const CLIENT = { TEAMS_CLIENT_ID: '11111111-2222-3333-4444-555555555555', TEAMS_CLIENT_SECRET: 's3cret', TEAMS_TENANT_ID: TENANT };

describe('loadTeamsConfig', () => {
  it('is null (nothing mounted) when Teams is not configured', () => {
    expect(loadTeamsConfig({})).toBeNull();
    expect(loadTeamsConfig({ TEAMS_CLIENT_ID: '', TEAMS_ALLOW_UNAUTHENTICATED: '0' })).toBeNull();
  });

  it('needs the client id, secret and tenant together', () => {
    expect(() => loadTeamsConfig({ TEAMS_CLIENT_ID: CLIENT.TEAMS_CLIENT_ID })).toThrow(TeamsConfigError);
    expect(() => loadTeamsConfig({ ...CLIENT, TEAMS_TENANT_ID: 'not-a-guid' })).toThrow(/TEAMS_TENANT_ID/);
    const c = loadTeamsConfig({ ...CLIENT, TEAMS_GRAPH_BASE_URL: 'https://graph.microsoft.us/' })!;
    expect(c).toMatchObject({ clientId: CLIENT.TEAMS_CLIENT_ID, allowUnauthenticated: false, graphBaseUrl: 'https://graph.microsoft.us' });
  });

  it('the unauthenticated mode needs TEAMS_ALLOW_UNAUTHENTICATED=1 and NODE_ENV=development or test', () => {
    expect(loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'development' })).toMatchObject({ allowUnauthenticated: true, clientId: '' });
    expect(loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'Test' })).toMatchObject({ allowUnauthenticated: true });
    expect(() => loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'production' })).toThrow(/production/);
    expect(() => loadTeamsConfig({ ...CLIENT, TEAMS_ALLOW_UNAUTHENTICATED: 'true', NODE_ENV: 'production' })).toThrow(TeamsConfigError);
    expect(() => loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'yes', NODE_ENV: 'development' })).toThrow(TeamsConfigError);
  });

  it('fails closed: any spelling of production, anything unknown and an unset NODE_ENV refuse the unauthenticated mode', () => {
    for (const NODE_ENV of [undefined, '', ' ', 'Production', 'PRODUCTION', 'prod', ' production ', 'staging']) {
      expect(() => loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV }), `NODE_ENV=${JSON.stringify(NODE_ENV)}`).toThrow(TeamsConfigError);
    }
    // 'dev' is not 'development': the message names what is accepted.
    expect(() => loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'dev' })).toThrow(/NODE_ENV=development/);
    // The authenticated mode does not care about NODE_ENV.
    expect(loadTeamsConfig({ ...CLIENT })).toMatchObject({ allowUnauthenticated: false });
  });

  it('the unauthenticated mode listens on loopback only: HOST unset becomes 127.0.0.1, any other address stops the start', () => {
    expect(unauthenticatedHost(undefined)).toBe('127.0.0.1');
    for (const ok of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2']) expect(unauthenticatedHost(ok)).toBe(ok);
    for (const bad of ['0.0.0.0', '::', '192.168.1.10', 'mamori.example.com', '127.0.0.1.evil.com']) {
      expect(() => unauthenticatedHost(bad), bad).toThrow(/loopback/);
    }
  });

  it('loopback means loopback', () => {
    for (const ok of ['http://127.0.0.1:3978', 'http://localhost/x', 'http://[::1]:80', 'https://127.5.6.7']) expect(isLoopbackUrl(ok)).toBe(true);
    for (const bad of ['http://10.0.0.1', 'https://smba.trafficmanager.net/teams', 'http://127.0.0.1.evil.com', 'http://user@127.0.0.1@evil.com',
      'file:///etc/passwd', 'http://0.0.0.0', 'http://169.254.169.254/latest', 42, undefined]) expect(isLoopbackUrl(bad)).toBe(false);
    expect(isAllowedDownloadUrl('https://contoso.sharepoint.com/x', false)).toBe(true);
    expect(isAllowedDownloadUrl('http://contoso.sharepoint.com/x', false)).toBe(false);
    expect(isAllowedDownloadUrl('https://contoso.sharepoint.com/x', true)).toBe(false);
  });

  it('download links live under PUBLIC_BASE_URL, else the bot domain; meeting re-checks are minutes after the end', () => {
    expect(loadTeamsConfig(CLIENT)).toMatchObject({ publicBaseUrl: undefined, fileLinkHours: 72, transcriptRecheckMinutes: [5, 15, 30, 60] });
    expect(loadTeamsConfig({ ...CLIENT, TEAMS_BOT_DOMAIN: 'mamori.example.com' })!.publicBaseUrl).toBe('https://mamori.example.com');
    expect(loadTeamsConfig({ ...CLIENT, TEAMS_BOT_DOMAIN: 'mamori.example.com', PUBLIC_BASE_URL: 'https://files.example.com/mamori/' })!.publicBaseUrl)
      .toBe('https://files.example.com/mamori');
    expect(loadTeamsConfig({ ...CLIENT, TEAMS_TRANSCRIPT_RECHECK_MINUTES: '10, 40', TEAMS_FILE_LINK_HOURS: '24' }))
      .toMatchObject({ transcriptRecheckMinutes: [10, 40], fileLinkHours: 24 });
    expect(loadTeamsConfig({ ...CLIENT, TEAMS_TRANSCRIPT_RECHECK_MINUTES: 'none' })!.transcriptRecheckMinutes).toEqual([]);
    expect(() => loadTeamsConfig({ ...CLIENT, TEAMS_TRANSCRIPT_RECHECK_MINUTES: '30,5' })).toThrow(/TEAMS_TRANSCRIPT_RECHECK_MINUTES/);
    expect(() => loadTeamsConfig({ ...CLIENT, PUBLIC_BASE_URL: 'ftp://x' })).toThrow(/PUBLIC_BASE_URL/);
  });
});

async function serve(bot: TeamsBot): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (!bot.route(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the endpoint', () => {
  let tdb: TestDatabase;
  let connector: FakeBotConnector;
  const servers: Server[] = [];
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(line) });
  const queue = { enqueueAnalysis: async () => {}, enqueueDelivery: async () => {}, enqueueMeetingCheck: async () => {} };

  beforeAll(async () => {
    tdb = await openTestDatabase();
    connector = await new FakeBotConnector().start();
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
    await connector.stop();
    await tdb.close();
  });

  const activity = (serviceUrl: string) => ({
    type: 'message', id: `m-${Math.random()}`, channelId: 'msteams', serviceUrl, text: 'help',
    from: { id: STAFF.id, aadObjectId: STAFF.aad }, recipient: { id: BOT_ID }, conversation: { id: STAFF.chat, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  });
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('authenticated mode: a request without a valid Bot Framework JWT is refused and nothing is sent', async () => {
    const config = loadTeamsConfig({ ...CLIENT, TEAMS_SERVICE_URL: connector.url })!;
    const bot = await createTeamsBot({ config, actions: { database: tdb.database, queue, orgDefaults: ORG_DEFAULTS, logger }, store: new TeamsRepository(tdb.database, ORG_DEFAULTS), analysisAttempts: 1, features: testFeatures() });
    const { server, url } = await serve(bot);
    servers.push(server);
    expect((await post(url, activity(connector.url))).status).toBe(401);
    expect((await post(url, activity(connector.url), { authorization: 'Bearer not.a.jwt' })).status).toBe(401);
    expect((await post(url, activity(connector.url), { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' })).status).toBe(401);
    expect(connector.activities).toHaveLength(0);
    // Only POST /api/messages is the bot's.
    expect((await fetch(`${url}/api/messages`)).status).toBe(404);
  });

  it('authenticated mode: an activity from a tenant other than TEAMS_TENANT_ID is refused', async () => {
    const config = loadTeamsConfig({ ...CLIENT, TEAMS_SERVICE_URL: connector.url })!;
    const bot = await createTeamsBot({ config, actions: { database: tdb.database, queue, orgDefaults: ORG_DEFAULTS, logger }, store: new TeamsRepository(tdb.database, ORG_DEFAULTS), analysisAttempts: 1, features: testFeatures() });
    const { server, url } = await serve(bot);
    servers.push(server);
    const other = '99999999-8888-7777-6666-000000000000';
    const foreign = { ...activity(connector.url), conversation: { id: STAFF.chat, conversationType: 'personal', tenantId: other }, channelData: { tenant: { id: other } } };
    expect((await post(url, foreign, { authorization: 'Bearer not.a.jwt' })).status).toBe(403);
    expect((await post(url, activity(connector.url), { authorization: 'Bearer not.a.jwt' })).status).toBe(401);
    expect(connector.activities).toHaveLength(0);
  });

  it('refused requests log no error, and one warning per reason, however many arrive', async () => {
    const config = loadTeamsConfig({ ...CLIENT, TEAMS_SERVICE_URL: connector.url })!;
    const bot = await createTeamsBot({ config, actions: { database: tdb.database, queue, orgDefaults: ORG_DEFAULTS, logger }, store: new TeamsRepository(tdb.database, ORG_DEFAULTS), analysisAttempts: 1, features: testFeatures() });
    const { server, url } = await serve(bot);
    servers.push(server);
    const from = logs.length;
    for (let i = 0; i < 5; i++) {
      // (Tokens that make the validator fetch Microsoft's signing keys are left out: this machine has no network.)
      expect((await post(url, activity(connector.url), { authorization: 'Bearer not.a.jwt' })).status).toBe(401);
      expect((await post(url, activity(connector.url), { authorization: 'Basic c2VjcmV0' })).status).toBe(401);
      expect((await post(url, activity(connector.url))).status).toBe(401);
    }
    const lines = logs.slice(from).map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual(['Teams request refused: no valid Bot Framework token']);
  });

  it('unauthenticated development mode: warns loudly, answers loopback serviceUrls only', async () => {
    const config = loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'development' })!;
    const bot = await createTeamsBot({ config, actions: { database: tdb.database, queue, orgDefaults: ORG_DEFAULTS, logger }, store: new TeamsRepository(tdb.database, ORG_DEFAULTS), analysisAttempts: 1, features: testFeatures() });
    const { server, url } = await serve(bot);
    servers.push(server);
    expect(logs.some((l) => l.includes(UNAUTHENTICATED_WARNING))).toBe(true);

    const outside = await post(url, activity('https://attacker.example.com/'));
    expect(outside.status).toBe(403);
    expect((await post(url, activity('http://169.254.169.254/'))).status).toBe(403);
    expect(connector.activities).toHaveLength(0);

    const ok = await post(url, activity(connector.url));
    expect(ok.status).toBe(200);
    expect(connector.activities.filter((a) => a.conversationId === STAFF.chat)).toHaveLength(1); // the help text

    expect((await fetch(`${url}/api/messages`, { method: 'POST', body: '{not json' })).status).toBe(400);
  });
});
