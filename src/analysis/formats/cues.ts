import { fail, quote } from './errors.js';
import { isBlank } from './lines.js';
import { isTimingLine, parseTimingLine } from './timestamp.js';

/** A VTT or SRT cue before its text is interpreted. Lines are 1-based. */
export interface RawCue {
  /** Where the cue begins: its id line if it has one, else its timing line. */
  line: number;
  start: number;
  end: number;
  textLines: string[];
}

export interface CueOptions {
  /** Index of the first line after any header. */
  from: number;
  /** Whether a line can be a cue identifier, used to find cues that follow without a blank line. */
  isCueId: (line: string) => boolean;
  /** Blocks to skip whole (VTT NOTE, STYLE, REGION). */
  isIgnoredBlock?: (firstLine: string) => boolean;
  warnings: string[];
}

/**
 * Cue blocks shared by WebVTT and SRT: `[id]`, `start --> end`, text lines, blank line. Writers that
 * forget the blank line are tolerated when an id + timing line (or a bare timing line) follows.
 */
export function readCues(lines: readonly string[], file: string, options: CueOptions): RawCue[] {
  const cues: RawCue[] = [];
  let i = options.from;
  let strayWarned = false;
  while (i < lines.length) {
    const first = lines[i] ?? '';
    if (isBlank(first)) {
      i++;
      continue;
    }
    if (options.isIgnoredBlock?.(first)) {
      while (i < lines.length && !isBlank(lines[i])) i++;
      continue;
    }
    let timingIndex = i;
    if (!isTimingLine(first)) {
      if (isTimingLine(lines[i + 1] ?? '')) {
        timingIndex = i + 1;
      } else if (options.isCueId(first) && !isBlank(lines[i + 1])) {
        // An id followed by something that is not a timing line: a cue whose timing is mistyped.
        const broken = lines[i + 1] ?? '';
        fail(file, i + 2, `時刻の形式を読めません ${quote(broken)}`, `cannot parse the timing line ${quote(broken)}`);
      } else {
        const previous = cues[cues.length - 1];
        if (previous === undefined) {
          fail(file, i + 1, `時刻の行がありません ${quote(first)}`, `expected a timing line "00:00:01.000 --> 00:00:02.000", found ${quote(first)}`);
        }
        // Text after a blank line inside a cue: players show it with the cue before, so do the same.
        if (!strayWarned) {
          options.warnings.push(`${i + 1}行目: 空行の後の文を前の発話に続けました / joined text after a blank line to the cue before`);
          strayWarned = true;
        }
        while (i < lines.length && !isBlank(lines[i])) previous.textLines.push(lines[i++] ?? '');
        continue;
      }
    }
    const timingLine = lines[timingIndex] ?? '';
    const timing = parseTimingLine(timingLine);
    if (timing === null) {
      fail(file, timingIndex + 1, `時刻の形式を読めません ${quote(timingLine)}`, `cannot parse the timing line ${quote(timingLine)}`);
    }
    if (timing.end < timing.start) {
      fail(file, timingIndex + 1, `終了時刻が開始時刻より前です ${quote(timingLine)}`, `the cue ends before it starts ${quote(timingLine)}`);
    }
    const textLines: string[] = [];
    let j = timingIndex + 1;
    while (j < lines.length) {
      const line = lines[j] ?? '';
      if (isBlank(line) || isTimingLine(line)) break;
      if (isTimingLine(lines[j + 1] ?? '') && options.isCueId(line)) break;
      textLines.push(line);
      j++;
    }
    cues.push({ line: i + 1, start: timing.start, end: timing.end, textLines });
    i = j;
  }
  return cues;
}
