/**
 * `npm start` as a whole: the composition root reads the environment, opens embedded PGlite in a data
 * folder, starts the workers and the HTTP server, and a call shared with the Slack bot is answered in
 * its thread — the path of one analysis, end to end, through the real wiring.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type MamoriServer } from '../../src/server/compose.js';
import { FakeSlack, SlackSigner } from '../helpers/fake-slack.js';
import { waitFor } from '../helpers/test-database.js';

const SECRET = 'compose-test-signing-secret';
const sample = readFileSync(path.resolve(import.meta.dirname, '../../samples/ja-harassment.vtt'));

describe('startServer (npm start)', () => {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamori-compose-'));
  let server: MamoriServer;
  let base: string;

  beforeAll(async () => {
    await slack.start();
    server = await startServer({
      MAMORI_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', MAMORI_POLLING_INTERVAL_SECONDS: '0.5',
      SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl,
    });
    base = `http://127.0.0.1:${(server.http!.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the health check', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', scheduler: { ok: true } });
  });

  it('refuses what it does not serve', async () => {
    expect((await fetch(`${base}/api/messages`, { method: 'POST' })).status).toBe(404); // Teams is not configured
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    // The export link route is mounted: an unknown token is a clear 404, not a crash.
    const expired = await fetch(`${base}/exports/not-a-token`);
    expect(expired.status).toBe(404);
  });

  it('answers a call shared in a DM with the harassing moments, in the thread', async () => {
    slack.addFile({ id: 'F-COMPOSE', name: 'call.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: sample });
    const ts = '1700009999.000100';
    const signer = new SlackSigner(`${base}/slack/events`, SECRET);
    const ack = await signer.event({ type: 'message', subtype: 'file_share', channel: 'DSTAFF', channel_type: 'im', user: 'USTAFF', ts, text: '', files: [slack.fileObject('F-COMPOSE')] });
    expect(ack.status).toBe(200);
    const answer = await waitFor('the answer in the thread', () =>
      slack.threadMessages('DSTAFF', ts).find((m) => JSON.stringify(m.blocks ?? []).includes('帰り道')), 60_000);
    expect(JSON.stringify(answer.blocks)).toContain('カスハラ');
  }, 90_000);
});
