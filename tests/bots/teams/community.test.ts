/**
 * The graduates' community on Teams, end to end over the fake Bot Connector: ask in personal chat with
 * the guard's card and 伏せ字にして投稿 (Action.Submit), the question in the community channel, a
 * reply in its thread recorded as an answer, 解決済みにする, FAQ search in personal chat, the answer
 * button's card, and 参加する on a study group announcement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { auditLog, communityAnswers, communityRsvps, members } from '../../../src/db/schema/index.js';
import { DEFAULT_COMMUNITY_CONFIG } from '../../../src/flows/community/config.js';
import { silentLogger } from '../../../src/logger.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { createEvent } from '../../../src/flows/community/events.js';
import { waitFor } from '../../helpers/test-database.js';
import { channelMessage, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
const CHANNEL = '19:community@thread.tacv2';
const ADMIN: User = { id: '29:admin', aad: 'aad-admin', name: '管理 者', chat: 'a:admin-chat' };
const ASKER: User = { id: '29:asker', aad: 'aad-asker', name: '質問 者', chat: 'a:asker-chat' };
const PEER: User = { id: '29:peer', aad: 'aad-peer', name: '仲間 さん', chat: 'a:peer-chat' };
const TEACH: User = { id: '29:teach', aad: 'aad-teach', name: '講師 先生', chat: 'a:teach-chat' };

const inChannel = (user: User, text: string, thread?: string) => channelMessage(h, user, CHANNEL, text, thread);
function execute(user: User, data: Record<string, unknown>): Record<string, unknown> {
  return { ...personal(h, user), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: String(data.action), data }, trigger: 'manual' } };
}
const json = (x: unknown) => JSON.stringify(x ?? null);
const sentTo = (conversation: string, pattern: RegExp) =>
  waitFor(`a message to ${conversation} matching ${pattern}`, () => h.connector.activities.find((a) => a.op === 'create' && a.conversationId.startsWith(conversation) && pattern.test(json(a.body))));
function submitData(body: any): Record<string, any> {
  for (const att of body.attachments ?? []) for (const act of att.content?.actions ?? []) if (act.type === 'Action.Submit') return act.data;
  throw new Error('no Action.Submit');
}
function executeData(card: any, action: string): Record<string, any> {
  const found = JSON.stringify(card).match(new RegExp(`\\{"mamori":1,"action":"${action}","value":"[^"]+"\\}`));
  if (!found) throw new Error(`no ${action} button`);
  return JSON.parse(found[0]);
}

let rootId = '';

beforeAll(async () => {
  h = await startHarness();
  const org = await h.bot.store.organisation(TENANT);
  const db = h.tdb.database.db;
  await ensureMember(db, org.id, { platformUserId: ADMIN.aad, roles: ['admin'] });
  for (const u of [ASKER, PEER]) await ensureMember(db, org.id, { platformUserId: u.aad, displayName: u.name, roles: ['graduate'] });
  await ensureMember(db, org.id, { platformUserId: TEACH.aad, displayName: TEACH.name, roles: ['instructor'] });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('community on Teams', () => {
  it('an admin makes the channel the community channel; a graduate cannot', async () => {
    await h.post(inChannel(PEER, '<at>mamori</at> community'));
    await sentTo(CHANNEL, /管理者だけ/);
    await h.post(inChannel(ADMIN, '<at>mamori</at> community'));
    await sentTo(CHANNEL, /コミュニティチャンネルにしました/);
  });

  it('instructor @name: an admin gives the role, audited as on Slack; a graduate cannot', async () => {
    const NEW: User = { id: '29:new-teach', aad: 'aad-new-teach', name: '新任 講師', chat: 'a:new-teach-chat' };
    const mention = { type: 'mention', mentioned: { id: NEW.id, aadObjectId: NEW.aad, name: NEW.name }, text: `<at>${NEW.name}</at>` };
    await h.post(personal(h, PEER, { text: `instructor <at>${NEW.name}</at>`, entities: [mention] }));
    await sentTo(PEER.chat, /管理者だけ/);
    await h.post(personal(h, ADMIN, { text: `instructor <at>${NEW.name}</at>`, entities: [mention] }));
    await sentTo(ADMIN.chat, /1 人に役割を付けました/);
    const db = h.tdb.database.db;
    const given = (await db.select().from(members)).find((m) => m.platformUserId === NEW.aad);
    expect(given?.roles).toContain('instructor');
    const audited = (await db.select().from(auditLog)).filter((r) => r.subject === 'community_role:instructor');
    expect(audited).toHaveLength(1);
    expect(audited[0]!.detail).toEqual({ count: 1 });
  });

  it('ask: the guard holds the question until 伏せ字にして投稿; then it is posted masked and anonymously', async () => {
    await h.post(personal(h, ASKER, { text: 'ask 店長への暴言 匿名\n株式会社ヤマダ商事の田中様から毎日電話で暴言を受けています。記録の取り方を教えてください。' }));
    const review = await sentTo(ASKER.chat, /伏せ字にして投稿/);
    expect(json(review.body)).toMatch(/株式会社ヤマダ商事/);
    expect(h.connector.messagesIn(CHANNEL).filter((a) => /店長への暴言/.test(json(a.body)))).toHaveLength(0);

    await h.post(personal(h, ASKER, { text: '', value: submitData(review.body) }));
    const root = await sentTo(CHANNEL, /店長への暴言/);
    expect(json(root.body)).toMatch(/〇〇/);
    expect(json(root.body)).not.toMatch(/田中|ヤマダ|質問 者/);
    expect(json(root.body)).toMatch(/匿名の修了生/);
    rootId = root.activityId;
  });

  it('a reply in the thread is an answer; the asker marks it resolved; FAQ finds it in personal chat', async () => {
    await h.post(inChannel(PEER, '<at>mamori</at> まずは日時と発言をそのまま記録し、上長に共有しましょう。', rootId));
    const [answer] = await waitFor('answer recorded', async () => {
      const rows = await h.tdb.database.db.select().from(communityAnswers);
      return rows.length > 0 ? rows : undefined;
    });
    const res = await h.post(execute(PEER, { mamori: 1, action: 'community_resolve', value: answer!.id }));
    expect(res.body).toMatchObject({ statusCode: 200, value: expect.stringMatching(/権限/) });
    const ok = await h.post(execute(ASKER, { mamori: 1, action: 'community_resolve', value: answer!.id }));
    expect(ok.body).toMatchObject({ statusCode: 200, value: expect.stringMatching(/解決済み/) });
    await waitFor('root updated as resolved', () =>
      h.connector.activities.find((a) => a.op === 'update' && a.activityId === rootId && /解決済み/.test(json(a.body)) && /日時と発言/.test(json(a.body))));

    await h.post(personal(h, PEER, { text: 'faq 暴言 記録' }));
    await sentTo(PEER.chat, /店長への暴言/);
    await h.post(inChannel(PEER, '<at>mamori</at> faq 暴言'));
    await sentTo(CHANNEL, /個人チャット/);
  });

  it('回答する returns a card with a text box; an answer with a finding comes back for review', async () => {
    const card = executeData(h.connector.activities.find((a) => a.activityId === rootId)!.body, 'community_answer');
    const form = await h.post(execute(PEER, card));
    expect(form.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(json(form.body)).toMatch(/Input\.Text/);
    const held = await h.post(execute(PEER, { ...card, body: '田中様にはこう伝えました。' }));
    expect(json(held.body)).toMatch(/伏せ字にして投稿/);
    expect((await h.tdb.database.db.select().from(communityAnswers)).length).toBe(1);
  });

  it('参加する on an announcement seats the member and tells them by DM; キャンセル frees the seat', async () => {
    const deps = { database: h.tdb.database, queue: h.pipeline.queue, config: DEFAULT_COMMUNITY_CONFIG, orgDefaults: ORG_DEFAULTS, logger: silentLogger };
    const out = await createEvent(deps, { platform: 'teams', platformTeamId: TENANT, platformUserId: TEACH.aad }, {
      title: '冬の勉強会', startsAt: new Date(Date.now() + 5 * 86_400_000), durationMinutes: 90, location: 'https://meet.example.com/x', capacity: 10,
    });
    expect(out.status).toBe('created');
    h.pipeline.workers?.notify();
    const announcement = await sentTo(CHANNEL, /冬の勉強会/);
    const join = executeData(announcement.body, 'event_join');
    const res = await h.post(execute(ASKER, join));
    expect(res.body).toMatchObject({ statusCode: 200, value: expect.stringMatching(/参加を受け付けました/) });
    await sentTo(ASKER.chat, /参加を受け付けました/);
    await waitFor('count 1/10 on the announcement', () =>
      h.connector.activities.find((a) => a.op === 'update' && a.activityId === announcement.activityId && /1\/10名/.test(json(a.body))));
    // Action.Submit (older clients) works the same.
    await h.post(personal(h, ASKER, { text: '', value: executeData(announcement.body, 'event_cancel_rsvp') }));
    await sentTo(ASKER.chat, /キャンセルしました/);
    const rows = await h.tdb.database.db.select().from(communityRsvps);
    expect(rows.map((r) => r.status)).toEqual(['cancelled']);
  });
});
