/**
 * Role-play practice in Teams over real HTTP (issue 18): `練習` / `practice` in the personal chat shows the shared
 * picker as a card, its submit (Action.Submit, the fields' values in the data) starts the session, and every
 * message while the session is under way is a reply — the feedback card after each, the summary at the end — for
 * three scenarios played to their end (a legitimate complaint and a phone demand in Japanese, a shouting guest in English). A
 * redelivered activity is not scored twice; outside a session a pasted transcript still goes to analysis.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceSessions, submissions } from '../../../src/db/schema/index.js';
import { PICKER_FIELDS } from '../../../src/flows/practice/picker-screen.js';
import { PRACTICE_LABELS } from '../../../src/flows/practice/practice-view.js';
import { builtInScenarios } from '../../../src/practice/library.js';
import { waitFor } from '../../helpers/test-database.js';
import { personal, startHarness, type Harness, type User } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => h?.stop());

const json = (x: unknown) => JSON.stringify(x ?? null);
const mark = () => h.connector.activities.length;
const sentTo = (user: User, since: number) => h.connector.activities.slice(since).filter((a) => a.op === 'create' && a.conversationId.startsWith(user.chat));

function pickerData(body: any): Record<string, any> {
  for (const att of body.attachments ?? []) for (const act of att.content?.actions ?? []) if (act.type === 'Action.Submit' && act.data?.mamoriPractice === 1) return act.data;
  throw new Error('no practice picker submit');
}

async function startScenario(user: User, word: string, scenarioId: string, locale: string): Promise<void> {
  const scenario = builtInScenarios().find((s) => s.id === scenarioId)!;
  let since = mark();
  expect((await h.post(personal(h, user, { text: word, locale }))).status).toBeLessThan(300);
  const picker = await waitFor('the picker card', () => sentTo(user, since).find((a) => json(a.body).includes(PICKER_FIELDS.scenario)));
  expect(json(picker.body)).toContain(scenario.title);
  since = mark();
  const data = { ...pickerData(picker.body), [PICKER_FIELDS.scenario]: scenarioId, [PICKER_FIELDS.category]: 'any', [PICKER_FIELDS.difficulty]: 'any', [PICKER_FIELDS.medium]: 'any' };
  expect((await h.post(personal(h, user, { text: '', value: data, locale }))).status).toBeLessThan(300);
  await waitFor('the opening', () => sentTo(user, since).find((a) => json(a.body).includes(scenario.steps[scenario.start]!.customer.slice(0, 10))));
}

const plays: Array<[User, string, string, string, string[]]> = [
  [{ id: '29:pr-ja', aad: 'aad-pr-ja', name: '練習 一郎', chat: 'a:pr-ja-chat' }, '練習', 'ja-JP', 'ja-complaint-counter-rice-cooker', [
    'せっかくお買い上げいただいたのに、ご不便をおかけして申し訳ございません。レシートを確認させてください。',
    'ご購入から30日以内ですので、新しいものと交換いたします。交換品も動作を確認してお渡しします。',
  ]],
  [{ id: '29:pr-en', aad: 'aad-pr-en', name: 'Pat Practice', chat: 'a:pr-en-chat' }, 'practice', 'en-US', 'en-counter-hotel-shouting', [
    "I'm sorry, that's a long day. I can store your bags while the room is cleaned.",
    'Please lower your voice. If the shouting continues I will have to end this conversation and call my manager.',
    "I'm ending this conversation now and handing over to my manager.",
  ]],
  [{ id: '29:pr-ja2', aad: 'aad-pr-ja2', name: '練習 二郎', chat: 'a:pr-ja2-chat' }, '練習', 'ja-JP', 'ja-phone-mailorder-isharyo', [
    'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。',
    '暴言が続くようでしたら、お電話を終了させていただきます。',
    'ご回答は変わりません。これ以上続くようでしたら通話を終了いたします。この通話は録音しております。',
  ]],
];

describe('role-play practice in Teams', () => {
  for (const [user, word, locale, id, replies] of plays) {
    it(`${word}: plays ${id} to its end, feedback after each reply, then the summary`, async () => {
      const scenario = builtInScenarios().find((s) => s.id === id)!;
      const L = PRACTICE_LABELS[scenario.lang];
      await startScenario(user, word, id, locale);
      let ended = false;
      for (const [i, reply] of replies.entries()) {
        if (ended) break;
        const since = mark();
        expect((await h.post(personal(h, user, { text: reply, locale }))).status).toBeLessThan(300);
        const feedback = await waitFor(`feedback on reply ${i + 1}`, () => sentTo(user, since).find((a) => json(a.body).includes(L.score)));
        expect(json(feedback.body)).toMatch(/\d+\/100/);
        ended = await waitFor('the session saved', async () => {
          const [row] = await h.tdb.database.db.select().from(practiceSessions).where(eq(practiceSessions.scenarioId, id));
          return row && row.turns === i + 1 ? { done: row.endedAt !== null } : undefined;
        }).then((r) => r.done);
      }
      expect(ended).toBe(true);
      const summary = h.connector.activities.find((a) => a.op === 'create' && a.conversationId.startsWith(user.chat) && json(a.body).includes(L.done));
      expect(summary, 'the summary card').toBeDefined();
      expect(json(summary!.body)).toContain(L.workOn);
    });
  }

  it('a redelivered activity is not scored twice', async () => {
    const user: User = { id: '29:pr-retry', aad: 'aad-pr-retry', name: '再送 さん', chat: 'a:pr-retry-chat' };
    await startScenario(user, '練習', 'ja-phone-mailorder-isharyo', 'ja-JP');
    const since = mark();
    const activity = personal(h, user, { text: 'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。' });
    expect((await h.post(activity)).status).toBeLessThan(300);
    await waitFor('the feedback', () => sentTo(user, since).find((a) => json(a.body).includes(PRACTICE_LABELS.ja.score)));
    expect((await h.post(activity)).status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 800));
    expect(sentTo(user, since).filter((a) => json(a.body).includes(PRACTICE_LABELS.ja.score))).toHaveLength(1);
    const open = (await h.tdb.database.db.select().from(practiceSessions)).filter((r) => r.endedAt === null);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ turns: 1, replyIds: [`teams:${activity.id}`] });
  });

  it('練習 終了 ends the session with its summary so far', async () => {
    const user: User = { id: '29:pr-stop', aad: 'aad-pr-stop', name: '中断 さん', chat: 'a:pr-stop-chat' };
    await startScenario(user, '練習', 'ja-phone-mailorder-isharyo', 'ja-JP');
    let since = mark();
    expect((await h.post(personal(h, user, { text: 'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。' }))).status).toBeLessThan(300);
    await waitFor('the feedback', () => sentTo(user, since).find((a) => json(a.body).includes(PRACTICE_LABELS.ja.score)));
    since = mark();
    expect((await h.post(personal(h, user, { text: '練習 終了' }))).status).toBeLessThan(300);
    await waitFor('stopped', () => sentTo(user, since).find((a) => json(a.body).includes('練習を終了しました')));
    await waitFor('the summary so far', () => sentTo(user, since).find((a) => json(a.body).includes(PRACTICE_LABELS.ja.done)));
  });

  it('outside a session (the trainee finished theirs), a pasted transcript still goes to analysis', async () => {
    const user = plays[0]![0];
    const before = (await h.tdb.database.db.select().from(submissions)).length;
    const since = mark();
    const transcript = ['顧客: 商品が壊れていたんだけど、どうしてくれるの？', '店員: 申し訳ございません。交換させていただきます。', '顧客: ふざけるな、土下座しろ。', '店員: そのようなご要望にはお応えできません。'].join('\n');
    expect((await h.post(personal(h, user, { text: transcript }))).status).toBeLessThan(300);
    await waitFor('a submission for the pasted transcript', async () => ((await h.tdb.database.db.select().from(submissions)).length > before ? true : undefined));
    expect(sentTo(user, since).some((a) => json(a.body).includes(PRACTICE_LABELS.ja.score))).toBe(false);
  });
});
