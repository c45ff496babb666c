/**
 * How long a transcript without times took to say, estimated from its words, so that a plain-text
 * transcript counts against the monthly quota like the recording it came from instead of as 0 minutes.
 *
 * Rates: Japanese ≈ 350 characters a minute, English ≈ 150 words a minute. Announcers read Japanese at
 * about 300 characters a minute (NHK's reference pace) and conversation runs faster, 350–400; English
 * conversation is about 150–160 words a minute. The faster end of the broadcast range and the usual
 * conversational English figure are used so that an estimate errs on the customer's side (fewer
 * minutes) rather than charging for time nobody spoke. Only kana, kanji and letters/digits count: not
 * spaces, punctuation, or the speaker labels (the transcript is read first, labels apart).
 */
import { readTranscript } from '../analysis/index.js';

export const JAPANESE_CHARACTERS_PER_MINUTE = 350;
export const ENGLISH_WORDS_PER_MINUTE = 150;

/** Kanji, hiragana, katakana (full and half width) and the prolonged-sound mark: one character each. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu;
/** What is left of a text after its CJK characters: runs of letters or digits are words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Seconds it takes to say `texts` (utterances), by the rates above. */
export function estimateSpeechSeconds(texts: readonly string[]): number {
  let characters = 0;
  let words = 0;
  for (const text of texts) {
    characters += text.match(CJK)?.length ?? 0;
    words += text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  }
  return (characters / JAPANESE_CHARACTERS_PER_MINUTE) * 60 + (words / ENGLISH_WORDS_PER_MINUTE) * 60;
}

/** The estimate for a transcript file's utterances; 0 when it cannot be read (the analyser refused it then too). */
export function estimateTranscriptSeconds(data: Uint8Array | string, file: string): number {
  try {
    return estimateSpeechSeconds(readTranscript(data, file).utterances.map((u) => u.text));
  } catch {
    return 0;
  }
}
