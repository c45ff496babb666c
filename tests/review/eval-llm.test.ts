/** `npm run eval -- DIR --llm` offline: the review stage over the dev corpus against the fake chat server. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateDir } from '../../src/eval/run.js';
import { evaluateDirWithReview } from '../../src/review/eval.js';
import { startFakeOpenAiChat, type FakeChatReply, type FakeChatRequest, type FakeOpenAiChat } from '../helpers/fake-openai-chat.js';
import { answer } from './answers.js';

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

let fake: FakeOpenAiChat;
let mode: 'agree' | 'fail' = 'agree';
beforeAll(async () => {
  fake = await startFakeOpenAiChat((r) => (mode === 'agree' ? agreeing(r) : { status: 503 }));
});
afterAll(async () => fake.close());

const config = () => ({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'gpt-4o-mini', timeoutMs: 5_000, maxRetries: 0, maxInputTokens: 12_000, maxOutputTokens: 2_000 });

describe.skipIf(!existsSync(DEV))('eval --llm on the dev corpus (replayed)', () => {
  it('a model that agrees with the engine changes no metric; usage and cost are summed', async () => {
    mode = 'agree';
    const engine = evaluateDir(DEV);
    const { evaluation, review } = await evaluateDirWithReview(DEV, config());
    expect(evaluation.metrics).toEqual(engine.metrics);
    const n = engine.corpus.conversations.length - engine.run.failures.length;
    expect(review).toMatchObject({ reviewed: n, fellBack: {}, inputTokens: 1_500 * n, outputTokens: 300 * n, verdictChanges: 0 });
    expect(review.costUsd).toBeCloseTo(n * (1_500 * 0.15 + 300 * 0.6) / 1e6, 6);
  });

  it('a model that always fails leaves every metric at the engine alone', async () => {
    mode = 'fail';
    const engine = evaluateDir(DEV);
    const { evaluation, review } = await evaluateDirWithReview(DEV, config());
    expect(evaluation.metrics).toEqual(engine.metrics);
    expect(review.reviewed).toBe(0);
    expect(review.fellBack.server_error).toBe(engine.corpus.conversations.length - engine.run.failures.length);
  });
});
