/**
 * `npm run eval -- DIR --llm` offline: the engine alone and engine+model scored side by side on the same
 * corpus, against the fake chat server. On a small corpus written here, a recorded answer fixes one
 * engine mistake (a veiled threat the rules miss) and the comparison shows the improvement; on the dev
 * corpus a model that agrees changes nothing and a model that always fails leaves the engine's figures.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/eval-main.js';
import { evaluateDir } from '../../src/eval/run.js';
import { analyzeFile } from '../../src/analysis/index.js';
import type { ReviewAnswer } from '../../src/review/schema.js';
import { evaluateDirWithReview, formatReviewComparison, reviewDifference } from '../../src/review/eval.js';
import { startFakeOpenAiChat, type FakeChatReply, type FakeChatRequest, type FakeOpenAiChat } from '../helpers/fake-openai-chat.js';
import { answer } from './answers.js';
import { callLog } from './calls.js';

const DEV = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'dev');

/** A model that agrees with the engine on every moment and on the verdict. */
function agreeing(request: FakeChatRequest): FakeChatReply {
  const user = request.body.messages[1]!.content;
  const verdict = /\\"engine\\":\{\\"verdict\\":\\"(\w+)\\"|"engine":\{"verdict":"(\w+)"/.exec(user);
  const moments = [...user.matchAll(/"moment":"(m\d+)","utterances":\[[^\]]*\],"engineCategories":(\[[^\]]*\]),"engineScore":(\d+)/g)];
  return {
    content: answer({
      verdict: (verdict?.[1] ?? verdict?.[2] ?? 'normal') as 'kasuhara' | 'complaint' | 'normal',
      moments: moments.map((m) => ({ id: m[1]!, harassment: true, categories: JSON.parse(m[2]!), score: Number(m[3]), reason: 'agree' })),
    }),
    usage: { prompt_tokens: 1_500, completion_tokens: 300 },
  };
}

// --- A small corpus where the engine makes one mistake ---------------------------------------------

/** A veiled threat in polite words: the rules see nothing, a reader sees a threat (gold: kasuhara). */
const VEILED = callLog([
  ['オペレーター', 'お電話ありがとうございます。'],
  ['顧客', '先週の修理の件です。まだ直っていません。'],
  ['オペレーター', '大変申し訳ございません。再度手配いたします。'],
  ['顧客', 'そうですか。ところで、あなたの通勤路は駅前の暗い道ですよね。夜道にはお気をつけて。'],
  ['オペレーター', '修理の日程をご案内いたします。'],
  ['顧客', 'ええ、よろしく。'],
]);
const OPEN_THREAT = callLog([
  ['Agent', 'Thanks for calling.'],
  ['Caller', 'My repair still is not done.'],
  ['Agent', 'I am sorry, I will book it again.'],
  ['Caller', 'Sure. By the way, your kids go to the school on Elm Street, right? Lovely place. Be a shame if anything happened there.'],
  ['Agent', 'Let me book the visit.'],
  ['Caller', 'Fine.'],
]);
const NORMAL = callLog([
  ['Agent', 'Thanks for calling.'],
  ['Caller', 'I want to change my delivery date to Friday.'],
  ['Agent', 'Done, Friday it is.'],
  ['Caller', 'Great, thanks.'],
]);

const label = (id: string, lang: 'ja' | 'en', verdict: 'kasuhara' | 'normal', customer: string, spans: { start: number; end: number; categories: string[] }[]) => ({
  id, file: `conversations/${id}.txt`, lang, setting: 'call_center', verdict, severity: verdict === 'kasuhara' ? 2 : 0, borderline: false,
  categories: [...new Set(spans.flatMap((s) => s.categories))], customer_speakers: [customer], spans,
});

/** The model's answer to the veiled-threat call, as recorded: it marks the utterance the engine missed. */
const RECORDED_VEILED: ReviewAnswer = answer({
  verdict: 'kasuhara',
  missed: [{ utterance: 'u3', categories: ['threat'], score: 78, reason: '通勤路を把握していると告げ「夜道に気をつけて」と言うのは、身体への危害をほのめかす脅し。' }],
  call: {
    verdict: 'kasuhara', demandReasonable: true, demandReason: '修理の再手配の要求は妥当。', meansAcceptable: false,
    meansReason: '担当者の通勤路に触れて危害をほのめかしている。', reason: '丁寧な言葉づかいの脅迫。',
  },
  advice: [{ audience: 'supervisor', category: 'threat', text: '担当者の帰宅経路の安全を確保し、警察への相談を検討してください。' }],
});

function recordedOrAgreeing(request: FakeChatRequest): FakeChatReply {
  const user = request.body.messages[1]!.content;
  if (user.includes('夜道にはお気をつけて')) {
    // The recorded answer refers to u3: check it is the utterance it was recorded for.
    expect(user).toMatch(/"id":"u3",[^\n]*夜道にはお気をつけて/);
    return { content: RECORDED_VEILED, usage: { prompt_tokens: 1_200, completion_tokens: 250 } };
  }
  return agreeing(request);
}

let fake: FakeOpenAiChat;
let mode: 'agree' | 'fail' | 'recorded' = 'agree';
let corpus: string;
beforeAll(async () => {
  fake = await startFakeOpenAiChat((r) => (mode === 'agree' ? agreeing(r) : mode === 'recorded' ? recordedOrAgreeing(r) : { status: 503 }));
  corpus = mkdtempSync(path.join(tmpdir(), 'mamori-eval-llm-'));
  mkdirSync(path.join(corpus, 'conversations'));
  writeFileSync(path.join(corpus, 'conversations', 'syn-ja-01.txt'), VEILED);
  writeFileSync(path.join(corpus, 'conversations', 'syn-en-01.txt'), OPEN_THREAT);
  writeFileSync(path.join(corpus, 'conversations', 'syn-en-02.txt'), NORMAL);
  const labels = [
    label('syn-ja-01', 'ja', 'kasuhara', '顧客', [{ start: 18, end: 24, categories: ['threat'] }]),
    label('syn-en-01', 'en', 'kasuhara', 'Caller', [{ start: 18, end: 24, categories: ['threat'] }]),
    label('syn-en-02', 'en', 'normal', 'Caller', []),
  ];
  writeFileSync(path.join(corpus, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
});
afterAll(async () => {
  await fake.close();
  rmSync(corpus, { recursive: true, force: true });
});

const config = () => ({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'gpt-4o-mini', timeoutMs: 5_000, maxRetries: 0, maxInputTokens: 12_000, maxOutputTokens: 2_000 });

describe('eval --llm: engine and engine+model side by side', () => {
  it('a recorded answer that marks a missed threat shows as an improvement over the engine alone', async () => {
    mode = 'recorded';
    // Against the hand-written rules alone (`--rules`), whose miss of the veiled threat is stable; the
    // trained model finds it too, which would leave the review nothing to add here.
    const rules = (data: Uint8Array, file: string) => analyzeFile(data, file, { model: null });
    const engineOnly = evaluateDir(corpus, rules);
    const comparison = await evaluateDirWithReview(corpus, config(), { analyze: rules });
    // The engine column is exactly `npm run eval` without --llm, on the same corpus.
    expect(comparison.engine.metrics).toEqual(engineOnly.metrics);
    expect(comparison.engine.mistakes.map((m) => [m.id, m.gold, m.predicted])).toEqual([['syn-ja-01', 'kasuhara', 'normal']]);
    expect(comparison.evaluation.mistakes).toEqual([]);

    const { engine, evaluation: reviewed } = comparison;
    expect(engine.metrics.all).toMatchObject({ verdict_accuracy: 2 / 3, kasuhara_recall: 0.5, span_recall: 0.5 });
    expect(reviewed.metrics.all).toMatchObject({ verdict_accuracy: 1, kasuhara_recall: 1, kasuhara_precision: 1, span_recall: 1, span_precision: 1 });
    const diff = reviewDifference(comparison);
    expect(diff.all.verdict_accuracy).toMatchObject({ before: 2 / 3, after: 1, difference: 0.333333, change: 'better' });
    expect(diff.all.kasuhara_recall).toMatchObject({ difference: 0.5, change: 'better' });
    expect(diff.all.normals_flagged).toMatchObject({ difference: 0, change: 'same' });
    expect(diff.en.verdict_accuracy.change).toBe('same');
    expect(diff.ja.kasuhara_recall).toMatchObject({ before: 0, after: 1, change: 'better' });

    const table = formatReviewComparison(comparison);
    expect(table).toMatch(/^metric +engine +engine\+model +difference$/m);
    expect(table).toMatch(/^verdict accuracy +0\.667 +1\.000 +\+0\.333 better$/m);
    expect(table).toMatch(/^kasuhara recall +0\.500 +1\.000 +\+0\.500 better$/m);
    expect(table).toMatch(/^normals flagged \(lower is better\) +0\.000 +0\.000 +0$/m);
    expect(table).toMatch(/^conversations +3 +3 *$/m);

    expect(comparison.review).toMatchObject({ reviewed: 3, fellBack: {}, verdictChanges: 1, injectionGuarded: 0, inputTokens: 1_200 + 2 * 1_500, outputTokens: 250 + 2 * 300 });
  });

  it('the CLI prints the comparison table, then tokens and cost; --json carries both evaluations and the difference', async () => {
    mode = 'recorded';
    const io = (out: string[], err: string[]) => ({
      out: (s: string) => void out.push(s),
      err: (s: string) => void err.push(s),
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, MAMORI_REVIEW_MAX_RETRIES: '0' },
    });
    const out: string[] = [];
    const err: string[] = [];
    expect(await main(['node', 'eval-main.ts', corpus, '--llm', '--rules'], io(out, err))).toBe(0);
    const text = out.join('');
    expect(text).toContain('Engine alone vs engine + model review, on the same 3 conversations:');
    expect(text).toMatch(/^verdict accuracy +0\.667 +1\.000 +\+0\.333 better$/m);
    expect(text).toMatch(/^Subset: ja$/m);
    expect(text).toMatch(/Model review: gpt-4o-mini \(prompt review-v\d+\)\n {2}reviewed 3, fell back to the engine: none; verdicts changed: 1; injection guard: 0\n {2}tokens in 4200, out 850; cost \$0\.0011/);
    expect(err.join('')).toBe('');

    const jsonOut: string[] = [];
    expect(await main(['node', 'eval-main.ts', corpus, '--llm', '--rules', '--json'], io(jsonOut, []))).toBe(0);
    const json = JSON.parse(jsonOut.join(''));
    expect(json.engine.metrics.all.verdict_accuracy).toBeCloseTo(2 / 3, 6);
    expect(json.metrics.all.verdict_accuracy).toBe(1);
    expect(json.difference.all.verdict_accuracy).toMatchObject({ change: 'better' });
    expect(json.review).toMatchObject({ reviewed: 3, verdictChanges: 1 });
  });

  it('without a key the CLI refuses --llm with exit code 2', async () => {
    const err: string[] = [];
    expect(await main(['node', 'eval-main.ts', corpus, '--llm'], { out: () => {}, err: (s) => void err.push(s), env: {} })).toBe(2);
    expect(err.join('')).toMatch(/--llm needs OPENAI_API_KEY/);
  });
});

describe.skipIf(!existsSync(DEV))('eval --llm on the dev corpus (replayed)', () => {
  it('a model that agrees with the engine changes no metric; usage and cost are summed', async () => {
    mode = 'agree';
    const engine = evaluateDir(DEV);
    const comparison = await evaluateDirWithReview(DEV, config());
    const { evaluation, review } = comparison;
    expect(comparison.engine.metrics).toEqual(engine.metrics);
    expect(evaluation.metrics).toEqual(engine.metrics);
    for (const row of Object.values(reviewDifference(comparison).all)) expect(['same', 'n/a']).toContain(row.change);
    const n = engine.corpus.conversations.length - engine.run.failures.length;
    expect(review).toMatchObject({ reviewed: n, fellBack: {}, inputTokens: 1_500 * n, outputTokens: 300 * n, verdictChanges: 0, injectionGuarded: 0 });
    expect(review.costUsd).toBeCloseTo(n * (1_500 * 0.15 + 300 * 0.6) / 1e6, 6);
  });

  it('a model that always fails leaves every metric at the engine alone', async () => {
    mode = 'fail';
    const engine = evaluateDir(DEV);
    const { engine: engineColumn, evaluation, review } = await evaluateDirWithReview(DEV, config());
    expect(engineColumn.metrics).toEqual(engine.metrics);
    expect(evaluation.metrics).toEqual(engine.metrics);
    expect(review.reviewed).toBe(0);
    expect(review.fellBack.server_error).toBe(engine.corpus.conversations.length - engine.run.failures.length);
  });
});
