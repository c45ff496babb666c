/**
 * Booking on Teams, end to end over real HTTP: activities posted to the running Teams app (POST
 * /api/messages), the bot's replies recorded by the fake Bot Connector, on the in-memory PGlite and
 * a local fake Stripe. The instructor sets hours with the card (others are refused), an orientation is
 * booked (a double submit books once), a consultation answers with the Checkout link, a slot taken
 * while the card was open comes back with the reason and fresh slots, and キャンセル shows the policy
 * before anything is cancelled; an instructor sets one session's meeting URL (会議URLを設定) and the
 * trainee is told.
 */
import { testFeatures } from '../../helpers/features.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import { createTeamsBot, type TeamsBot } from '../../../src/bots/teams/bot.js';
import { loadTeamsConfig } from '../../../src/bots/teams/config.js';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { bookings, members } from '../../../src/db/schema/index.js';
import { loadBookingConfig } from '../../../src/flows/booking/config.js';
import { japaneseHoliday } from '../../../src/time/holidays.js';
import { addDays, localDate, zonedToUtc } from '../../../src/time/zone.js';
import { loadJapaneseTokenizer } from '../../../src/text/japanese.js';
import type { FileSource, Messenger } from '../../../src/flows/ports.js';
import { silentLogger } from '../../../src/logger.js';
import { stripePayments } from '../../../src/payments/stripe-payments.js';
import { FakeBotConnector } from '../../helpers/fake-bot-connector.js';
import { FakeGraph } from '../../helpers/fake-graph.js';
import { FakeStripe } from '../../helpers/fake-stripe.js';
import { ORG_DEFAULTS, startTestPipeline } from '../../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor } from '../../helpers/test-database.js';
import { personal, TENANT, type Harness, type User } from './harness.js';
import { TeamsRepository } from '../../../src/db/repo/teams.js';

let h: Harness;
let stripe: FakeStripe;

const TEACH: User = { id: '29:teach', aad: 'aad-teach', name: '講師 先生', chat: 'a:teach-chat' };
const TRAINEE: User = { id: '29:trainee', aad: 'aad-trainee', name: '研修 生', chat: 'a:trainee-chat' };
const PAYER: User = { id: '29:payer', aad: 'aad-payer', name: '支払 さん', chat: 'a:payer-chat' };
const LATE: User = { id: '29:late', aad: 'aad-late', name: '遅い さん', chat: 'a:late-chat' };

async function start(): Promise<Harness> {
  const connector = await new FakeBotConnector().start();
  const graph = await new FakeGraph().start();
  const tdb = await openTestDatabase();
  const config = loadTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'test', TEAMS_GRAPH_BASE_URL: graph.url, TEAMS_SERVICE_URL: connector.url })!;
  const jobs = testJobsConfig({ retryLimit: 1, retryDelaySeconds: 1, analysisExpireSeconds: 20, deliveryExpireSeconds: 10 });
  let bot: TeamsBot | undefined;
  const files: FileSource = { fetch: (ref) => bot!.files.fetch(ref) };
  const messenger: Messenger = { post: (m) => bot!.messenger.post(m) };
  const pipeline = await startTestPipeline(tdb.database, jobs, { workers: false, ports: { files, messenger, analyse: analyzeFile } });
  bot = await createTeamsBot({
    config, actions: { database: tdb.database, queue: pipeline.queue, orgDefaults: ORG_DEFAULTS, logger: silentLogger }, store: new TeamsRepository(tdb.database, ORG_DEFAULTS),
    analysisAttempts: jobs.retryLimit + 1, onQueued: () => pipeline.workers?.notify(),
    features: testFeatures({ payments: stripePayments(stripe.settings()), config: loadBookingConfig({}) }),
  });
  pipeline.startWorkers();
  const server: Server = createServer((req, res) => {
    if (bot!.route(req, res)) return;
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    connector, graph, tdb, pipeline, bot, baseUrl, sleeps: [],
    async post(activity, headers = {}) {
      const res = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pipeline.stop();
      await tdb.close();
      await connector.stop();
      await graph.stop();
    },
  };
}

beforeAll(async () => {
  stripe = await new FakeStripe().start();
  h = await start();
  const org = await h.bot.store.organisation(TENANT);
  await ensureMember(h.tdb.database.db, org.id, { platformUserId: TEACH.aad, displayName: TEACH.name, roles: ['instructor'] });
  await loadJapaneseTokenizer(); // the topic guard's dictionary, once, before the timed requests
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await stripe?.close();
});

const json = (x: unknown) => JSON.stringify(x ?? null);

/** Sends `activity` and waits for the bot's next message in the user's chat matching `pattern`. */
async function say(user: User, over: Record<string, unknown>, pattern: RegExp) {
  const before = h.connector.activities.length;
  const res = await h.post(personal(h, user, over));
  expect(res.status).toBe(200);
  return waitFor(`a reply to ${user.name} matching ${pattern}`, () =>
    h.connector.activities.slice(before).find((a) => a.op === 'create' && a.conversationId === user.chat && pattern.test(json(a.body))), 30_000);
}
const cardOf = (body: any) => body.attachments?.[0]?.content;
function submitData(body: any, title?: string): Record<string, any> {
  const act = (cardOf(body)?.actions ?? []).find((x: any) => x.type === 'Action.Submit' && (!title || x.title === title));
  if (!act) throw new Error(`no Action.Submit ${title ?? ''} in ${json(body)}`);
  return act.data;
}
function slotChoices(body: any): Array<{ title: string; value: string }> {
  return (cardOf(body).body as any[]).find((e) => e.id === 'slot')?.choices ?? [];
}

/** A date `days` ahead on the Tokyo calendar that is not a national holiday. */
function dateAhead(days: number): string {
  let d = addDays(localDate(new Date(), 'Asia/Tokyo'), days);
  while (japaneseHoliday(d)) d = addDays(d, 1);
  return d;
}
const at = (date: string, hhmm: string) => {
  const [hh, mm] = hhmm.split(':').map(Number);
  return zonedToUtc(date, hh! * 60 + mm!, 'Asia/Tokyo').toISOString();
};
const DAY = dateAhead(3);
const HOURS = ['月', '火', '水', '木', '金', '土', '日'].flatMap((d) => [`${d} 09:00-12:00`, `${d} 13:00-18:00`]).join('\n');

async function bookingsOf(user: User) {
  return h.tdb.database.db.select({ b: bookings }).from(bookings).innerJoin(members, eq(members.id, bookings.traineeId)).where(eq(members.platformUserId, user.aad));
}

/** `予約` → card 1 → 空き枠を見る: card 2 (the date's free slots). */
async function slotsCard(user: User, kind: 'orientation' | 'consultation', payment?: 'card') {
  const first = await say(user, { text: '予約' }, /空き枠を見る/);
  expect(json(cardOf(first.body))).toMatch(/Input\.Date/);
  const data = { ...submitData(first.body), kind, instructor: '*', date: DAY, ...(payment ? { payment } : {}) };
  return say(user, { value: data }, /"id":"slot"/);
}

let orientationId = '';

describe('booking on Teams', () => {
  it('availability: refused for non-instructors; the card saves hours, days off and the meeting URL; bad hours are told', async () => {
    const no = await say(TRAINEE, { text: '受付時間' }, /講師だけ/);
    expect(no.body.attachments ?? []).toHaveLength(0);
    const no2 = await say(TRAINEE, { value: { mamoriBooking: 1, step: 'availability', hours: HOURS, daysOff: '', meetingUrl: '' } }, /講師だけ/);
    expect(no2).toBeTruthy();

    const form = await say(TEACH, { text: '受付時間' }, /受付時間の設定/);
    const data = submitData(form.body);
    const bad = await say(TEACH, { value: { ...data, hours: '月 9時から', daysOff: '', meetingUrl: '' } }, /形式が正しくありません/);
    expect(json(bad.body)).toMatch(/9時から/);
    const badDays = await say(TEACH, { value: { ...data, hours: HOURS, daysOff: '12/1', meetingUrl: '' } }, /2026-12-01 または/);
    expect(badDays).toBeTruthy();

    const off = dateAhead(20);
    const saved = await say(TEACH, { value: { ...data, hours: HOURS, daysOff: off, meetingUrl: 'https://meet.example.com/teach' } }, /受付時間を保存しました/);
    expect(json(saved.body)).toMatch(/月 09:00-12:00/);
    expect(json(saved.body)).toContain(off);
    const shown = await say(TEACH, { text: 'availability show' }, /現在の設定/);
    expect(json(shown.body)).toMatch(/meet\.example\.com\/teach/);
  });

  it('orientation: the date\'s slots, then 予約する books once however often the card is submitted', async () => {
    const late = await slotsCard(LATE, 'orientation'); // opened before the slot is taken (next test)
    expect(slotChoices(late.body).map((c) => c.value)).toContain(at(DAY, '10:00'));

    const card2 = await slotsCard(TRAINEE, 'orientation');
    const choices = slotChoices(card2.body);
    expect(choices.map((c) => c.title)).toContain('10:00（講師 先生）');
    expect(choices.map((c) => c.value)).not.toContain(at(DAY, '12:00')); // the lunch break is not offered
    const data = { ...submitData(card2.body, '予約する'), slot: at(DAY, '10:00'), topic: '記録の取り方について相談したい' };

    // A double click: two activities with the same card.
    const before = h.connector.activities.length;
    const [r1, r2] = await Promise.all([h.post(personal(h, TRAINEE, { value: data })), h.post(personal(h, TRAINEE, { value: data }))]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    const replies = await waitFor('two answers', () => {
      const found = h.connector.activities.slice(before).filter((a) => a.conversationId === TRAINEE.chat && /予約が確定しました/.test(json(a.body)) && /\.ics/.test(json(a.body)));
      return found.length >= 2 ? found : undefined;
    }, 30_000);
    expect(json(replies[0]!.body)).toMatch(/オリエンテーション/);
    const rows = await bookingsOf(TRAINEE);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.b).toMatchObject({ status: 'confirmed', paymentMethod: 'free', kind: 'orientation', startsAt: new Date(at(DAY, '10:00')) });
    orientationId = rows[0]!.b.id;
  });

  it('会議URLを設定: the instructor sets this session\'s own URL from 予約一覧 (the screen Slack shows); the trainee is told', async () => {
    const execute = (user: User, value: string) => ({
      ...personal(h, user), type: 'invoke', name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'booking_meeting_url', data: { mamori: 1, action: 'booking_meeting_url', value } }, trigger: 'manual' },
    });
    const list = await say(TEACH, { text: '予約一覧' }, /会議URLを設定/);
    expect(json(list.body)).toContain(`"action":"booking_meeting_url","value":"${orientationId}"`);
    // The trainee's list has no such button, and pressing it anyway opens nothing.
    expect(json((await say(TRAINEE, { text: '予約一覧' }, /あなたの予約/)).body)).not.toContain('booking_meeting_url');
    expect(json((await h.post(execute(TRAINEE, orientationId))).body)).not.toContain('"id":"meeting_url"');

    const form = await h.post(execute(TEACH, orientationId));
    expect(form.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(json(form.body)).toContain('"id":"meeting_url"');
    expect(json(form.body)).toContain('meet.example.com/teach'); // the settings' URL, used when this is left empty
    const data = form.body.value.actions.find((x: any) => x.type === 'Action.Submit').data;
    expect(data).toMatchObject({ mamoriBooking: 1, step: 'meeting_url', booking: orientationId });

    await say(TEACH, { value: { ...data, meeting_url: 'ftp://meet.example.com/x' } }, /https:\/\/ で始まるURL/);
    const saved = await say(TEACH, { value: { ...data, meeting_url: 'https://meet.example.com/session-1' } }, /session-1/);
    expect(json(saved.body)).toMatch(/✅/);
    expect(json(saved.body)).toMatch(/相談者にDMでお知らせしました/);
    const [row] = await bookingsOf(TRAINEE);
    expect(row!.b.meetingUrl).toBe('https://meet.example.com/session-1');
    await waitFor('the trainee told', () => h.connector.activities.find((a) => a.conversationId === TRAINEE.chat && /session-1/.test(json(a.body))), 30_000);
  });

  it('a slot taken while the card was open: the reason and the day\'s remaining slots, nothing booked', async () => {
    const card2 = await waitFor('LATE\'s slots card', () => h.connector.activities.find((a) => a.conversationId === LATE.chat && /"id":"slot"/.test(json(a.body))));
    const data = { ...submitData(card2.body, '予約する'), slot: at(DAY, '10:00'), topic: '' };
    const again = await say(LATE, { value: data }, /先に予約されました/);
    const values = slotChoices(again.body).map((c) => c.value);
    expect(values.length).toBeGreaterThan(0);
    expect(values).not.toContain(at(DAY, '10:00'));
    expect(await bookingsOf(LATE)).toHaveLength(0);

    const noSlot = await say(LATE, { value: { ...submitData(again.body, '予約する') } }, /時間を選んでください/);
    expect(noSlot).toBeTruthy();
    const past = await say(LATE, { value: { mamoriBooking: 1, step: 'slots', kind: 'orientation', instructor: '*', date: '2020-01-01' } }, /今日以降/);
    expect(json(past.body)).toMatch(/Input\.Date/);
  });

  it('consultation by card: held, and the answer is the Checkout link', async () => {
    const card2 = await slotsCard(PAYER, 'consultation', 'card');
    const data = { ...submitData(card2.body, '予約する'), slot: at(DAY, '14:00'), topic: '' };
    const reply = await say(PAYER, { value: data }, /checkout\.stripe\.test/);
    const open = cardOf(reply.body).actions.find((x: any) => x.type === 'Action.OpenUrl');
    const [session] = [...stripe.sessions.values()];
    expect(open.url).toBe(session!.url);
    expect(session!.amount_total).toBe(6600);
    const rows = await bookingsOf(PAYER);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.b).toMatchObject({ status: 'held', paymentMethod: 'card', totalYen: 6600 });
  });

  it('the topic guard: a finding comes back with 書き直す / 伏せ字で予約; nothing is booked until then', async () => {
    const card2 = await slotsCard(LATE, 'orientation');
    const data = { ...submitData(card2.body, '予約する'), slot: at(DAY, '15:00'), topic: '株式会社ヤマダ商事の田中様から毎日電話で暴言を受けています' };
    const review = await say(LATE, { value: data }, /伏せ字で予約/);
    expect(json(review.body)).toMatch(/書き直す/);
    expect(await bookingsOf(LATE)).toHaveLength(0);
    const rewrite = await say(LATE, { value: submitData(review.body, '書き直す') }, /"id":"slot"/);
    expect(json(rewrite.body)).toMatch(/ヤマダ商事/);
    await say(LATE, { value: submitData(review.body, '伏せ字で予約') }, /予約が確定しました/);
    const rows = await bookingsOf(LATE);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.b.topic).not.toMatch(/ヤマダ|田中/);
  });

  it('予約一覧 lists the booking with キャンセル; キャンセル shows the policy first, then cancels', async () => {
    const list = await say(TRAINEE, { text: '予約一覧' }, /あなたの予約/);
    expect(json(list.body)).toContain(`"action":"booking_cancel","value":"${orientationId}"`);

    const stranger = await h.post({ ...personal(h, PAYER), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'booking_cancel', data: { mamori: 1, action: 'booking_cancel', value: orientationId } }, trigger: 'manual' } });
    expect(json(stranger.body)).toMatch(/権限がありません/);

    const preview = await h.post({ ...personal(h, TRAINEE), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'booking_cancel', data: { mamori: 1, action: 'booking_cancel', value: orientationId } }, trigger: 'manual' } });
    expect(preview.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(json(preview.body)).toMatch(/キャンセル期限（.*）前のため、料金はかかりません/);
    expect((await bookingsOf(TRAINEE))[0]!.b.status).toBe('confirmed');

    const confirm = preview.body.value.actions.find((x: any) => x.type === 'Action.Submit').data;
    await say(TRAINEE, { value: confirm }, /予約がキャンセルされました/);
    expect((await bookingsOf(TRAINEE))[0]!.b.status).toBe('cancelled');
    await say(TRAINEE, { value: confirm }, /すでにキャンセル/);
  });

  it('admin overview is refused to others; channels are refused', async () => {
    await say(TRAINEE, { text: 'bookings admin' }, /管理者だけ/);
    const before = h.connector.activities.length;
    await h.post(personal(h, TRAINEE, { text: '予約', conversation: { id: '19:x@thread.tacv2', conversationType: 'channel', tenantId: TENANT } }));
    await waitFor('personal-only reply', () => h.connector.activities.slice(before).find((a) => /個人チャット/.test(json(a.body))));
  });
});
