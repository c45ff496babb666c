/**
 * The optional model review (issue 8): a second opinion on the engine's result and advice written for
 * this call, through any OpenAI-compatible model. Never makes an analysis fail: without a model, for an
 * organisation that forbids sending transcripts, or on any failure (timeout, 429, 5xx, a malformed
 * answer) the engine's result comes back, with a note in `warnings` when a review was attempted.
 *
 * Lives outside src/analysis, which stays pure: this module does I/O (the model) and reads the
 * confidentiality guard's tokenizer.
 */
import { performance } from 'node:perf_hooks';
import type { AnalysisResult, Category, Language } from '../analysis/result.js';
import { readTranscript } from '../analysis/read.js';
import type { Transcript } from '../analysis/transcript.js';
import { loadJapaneseTokenizer, type JapaneseTokenizer } from '../text/japanese.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { buildGrounding, finalAdvice, playbookAdvice } from './advice.js';
import { clip, selectCandidates } from './candidates.js';
import type { ReviewOrg, ReviewServiceConfig } from './config.js';
import { detectInjection, type InjectionSignal } from './injection.js';
import { PersonalDataMask } from './mask.js';
import { mergeReview, type MergeChanges, type MomentReview } from './merge.js';
import { openAiReviewModel, ReviewFailure, type ReviewFailureKind, type ReviewModel } from './model.js';
import { buildPrompt, PROMPT_VERSION, systemPrompt } from './prompt.js';
import { costUsd, estimateTokens, type ReviewUsage } from './usage.js';

export { PROMPT_VERSION } from './prompt.js';
export { reviewConfigFromEnv, REVIEW_DEFAULTS, type ReviewOrg, type ReviewServiceConfig } from './config.js';
export { openAiReviewModel, ReviewFailure, type ReviewModel } from './model.js';
export { PROTECTED } from './merge.js';
export { detectInjection, injectionSignals, type InjectionSignal } from './injection.js';

/** What was reviewed, by which model and prompt, at what cost: stored with the result, so it can be explained later. */
export interface ReviewMeta {
  status: 'reviewed' | 'fallback' | 'skipped';
  /** Why a review was skipped or fell back. */
  reason?: 'not_allowed' | 'no_transcript' | ReviewFailureKind;
  model: string | null;
  promptVersion: string;
  grounding: 'manual' | 'playbook' | null;
  usage: ReviewUsage | null;
  /** USD; null when the model's price is unknown. */
  costUsd: number | null;
  durationMs: number;
  sent: { utterances: number; omitted: number; moments: number; masked: number } | null;
  changes?: MergeChanges;
  /** The model's verdict on the call, on both axes (reasons with personal data restored). */
  call?: { verdict: AnalysisResult['verdict']; demandReasonable: boolean; demandReason: string; meansAcceptable: boolean; meansReason: string; reason: string };
  moments?: MomentReview[];
  /** Parts of the answer that referred to nothing sent, or were unusable (logged too). */
  discarded?: number;
  /**
   * Words aimed at the model were found in what was sent (see injection.ts): the review could only add
   * or raise in this call. Source lines of those utterances and the kinds found (never their text).
   */
  injection?: { lines: number[]; signals: InjectionSignal[] };
  /** The engine's own verdict, risk and categories before the review. */
  engine?: { verdict: AnalysisResult['verdict']; risk: number; categories: Category[] };
}

export type ReviewedResult = AnalysisResult & { review?: ReviewMeta };

export interface ReviewInput {
  /** The transcript the engine read: the model, or the same bytes/text (read again here). */
  transcript: Transcript | Uint8Array | string;
  result: AnalysisResult;
  org: ReviewOrg;
}

export interface ReviewDeps {
  /** The service settings (null or absent: the review is off and the result comes back unchanged). */
  config?: ReviewServiceConfig | null | undefined;
  /** The model; built from `config` when absent. */
  model?: ReviewModel | undefined;
  tokenizer?: JapaneseTokenizer | undefined;
  logger?: Logger | undefined;
}

/** A port-compatible reviewer: the pipeline passes the engine's result and gets the final one. */
export type Reviewer = (input: ReviewInput) => Promise<ReviewedResult>;

/** Tokens kept for the instructions, the summary and the request's structure. */
const OVERHEAD_TOKENS = 1_800;

const NOTES: Record<Language, Record<ReviewFailureKind, string>> = {
  ja: {
    timeout: 'AIによる確認が時間内に終わらなかったため、ルールエンジンのみの結果です。',
    rate_limited: 'AIの利用上限に達したため、ルールエンジンのみの結果です。',
    server_error: 'AIサービスに接続できなかったため、ルールエンジンのみの結果です。',
    malformed: 'AIの回答を確認できなかったため、ルールエンジンのみの結果です。',
    error: 'AIによる確認ができなかったため、ルールエンジンのみの結果です。',
  },
  en: {
    timeout: 'The AI review did not finish in time; this is the rule engine\'s result alone.',
    rate_limited: 'The AI service\'s rate limit was reached; this is the rule engine\'s result alone.',
    server_error: 'The AI service could not be reached; this is the rule engine\'s result alone.',
    malformed: 'The AI review\'s answer was unusable; this is the rule engine\'s result alone.',
    error: 'The AI review failed; this is the rule engine\'s result alone.',
  },
};

export function fallbackNote(language: Language, kind: ReviewFailureKind): string {
  return NOTES[language][kind];
}

const INJECTION_NOTES: Record<Language, string> = {
  ja: 'この通話にはAIへの指示のような発言が含まれていたため、AIによる確認は指摘の追加と引き上げのみ反映し、ルールエンジンの指摘を取り消したり下げたりしていません。',
  en: 'This call contains words that look like instructions to the AI, so the AI review could only add or raise findings here; none of the rule engine\'s findings was removed or lowered.',
};

export function injectionNote(language: Language): string {
  return INJECTION_NOTES[language];
}

/** Builds a Reviewer from settings once (the model client is created once). */
export function createReviewer(deps: ReviewDeps): Reviewer {
  const model = deps.model ?? (deps.config ? openAiReviewModel(deps.config) : undefined);
  return (input) => reviewAnalysis(input, { ...deps, model });
}

export async function reviewAnalysis(input: ReviewInput, deps: ReviewDeps): Promise<ReviewedResult> {
  const { result, org } = input;
  const config = deps.config ?? null;
  const log = (deps.logger ?? silentLogger).child({ stage: 'review' });
  const modelName = org.model || config?.model || null;
  const t0 = performance.now();
  const meta = (m: Partial<ReviewMeta> & Pick<ReviewMeta, 'status'>): ReviewMeta => ({
    model: modelName, promptVersion: PROMPT_VERSION, grounding: null, usage: null, costUsd: null,
    durationMs: Math.round(performance.now() - t0), sent: null, ...m,
  });

  if (!config && !deps.model) return result; // off: nothing changes
  if (!org.allowModel) return { ...result, review: meta({ status: 'skipped', reason: 'not_allowed' }) };
  const model = deps.model ?? openAiReviewModel(config!);
  const name = modelName ?? 'default';

  let transcript: Transcript;
  try {
    transcript = isTranscript(input.transcript) ? input.transcript : readTranscript(input.transcript, result.file);
  } catch {
    return { ...result, review: meta({ status: 'skipped', reason: 'no_transcript' }) };
  }

  const maxInput = org.maxInputTokens ?? config?.maxInputTokens ?? 12_000;
  const maxOutput = org.maxOutputTokens ?? config?.maxOutputTokens ?? 2_000;
  const available = Math.max(500, maxInput - OVERHEAD_TOKENS - estimateTokens(systemPrompt(org.language)));
  // The reference (manual or playbook) gets at most a third of the room, the call the rest.
  const grounding = buildGrounding(org.language, org.manual, Math.floor(available / 3));
  const selection = selectCandidates(transcript, result, available - estimateTokens(grounding.text));
  const mask = new PersonalDataMask(deps.tokenizer ?? (await loadJapaneseTokenizer()));
  const engineResult = { ...result, language: org.language };
  const prompt = buildPrompt({ transcript, result: engineResult, selection, mask, grounding });
  const sent = { utterances: selection.sent.length, omitted: selection.omitted, moments: selection.moments.length, masked: mask.size };
  const base = { grounding: grounding.kind, sent } as const;

  let reply;
  try {
    reply = await model.review({ model: name, system: prompt.system, user: prompt.user, maxOutputTokens: maxOutput });
  } catch (err) {
    const failure = err instanceof ReviewFailure ? err : new ReviewFailure('error', err instanceof Error ? err.name : 'unknown error');
    log.warn({ kind: failure.kind, message: failure.message, issues: failure.issues, model: name }, 'model review failed; engine result used');
    const usage = failure.usage;
    return {
      ...result,
      warnings: [...result.warnings, fallbackNote(org.language, failure.kind)],
      review: meta({ status: 'fallback', reason: failure.kind, ...base, usage, costUsd: usage ? costUsd(name, usage, config?.price) : null }),
    };
  }

  // Words aimed at the model in anything it was sent (every sent turn: a speaker's role may be guessed wrong).
  const hits = detectInjection(transcript.utterances.map((u) => clip(u.text)), selection.sent);
  const injection = hits.length > 0
    ? { lines: hits.map((h) => transcript.utterances[h.utterance]!.line), signals: [...new Set(hits.flatMap((h) => h.signals))] }
    : undefined;
  if (injection) log.warn({ lines: injection.lines, signals: injection.signals, model: name }, 'words aimed at the model in the call; the review may only add or raise');

  const unmask = (s: string) => mask.unmask(s);
  const merged = mergeReview(result, transcript, selection, reply.answer, unmask, { guarded: injection !== undefined, weakBelow: config?.weakBelow });
  if (merged.discarded.length > 0) log.warn({ discarded: merged.discarded, model: name }, 'parts of the model review discarded');
  const final: AnalysisResult = { ...merged.result };
  final.advice = finalAdvice(final, reply.answer, unmask);
  if (injection) {
    // The playbook's advice for the final result comes first and stays; the model's items may only add to it.
    const playbook = playbookAdvice(final);
    const key = (a: AnalysisResult['advice'][number]) => `${a.audience}|${a.category}|${a.text}`;
    const seen = new Set(playbook.map(key));
    final.advice = [...playbook, ...final.advice.filter((a) => !seen.has(key(a)))];
    final.warnings = [...final.warnings, injectionNote(org.language)];
  }
  const call = reply.answer.call;
  const review = meta({
    status: 'reviewed',
    ...base,
    model: reply.model || name,
    usage: reply.usage,
    costUsd: reply.usage ? costUsd(name, reply.usage, config?.price) : null,
    changes: merged.changes,
    call: { ...call, demandReason: unmask(call.demandReason), meansReason: unmask(call.meansReason), reason: unmask(call.reason) },
    moments: merged.moments,
    discarded: merged.discarded.length,
    ...(injection ? { injection } : {}),
    engine: { verdict: result.verdict, risk: result.risk, categories: result.categories },
  });
  log.info({ model: review.model, usage: review.usage, changes: merged.changes, verdict: final.verdict }, 'model review merged');
  return { ...final, review };
}

function isTranscript(t: ReviewInput['transcript']): t is Transcript {
  return typeof t === 'object' && !(t instanceof Uint8Array) && Array.isArray((t as Transcript).utterances);
}
