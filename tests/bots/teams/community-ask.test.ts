/**
 * Asking and answering on Teams, over the fake Bot Connector: resolved questions that look alike are
 * shown before anything is posted (投稿する / やめる); the root message links its accepted answer with
 * a Teams deep link; 投稿する and an answer's submit pressed twice post once.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityMessageLink } from '../../../src/bots/teams/community/common.js';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { communityAnswers, communityQuestions, outbox } from '../../../src/db/schema/index.js';
import { waitFor } from '../../helpers/test-database.js';
import { channelMessage, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
const CHANNEL = '19:askers@thread.tacv2';
const ADMIN: User = { id: '29:q-admin', aad: 'aad-q-admin', name: '管理 者', chat: 'a:q-admin-chat' };
const ASKER: User = { id: '29:q-asker', aad: 'aad-q-asker', name: '質問 者', chat: 'a:q-asker-chat' };
const PEER: User = { id: '29:q-peer', aad: 'aad-q-peer', name: '仲間 さん', chat: 'a:q-peer-chat' };

const json = (x: unknown) => JSON.stringify(x ?? null);
const mark = () => h.connector.activities.length;
const sentTo = (conversation: string, pattern: RegExp, since = 0) =>
  waitFor(`a message to ${conversation} matching ${pattern}`, () =>
    h.connector.activities.slice(since).find((a) => a.op === 'create' && a.conversationId.startsWith(conversation) && pattern.test(json(a.body))));

const inChannel = (user: User, text: string, thread?: string) => channelMessage(h, user, CHANNEL, text, thread);
const execute = (user: User, cardId: string, data: Record<string, unknown>, conversation?: Record<string, unknown>): Record<string, unknown> => ({
  ...personal(h, user), type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId, ...(conversation ? { conversation } : {}),
  value: { action: { type: 'Action.Execute', verb: String(data.action), data }, trigger: 'manual' },
});
function submitData(body: any, title: string): Record<string, any> {
  for (const att of body.attachments ?? []) for (const act of att.content?.actions ?? []) if (act.type === 'Action.Submit' && act.title === title) return act.data;
  throw new Error(`no ${title} button`);
}
const questions = () => h.tdb.database.db.select().from(communityQuestions);

let rootId = '';
let replyId = '';
let secondRootId = '';

beforeAll(async () => {
  h = await startHarness();
  const org = await h.bot.store.organisation(TENANT);
  const db = h.tdb.database.db;
  await ensureMember(db, org.id, { platformUserId: ADMIN.aad, roles: ['admin'] });
  for (const u of [ASKER, PEER]) await ensureMember(db, org.id, { platformUserId: u.aad, displayName: u.name, roles: ['graduate'] });
  await h.post(inChannel(ADMIN, '<at>mamori</at> community'));
  await sentTo(CHANNEL, /コミュニティチャンネルにしました/);
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('Teams message links', () => {
  it('a channel message links to Teams; a reply names its thread root; chats have no link', () => {
    expect(communityMessageLink('19:abc@thread.tacv2|1700000000002', '19:abc@thread.tacv2|1700000000001', 'tenant-1')).toBe(
      'https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/1700000000002?tenantId=tenant-1&parentMessageId=1700000000001',
    );
    expect(communityMessageLink('19:abc@thread.tacv2;messageid=1700000000001|1700000000003', null)).toBe(
      'https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/1700000000003?parentMessageId=1700000000001',
    );
    expect(communityMessageLink('a:personal-chat|1700000000003', null)).toBeNull();
    expect(communityMessageLink('19:meeting_x@thread.v2|1', null)).toBeNull();
    expect(communityMessageLink('not a reference', null)).toBeNull();
  });
});

describe('asking on Teams', () => {
  it('a question is posted; its answer in the thread, once resolved, is linked from the root', async () => {
    let since = mark();
    await h.post(personal(h, ASKER, { text: 'ask 電話の暴言の記録方法\n電話で暴言を受けたとき、記録の取り方を教えてください。' }));
    await sentTo(ASKER.chat, /質問をコミュニティチャンネルに投稿しました/, since);
    const root = await sentTo(CHANNEL, /電話の暴言の記録方法/, since);
    rootId = root.activityId;

    const reply = inChannel(PEER, '<at>mamori</at> 日時と発言をそのまま記録し、録音があれば保存して上長に共有しましょう。', rootId);
    replyId = String(reply.id);
    await h.post(reply);
    const [answer] = await waitFor('answer recorded', async () => {
      const rows = await h.tdb.database.db.select().from(communityAnswers);
      return rows.length > 0 ? rows : undefined;
    });
    since = mark();
    const ok = await h.post(execute(ASKER, rootId, { mamori: 1, action: 'community_resolve', value: answer!.id }));
    expect(ok.body).toMatchObject({ statusCode: 200, value: expect.stringMatching(/解決済み/) });
    const link = `https://teams.microsoft.com/l/message/${encodeURIComponent(CHANNEL)}/${replyId}?tenantId=${TENANT}&parentMessageId=${rootId}`;
    const updated = await waitFor('root links the accepted answer', () =>
      h.connector.activities.slice(since).find((a) => a.op === 'update' && a.activityId === rootId && /解決済み/.test(json(a.body))));
    expect(json(updated.body)).toContain(link);
  });

  it('similar resolved questions come first: やめる posts nothing; 投稿する (pressed twice) posts once', async () => {
    let since = mark();
    await h.post(personal(h, PEER, { text: 'ask 暴言の記録\n電話の暴言はどう記録すればよいですか。' }));
    const similar = await sentTo(PEER.chat, /似た質問がすでに解決しています/, since);
    expect(json(similar.body)).toMatch(/電話の暴言の記録方法/);
    expect(json(similar.body)).toMatch(/投稿する/);
    expect(json(similar.body)).toMatch(/やめる/);
    expect(await questions()).toHaveLength(1);

    since = mark();
    await h.post(personal(h, PEER, { text: '', value: submitData(similar.body, 'やめる'), replyToId: similar.activityId }));
    await sentTo(PEER.chat, /質問は投稿しませんでした/, since);
    expect(await questions()).toHaveLength(1);

    const post = submitData(similar.body, '投稿する');
    since = mark();
    await Promise.all([
      h.post(personal(h, PEER, { text: '', value: post, replyToId: similar.activityId })),
      h.post(personal(h, PEER, { text: '', value: post, replyToId: similar.activityId })),
    ]);
    await sentTo(PEER.chat, /質問をコミュニティチャンネルに投稿しました/, since);
    await sentTo(PEER.chat, /すでに受け付けています/, since);
    secondRootId = (await sentTo(CHANNEL, /暴言の記録/, since)).activityId;
    expect(await questions()).toHaveLength(2);
  });

  it('an answer submitted twice from the 回答する card is posted once', async () => {
    const [second] = (await questions()).filter((q) => q.title === '暴言の記録');
    const data = { mamori: 1, action: 'community_answer', value: second!.id, body: '記録用のメモ欄を用意しておくと落ち着いて書けます。' };
    const channel = { id: `${CHANNEL};messageid=${secondRootId}`, conversationType: 'channel', tenantId: TENANT, isGroup: true };
    await waitFor('question delivered', async () => {
      const [row] = await h.tdb.database.db.select().from(outbox).where(and(eq(outbox.dedupeKey, `community:question:${second!.id}`), eq(outbox.status, 'sent')));
      return row;
    });
    const [a, b] = await Promise.all([h.post(execute(ASKER, secondRootId, data, channel)), h.post(execute(ASKER, secondRootId, data, channel))]);
    expect(json([a.body, b.body])).toMatch(/回答を投稿しました/);
    expect(json([a.body, b.body])).toMatch(/すでに受け付けています/);
    const answers = await h.tdb.database.db.select().from(communityAnswers).where(eq(communityAnswers.questionId, second!.id));
    expect(answers).toHaveLength(1);
  });
});
