import { fail, quote } from './errors.js';
import { isBlank, splitLines } from './lines.js';
import { splitSpeaker } from './speaker.js';
import { normaliseText } from './text.js';
import { parseClock } from './timestamp.js';
import type { DraftUtterance, ParsedTranscript } from './types.js';

/** The corpus labelling rule: a log line ends where the next begins, and the last one 5 s after it starts. */
export const LAST_LINE_SECONDS = 5;

/** Longest bracket that can hold a time (`[000:00:00.000]`); anything longer is ordinary text. */
const MAX_STAMP = 16;

/** `[hh:mm:ss] Role: text`; the bracket's content when the line starts with one, else null. */
export function logStamp(line: string): string | null {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('[')) return null;
  const close = trimmed.indexOf(']');
  if (close < 0 || close > MAX_STAMP) return null;
  const inside = trimmed.slice(1, close).trim();
  return /^\d/.test(inside) && inside.includes(':') ? inside : null;
}

interface LogLine {
  line: number;
  start: number;
  rest: string;
}

/** Timestamped call-centre logs, one utterance a line, `:` or `：` after the role word. */
export function parseCallLog(text: string, file: string): ParsedTranscript {
  const lines = splitLines(text, file);
  const warnings: string[] = [];
  const entries: LogLine[] = [];
  lines.forEach((raw, i) => {
    if (isBlank(raw)) return;
    const stamp = logStamp(raw);
    if (stamp === null) {
      const previous = entries[entries.length - 1];
      // A wrapped utterance continues the line before; text before the first time has no place.
      if (previous) previous.rest += `\n${raw}`;
      else warnings.push(`${i + 1}行目: 時刻のない行を飛ばしました / skipped a line without a time ${quote(raw)}`);
      return;
    }
    const start = parseClock(stamp);
    if (start === null) {
      fail(file, i + 1, `時刻の形式を読めません ${quote(raw)}`, `cannot parse the time ${quote(raw)}`);
    }
    const trimmed = raw.trimStart();
    entries.push({ line: i + 1, start, rest: trimmed.slice(trimmed.indexOf(']') + 1) });
  });

  const utterances: DraftUtterance[] = [];
  entries.forEach((entry, k) => {
    const next = entries[k + 1];
    // Ends come from every timed line, even one left empty, so spans match the labelling rule.
    const end = next !== undefined && next.start >= entry.start ? next.start : entry.start + LAST_LINE_SECONDS;
    const split = splitSpeaker(entry.rest.trim());
    const body = normaliseText(split.text);
    if (body === '') return;
    utterances.push({ start: entry.start, end, speaker: split.speaker, text: body, line: entry.line });
  });
  return { utterances, durationSec: null, warnings };
}
