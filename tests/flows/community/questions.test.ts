import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, communityAnswers, communityQuestions, outbox } from '../../../src/db/schema/index.js';
import { sendWeeklyDigests } from '../../../src/flows/community/digest.js';
import { escalateUnanswered } from '../../../src/flows/community/escalation.js';
import { hidePost, listReports, reportPost } from '../../../src/flows/community/moderation.js';
import {
  answerQuestion, askQuestion, askQuestionSimilarFirst, configureCommunity, markResolved, recordThreadReply, revealAsker, revealAskerOfMessage, searchFaq, similarQuestions,
} from '../../../src/flows/community/questions.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { actor, addMember, communityDeps, communityMessagesWhere, deliverAll } from './helpers.js';

let t: TestDatabase;
const clock = { now: new Date('2026-11-02T00:00:00Z') };
let deps: ReturnType<typeof communityDeps>;
const admin = actor('U-admin', '管理者');
const instructor = actor('U-inst', '講師 一郎');
const asker = actor('U-grad1', '修了生 一');
const peer = actor('U-grad2', '修了生 二');
const outsider = actor('U-staff', 'スタッフ');

beforeAll(async () => {
  t = await openTestDatabase();
  deps = communityDeps(t.database, clock);
  await addMember(t.database, 'U-admin', ['admin']);
  await addMember(t.database, 'U-inst', ['instructor']);
  await addMember(t.database, 'U-grad1', ['graduate']);
  await addMember(t.database, 'U-grad2', ['graduate']);
  await addMember(t.database, 'U-staff', ['staff']);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function questionRow(id: string) {
  const [q] = await t.database.db.select().from(communityQuestions).where(eq(communityQuestions.id, id));
  return q!;
}

describe('community Q&A', () => {
  it('refuses before the channel is configured, and only admins configure it', async () => {
    const early = await askQuestion(deps, asker, { title: 't', body: 'b' });
    expect(early).toMatchObject({ status: 'refused', reason: 'not_configured' });
    expect(await configureCommunity(deps, instructor, { channel: 'C-comm' })).toMatchObject({ status: 'refused', reason: 'not_admin' });
    expect(await configureCommunity(deps, admin, { channel: 'C-comm', instructorsChannel: 'C-inst' })).toMatchObject({ status: 'configured' });
  });

  it('refuses bad input with a clear private message and writes nothing', async () => {
    const before = await t.database.db.select().from(communityQuestions);
    const empty = await askQuestion(deps, asker, { title: '  ', body: '' });
    expect(empty).toMatchObject({ status: 'refused', reason: 'invalid' });
    if (empty.status === 'refused') expect(empty.message).toContain('タイトル');
    const long = await askQuestion(deps, asker, { title: 'x', body: 'あ'.repeat(3001) });
    expect(long).toMatchObject({ status: 'refused', reason: 'invalid' });
    expect(await askQuestion(deps, outsider, { title: 't', body: 'b' })).toMatchObject({ status: 'refused', reason: 'not_member' });
    expect(await t.database.db.select().from(communityQuestions)).toHaveLength(before.length);
  });

  it('holds a question with confidential details until the member chooses to mask it', async () => {
    const input = { title: '株式会社サンプル商会の件', body: '山田太郎さんから090-1234-5678に毎日電話があります。どう対応すべきでしょうか。' };
    const review = await askQuestion(deps, asker, input);
    expect(review.status).toBe('needs_review');
    if (review.status !== 'needs_review') return;
    expect(review.findings.map((f) => [f.field, f.kind])).toEqual([
      ['title', 'company_name'], ['body', 'person_name'], ['body', 'phone'],
    ]);
    expect(await t.database.db.select().from(communityQuestions)).toHaveLength(0);
    expect(await communityMessagesWhere(t.database, 'community:question:')).toHaveLength(0);

    const posted = await askQuestion(deps, asker, input, 'mask');
    expect(posted).toMatchObject({ status: 'posted', masked: true });
    if (posted.status !== 'posted') return;
    const q = await questionRow(posted.questionId);
    expect(q.title).toBe('〇〇社の件');
    expect(q.body).toBe('〇〇様から〔電話番号〕に毎日電話があります。どう対応すべきでしょうか。');
    const [root] = await communityMessagesWhere(t.database, `community:question:${q.id}`);
    expect(root!.target).toEqual({ type: 'channel', channel: 'C-comm' });
    expect(JSON.stringify(root!.payload)).not.toContain('山田');
  });

  it('shows anonymous askers as 匿名の修了生 and lets only admins see who asked', async () => {
    const posted = await askQuestion(deps, asker, { title: '匿名の相談', body: '長時間の電話にどう区切りをつけるか', anonymous: true });
    if (posted.status !== 'posted') throw new Error(posted.status);
    const [root] = await communityMessagesWhere(t.database, `community:question:${posted.questionId}`);
    const text = JSON.stringify(root!.payload);
    expect(text).toContain('匿名の修了生');
    expect(text).not.toContain('修了生 一');
    const audited = () => t.database.db.select().from(auditLog).where(eq(auditLog.subject, `community_question:${posted.questionId}`));
    expect(await revealAsker(deps, peer, posted.questionId)).toMatchObject({ status: 'refused', reason: 'not_admin' });
    expect(await audited()).toHaveLength(0);
    expect(await revealAsker(deps, admin, posted.questionId)).toMatchObject({ status: 'revealed', platformUserId: 'U-grad1', anonymous: true });
    expect(await audited()).toHaveLength(1);
    // From the root message (the message shortcut): the same, once delivered.
    await deliverAll(t.database);
    const [delivered] = await communityMessagesWhere(t.database, `community:question:${posted.questionId}`);
    expect(await revealAskerOfMessage(deps, peer, delivered!.platformMessageRef!)).toMatchObject({ status: 'refused', reason: 'not_admin' });
    expect(await revealAskerOfMessage(deps, admin, delivered!.platformMessageRef!)).toMatchObject({ status: 'revealed', platformUserId: 'U-grad1' });
    expect(await revealAskerOfMessage(deps, admin, 'ts-not-a-question')).toMatchObject({ status: 'refused', reason: 'not_found' });
    expect(await audited()).toHaveLength(2);
  });

  it('goes 未回答 → 回答あり → 解決済み, with answers guarded and the root message updated', async () => {
    const posted = await askQuestion(deps, asker, { title: '土下座を要求されたとき', body: 'お客様から土下座を要求されました。どう断ればよいでしょうか。', tags: ['土下座の要求'] });
    if (posted.status !== 'posted') throw new Error(posted.status);
    const id = posted.questionId;
    // Not delivered yet: an answer through mamori has no thread to go to.
    expect(await answerQuestion(deps, peer, { questionId: id, body: '毅然と断りましょう' })).toMatchObject({ status: 'refused', reason: 'not_posted_yet' });
    await deliverAll(t.database);

    const guarded = await answerQuestion(deps, peer, { questionId: id, body: '私も佐藤様という方に同じことを言われました' });
    expect(guarded.status).toBe('needs_review');
    const answer = await answerQuestion(deps, instructor, { questionId: id, body: '土下座の要求には応じる義務はありません。要求を断り、上司に引き継ぎましょう。' });
    expect(answer).toMatchObject({ status: 'posted' });
    if (answer.status !== 'posted') return;
    expect((await questionRow(id)).status).toBe('answered');
    const [posting] = await communityMessagesWhere(t.database, `community:answer:${answer.answerId}`);
    expect(posting!.target).toMatchObject({ type: 'channel', channel: 'C-comm', thread: expect.stringMatching(/^ts-/) });
    const updates = await t.database.db.select().from(outbox).where(eq(outbox.kind, 'community_update'));
    expect(JSON.stringify(updates.at(-1)!.payload)).toContain('回答あり');

    await deliverAll(t.database);
    expect(await markResolved(deps, peer, { answerId: answer.answerId })).toMatchObject({ status: 'refused', reason: 'not_allowed' });
    // The platform's link to the accepted answer (in the question's thread) goes in the root message.
    const linking = { ...deps, messageLink: (ref: string, thread: string | null) => `https://chat.example/${ref}?thread=${thread}` };
    expect(await markResolved(linking, asker, { answerId: answer.answerId })).toMatchObject({ status: 'resolved' });
    const q = await questionRow(id);
    expect(q).toMatchObject({ status: 'resolved', acceptedAnswerId: answer.answerId });
    const last = (await t.database.db.select().from(outbox).where(eq(outbox.kind, 'community_update')).orderBy(outbox.createdAt)).filter(
      (r) => r.payload.questionId === id,
    ).at(-1)!;
    expect(JSON.stringify(last.payload)).toContain('解決済み');
    expect(last.payload.acceptedAnswerRef).toMatch(/^ts-/);
    const [rootPost] = await communityMessagesWhere(t.database, `community:question:${id}`);
    expect(JSON.stringify(last.payload.view)).toContain(`https://chat.example/${last.payload.acceptedAnswerRef}?thread=${rootPost!.platformMessageRef}`);
  });

  it('records thread replies once per platform message', async () => {
    const posted = await askQuestion(deps, asker, { title: 'SNSに晒すと言われた', body: 'SNSに投稿すると脅されたときの対応を教えてください' });
    if (posted.status !== 'posted') throw new Error(posted.status);
    await deliverAll(t.database);
    const [root] = await communityMessagesWhere(t.database, `community:question:${posted.questionId}`);
    const reply = { threadRef: root!.platformMessageRef!, messageRef: '1700.01', text: '記録を残して警察に相談しましょう' };
    expect(await recordThreadReply(deps, peer, reply)).toMatchObject({ status: 'recorded' });
    expect(await recordThreadReply(deps, peer, reply)).toMatchObject({ status: 'duplicate' });
    expect((await questionRow(posted.questionId)).status).toBe('answered');
    // A reply with details: recorded, and the author is asked to edit it.
    const leaky = await recordThreadReply(deps, instructor, { ...reply, messageRef: '1700.02', text: '鈴木様の件と同じで、03-1234-5678にかけ直すと良いです' });
    if (leaky.status !== 'recorded') throw new Error(leaky.status);
    const [warning] = await communityMessagesWhere(t.database, `community:thread-warning:${leaky.answerId}`);
    expect(warning!.target).toEqual({ type: 'user', platformUserId: 'U-inst' });
    expect(await recordThreadReply(deps, peer, { ...reply, threadRef: 'ts-unknown' })).toMatchObject({ status: 'ignored' });
  });

  it('keeps a leaky thread reply masked wherever mamori repeats or indexes it (store, root message, FAQ)', async () => {
    const posted = await askQuestion(deps, asker, { title: '返金を迫る常連客', body: '毎週来店して返金を迫る常連客への対応を教えてください' });
    if (posted.status !== 'posted') throw new Error(posted.status);
    await deliverAll(t.database);
    const [root] = await communityMessagesWhere(t.database, `community:question:${posted.questionId}`);
    const leaky = await recordThreadReply(deps, instructor, {
      threadRef: root!.platformMessageRef!, messageRef: '1800.01', text: '高橋様の件と同じく、常連客の返金の話は 03-9876-5432 の本部窓口に回しましょう',
    });
    if (leaky.status !== 'recorded') throw new Error(leaky.status);
    const [stored] = await t.database.db.select().from(communityAnswers).where(eq(communityAnswers.id, leaky.answerId!));
    expect(stored!.body).not.toMatch(/高橋|03-9876-5432/);
    expect(stored!.body).toContain('〇〇様');

    expect(await markResolved(deps, asker, { answerId: leaky.answerId! })).toMatchObject({ status: 'resolved' });
    const q = await questionRow(posted.questionId);
    expect(`${q.titleTokens} ${q.bodyTokens}`).not.toMatch(/高橋|9876/);
    const rootUpdates = (await t.database.db.select().from(outbox).where(eq(outbox.kind, 'community_update'))).filter((r) => r.payload.questionId === posted.questionId);
    const last = JSON.stringify(rootUpdates.at(-1)!.payload);
    expect(last).toContain('解決済み');
    expect(last).toContain('本部窓口');
    expect(last).not.toMatch(/高橋|03-9876-5432/);

    const faq = await searchFaq(deps, peer, '返金 常連客');
    if (faq.status !== 'results') throw new Error(faq.status);
    expect(faq.hits.map((h) => h.title)).toContain('返金を迫る常連客');
    expect(JSON.stringify(faq.view)).not.toMatch(/高橋|03-9876-5432/);
    const similar = await similarQuestions(deps, peer, '常連客から返金を迫られています');
    expect(JSON.stringify(similar.view)).not.toMatch(/高橋|03-9876-5432/);
  });

  it('hiding a typed reply takes it out of what mamori shows, and tells the moderator it stays in the thread', async () => {
    const [q] = await t.database.db.select().from(communityQuestions).where(eq(communityQuestions.title, '返金を迫る常連客'));
    const accepted = q!.acceptedAnswerId!;
    const [root] = await communityMessagesWhere(t.database, `community:question:${q!.id}`);
    const rootUpdates = async () => (await t.database.db.select().from(outbox).where(eq(outbox.kind, 'community_update')).orderBy(outbox.createdAt)).filter((r) => r.payload.questionId === q!.id);
    const answersField = (payload: unknown) => JSON.stringify(payload).match(/"label":"回答","value":"(\d+)"/)?.[1];

    const other = await recordThreadReply(deps, peer, { threadRef: root!.platformMessageRef!, messageRef: '1800.02', text: '返金の可否は店舗では決めないと伝えるのも有効です' });
    expect(answersField((await rootUpdates()).at(-1)!.payload)).toBe('2');
    const hid = await hidePost(deps, instructor, { subject: `answer:${other.answerId}` });
    expect(hid).toMatchObject({ status: 'hidden', stillInThread: true });
    if (hid.status === 'hidden') expect(hid.message).toMatch(/削除も編集もできず/);
    expect(answersField((await rootUpdates()).at(-1)!.payload)).toBe('1'); // the root no longer counts it

    // Were a hidden answer still the accepted one, lists would only say it was hidden.
    await t.database.db.update(communityAnswers).set({ hiddenAt: clock.now }).where(eq(communityAnswers.id, accepted));
    const marked = await searchFaq(deps, peer, '返金 常連客');
    expect(JSON.stringify(marked)).toContain('非表示になりました');
    expect(JSON.stringify(marked)).not.toContain('本部窓口');
    await t.database.db.update(communityAnswers).set({ hiddenAt: null }).where(eq(communityAnswers.id, accepted));

    // Hiding the accepted one un-accepts it: out of the root, the index and the FAQ.
    expect(await hidePost(deps, instructor, { subject: `answer:${accepted}` })).toMatchObject({ status: 'hidden', stillInThread: true });
    const after = await questionRow(q!.id);
    expect(after).toMatchObject({ status: 'answered', acceptedAnswerId: null });
    expect(after.bodyTokens).not.toMatch(/本部|窓口/);
    const last = (await rootUpdates()).at(-1)!.payload;
    expect(JSON.stringify(last)).not.toMatch(/本部窓口|採用された回答/);
    expect(answersField(last)).toBe('0');
    const faq = await searchFaq(deps, peer, '返金 常連客');
    expect(JSON.stringify(faq)).not.toMatch(/返金を迫る常連客|本部窓口/);
  });

  it('finds similar resolved questions in Japanese, and the FAQ answers privately', async () => {
    const similar = await similarQuestions(deps, peer, '土下座しろと言われたらどう断ればいいですか');
    expect(similar.similar.map((s) => s.title)).toEqual(['土下座を要求されたとき']);
    expect(similar.similar[0]!.answerExcerpt).toContain('応じる義務はありません');
    // While asking: shown first, nothing written; asked again having seen them, it is posted.
    const before = (await t.database.db.select().from(communityQuestions)).length;
    const input = { title: '土下座しろと言われた', body: '土下座しろと言われたらどう断ればいいですか' };
    const first = await askQuestionSimilarFirst(deps, peer, input, 'as_written', false);
    expect(first).toMatchObject({ status: 'similar_found', similar: [{ title: '土下座を要求されたとき' }] });
    expect(JSON.stringify(first.status === 'similar_found' ? first.view : null)).toContain('まだ何も投稿されていません');
    expect(await t.database.db.select().from(communityQuestions)).toHaveLength(before);
    expect(await communityMessagesWhere(t.database, 'community:question:')).toHaveLength(before);
    expect(await askQuestionSimilarFirst(deps, peer, input, 'as_written', true)).toMatchObject({ status: 'posted' });
    expect(await t.database.db.select().from(communityQuestions)).toHaveLength(before + 1);
    const none = await similarQuestions(deps, peer, '駐車場の場所を教えてください');
    expect(none.similar).toEqual([]);
    const faq = await searchFaq(deps, peer, '土下座 要求');
    if (faq.status !== 'results') throw new Error(faq.status);
    expect(faq.hits.map((h) => h.title)).toEqual(['土下座を要求されたとき']);
    expect(JSON.stringify(faq.view)).toContain('応じる義務はありません');
    expect(await searchFaq(deps, peer, ' ')).toMatchObject({ status: 'refused', reason: 'invalid' });
  });

  it('lets members report and moderators hide; hidden posts refuse buttons', async () => {
    const posted = await askQuestion(deps, peer, { title: '不適切な投稿', body: 'テスト用の投稿です' });
    if (posted.status !== 'posted') throw new Error(posted.status);
    await deliverAll(t.database);
    expect(await reportPost(deps, asker, { subject: posted.questionId, reason: '無関係な内容' })).toMatchObject({ status: 'reported' });
    expect(await reportPost(deps, asker, { subject: posted.questionId, reason: '無関係な内容' })).toMatchObject({ status: 'already_reported' });
    expect(await listReports(deps, peer)).toMatchObject({ status: 'refused', reason: 'not_instructor' });
    const reports = await listReports(deps, instructor);
    expect(reports).toMatchObject({ status: 'reports', count: 1 });
    expect(await hidePost(deps, peer, { subject: posted.questionId })).toMatchObject({ status: 'refused', reason: 'not_instructor' });
    expect(await hidePost(deps, instructor, { subject: posted.questionId })).toMatchObject({ status: 'hidden' });
    const updates = (await t.database.db.select().from(outbox).where(eq(outbox.kind, 'community_update'))).filter((r) => r.payload.questionId === posted.questionId);
    expect(JSON.stringify(updates.at(-1)!.payload)).toContain('非表示');
    expect(await answerQuestion(deps, asker, { questionId: posted.questionId, body: '回答' })).toMatchObject({ status: 'refused', reason: 'hidden' });
    expect(await reportPost(deps, asker, { subject: posted.questionId, reason: 'x' })).toMatchObject({ status: 'refused', reason: 'hidden' });
    expect(await answerQuestion(deps, asker, { questionId: 'not-a-uuid', body: '回答' })).toMatchObject({ status: 'refused', reason: 'not_found' });
  });

  it('escalates unanswered questions after 48 hours, again a day later, once per round', async () => {
    const posted = await askQuestion(deps, asker, { title: '誰も答えない質問', body: '深夜の来店対応について' });
    if (posted.status !== 'posted') throw new Error(posted.status);
    const key = `community:escalation:${posted.questionId}`;
    clock.now = new Date(clock.now.getTime() + 47 * 3600_000);
    await escalateUnanswered(deps);
    expect(await communityMessagesWhere(t.database, key)).toHaveLength(0);
    clock.now = new Date(clock.now.getTime() + 2 * 3600_000);
    await Promise.all([escalateUnanswered(deps), escalateUnanswered(deps), escalateUnanswered(deps)]);
    const first = await communityMessagesWhere(t.database, key);
    expect(first).toHaveLength(1);
    expect(first[0]!.target).toEqual({ type: 'channel', channel: 'C-inst' });
    await escalateUnanswered(deps);
    expect(await communityMessagesWhere(t.database, key)).toHaveLength(1);
    clock.now = new Date(clock.now.getTime() + 24 * 3600_000);
    await escalateUnanswered(deps);
    expect(await communityMessagesWhere(t.database, key)).toHaveLength(2);
  });

  it('sends one weekly digest per week listing new, open and resolved questions', async () => {
    await sendWeeklyDigests(deps);
    await sendWeeklyDigests(deps);
    const digests = await communityMessagesWhere(t.database, 'community:digest:');
    expect(digests).toHaveLength(1);
    const text = JSON.stringify(digests[0]!.payload);
    expect(text).toContain('回答を待っている質問');
    expect(text).toContain('誰も答えない質問');
    expect(text).not.toContain('不適切な投稿'); // hidden
  });
});
