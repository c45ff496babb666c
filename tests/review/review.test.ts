import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import { loadJapaneseTokenizer, type JapaneseTokenizer } from '../../src/text/japanese.js';
import { PROMPT_VERSION, reviewAnalysis, reviewConfigFromEnv, type ReviewServiceConfig } from '../../src/review/index.js';
import type { ReviewOrg } from '../../src/review/config.js';
import { startFakeOpenAiChat, type FakeChatReply, type FakeChatRequest, type FakeOpenAiChat } from '../helpers/fake-openai-chat.js';
import { answer } from './answers.js';
import { callLog, THREAT_CALL } from './calls.js';

/** The engine flags line 4 (abuse, intimidation): read in context, a complaint. */
const COMPLAINT_CALL = callLog([
  ['オペレーター', 'お電話ありがとうございます。'],
  ['顧客', '届いた商品が壊れていました。'],
  ['オペレーター', '申し訳ございません。'],
  ['顧客', 'お前バカか、返金しろ。'],
  ['オペレーター', '確認いたします。'],
]);

let reply: (request: FakeChatRequest, index: number) => FakeChatReply = () => ({ content: answer() });
let fake: FakeOpenAiChat;
let tokenizer: JapaneseTokenizer;
const org: ReviewOrg = { allowModel: true, model: 'gpt-4o-mini', language: 'ja' };

function config(extra: Partial<ReviewServiceConfig> = {}): ReviewServiceConfig {
  return { apiKey: 'sk-test', baseURL: fake.baseURL, model: 'gpt-4o-mini', timeoutMs: 5_000, maxRetries: 0, maxInputTokens: 12_000, maxOutputTokens: 2_000, ...extra };
}

async function review(text: string, o: ReviewOrg = org, c: Partial<ReviewServiceConfig> = {}) {
  // The merge rules are the subject here: the hand-written rules give the engine side fixed scores.
  const result = analyzeFile(text, 'call.txt', { language: o.language, model: null });
  return { engine: result, reviewed: await reviewAnalysis({ transcript: text, result, org: o }, { config: config(c), tokenizer }) };
}

beforeAll(async () => {
  tokenizer = await loadJapaneseTokenizer();
  fake = await startFakeOpenAiChat((r, i) => reply(r, i));
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

describe('merge rules (replayed answers)', () => {
  it('adds a moment the engine missed, confirms the rest, and records model, prompt version, usage and cost', async () => {
    reply = () => ({
      content: answer({
        moments: [{ id: 'm1', harassment: true, categories: ['threat', 'intimidation'], score: 95, reason: '殺害予告と自宅訪問の予告。' }],
        missed: [{ utterance: 'u1', categories: ['unreasonable_demand'], score: 45, reason: '根拠のない要求の前触れ。' }],
        advice: [{ audience: 'staff', category: 'threat', text: '「ただいまのご発言は脅迫と受け止めます」と伝えて終了してください。' }],
      }),
      usage: { prompt_tokens: 2_000, completion_tokens: 500 },
    });
    const { engine, reviewed } = await review(THREAT_CALL);
    expect(engine.excerpts.map((e) => e.line)).toEqual([4, 6]);
    expect(reviewed.excerpts.map((e) => [e.line, e.source])).toEqual([[2, 'model'], [4, 'both'], [6, 'engine']]);
    expect(reviewed.excerpts.find((e) => e.line === 2)).toMatchObject({ categories: ['unreasonable_demand'], score: 45, start: 6 });
    expect(reviewed.categories).toEqual(expect.arrayContaining(['threat', 'sexual', 'unreasonable_demand']));
    expect(reviewed.verdict).toBe('kasuhara');
    expect(reviewed.risk).toBeGreaterThanOrEqual(engine.risk);
    expect(reviewed.review).toMatchObject({
      status: 'reviewed', model: 'gpt-4o-mini', promptVersion: PROMPT_VERSION, grounding: 'playbook',
      usage: { inputTokens: 2_000, outputTokens: 500 }, costUsd: 0.0006,
      changes: { confirmed: 1, added: 1, removed: 0, keptProtected: 0, unjudged: 1 },
    });
    expect(reviewed.advice[0]).toEqual({ audience: 'staff', category: 'threat', text: '「ただいまのご発言は脅迫と受け止めます」と伝えて終了してください。' });
    // Categories the model wrote no advice for keep the playbook's lines.
    expect(reviewed.advice.some((a) => a.category === 'sexual' && a.audience === 'staff')).toBe(true);
    const body = fake.requests[0]!.body;
    expect(body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, max_completion_tokens: 2_000 });
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'kasuhara_review', strict: true } });
  });

  it('keeps a threat, violence or sexual remark the model says is harmless, and only lets it raise scores', async () => {
    reply = () => ({
      content: answer({
        verdict: 'normal',
        moments: [
          { id: 'm1', harassment: false, categories: [], score: 0, reason: '冗談です。' },
          { id: 'm2', harassment: true, categories: ['abuse'], score: 10, reason: '軽い冗談。' },
        ],
      }),
    });
    const { engine, reviewed } = await review(THREAT_CALL);
    expect(reviewed.verdict).toBe('kasuhara');
    expect(reviewed.excerpts.map((e) => e.line)).toEqual([4, 6]);
    expect(reviewed.excerpts[0]).toMatchObject({ categories: engine.excerpts[0]!.categories, score: engine.excerpts[0]!.score, source: 'engine' });
    expect(reviewed.excerpts[1]!.categories).toContain('sexual');
    expect(reviewed.excerpts[1]!.score).toBe(engine.excerpts[1]!.score);
    expect(reviewed.categories).toEqual(expect.arrayContaining(['threat', 'sexual']));
    expect(reviewed.risk).toBeGreaterThanOrEqual(engine.risk);
    expect(reviewed.review?.changes).toMatchObject({ keptProtected: 1, confirmed: 1, removed: 0 });
  });

  it('does not let the model remove an insult the engine is sure of: by default it may only add or raise', async () => {
    reply = () => ({
      content: answer({
        verdict: 'complaint',
        moments: [{ id: 'm1', harassment: false, categories: [], score: 5, reason: '不良品への正当な返金要求。口調は荒いが一度だけ。' }],
      }),
    });
    const { engine, reviewed } = await review(COMPLAINT_CALL);
    expect(engine.excerpts.map((e) => e.score)).toEqual([80]); // 「お前バカか」: a clear insult, strong evidence
    expect(reviewed).toMatchObject({ verdict: 'kasuhara', risk: engine.risk, level: engine.level, categories: engine.categories });
    expect(reviewed.excerpts.map((e) => [e.line, e.score, e.categories])).toEqual(engine.excerpts.map((e) => [e.line, e.score, e.categories]));
    expect(reviewed.review?.changes).toMatchObject({ removed: 0, keptProtected: 1 });
  });

  it('removes a false positive the model reads as a legitimate complaint where the engine\'s evidence is weak (MAMORI_REVIEW_WEAK_BELOW)', async () => {
    reply = () => ({
      content: answer({
        verdict: 'complaint',
        moments: [{ id: 'm1', harassment: false, categories: [], score: 5, reason: '不良品への正当な返金要求。口調は荒いが一度だけ。' }],
        advice: [{ audience: 'staff', category: null, text: '正当な苦情として、返金の手続きをご案内してください。' }],
      }),
    });
    // An organisation that trusts the model to overrule moments scoring below 90.
    const { engine, reviewed } = await review(COMPLAINT_CALL, org, { weakBelow: 90 });
    expect(engine.verdict).toBe('kasuhara');
    expect(reviewed).toMatchObject({ verdict: 'complaint', excerpts: [], categories: [], level: 'low', risk: 20 });
    expect(reviewed.advice).toEqual([{ audience: 'staff', category: null, text: '正当な苦情として、返金の手続きをご案内してください。' }]);
    expect(reviewed.review?.changes?.removed).toBe(1);
    expect(reviewed.review?.engine).toMatchObject({ verdict: 'kasuhara' });
  });

  it('discards references to moments or utterances never sent, and staff turns', async () => {
    reply = () => ({
      content: answer({
        moments: [{ id: 'm9', harassment: false, categories: [], score: 0, reason: 'x' }],
        missed: [
          { utterance: 'u99', categories: ['abuse'], score: 90, reason: 'x' },
          { utterance: 'u0', categories: ['abuse'], score: 90, reason: 'staff' },
        ],
      }),
    });
    const { engine, reviewed } = await review(THREAT_CALL);
    expect(reviewed.excerpts.map((e) => [e.line, e.source])).toEqual(engine.excerpts.map((e) => [e.line, 'engine']));
    expect(reviewed.review?.discarded).toBe(3);
  });
});

describe('fallback to the engine result', () => {
  const cases: [string, () => FakeChatReply, string][] = [
    ['429', () => ({ status: 429, body: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } }, headers: { 'retry-after': '0' } }), 'rate_limited'],
    ['500', () => ({ status: 500 }), 'server_error'],
    ['503', () => ({ status: 503 }), 'server_error'],
    ['a timeout', () => 'hang', 'timeout'],
    ['malformed JSON', () => ({ content: '{"moments": [ {"id": "m1", "harassment": fals' }), 'malformed'],
    ['JSON outside the schema', () => ({ content: { moments: [{ id: 'm1', harassment: 'no' }], verdict: 'normal' } }), 'malformed'],
    ['an answer cut at the token limit', () => ({ content: answer(), finishReason: 'length' }), 'malformed'],
    ['a 401', () => ({ status: 401, body: { error: { message: 'bad key' } } }), 'error'],
  ];
  it.each(cases)('on %s: the engine result with a note, never a failure', async (_name, make, kind) => {
    reply = make;
    const { engine, reviewed } = await review(THREAT_CALL, org, { timeoutMs: 400 });
    const { review: meta, warnings, ...rest } = reviewed;
    const { warnings: engineWarnings, ...engineRest } = engine;
    expect(rest).toEqual(engineRest);
    expect(warnings).toEqual([...engineWarnings, expect.stringContaining('ルールエンジンのみの結果です')]);
    expect(meta).toMatchObject({ status: 'fallback', reason: kind, promptVersion: PROMPT_VERSION });
    expect(fake.requests.length).toBe(1);
  });

  it('writes the note in the organisation language', async () => {
    reply = () => ({ status: 500 });
    const { reviewed } = await review(THREAT_CALL, { ...org, language: 'en' });
    expect(reviewed.warnings.at(-1)).toMatch(/rule engine's result alone/);
  });
});

describe('organisation settings', () => {
  it('an organisation that forbids sending transcripts: no request at all, result unchanged', async () => {
    const { engine, reviewed } = await review(THREAT_CALL, { ...org, allowModel: false });
    expect(fake.requests).toHaveLength(0);
    const { review: meta, ...rest } = reviewed;
    expect(rest).toEqual(engine);
    expect(meta).toMatchObject({ status: 'skipped', reason: 'not_allowed' });
  });

  it('without a configured model nothing changes', async () => {
    const result = analyzeFile(THREAT_CALL, 'call.txt');
    expect(await reviewAnalysis({ transcript: THREAT_CALL, result, org }, { config: null, tokenizer })).toBe(result);
    expect(fake.requests).toHaveLength(0);
  });

  it('uses the organisation model and output budget, and grounds advice in its manual', async () => {
    reply = () => ({ content: answer({ moments: [{ id: 'm1', harassment: true, categories: ['threat'], score: 96, reason: 'r' }] }) });
    const manual = '# 当社のカスハラ対応マニュアル\n脅迫を受けたら「録音しています」と伝え、すぐに課長へ内線999で連絡する。';
    const { reviewed } = await review(THREAT_CALL, { ...org, model: 'my-local-model', maxOutputTokens: 700, manual });
    const body = fake.requests[0]!.body;
    expect(body.model).toBe('my-local-model');
    expect(body.max_completion_tokens).toBe(700);
    const user = body.messages[1]!.content;
    expect(user).toContain("organisation's own response manual");
    expect(user).toContain('内線999');
    expect(reviewed.review).toMatchObject({ grounding: 'manual', model: 'my-local-model', costUsd: null });
  });

  it('keeps the request within the input budget on a long call, sending every engine moment', async () => {
    reply = () => ({ content: answer() });
    const lines: [string, string][] = [];
    for (let k = 0; k < 400; k += 1) lines.push(k % 2 ? ['顧客', `商品${k}番の件で確認したいことがあります。配送の日時についてです。`] : ['オペレーター', 'かしこまりました。確認いたします。']);
    lines.splice(301, 0, ['顧客', 'ふざけるな、殺すぞ。家まで行くからな。']);
    const text = callLog(lines, 0, 4);
    const { engine, reviewed } = await review(text, { ...org, maxInputTokens: 4_000 });
    const user = fake.requests[0]!.body.messages[1]!.content;
    expect(user).toContain('殺すぞ');
    expect(reviewed.review?.sent?.omitted).toBeGreaterThan(100);
    expect(reviewed.review?.sent?.moments).toBe(engine.excerpts.length);
    expect(user.length + fake.requests[0]!.body.messages[0]!.content.length).toBeLessThan(4_000 * 3);
  });
});

describe('MAMORI_REVIEW_WEAK_BELOW', () => {
  it('defaults to 70, takes 0 (the model may remove nothing) to 101, and refuses anything else', () => {
    expect(reviewConfigFromEnv({ OPENAI_API_KEY: 'sk-x' })!.weakBelow).toBe(70);
    expect(reviewConfigFromEnv({ OPENAI_API_KEY: 'sk-x', MAMORI_REVIEW_WEAK_BELOW: '0' })!.weakBelow).toBe(0);
    expect(reviewConfigFromEnv({ OPENAI_API_KEY: 'sk-x', MAMORI_REVIEW_WEAK_BELOW: '101' })!.weakBelow).toBe(101);
    expect(() => reviewConfigFromEnv({ OPENAI_API_KEY: 'sk-x', MAMORI_REVIEW_WEAK_BELOW: '150' })).toThrow(/MAMORI_REVIEW_WEAK_BELOW/);
    expect(() => reviewConfigFromEnv({ OPENAI_API_KEY: 'sk-x', MAMORI_REVIEW_WEAK_BELOW: 'high' })).toThrow(/MAMORI_REVIEW_WEAK_BELOW/);
  });
});
