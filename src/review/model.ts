/**
 * The model port and its implementation on any OpenAI-compatible chat-completions API (OpenAI, Azure
 * OpenAI's v1 API, vLLM, Ollama…, chosen by baseURL). One request per call, temperature 0, structured
 * output from the zod schema (zodResponseFormat), validated here with the same schema.
 *
 * Why `create` + our own validation rather than `chat.completions.parse`: both work with zod v4 in
 * openai 6.x (the helper accepts zod 4's `_zod` types), but `parse` throws on a malformed answer and the
 * usage of that (billed) request is lost with it; and local servers may ignore response_format, so the
 * answer must be validated anyway. The request carries the same strict JSON schema either way.
 */
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { ReviewAnswerSchema, type ReviewAnswer } from './schema.js';
import type { ReviewUsage } from './usage.js';

export interface ReviewRequest {
  model: string;
  system: string;
  user: string;
  maxOutputTokens: number;
}

export interface ReviewReply {
  answer: ReviewAnswer;
  usage: ReviewUsage | null;
  /** The model the server says answered. */
  model: string;
}

export type ReviewFailureKind = 'timeout' | 'rate_limited' | 'server_error' | 'malformed' | 'error';

/** The model could not give a usable review: the caller falls back to the engine's result. */
export class ReviewFailure extends Error {
  override name = 'ReviewFailure';
  constructor(
    readonly kind: ReviewFailureKind,
    message: string,
    readonly usage: ReviewUsage | null = null,
    /** Validation issues of a malformed answer (paths and codes only, never content). */
    readonly issues: string[] = [],
  ) {
    super(message);
  }
}

export interface ReviewModel {
  review(request: ReviewRequest): Promise<ReviewReply>;
}

export interface OpenAiReviewModelOptions {
  apiKey: string;
  baseURL?: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** For tests: a fetch to use instead of the global one. */
  fetch?: typeof fetch | undefined;
}

export const RESPONSE_FORMAT = zodResponseFormat(ReviewAnswerSchema, 'kasuhara_review');

export function openAiReviewModel(options: OpenAiReviewModelOptions): ReviewModel {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    async review(request) {
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await client.chat.completions.create({
          model: request.model,
          temperature: 0,
          max_completion_tokens: request.maxOutputTokens,
          response_format: RESPONSE_FORMAT,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.user },
          ],
        });
      } catch (err) {
        throw classify(err);
      }
      const usage = completion.usage ? { inputTokens: completion.usage.prompt_tokens, outputTokens: completion.usage.completion_tokens } : null;
      const choice = completion.choices[0];
      if (!choice) throw new ReviewFailure('malformed', 'no choice in the answer', usage);
      if (choice.finish_reason === 'length') throw new ReviewFailure('malformed', 'answer cut at the output token limit', usage);
      if (choice.message.refusal) throw new ReviewFailure('malformed', 'the model refused', usage);
      return { answer: validateAnswer(choice.message.content, usage), usage, model: completion.model || request.model };
    },
  };
}

/** Parses and validates an answer's text; throws ReviewFailure('malformed') with the issues' paths. */
export function validateAnswer(content: string | null | undefined, usage: ReviewUsage | null = null): ReviewAnswer {
  if (!content) throw new ReviewFailure('malformed', 'empty answer', usage);
  let json: unknown;
  try {
    json = JSON.parse(stripFence(content));
  } catch {
    throw new ReviewFailure('malformed', 'answer is not JSON', usage);
  }
  const parsed = ReviewAnswerSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.code}`);
    throw new ReviewFailure('malformed', 'answer does not match the schema', usage, issues);
  }
  return parsed.data;
}

/** Some local servers wrap JSON in a Markdown fence despite response_format. */
function stripFence(text: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(text);
  return m ? m[1]! : text;
}

function classify(err: unknown): ReviewFailure {
  if (err instanceof ReviewFailure) return err;
  if (err instanceof OpenAI.APIConnectionTimeoutError) return new ReviewFailure('timeout', 'the model did not answer in time');
  if (err instanceof OpenAI.RateLimitError) return new ReviewFailure('rate_limited', 'rate limited (429)');
  if (err instanceof OpenAI.APIError && typeof err.status === 'number' && err.status >= 500) {
    return new ReviewFailure('server_error', `server error (${err.status})`);
  }
  if (err instanceof OpenAI.APIConnectionError) return new ReviewFailure('server_error', 'could not reach the model');
  if (err instanceof OpenAI.APIError) return new ReviewFailure('error', `request refused (${err.status ?? 'no status'})`);
  return new ReviewFailure('error', err instanceof Error ? err.name : 'unknown error');
}
