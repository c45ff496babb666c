/** Japanese search: PostgreSQL cannot split Japanese; kuromoji tokens in a tsvector can. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTokens, loadJapaneseTokenizer } from '../../../src/text/japanese.js';
import { answerQuestion, askQuestion, configureCommunity, markResolved, searchFaq, similarQuestions } from '../../../src/flows/community/questions.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { actor, addMember, communityDeps, deliverAll } from './helpers.js';

let t: TestDatabase;
const clock = { now: new Date('2026-11-02T00:00:00Z') };
let deps: ReturnType<typeof communityDeps>;
const g = actor('U-g');
const inst = actor('U-i', '講師');

const RESOLVED: Array<[string, string, string]> = [
  ['電話が3時間続く', '同じ苦情の電話が毎日3時間続き、切らせてもらえません。', '通話時間の上限を決め、予告してから終了しましょう。'],
  ['土下座を求められた', '謝罪として土下座を強要されました。', '土下座の強要は応じる必要がありません。記録を残して上司へ。'],
  ['SNSで晒すと脅された', '対応が悪いとSNSに店員の写真を投稿すると脅迫されました。', '撮影や投稿の予告は記録し、必要なら警察に相談します。'],
  ['返金の要求がしつこい', '商品に問題がないのに何度も返金を要求されます。', '対応方針を統一し、同じ回答を繰り返すことが大切です。'],
];

beforeAll(async () => {
  t = await openTestDatabase();
  deps = communityDeps(t.database, clock);
  await addMember(t.database, 'U-admin', ['admin']);
  await addMember(t.database, 'U-g', ['graduate']);
  await addMember(t.database, 'U-i', ['instructor']);
  await configureCommunity(deps, actor('U-admin'), { channel: 'C' });
  for (const [title, body, answer] of RESOLVED) {
    const q = await askQuestion(deps, g, { title, body });
    if (q.status !== 'posted') throw new Error(q.status);
    await deliverAll(t.database);
    const a = await answerQuestion(deps, inst, { questionId: q.questionId, body: answer });
    if (a.status !== 'posted') throw new Error(a.status);
    await markResolved(deps, g, { answerId: a.answerId });
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('Japanese question search', () => {
  it("PostgreSQL's own parser keeps a Japanese sentence in one piece", async () => {
    type Hit = { hit: boolean };
    // PGlite returns { rows }, postgres.js the rows themselves.
    const res = (await t.database.db.execute(sql`select to_tsvector('simple', '謝罪として土下座を強要されました') @@ to_tsquery('simple', '土下座') as hit`)) as unknown as { rows: Hit[] } | Hit[];
    const rows = Array.isArray(res) ? res : res.rows;
    expect(rows[0]!.hit).toBe(false);
  });

  it('kuromoji gives the content words, in dictionary form', async () => {
    const tk = await loadJapaneseTokenizer();
    expect(searchTokens(tk, '謝罪として土下座を強要されました。')).toEqual(['謝罪', '土下座', '強要']);
    expect(searchTokens(tk, '毎日3時間も電話が続きます')).toEqual(['毎日', '電話', '続く']); // 3時間: a count, not a topic
  });

  it.each([
    ['お客様に土下座しろと強要されたらどうすればいいですか', '土下座を求められた'],
    ['長い電話が毎日続いて困っています', '電話が3時間続く'],
    ['ネットに写真を投稿すると言われました', 'SNSで晒すと脅された'],
    ['何度も返金してくれと要求されます', '返金の要求がしつこい'],
  ])('%s → %s', async (question, expected) => {
    const { similar } = await similarQuestions(deps, g, question);
    expect(similar[0]?.title).toBe(expected);
    expect(similar.length).toBeLessThanOrEqual(3);
  });

  it('finds nothing for an unrelated question', async () => {
    expect((await similarQuestions(deps, g, '研修の修了証はいつ届きますか')).similar).toEqual([]);
  });

  it('searches the answers too in the FAQ', async () => {
    const faq = await searchFaq(deps, g, '警察');
    if (faq.status !== 'results') throw new Error(faq.status);
    expect(faq.hits.map((h) => h.title)).toEqual(['SNSで晒すと脅された']);
  });
});
