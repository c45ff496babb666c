/** The Teams adapter end to end over real HTTP: files, pasted text, meetings, alerts, refusals, redelivery. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { teamsText } from '../../../src/bots/teams/messages.js';
import { setSupervisor } from '../../../src/flows/actions/settings.js';
import { LABELS } from '../../../src/flows/views/labels.js';
import { organisations, submissions } from '../../../src/db/schema/index.js';
import { silentLogger } from '../../../src/logger.js';
import { FakeBotConnector, type RecordedActivity } from '../../helpers/fake-bot-connector.js';
import { FakeGraph } from '../../helpers/fake-graph.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { waitFor } from '../../helpers/test-database.js';
import {
  addMeeting, BOSS, cardAction, fileMessage, installUpdate, meetingEnd, personal, STAFF, startHarness, TENANT, type Harness, type User,
} from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
const ja = teamsText('ja');
const ORGANIZER: User = { id: '29:organizer', aad: 'aad-organizer', name: '鈴木 一郎', chat: 'a:organizer-chat' };

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

const text = (a: RecordedActivity) => FakeBotConnector.textOf(a);
const cardsIn = (conversation: string, needle: string) =>
  h.connector.activities.filter((a) => a.conversationId === conversation && a.op !== 'delete' && text(a).includes(needle));

describe('a file sent in personal chat', () => {
  it('is acknowledged, shows progress, and the progress message becomes the card with the excerpt, time and advice', async () => {
    h.connector.files.set('call-1.vtt', { body: VTT });
    const activity = fileMessage(h, STAFF, 'call-1.vtt', 'file-unique-1');
    const res = await h.post(activity);
    expect(res.status).toBe(200);

    const inChat = () => h.connector.activities.filter((a) => a.conversationId === STAFF.chat);
    expect(inChat().some((a) => a.body.type === 'typing')).toBe(true);
    const progress = inChat().find((a) => a.op === 'create' && String(a.body.text).includes(ja.received('call-1.vtt')));
    expect(progress).toBeDefined();

    const answer = await waitFor('the answer card', () => cardsIn(STAFF.chat, '慰謝料5万払え')[0]);
    expect(cardsIn(STAFF.chat, '慰謝料5万払え')).toHaveLength(1);
    // The answer replaces the progress message in place; when the worker was faster than the
    // progress message, the answer is posted and the late progress message withdrawn.
    if (answer.op === 'update') expect(answer.activityId).toBe(progress!.activityId);
    else expect(h.connector.activities.some((a) => a.op === 'delete' && a.activityId === progress!.activityId)).toBe(true);
    const card = answer.body.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.type).toBe('AdaptiveCard');
    const json = JSON.stringify(card.content);
    expect(json).toContain('カスハラの可能性が高い対応です');
    expect(json).toContain('0:21'); // the excerpt's time
    expect(json).toContain('担当者の負担');
    expect(json).toContain('data:image/png;base64,'); // the timeline picture
    const verbs = (card.content.actions as Array<{ verb: string }>).map((a) => a.verb);
    expect(verbs).toEqual(expect.arrayContaining(['consult_supervisor', 'report_false_positive', 'report_missed']));
    // Within Teams' message size limit.
    for (const a of h.connector.activities) expect(Buffer.byteLength(JSON.stringify(a.body))).toBeLessThan(28 * 1024);
    expect(h.connector.fileRequests).toContain('call-1.vtt');

    // Teams redelivers the same activity: nothing new is sent, nothing new is queued.
    const before = h.connector.activities.length;
    const again = await h.post(activity);
    expect(again.status).toBe(200);
    expect(h.connector.activities.length).toBe(before);
    const rows = await h.tdb.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'file-unique-1'));
    expect(rows).toHaveLength(1);
  });

  it('a pasted transcript is analysed like a file', async () => {
    const pasted = ['顧客: ふざけんなよ！お前じゃ話にならねえんだよ。この無能が。', 'スタッフ: 申し訳ございません。', '顧客: ネットに名前晒してやるからな。', 'スタッフ: 上の者に代わります。'].join('\n');
    const res = await h.post(personal(h, STAFF, { text: pasted }));
    expect(res.status).toBe(200);
    expect(cardsIn(STAFF.chat, ja.receivedText()).length).toBe(1);
    await waitFor('the answer to the pasted text', () => cardsIn(STAFF.chat, 'ネットに名前晒してやる').find((a) => a.body.attachments));
  });

  it('bad input gets a specific reply each: unsupported, expired link, corrupt, too large', async () => {
    const pdf = await h.post(fileMessage(h, STAFF, 'manual.pdf', 'file-pdf'));
    expect(pdf.status).toBe(200);
    expect(cardsIn(STAFF.chat, ja.unsupported('manual.pdf'))).toHaveLength(1);

    h.connector.files.set('expired.vtt', { status: 403, body: 'expired' });
    await h.post(fileMessage(h, STAFF, 'expired.vtt', 'file-expired'));
    await waitFor('the expired-link message', () => cardsIn(STAFF.chat, ja.fetch.url_expired('expired')).length === 1);

    h.connector.files.set('broken.vtt', { body: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x00, 0x9c, 0x00]) });
    await h.post(fileMessage(h, STAFF, 'broken.vtt', 'file-broken'));
    await waitFor('the unreadable-file message', () => cardsIn(STAFF.chat, 'ファイルを読み取れませんでした').length >= 1);

    h.connector.files.set('huge.vtt', { body: `WEBVTT\n\n${'00:00:01.000 --> 00:00:02.000\nあ\n\n'.repeat(4000)}` });
    await h.post(fileMessage(h, STAFF, 'huge.vtt', 'file-huge'));
    await waitFor('the too-large message', () => cardsIn(STAFF.chat, ja.fetch.too_large('huge')).length === 1);
  });

  it('a full quota is told to the sender, once', async () => {
    const tenant2 = '99999999-8888-7777-6666-555555555555';
    const other: User = { id: '29:q', aad: 'aad-quota', name: 'Q', chat: 'a:quota-chat' };
    const msg = (id: string) => {
      const a = fileMessage(h, other, 'q.vtt', id);
      return { ...a, conversation: { id: other.chat, conversationType: 'personal', tenantId: tenant2 }, channelData: { tenant: { id: tenant2 } } };
    };
    h.connector.files.set('q.vtt', { body: VTT });
    await h.post({ ...personal(h, other, { text: 'help' }), conversation: { id: other.chat, conversationType: 'personal', tenantId: tenant2 }, channelData: { tenant: { id: tenant2 } } });
    await h.tdb.database.db.update(organisations).set({ monthlyMinuteQuota: 1 }).where(eq(organisations.platformTeamId, tenant2));
    const first = msg('quota-file');
    await h.post(first);
    await waitFor('the quota message', () => cardsIn(other.chat, '解析しませんでした').length === 1);
    await h.post(first); // redelivered
    expect(cardsIn(other.chat, '解析しませんでした')).toHaveLength(1);
  });
});

describe('meetings', () => {
  it('meeting end: the transcript is fetched as VTT, analysed, answered privately to the organiser, and the supervisor alerted proactively', async () => {
    // The supervisor installed the app (their personal chat is stored); the organiser never wrote to it.
    expect((await h.post(installUpdate(h, BOSS))).status).toBe(200);
    await setSupervisor(
      { database: h.tdb.database, orgDefaults: ORG_DEFAULTS, logger: silentLogger },
      { org: { platform: 'teams', platformTeamId: TENANT, name: 'x' }, by: { platformUserId: 'aad-admin', isWorkspaceAdmin: true }, staff: [ORGANIZER.aad], supervisor: BOSS.aad },
    );
    h.connector.installedUsers.add(ORGANIZER.aad);
    addMeeting(h, 'MEET-1', 'graph-meeting-1', '顧客対応', ORGANIZER);
    h.graph.meetings.set(FakeGraph.key(ORGANIZER.aad, 'graph-meeting-1'), {
      transcripts: [{ id: 'tr-1', createdDateTime: '2026-11-02T10:00:00Z', vtt: VTT }],
    });
    const event = meetingEnd(h, 'MEET-1', '顧客対応', ORGANIZER);
    expect((await h.post(event)).status).toBe(200);

    const organiserChat = `a:personal-${ORGANIZER.aad}`;
    await waitFor('the organiser answer', () => cardsIn(organiserChat, '慰謝料5万払え').length === 1);
    expect(h.graph.requests).toContain('GET /v1.0/users/aad-organizer/onlineMeetings/graph-meeting-1/transcripts');
    expect(h.graph.requests).toContain('GET /v1.0/users/aad-organizer/onlineMeetings/graph-meeting-1/transcripts/tr-1/content?$format=text/vtt');
    // Nothing about the meeting's content went to the meeting chat.
    expect(h.connector.activities.filter((a) => a.conversationId.startsWith('19:meeting_MEET-1'))).toHaveLength(0);

    const alert = await waitFor('the supervisor alert', () => cardsIn(BOSS.chat, 'カスハラの可能性が高い通話がありました')[0]);
    const ack = (alert.body.attachments[0].content.actions as Array<{ verb: string; data: { value: string } }>).find((a) => a.verb === 'acknowledge_alert');
    expect(ack).toBeDefined();

    // 対応済み: the invoke is answered at once and the alert card is updated in place.
    const res = await h.post(cardAction(h, BOSS, 'acknowledge_alert', ack!.data.value));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, value: ja.ackDone() });
    const updated = await waitFor('the updated alert', () =>
      h.connector.activities.find((a) => a.op === 'update' && a.conversationId === BOSS.chat && a.activityId === alert.activityId));
    expect(text(updated)).toContain('対応済みにしました');
    expect(text(updated)).not.toContain('acknowledge_alert');
    // The answer is in the organiser's personal chat: the alert says so, as Slack's does of a DM.
    expect(text(updated)).toContain(LABELS.ja.alertNoLink);

    // The meeting-end event redelivered: no second analysis, no second message.
    const count = h.connector.activities.length;
    await h.post(event);
    expect(h.connector.activities.length).toBe(count);
  });

  const refusals: Array<{ name: string; setup: Parameters<typeof h.graph.meetings.set>[1]; reason: keyof typeof ja.fetch }> = [
    { name: '403 transcription disabled', reason: 'transcription_disabled',
      setup: { transcripts: [], refuse: { status: 403, body: { error: { code: 'Forbidden', message: 'Transcription is disabled for this meeting by policy.' } } } } },
    { name: '403 speaker attribution not allowed', reason: 'speaker_attribution',
      setup: { transcripts: [], refuse: { status: 403, body: { error: { code: 'Forbidden', message: 'Speaker attribution is not allowed for this tenant.' } } } } },
    { name: '403 no permission', reason: 'forbidden',
      setup: { transcripts: [], refuse: { status: 403, body: { error: { code: 'Forbidden', message: 'Application is not allowed to perform operations on the user.' } } } } },
    { name: '404 meeting expired', reason: 'meeting_expired',
      setup: { transcripts: [], refuse: { status: 404, body: { error: { code: 'NotFound', message: 'The meeting was not found.' } } } } },
    { name: 'no transcript (after the retries)', reason: 'no_transcript', setup: { transcripts: [] } },
    { name: '429 with a long Retry-After, every time', reason: 'throttled',
      setup: { transcripts: [], refuse: { status: 429, headers: { 'retry-after': '120' }, body: { error: { code: 'TooManyRequests', message: 'throttled' } } } } },
  ];

  for (const [i, r] of refusals.entries()) {
    it(`Graph refusal — ${r.name} — gets its own message to the organiser`, async () => {
      const meeting = `MEET-R${i}`;
      const title = `会議R${i}`;
      addMeeting(h, meeting, `graph-r${i}`, title, ORGANIZER);
      h.graph.meetings.set(FakeGraph.key(ORGANIZER.aad, `graph-r${i}`), r.setup);
      h.connector.installedUsers.add(ORGANIZER.aad);
      await h.post(meetingEnd(h, meeting, title, ORGANIZER));
      const expected = ja.fetch[r.reason](title);
      await waitFor(`the ${r.reason} message`, () => h.connector.activities.some((a) => text(a).includes(expected)));
    });
  }

  it('429 with a short Retry-After is waited out and the transcript still analysed', async () => {
    addMeeting(h, 'MEET-T', 'graph-t', '短い待ち', ORGANIZER);
    h.graph.meetings.set(FakeGraph.key(ORGANIZER.aad, 'graph-t'), {
      transcripts: [{ id: 'tr-t', createdDateTime: '2026-11-02T10:00:00Z', vtt: VTT.replace('慰謝料5万払え', '慰謝料5万払えよ') }],
      next: [{ status: 429, headers: { 'retry-after': '2' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } }],
    });
    await h.post(meetingEnd(h, 'MEET-T', '短い待ち', ORGANIZER));
    await waitFor('the analysed answer', () => h.connector.activities.some((a) => text(a).includes('慰謝料5万払えよ')));
    expect(h.sleeps).toContain(2000);
  });

  it('meeting details the Bot Connector cannot give: a clear note in the meeting chat, not silence', async () => {
    const res = await h.post(meetingEnd(h, 'MEET-UNKNOWN', 'x', ORGANIZER));
    expect(res.status).toBe(200);
    expect(h.connector.activities.filter((a) => a.conversationId === '19:meeting_MEET-UNKNOWN@thread.v2' && text(a).includes(ja.meetingUnknown()))).toHaveLength(1);
  });
});

describe('admin', () => {
  it('lists the supervisors who have not installed the app', async () => {
    const admin: User = { id: '29:admin', aad: 'aad-admin', name: '管理者', chat: 'a:admin-chat' };
    await setSupervisor(
      { database: h.tdb.database, orgDefaults: ORG_DEFAULTS, logger: silentLogger },
      { org: { platform: 'teams', platformTeamId: TENANT, name: 'x' }, by: { platformUserId: admin.aad, isWorkspaceAdmin: true }, staff: [STAFF.aad], supervisor: 'aad-new-boss' },
    );
    await h.tdb.database.db.execute(sql`update members set display_name = '新任 上長' where platform_user_id = 'aad-new-boss'`);
    const res = await h.post(personal(h, admin, { text: '未インストール' }));
    expect(res.status).toBe(200);
    const reply = h.connector.activities.filter((a) => a.conversationId === admin.chat).at(-1)!;
    expect(String(reply.body.text)).toContain('新任 上長');
    expect(String(reply.body.text)).not.toContain(BOSS.name);
  });
});
