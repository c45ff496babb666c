/**
 * What /slack/events refuses before any listener runs (issue 14 §5): a signed request whose timestamp
 * is more than five minutes in the future (only the past was refused), a request for a workspace other
 * than the one the bot token belongs to (it used to create a new organisation and be answered with our
 * token), and any method but POST (405, where the server used to log an error and answer 500).
 * Over real HTTP, through the server `npm start` mounts the route on.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../src/bots/slack/app.js';
import { organisations, processedEvents, submissions } from '../../../src/db/schema/index.js';
import { createLogger } from '../../../src/logger.js';
import { createHttpServer } from '../../../src/server/http.js';
import { SlackSigner } from '../../helpers/fake-slack.js';
import { dmFileEvent, SIGNING_SECRET, settled, startHarness, waitForThreadText, type Harness } from './harness.js';

let h: Harness;
let server: Server;
let signer: SlackSigner;
let base: string;
const logs: Array<{ level: number; msg: string }> = [];

beforeAll(async () => {
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line)) });
  h = await startHarness({ logger });
  server = createHttpServer({ [SLACK_EVENTS_PATH]: h.adapter.requestListener! }, logger, async () => ({ ok: true }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  signer = new SlackSigner(`${base}${SLACK_EVENTS_PATH}`, SIGNING_SECRET);
}, 60_000);
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await h?.stop();
});

const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 客>ふざけんな、殺すぞ。\n';

describe('/slack/events refuses before any listener runs', () => {
  it('refuses a signed request timestamped more than five minutes ahead; a small clock skew is fine', async () => {
    h.slack.addFile({ id: 'F-FUTURE', name: 'call.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT });
    const ahead = dmFileEvent(h, 'F-FUTURE');
    const now = Math.floor(Date.now() / 1000);
    expect((await signer.event(ahead.event, { eventId: 'Ev-future', timestamp: now + 10 * 60 })).status).toBe(401);
    expect((await signer.event(ahead.event, { eventId: 'Ev-future', timestamp: now + 24 * 3600 })).status).toBe(401);
    expect(await h.t.database.db.select().from(processedEvents).where(eq(processedEvents.eventId, 'Ev-future'))).toEqual([]);
    // Two minutes of skew between Slack's clock and ours is normal.
    expect((await signer.event(ahead.event, { eventId: 'Ev-skewed', timestamp: now + 120 })).status).toBe(200);
    await waitForThreadText(h, ahead.channel, ahead.ts, /殺すぞ/);
  });

  it('refuses an event for a workspace the bot token does not belong to: no organisation, no answer', async () => {
    h.slack.addFile({ id: 'F-ELSEWHERE', name: 'call.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT });
    await settled(h); // the previous test's answer and timeline are done
    const calls = h.slack.calls.length;
    const share = dmFileEvent(h, 'F-ELSEWHERE');
    expect((await signer.event(share.event, { eventId: 'Ev-elsewhere', teamId: 'T-ELSEWHERE' })).status).toBe(200);
    expect((await signer.event({ type: 'app_home_opened', user: 'U-x', channel: 'D-x', tab: 'home' }, { teamId: 'T-ELSEWHERE' })).status).toBe(200);
    const command = await signer.command({
      token: 'legacy', team_id: 'T-ELSEWHERE', team_domain: 'x', channel_id: 'C-x', channel_name: 'x', user_id: 'U-x', user_name: 'x',
      command: '/mamori-admin', text: 'channel #x', api_app_id: 'A1', response_url: `${h.slack.base}/respond/elsewhere`, trigger_id: 'trig-elsewhere',
    });
    expect(command.status).toBe(200);
    // A body that names our workspace in one place and another in the next is not ours either.
    expect((await signer.interaction({
      type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: 'trig-mixed', user: { id: 'U-x', team_id: 'T-ELSEWHERE', username: 'x', name: 'x' },
      team: { id: 'T-ELSEWHERE', domain: 'x' }, view: { id: 'V1', type: 'home', team_id: 'T1', blocks: [], hash: 'h', state: { values: {} } },
      actions: [{ type: 'button', action_id: 'home_refresh', block_id: 'b', value: 'x', text: { type: 'plain_text', text: 'x' }, action_ts: '1' }],
    })).status).toBe(200);
    await settled(h);
    expect(h.slack.calls.slice(calls).map((c) => c.method)).toEqual([]);
    expect(await h.t.database.db.select().from(organisations).where(eq(organisations.platformTeamId, 'T-ELSEWHERE'))).toEqual([]);
    expect(await h.t.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'F-ELSEWHERE'))).toEqual([]);
    expect(await h.t.database.db.select().from(processedEvents).where(eq(processedEvents.eventId, 'Ev-elsewhere'))).toEqual([]);
    expect(logs.filter((l) => l.level >= 40).map((l) => l.msg)).toContain('Slack request refused: not for the workspace this bot token serves');
  });

  it('answers GET and other methods with 405, without an error in the log', async () => {
    const errorsBefore = logs.filter((l) => l.level >= 50).length;
    const get = await fetch(`${base}${SLACK_EVENTS_PATH}`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${base}${SLACK_EVENTS_PATH}`, { method: 'PUT', body: '{}' })).status).toBe(405);
    expect(logs.filter((l) => l.level >= 50).length).toBe(errorsBefore);
  });
});
