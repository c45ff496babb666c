/**
 * Teams message actions (the manifest's composeExtensions, Slack's message shortcuts), over the fake
 * Bot Connector: 「質問者を確認」 on a community question tells an admin who asked, in a dialog only
 * they see, audited, and refuses anyone else; 「カスハラ解析」 on a channel message with a call's
 * transcript queues it and the answer comes in that message's thread; a message with nothing to read,
 * or with a file Teams does not hand to apps, is answered privately and nothing is queued.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { auditLog, communityQuestions, submissions } from '../../../src/db/schema/index.js';
import { waitFor } from '../../helpers/test-database.js';
import { channelMessage, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
const CHANNEL = '19:actions@thread.tacv2';
const ADMIN: User = { id: '29:ma-admin', aad: 'aad-ma-admin', name: '管理 者', chat: 'a:ma-admin-chat' };
const ASKER: User = { id: '29:ma-asker', aad: 'aad-ma-asker', name: '質問 者', chat: 'a:ma-asker-chat' };
const PEER: User = { id: '29:ma-peer', aad: 'aad-ma-peer', name: '仲間 さん', chat: 'a:ma-peer-chat' };

const json = (x: unknown) => JSON.stringify(x ?? null);
const mark = () => h.connector.activities.length;
const sentTo = (conversation: string, pattern: RegExp, since = 0) =>
  waitFor(`a message to ${conversation} matching ${pattern}`, () =>
    h.connector.activities.slice(since).find((a) => a.op === 'create' && a.conversationId.startsWith(conversation) && pattern.test(json(a.body))));

/** The invoke Teams sends when `user` picks the message action `commandId` on `message` in the channel. */
function messageAction(
  user: User, commandId: string, message: Record<string, unknown>, name: 'composeExtension/submitAction' | 'composeExtension/fetchTask' = 'composeExtension/submitAction',
): Record<string, unknown> {
  const root = String(message.replyToId ?? message.id);
  return {
    ...personal(h, user), type: 'invoke', name,
    conversation: { id: `${CHANNEL};messageid=${root}`, conversationType: 'channel', tenantId: TENANT, isGroup: true },
    channelData: { tenant: { id: TENANT }, channel: { id: CHANNEL } },
    value: { commandId, commandContext: 'message', messagePayload: message },
  };
}

let rootId = '';
let questionId = '';

beforeAll(async () => {
  h = await startHarness();
  const org = await h.bot.store.organisation(TENANT);
  const db = h.tdb.database.db;
  await ensureMember(db, org.id, { platformUserId: ADMIN.aad, roles: ['admin'] });
  for (const u of [ASKER, PEER]) await ensureMember(db, org.id, { platformUserId: u.aad, displayName: u.name, roles: ['graduate'] });
  await h.post(channelMessage(h, ADMIN, CHANNEL, '<at>mamori</at> community'));
  await sentTo(CHANNEL, /コミュニティチャンネルにしました/);
  const since = mark();
  await h.post(personal(h, ASKER, { text: 'ask 録音の保存期間 匿名\n通話の録音はどのくらいの期間保存すべきでしょうか。社内の決まりを作りたいです。' }));
  rootId = (await sentTo(CHANNEL, /録音の保存期間/, since)).activityId;
  questionId = (await db.select().from(communityQuestions))[0]!.id;
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('Teams message action 「質問者を確認」', () => {
  const question = () => ({ id: rootId, body: { contentType: 'html', content: '<p>録音の保存期間</p>' }, attachments: [] });
  const audited = () => h.tdb.database.db.select().from(auditLog).where(eq(auditLog.subject, `community_question:${questionId}`));

  it('refuses a member privately, saying nothing about the question', async () => {
    const since = mark();
    const res = await h.post(messageAction(PEER, 'community_reveal_asker', question()));
    expect(res.status).toBe(200);
    expect(res.body.task).toMatchObject({ type: 'message', value: expect.stringMatching(/管理者だけ/) });
    expect(json(res.body)).not.toMatch(/質問 者|ma-asker/);
    expect(await audited()).toHaveLength(0);
    expect(h.connector.activities.slice(since)).toHaveLength(0);
  });

  it('tells an admin who asked, in a dialog only they see, audited; nothing is said in the channel', async () => {
    const since = mark();
    const res = await h.post(messageAction(ADMIN, 'community_reveal_asker', question(), 'composeExtension/fetchTask'));
    expect(res.status).toBe(200);
    expect(res.body.task.type).toBe('continue');
    const card = res.body.task.value.card;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(json(card.content)).toContain('質問 者');
    expect(json(card.content)).toMatch(/録音の保存期間/);
    expect(json(card.content)).toMatch(/匿名の質問です/);
    expect(json(card.content)).toMatch(/監査ログ/);
    const rows = await audited();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.detail).toMatchObject({ revealed: 'asker', anonymous: true });
    expect(h.connector.activities.slice(since)).toHaveLength(0);
  });

  it('on a message that is no question, an admin is told it was not found', async () => {
    const res = await h.post(messageAction(ADMIN, 'community_reveal_asker', { id: '1700000000999', body: { contentType: 'text', content: 'hi' } }));
    expect(res.body.task).toMatchObject({ type: 'message', value: expect.stringMatching(/見つかりません/) });
  });
});

describe('Teams message action 「カスハラ解析」', () => {
  const TRANSCRIPT = [
    '<p>スタッフ: お電話ありがとうございます。あおば通販カスタマーセンターの森でございます。</p>',
    '<p>客: 交換とかで済むと思ってんの？こっちは休みの日を潰されてんだよ。慰謝料5万払え。</p>',
    '<p>スタッフ: 大変申し訳ございません。交換かご返金でご対応いたします。</p>',
    '<p>客: 払わないならネットに全部書いてやるからな。覚えとけよ&nbsp;&amp;&nbsp;今すぐ上の者を出せ。</p>',
  ].join('');

  it('queues the message’s transcript and answers in its thread; the presser is told privately', async () => {
    const since = mark();
    const post = { id: '1700000000100', body: { contentType: 'html', content: TRANSCRIPT }, attachments: [] };
    const res = await h.post(messageAction(PEER, 'analyse_call', post));
    expect(res.status).toBe(200);
    expect(res.body.task).toMatchObject({ type: 'message', value: expect.stringMatching(/受け付けました.*このスレッド/) });
    const [sub] = await waitFor('the submission', async () => {
      const rows = await h.tdb.database.db.select().from(submissions);
      return rows.length > 0 ? rows : undefined;
    });
    expect(sub!.replyTo).toMatchObject({ channel: CHANNEL, thread: `${CHANNEL}|1700000000100` });
    const answer = await sentTo(`${CHANNEL};messageid=1700000000100`, /慰謝料5万払え/, since);
    expect(answer.conversationId).toBe(`${CHANNEL};messageid=1700000000100`);
    // The transcript went in as the words people see, not as HTML.
    expect(json(answer.body)).not.toMatch(/<p>|&nbsp;/);
  });

  it('a reply is answered under its thread’s root; the same transcript again is a duplicate', async () => {
    const reply = { id: '1700000000201', replyToId: '1700000000100', body: { contentType: 'html', content: TRANSCRIPT }, attachments: [] };
    const res = await h.post(messageAction(PEER, 'analyse_call', reply));
    expect(res.body.task.value).toMatch(/すでに受け付けています/);
  });

  it('nothing to read, or a file Teams keeps to itself: told what to do, nothing queued', async () => {
    const before = (await h.tdb.database.db.select().from(submissions)).length;
    const hello = await h.post(messageAction(PEER, 'analyse_call', { id: '1700000000300', body: { contentType: 'html', content: '<p>おつかれさまです</p>' } }));
    expect(hello.body.task.value).toMatch(/解析できるものがありません/);
    const file = await h.post(messageAction(PEER, 'analyse_call', {
      id: '1700000000301', body: { contentType: 'html', content: '<attachment id="f1"></attachment>' },
      attachments: [{ id: 'f1', contentType: 'reference', contentUrl: 'https://contoso.sharepoint.com/sites/x/call.vtt', name: 'call.vtt' }],
    }));
    expect(file.body.task.value).toMatch(/個人チャットに送って/);
    expect(await h.tdb.database.db.select().from(submissions)).toHaveLength(before);
  });

  it('an unknown command is answered, not failed', async () => {
    const res = await h.post(messageAction(PEER, 'no_such_command', { id: '1' }));
    expect(res.status).toBe(200);
    expect(res.body.task.type).toBe('message');
  });
});
