/**
 * Test helper: write a call as a list of turns, get the transcript text a call centre would export,
 * and the engine's result for it.
 *
 *   const result = analyzeConversation([
 *     ['staff', 'お電話ありがとうございます。さくら銀行の田中でございます。'],
 *     ['customer', '口座のことで聞きたいんですけど。'],
 *   ]);
 */
import { analyzeFile, type AnalysisResult, type AnalyzeOptions, type Excerpt, type Language } from '../../../src/analysis/index.js';

export type Role = 'staff' | 'customer';
export type Turn = readonly [Role, string];

export interface LogOptions {
  /** Language of the role labels; guessed from the turns when absent. */
  lang?: Language;
  /** Time of the first turn, seconds (default 5). */
  startSec?: number;
  /** Seconds between turns (default 7). */
  stepSec?: number;
}

const ROLE_LABELS: Record<Language, Record<Role, string>> = {
  ja: { staff: 'オペレーター', customer: 'お客様' },
  en: { staff: 'Agent', customer: 'Caller' },
};

/** Japanese when any turn holds kana or kanji. */
export function guessLanguage(turns: readonly Turn[]): Language {
  return turns.some(([, text]) => /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)) ? 'ja' : 'en';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `hh:mm:ss` for whole seconds. */
export function clock(sec: number): string {
  const s = Math.floor(sec);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** `hh:mm:ss,mmm` for SRT. */
function srtClock(sec: number): string {
  const ms = Math.round(sec * 1000);
  return `${clock(Math.floor(ms / 1000))},${String(ms % 1000).padStart(3, '0')}`;
}

/** Time of turn `i` (seconds). */
export function turnTime(i: number, options: LogOptions = {}): number {
  return (options.startSec ?? 5) + i * (options.stepSec ?? 7);
}

/** `[00:00:05] オペレーター: …` lines (English: `Agent:` / `Caller:`). */
export function callLog(turns: readonly Turn[], options: LogOptions = {}): string {
  const labels = ROLE_LABELS[options.lang ?? guessLanguage(turns)];
  return turns.map(([role, text], i) => `[${clock(turnTime(i, options))}] ${labels[role]}: ${text}`).join('\n') + '\n';
}

/**
 * SRT cues, one per turn. `labels` names the staff and customer speakers (e.g. SPEAKER_00 / SPEAKER_01);
 * null writes cues with no speaker prefix at all, as many recognisers do.
 */
export function srt(turns: readonly Turn[], labels: Record<Role, string> | null, options: LogOptions = {}): string {
  const step = options.stepSec ?? 7;
  return turns
    .map(([role, text], i) => {
      const start = turnTime(i, options);
      const end = start + step - 0.5;
      const body = labels === null ? text : `${labels[role]}: ${text}`;
      return `${i + 1}\n${srtClock(start)} --> ${srtClock(end)}\n${body}\n`;
    })
    .join('\n');
}

/** `Name: text` lines with no times (plain text), using the given label per role. */
export function plainText(turns: readonly Turn[], labels: Record<Role, string>): string {
  return turns.map(([role, text]) => `${labels[role]}: ${text}`).join('\n') + '\n';
}

/** Writes the turns as a call log and analyses it as `test.txt`. */
export function analyzeConversation(turns: readonly Turn[], options: AnalyzeOptions & LogOptions = {}): AnalysisResult {
  const { startSec, stepSec, lang: labelLang, ...analyzeOptions } = options;
  const lang = labelLang ?? options.language;
  return analyzeFile(callLog(turns, { lang, startSec, stepSec }), 'test.txt', analyzeOptions);
}

/** The excerpts whose text contains the sentence. */
export function excerptsCovering(result: AnalysisResult, sentence: string): Excerpt[] {
  return result.excerpts.filter((e) => e.text.includes(sentence));
}

/** A compact view of a result, for failure messages and reports. */
export function summary(result: AnalysisResult): { verdict: string; risk: number; categories: string[]; excerpts: string[] } {
  return {
    verdict: result.verdict,
    risk: result.risk,
    categories: [...result.categories],
    excerpts: result.excerpts.map((e) => `[${e.categories.join(',')}] ${e.speaker ?? '-'}: ${e.text}`),
  };
}
