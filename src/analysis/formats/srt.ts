import { readCues } from './cues.js';
import { splitLines } from './lines.js';
import { splitSpeakersIfConsistent } from './speaker.js';
import { normaliseText, stripMarkup } from './text.js';
import type { DraftUtterance, ParsedTranscript } from './types.js';

function isCueId(line: string): boolean {
  return /^\s*\d{1,9}\s*$/.test(line);
}

/** SubRip as diarising recognisers write it: `SPEAKER_00: text`, or no speaker at all. */
export function parseSrt(text: string, file: string): ParsedTranscript {
  const lines = splitLines(text, file);
  const warnings: string[] = [];
  const cues = readCues(lines, file, { from: 0, isCueId, warnings });
  const bodies = cues.map((cue) => stripMarkup(cue.textLines.join('\n')).text.trim());
  const splits = splitSpeakersIfConsistent(bodies);
  const utterances: DraftUtterance[] = [];
  cues.forEach((cue, k) => {
    const split = splits[k];
    const body = normaliseText(split?.text ?? '');
    if (body === '') return;
    utterances.push({ start: cue.start, end: cue.end, speaker: split?.speaker ?? null, text: body, line: cue.line });
  });
  return { utterances, durationSec: null, warnings };
}
