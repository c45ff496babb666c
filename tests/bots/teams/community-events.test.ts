/**
 * Study groups on Teams, end to end over the fake Bot Connector: `勉強会` gives the organiser a card
 * form, its submit creates the study group and announces it in the community channel; bad input and
 * non-organisers get a private reply and nothing is written; `勉強会 管理` lists the organiser's study
 * groups with 編集 (prefilled, everyone signed up told), 中止する and 出席を記録; `参加予定` lists the
 * member's; a card pressed twice creates one study group and sends one round of notices; `help` lists it all.
 */
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { communityEvents, communityRsvps, outbox } from '../../../src/db/schema/index.js';
import { DEFAULT_COMMUNITY_CONFIG } from '../../../src/flows/community/config.js';
import { createEvent } from '../../../src/flows/community/events.js';
import { localDate } from '../../../src/time/event-time.js';
import { silentLogger } from '../../../src/logger.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { waitFor } from '../../helpers/test-database.js';
import { channelMessage, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
const CHANNEL = '19:events@thread.tacv2';
const TZ = 'Asia/Tokyo';
const ADMIN: User = { id: '29:ev-admin', aad: 'aad-ev-admin', name: '管理 者', chat: 'a:ev-admin-chat' };
const TEACH: User = { id: '29:ev-teach', aad: 'aad-ev-teach', name: '講師 先生', chat: 'a:ev-teach-chat' };
const GRAD: User = { id: '29:ev-grad', aad: 'aad-ev-grad', name: '修了 生子', chat: 'a:ev-grad-chat' };

const json = (x: unknown) => JSON.stringify(x ?? null);
const mark = () => h.connector.activities.length;
/** The first message to `conversation` matching `pattern`, among those sent since `since`. */
const sentTo = (conversation: string, pattern: RegExp, since = 0) =>
  waitFor(`a message to ${conversation} matching ${pattern}`, () =>
    h.connector.activities.slice(since).find((a) => a.op === 'create' && a.conversationId.startsWith(conversation) && pattern.test(json(a.body))));
const allTo = (conversation: string, pattern: RegExp, since = 0) =>
  h.connector.activities.slice(since).filter((a) => a.op === 'create' && a.conversationId.startsWith(conversation) && pattern.test(json(a.body)));

const inChannel = (user: User, text: string) => channelMessage(h, user, CHANNEL, text);
/** Action.Submit on the card in activity `cardId`: a message activity with the data (inputs merged in). */
const submit = (user: User, cardId: string, value: Record<string, unknown>) => personal(h, user, { text: '', value, replyToId: cardId });
/** Action.Execute on the card in activity `cardId`. */
const execute = (user: User, cardId: string, data: Record<string, unknown>): Record<string, unknown> => ({
  ...personal(h, user), type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId,
  value: { action: { type: 'Action.Execute', verb: String(data.action ?? data.step), data }, trigger: 'manual' },
});

/** The Action.Submit data of a card's button titled `title` (card actions and ActionSets). */
function submitData(body: any, title: string, event?: string): Record<string, any> {
  const found: any[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Action.Submit' && node.title === title && (!event || node.data?.event === event)) found.push(node.data);
    Object.values(node).forEach(walk);
  };
  walk(body.attachments ?? []);
  if (!found[0]) throw new Error(`no ${title} button`);
  return found[0];
}
function inputsOf(body: any): Record<string, any> {
  const out: Record<string, any> = {};
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) out[node.id] = node;
    Object.values(node).forEach(walk);
  };
  walk(body.attachments ?? []);
  return out;
}
function executeData(card: any, action: string): Record<string, any> {
  const found = JSON.stringify(card).match(new RegExp(`\\{"mamori":1,"action":"${action}","value":"[^"]+"\\}`));
  if (!found) throw new Error(`no ${action} button`);
  return JSON.parse(found[0]);
}

const day = (days: number) => localDate(new Date(Date.now() + days * 86_400_000), TZ);
const events = () => h.tdb.database.db.select().from(communityEvents);
const outboxKeys = async (prefix: string) => (await h.tdb.database.db.select({ key: outbox.dedupeKey }).from(outbox).where(like(outbox.dedupeKey, `${prefix}%`))).map((r) => r.key);

/** Sends `event` as TEACH and returns the form card's activity. */
async function openForm(user: User): Promise<{ id: string; body: any }> {
  const since = mark();
  await h.post(personal(h, user, { text: '勉強会' }));
  const form = await sentTo(user.chat, /Input\.Date/, since);
  return { id: form.activityId, body: form.body };
}

const valid = () => ({
  title: '冬の勉強会', description: '事例検討と記録の取り方', startDate: day(5), startTime: '19:00', duration: '90',
  location: 'https://meet.example.com/winter', capacity: '5', deadlineDate: day(4), deadlineTime: '',
});

let firstEventId = '';
let announcementId = '';

beforeAll(async () => {
  h = await startHarness();
  const org = await h.bot.store.organisation(TENANT);
  const db = h.tdb.database.db;
  await ensureMember(db, org.id, { platformUserId: ADMIN.aad, roles: ['admin'] });
  await ensureMember(db, org.id, { platformUserId: TEACH.aad, displayName: TEACH.name, roles: ['instructor'] });
  await ensureMember(db, org.id, { platformUserId: GRAD.aad, displayName: GRAD.name, roles: ['graduate'] });
  await h.post(inChannel(ADMIN, '<at>mamori</at> community'));
  await sentTo(CHANNEL, /コミュニティチャンネルにしました/);
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('study groups on Teams', () => {
  it('help lists what each reader can do: the study groups one joins, an instructor\'s commands to the instructor, the admin\'s to the admin', async () => {
    const helpOf = async (u: User) => {
      const since = mark();
      await h.post(personal(h, u, { text: 'help' }));
      return json((await sentTo(u.chat, /ヘルプ/, since)).body);
    };
    const teach = await helpOf(TEACH);
    expect(teach).toMatch(/勉強会 管理/);
    expect(teach).toMatch(/参加予定/);
    expect(teach).toMatch(/event manage/);
    expect(teach).not.toMatch(/未インストール/);
    const grad = await helpOf(GRAD);
    expect(grad).toMatch(/参加予定/);
    for (const word of [/勉強会 管理/, /event manage/, /未インストール/, /通知レベル/, /保存期間/, /ai on\|off/]) expect(grad).not.toMatch(word);
    const admin = await helpOf(ADMIN);
    for (const word of [/勉強会 管理/, /未インストール/, /通知レベル/, /保存期間/, /ai on\|off/]) expect(admin).toMatch(word);
  });

  it('a graduate gets no form and cannot create one; in a channel the command points to the personal chat', async () => {
    let since = mark();
    await h.post(personal(h, GRAD, { text: '勉強会' }));
    await sentTo(GRAD.chat, /講師または管理者だけ/, since);
    since = mark();
    await h.post(submit(GRAD, 'act-forged', { mamoriEvent: 1, step: 'create', form: 'forged', ...valid() }));
    await sentTo(GRAD.chat, /講師または管理者だけ/, since);
    since = mark();
    await h.post(inChannel(TEACH, '<at>mamori</at> 勉強会'));
    await sentTo(CHANNEL, /個人チャットで/, since);
    expect(await events()).toHaveLength(0);
  });

  it('bad input comes back on the form with the reason and what was typed; nothing is written', async () => {
    const form = await openForm(TEACH);
    const inputs = inputsOf(form.body);
    expect(Object.keys(inputs)).toEqual(['title', 'description', 'startDate', 'startTime', 'duration', 'location', 'capacity', 'deadlineDate', 'deadlineTime']);
    expect(inputs.startTime.label).toContain(TZ);
    expect(inputs.startDate.min).toBe(day(0));
    const data = submitData(form.body, '作成');
    expect(data).toMatchObject({ mamoriEvent: 1, step: 'create', form: expect.any(String) });

    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ startDate: day(-1) }, /開始日時が過去です/],
      [{ capacity: '0' }, /定員: 1〜10000の数で入力してください/],
      [{ deadlineDate: day(6) }, /申込締切は開始日時より前に/],
      [{ title: '' }, /タイトル: 入力してください/],
    ];
    for (const [change, reason] of cases) {
      const since = mark();
      await h.post(submit(TEACH, form.id, { ...data, ...valid(), ...change }));
      const reply = await sentTo(TEACH.chat, reason, since);
      // The form again, with what was typed.
      expect(inputsOf(reply.body).location.value).toBe('https://meet.example.com/winter');
    }
    expect(await events()).toHaveLength(0);
    expect(await outboxKeys('community:event:')).toHaveLength(0);
  });

  it('作成 pressed twice creates one study group, announced in the channel with 参加する / キャンセル and the count', async () => {
    const form = await openForm(TEACH);
    const data = { ...submitData(form.body, '作成'), ...valid() };
    const since = mark();
    const [a, b] = await Promise.all([h.post(submit(TEACH, form.id, data)), h.post(submit(TEACH, form.id, data))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await sentTo(TEACH.chat, /勉強会を作成し、コミュニティチャンネルで告知しました/, since);
    await sentTo(TEACH.chat, /すでに受け付けています/, since);
    const rows = await events();
    expect(rows).toHaveLength(1);
    firstEventId = rows[0]!.id;
    // 19:00 in Tokyo, stored in UTC; the deadline is the end of the day before.
    expect(rows[0]!.startsAt.toISOString()).toBe(`${day(5)}T10:00:00.000Z`);
    expect(rows[0]!.rsvpDeadline.toISOString()).toBe(`${day(4)}T14:59:00.000Z`);

    const announcement = await sentTo(CHANNEL, /冬の勉強会/, since);
    announcementId = announcement.activityId;
    expect(json(announcement.body)).toMatch(/0\/5名/);
    expect(json(announcement.body)).toMatch(/参加する/);
    expect(allTo(CHANNEL, /冬の勉強会/, since)).toHaveLength(1);

    const res = await h.post(execute(GRAD, announcementId, executeData(announcement.body, 'event_join')));
    expect(res.body).toMatchObject({ statusCode: 200, value: expect.stringMatching(/参加を受け付けました/) });
    await waitFor('count 1/5', () => h.connector.activities.find((x) => x.op === 'update' && x.activityId === announcementId && /1\/5名/.test(json(x.body))));
  });

  it('勉強会 管理 → 編集: the form prefilled; saving (pressed twice) tells everyone signed up once and updates the announcement', async () => {
    let since = mark();
    await h.post(personal(h, TEACH, { text: '勉強会 管理' }));
    const list = await sentTo(TEACH.chat, /あなたが主催する勉強会/, since);
    expect(json(list.body)).toMatch(/冬の勉強会/);
    expect(json(list.body)).toMatch(/1\/5名/);

    since = mark();
    await h.post(submit(TEACH, list.activityId, submitData(list.body, '編集', firstEventId)));
    const edit = await sentTo(TEACH.chat, /勉強会を編集/, since);
    const inputs = inputsOf(edit.body);
    expect(inputs.title.value).toBe('冬の勉強会');
    expect(inputs.startDate.value).toBe(day(5));
    expect(inputs.startTime.value).toBe('19:00');
    expect(inputs.capacity.value).toBe(5);
    expect(inputs.deadlineDate.value).toBe(day(4));
    const save = submitData(edit.body, '保存して通知');
    const values = { title: inputs.title.value, description: inputs.description.value, startDate: inputs.startDate.value, startTime: inputs.startTime.value,
      duration: String(inputs.duration.value), location: inputs.location.value, capacity: String(inputs.capacity.value), deadlineDate: inputs.deadlineDate.value, deadlineTime: inputs.deadlineTime.value };

    // Not below those going: refused on the form, nothing changed.
    since = mark();
    await h.post(submit(TEACH, edit.activityId, { ...save, ...values, capacity: '0' }));
    await sentTo(TEACH.chat, /定員/, since);
    expect((await events())[0]!.title).toBe('冬の勉強会');

    // Action.Execute, pressed twice: one edit, one notice.
    const changed = { ...save, ...values, title: '冬の勉強会（会場変更）', location: '本社 3F 会議室', capacity: '6' };
    since = mark();
    const [a, b] = await Promise.all([h.post(execute(TEACH, edit.activityId, changed)), h.post(execute(TEACH, edit.activityId, changed))]);
    expect(json([a.body, b.body])).toMatch(/勉強会を更新しました/);
    expect(json([a.body, b.body])).toMatch(/すでに受け付けています/);
    await sentTo(GRAD.chat, /内容が変更されました/, since);
    expect(await outboxKeys('community:event-updated:')).toHaveLength(1);
    await waitFor('announcement updated', () =>
      h.connector.activities.slice(since).find((x) => x.op === 'update' && x.activityId === announcementId && /会場変更/.test(json(x.body)) && /1\/6名/.test(json(x.body))));
    const [row] = await events();
    expect(row).toMatchObject({ title: '冬の勉強会（会場変更）', location: '本社 3F 会議室', capacity: 6, sequence: 1 });
  });

  it('出席を記録 after the start lists those going; ticking them records attendance', async () => {
    const deps = { database: h.tdb.database, queue: h.pipeline.queue, config: DEFAULT_COMMUNITY_CONFIG, orgDefaults: ORG_DEFAULTS, logger: silentLogger };
    const made = await createEvent(deps, { platform: 'teams', platformTeamId: TENANT, platformUserId: TEACH.aad }, {
      title: '秋の振り返り会', startsAt: new Date(Date.now() + 3 * 86_400_000), durationMinutes: 60, location: 'オンライン', capacity: 10,
    });
    if (made.status !== 'created') throw new Error(made.message);
    h.pipeline.workers?.notify();
    const announcement = await sentTo(CHANNEL, /秋の振り返り会/);
    await h.post(execute(GRAD, announcement.activityId, executeData(announcement.body, 'event_join')));

    let since = mark();
    await h.post(personal(h, TEACH, { text: 'event manage' }));
    let list = await sentTo(TEACH.chat, /あなたが主催する勉強会/, since);
    // Before the start: refused privately.
    since = mark();
    await h.post(submit(TEACH, list.activityId, submitData(list.body, '出席を記録', made.eventId)));
    await sentTo(TEACH.chat, /開始後に記録できます/, since);

    // It started an hour ago.
    await h.tdb.database.db.update(communityEvents).set({ startsAt: new Date(Date.now() - 3_600_000), rsvpDeadline: new Date(Date.now() - 7_200_000) }).where(eq(communityEvents.id, made.eventId));
    since = mark();
    await h.post(personal(h, TEACH, { text: 'event manage' }));
    list = await sentTo(TEACH.chat, /あなたが主催する勉強会/, since);
    expect(() => submitData(list.body, '編集', made.eventId)).toThrow(); // started: no 編集
    since = mark();
    await h.post(submit(TEACH, list.activityId, submitData(list.body, '出席を記録', made.eventId)));
    const form = await sentTo(TEACH.chat, /出席した人/, since);
    const choice = inputsOf(form.body).attendees;
    expect(choice).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true, choices: [{ title: GRAD.name, value: GRAD.aad }] });

    // Someone else's study group: refused.
    since = mark();
    await h.post(submit(GRAD, form.activityId, { ...submitData(form.body, '記録'), attendees: GRAD.aad }));
    await sentTo(GRAD.chat, /講師または管理者だけ/, since);

    since = mark();
    await h.post(submit(TEACH, form.activityId, { ...submitData(form.body, '記録'), attendees: `${GRAD.aad},aad-not-going` }));
    await sentTo(TEACH.chat, /出席を記録しました（1\/1名）/, since);
    const rsvps = await h.tdb.database.db.select().from(communityRsvps).where(eq(communityRsvps.eventId, made.eventId));
    expect(rsvps.map((r) => r.attended)).toEqual([true]);
  });

  it('中止する asks first; confirmed (twice) it cancels once, tells everyone signed up and marks the announcement', async () => {
    let since = mark();
    await h.post(personal(h, TEACH, { text: '勉強会 管理' }));
    const list = await sentTo(TEACH.chat, /あなたが主催する勉強会/, since);
    since = mark();
    await h.post(submit(TEACH, list.activityId, submitData(list.body, '中止する', firstEventId)));
    const confirm = await sentTo(TEACH.chat, /中止し、参加者とキャンセル待ちの全員に通知しますか/, since);
    expect(json(confirm.body)).toMatch(/会場変更/);
    expect((await events()).find((e) => e.id === firstEventId)!.status).toBe('scheduled');

    const data = submitData(confirm.body, '中止する');
    since = mark();
    await Promise.all([h.post(submit(TEACH, confirm.activityId, data)), h.post(submit(TEACH, confirm.activityId, data))]);
    await sentTo(TEACH.chat, /勉強会を中止しました/, since);
    await sentTo(TEACH.chat, /すでに受け付けています/, since);
    await sentTo(GRAD.chat, /は中止になりました/, since);
    expect(await outboxKeys('community:event-cancelled:')).toHaveLength(1);
    expect((await events()).find((e) => e.id === firstEventId)!.status).toBe('cancelled');
    await waitFor('announcement marked cancelled', () =>
      h.connector.activities.slice(since).find((x) => x.op === 'update' && x.activityId === announcementId && /中止になりました/.test(json(x.body))));
  });

  it('参加予定 (event mine) lists the study groups the member joined', async () => {
    for (const text of ['参加予定', 'event mine']) {
      const since = mark();
      await h.post(personal(h, GRAD, { text }));
      const mine = await sentTo(GRAD.chat, /参加予定・参加した勉強会/, since);
      expect(json(mine.body)).toMatch(/秋の振り返り会.*出席/);
      expect(json(mine.body)).toMatch(/会場変更/);
    }
    const since = mark();
    await h.post(personal(h, TEACH, { text: '参加予定' }));
    await sentTo(TEACH.chat, /参加登録した勉強会はありません/, since);
  });
});
