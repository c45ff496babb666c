/**
 * Replays chat-completions responses through nock against the real OpenAI SDK client (issue 8: "the
 * project's tests replay recorded model responses through nock, so CI stays offline"). The SDK's
 * baseURL points at a host nock intercepts; no socket is opened and the network is disabled.
 *
 * The responses in recordings/ are in the exact wire format of OpenAI's chat-completions API (a
 * structured-output answer; a 429 with Retry-After and rate-limit headers). No model is reachable on
 * the machine these tests were written on, so they were written to that format rather than captured;
 * a capture from a real endpoint can replace them file for file.
 *
 * The other review tests use a local fake HTTP server (tests/helpers/fake-openai-chat.ts), which
 * computes answers from the request (ids, injection triggers); nock suits fixed recordings.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import { loadJapaneseTokenizer, type JapaneseTokenizer } from '../../src/text/japanese.js';
import { PROMPT_VERSION, reviewAnalysis, type ReviewServiceConfig } from '../../src/review/index.js';
import type { ReviewOrg } from '../../src/review/config.js';
import { THREAT_CALL } from './calls.js';

const HOST = 'https://api.openai.test';
const recording = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, 'recordings', name), 'utf8'));
const ANSWER = recording('threat-call.chat-completion.json');
const RATE_LIMITED = recording('rate-limited.429.json') as { status: number; headers: Record<string, string>; body: Record<string, unknown> };

const org: ReviewOrg = { allowModel: true, language: 'ja' };
const config = (extra: Partial<ReviewServiceConfig> = {}): ReviewServiceConfig => ({
  apiKey: 'sk-test', baseURL: `${HOST}/v1`, model: 'gpt-4o-mini', timeoutMs: 5_000, maxRetries: 1, maxInputTokens: 12_000, maxOutputTokens: 2_000, ...extra,
});

interface SentBody {
  model: string;
  temperature: number;
  max_completion_tokens: number;
  response_format: { type: string; json_schema: { name: string; strict: boolean; schema: { required: string[] } } };
  messages: { role: string; content: string }[];
}

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await loadJapaneseTokenizer();
  nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

async function review(c: ReviewServiceConfig = config()) {
  const engine = analyzeFile(THREAT_CALL, 'call.txt');
  return { engine, reviewed: await reviewAnalysis({ transcript: THREAT_CALL, result: engine, org }, { config: c, tokenizer }) };
}

describe('recorded chat-completions responses replayed through nock (real OpenAI SDK client)', () => {
  it('a structured-output answer: sent with the strict JSON schema, parsed, validated and merged', async () => {
    const sent: SentBody[] = [];
    const scope = nock(HOST)
      .post('/v1/chat/completions', (body: SentBody) => (sent.push(body), true))
      .matchHeader('authorization', 'Bearer sk-test')
      .reply(200, ANSWER, { 'content-type': 'application/json', 'x-request-id': 'req_replay_1' });

    const { engine, reviewed } = await review();
    expect(scope.isDone()).toBe(true);

    // What the SDK sent.
    expect(sent).toHaveLength(1);
    const body = sent[0]!;
    expect(body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, max_completion_tokens: 2_000 });
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'kasuhara_review', strict: true } });
    expect(body.response_format.json_schema.schema.required).toEqual(['moments', 'missed', 'call', 'advice']);
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1]!.content).toContain('殺すぞ');

    // What came back, merged.
    expect(engine.excerpts.map((e) => e.line)).toEqual([4, 6]);
    expect(reviewed.review).toMatchObject({
      status: 'reviewed', model: 'gpt-4o-mini-2024-07-18', promptVersion: PROMPT_VERSION,
      usage: { inputTokens: 2_841, outputTokens: 312 }, costUsd: 0.000613, changes: { confirmed: 2, removed: 0, added: 0 },
      call: { verdict: 'kasuhara', demandReasonable: true, meansAcceptable: false },
    });
    expect(reviewed.review?.injection).toBeUndefined();
    expect(reviewed.verdict).toBe('kasuhara');
    expect(reviewed.excerpts.map((e) => [e.line, e.source])).toEqual([[4, 'both'], [6, 'both']]);
    // A threat moment's score only goes up: the engine's, or the model's 96 if higher.
    expect(reviewed.excerpts[0]).toMatchObject({ categories: expect.arrayContaining(['threat', 'intimidation']), score: Math.max(96, engine.excerpts[0]!.score) });
    expect(reviewed.advice[0]).toEqual({ audience: 'staff', category: 'threat', text: '「ただいまのご発言は脅迫と受け止めます。これ以上の対応はいたしかねます」と伝え、通話を終えてください。' });
    expect(reviewed.advice.some((a) => a.category === 'sexual' && a.audience === 'staff')).toBe(true); // the playbook fills the gap
    expect(reviewed.warnings).toEqual(engine.warnings);
  });

  it('a 429 with Retry-After: the SDK waits as told and retries once; a second 429 falls back to the engine with a note', async () => {
    const scope = nock(HOST)
      .post('/v1/chat/completions').reply(RATE_LIMITED.status, RATE_LIMITED.body, RATE_LIMITED.headers)
      .post('/v1/chat/completions').reply(RATE_LIMITED.status, RATE_LIMITED.body, RATE_LIMITED.headers);

    const t0 = performance.now();
    const { engine, reviewed } = await review(config({ maxRetries: 1 }));
    const elapsed = performance.now() - t0;
    expect(scope.isDone()).toBe(true); // both answers were asked for: the retry happened
    expect(elapsed).toBeGreaterThanOrEqual(900); // after the 1 s Retry-After

    const { review: meta, warnings, ...rest } = reviewed;
    const { warnings: engineWarnings, ...engineRest } = engine;
    expect(rest).toEqual(engineRest);
    expect(warnings).toEqual([...engineWarnings, 'AIの利用上限に達したため、ルールエンジンのみの結果です。']);
    expect(meta).toMatchObject({ status: 'fallback', reason: 'rate_limited', promptVersion: PROMPT_VERSION, usage: null });
  });

  it('a 429 with Retry-After followed by the recorded answer: reviewed after the wait', async () => {
    const scope = nock(HOST)
      .post('/v1/chat/completions').reply(RATE_LIMITED.status, RATE_LIMITED.body, RATE_LIMITED.headers)
      .post('/v1/chat/completions').reply(200, ANSWER, { 'content-type': 'application/json' });

    const t0 = performance.now();
    const { reviewed } = await review(config({ maxRetries: 1 }));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
    expect(scope.isDone()).toBe(true);
    expect(reviewed.review).toMatchObject({ status: 'reviewed', usage: { inputTokens: 2_841, outputTokens: 312 } });
  });

  it('with retries off, a 429 falls back at once', async () => {
    const scope = nock(HOST).post('/v1/chat/completions').reply(RATE_LIMITED.status, RATE_LIMITED.body, RATE_LIMITED.headers);
    const t0 = performance.now();
    const { reviewed } = await review(config({ maxRetries: 0 }));
    expect(performance.now() - t0).toBeLessThan(900);
    expect(scope.isDone()).toBe(true);
    expect(reviewed.review).toMatchObject({ status: 'fallback', reason: 'rate_limited' });
  });
});
