import { isBlank, splitLines } from './lines.js';
import { splitSpeakersIfConsistent } from './speaker.js';
import { normaliseText } from './text.js';
import type { DraftUtterance, ParsedTranscript } from './types.js';

/** Text without times: `Name: text` or bare lines. Excerpts point at the kept line numbers. */
export function parsePlainText(text: string, file: string): ParsedTranscript {
  const lines = splitLines(text, file);
  const kept: { line: number; text: string }[] = [];
  lines.forEach((raw, i) => {
    if (!isBlank(raw)) kept.push({ line: i + 1, text: raw.trim() });
  });
  const splits = splitSpeakersIfConsistent(kept.map((k) => k.text));
  const utterances: DraftUtterance[] = [];
  kept.forEach((entry, k) => {
    const split = splits[k];
    const body = normaliseText(split?.text ?? '');
    if (body === '') return;
    utterances.push({ start: null, end: null, speaker: split?.speaker ?? null, text: body, line: entry.line });
  });
  return { utterances, durationSec: null, warnings: [] };
}
