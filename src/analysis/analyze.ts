/**
 * One transcript to one result: normalise, decide roles, read utterance signals, weigh the conversation,
 * then build excerpts, stress and advice. Deterministic and offline.
 */
import type { AnalysisResult, Language, SpeakerSummary } from './result.js';
import { applyModel, modelSaysKasuhara, scoreAndVeto, setAsideCall, type Applied } from './model/apply.js';
import { defaultModel } from './model/default-model.js';
import type { Transcript } from './transcript.js';
import type { AnalyzeOptions } from './index.js';
import { japaneseShare, normalize } from './normalize.js';
import { assignRoles } from './roles.js';
import { splitMonologue } from './monologue.js';
import {
  apologyStrength,
  detectCustomerSignals,
  detectStaffReactions,
  complaintStrength,
  isDemand,
  isRefusal,
} from './signals.js';
import { applySelfApologies, attributeStaffReactions, confirmPersistence, markPersistence, type Turn } from './conversation.js';
import { judge } from './verdict.js';
import { buildExcerpts } from './excerpts.js';
import { staffStress } from './stress.js';
import { buildAdvice } from './advice.js';
import { inferMedium } from './advice-medium.js';

/** Call-length marks in minutes (domain guidance: 30 warn, 60 high). */
export const DEFAULT_LONG_CALL = { warn: 30, high: 60 };

export function detectLanguage(t: Transcript): Language {
  // A sample is enough, and keeps this O(1) on huge inputs.
  const sample = t.utterances.slice(0, 60).map((u) => u.text).join(' ');
  return japaneseShare(sample) >= 0.2 ? 'ja' : 'en';
}

/** The turns of a transcript with roles, rule hits and conversation marks: what the model and the verdict read. */
export function prepareTurns(t: Transcript, options: Pick<AnalyzeOptions, 'staff'> & { monologue?: boolean } = {}): { turns: Turn[]; spoken: Language; roles: ReturnType<typeof assignRoles> } {
  // Rules follow the language spoken; the result and advice follow the reader's choice.
  const spoken = detectLanguage(t);
  const norms = t.utterances.map((u) => normalize(u.text));
  const roles = assignRoles(
    t.utterances.map((u, i) => ({ speaker: u.speaker, norm: norms[i]! })),
    spoken,
    options.staff,
    options.monologue,
  );

  const turns: Turn[] = t.utterances.map((u, i) => {
    const norm = norms[i]!;
    const role = roles.byUtterance[i]!;
    const staff = role === 'staff';
    const hits = staff ? [] : detectCustomerSignals(norm, u.text, spoken);
    return {
      index: i,
      role,
      speaker: u.speaker,
      norm,
      hits,
      staffReactions: staff ? detectStaffReactions(norm) : [],
      refusal: staff && isRefusal(norm),
      demand: !staff && isDemand(norm),
      apology: staff ? 'none' : apologyStrength(norm),
      complaint: staff ? 0 : complaintStrength(norm),
    };
  });

  attributeStaffReactions(turns);
  applySelfApologies(turns);
  markPersistence(turns);
  confirmPersistence(turns);
  return { turns, spoken, roles };
}

export function analyzeTranscript(input: Transcript, file: string, options: AnalyzeOptions = {}): AnalysisResult {
  const { transcript: t, split } = splitMonologue(input);
  const { turns, spoken, roles } = prepareTurns(t, { ...options, monologue: split });
  const lang = options.language ?? spoken;
  const longCall = options.longCallMinutes ?? DEFAULT_LONG_CALL;
  const durationSec = t.durationSec;
  // The trained model adds its moments beside the rules' (rules are also among its features). The call
  // is harassment when the rules say so, or when the model's harassing moments add up past the
  // threshold fitted on data; otherwise the rules' complaint-or-normal stands and nothing is excerpted.
  const model = options.model === undefined ? defaultModel() : options.model;
  const scores = model ? scoreAndVeto(model, turns, spoken) : null;
  const byRules = judge(turns, durationSec, longCall);
  const applied = model ? applyModel(model, turns, scores!, spoken) : null;
  const rulesSay = byRules.verdict === 'kasuhara';
  const kasuhara = applied ? modelSaysKasuhara(model!, applied, rulesSay) : rulesSay;
  if (rulesSay && !kasuhara) setAsideCall(turns);
  const judgment = kasuhara ? judge(turns, durationSec, longCall, true) : rulesSay ? judge(turns, durationSec, longCall, false) : byRules;
  const evidence = applied?.evidence ?? new Map<number, string[]>();
  const excerpts = judgment.verdict === 'kasuhara' ? buildExcerpts(turns, t.utterances, evidence) : [];
  const minutes = (durationSec ?? 0) / 60;
  const medium = inferMedium(t);

  return {
    schemaVersion: 1,
    file,
    language: lang,
    spokenLanguage: spoken,
    medium,
    durationSec,
    verdict: judgment.verdict,
    risk: judgment.risk,
    level: judgment.level,
    categories: judgment.categories,
    speakers: summariseSpeakers(t, roles.bySpeaker),
    excerpts,
    staffStress: staffStress(turns, judgment, durationSec, lang, longCall.warn),
    advice: buildAdvice(judgment, excerpts, { reader: lang, spoken, medium }, minutes, longCall),
    warnings: [...t.warnings],
    ...(model ? { engine: { model: model.version, corpus: model.corpusHash.slice(0, 12), ...uncertainOf(applied, split, judgment.verdict === 'kasuhara') } } : {}),
  };
}

/** The turns the review should look at too (absent when none, or when indices would not match the review's transcript). */
function uncertainOf(applied: Applied | null, split: boolean, flagged: boolean): { uncertain?: number[] } {
  const list = applied && !split ? applied.uncertain(flagged) : [];
  return list.length ? { uncertain: list } : {};
}

function summariseSpeakers(t: Transcript, roles: Map<string, SpeakerSummary['role']>): SpeakerSummary[] {
  const chars = new Map<string, number>();
  let total = 0;
  for (const u of t.utterances) {
    if (u.speaker === null) continue;
    chars.set(u.speaker, (chars.get(u.speaker) ?? 0) + u.text.length);
    total += u.text.length;
  }
  return [...chars.entries()].map(([label, n]) => ({
    label,
    role: roles.get(label) ?? 'unknown',
    share: total === 0 ? 0 : Math.round((n / total) * 100) / 100,
  }));
}
