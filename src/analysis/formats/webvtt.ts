import { readCues } from './cues.js';
import { fail, quote } from './errors.js';
import { splitLines } from './lines.js';
import { splitSpeakersIfConsistent } from './speaker.js';
import { normaliseText, stripMarkup } from './text.js';
import type { DraftUtterance, ParsedTranscript } from './types.js';

function isHeader(line: string): boolean {
  return /^WEBVTT(?:[ \t]|$)/.test(line.replace(/^\uFEFF/, ''));
}

function isIgnoredBlock(line: string): boolean {
  return /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(line);
}

/** Teams ids are GUID/number-suffix, Zoom ids are numbers; neither contains spaces or Japanese text. */
function isCueId(line: string): boolean {
  return /^[\x21-\x7e]{1,200}$/.test(line.trim());
}

/**
 * WebVTT as Teams (`<v Name>text</v>`) and Zoom (`Name: text`) write it. A missing header is only
 * reached when the extension says .vtt, so it is a warning rather than a refusal.
 */
export function parseWebVtt(text: string, file: string): ParsedTranscript {
  const lines = splitLines(text, file);
  const warnings: string[] = [];
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  let from = 0;
  if (firstIndex >= 0 && isHeader(lines[firstIndex] ?? '')) {
    // The header block (WEBVTT plus metadata such as Kind:, Language:) runs to the first blank line.
    from = firstIndex + 1;
    while (from < lines.length && (lines[from] ?? '').trim() !== '') {
      if ((lines[from] ?? '').includes('-->')) break;
      from++;
    }
  } else if (!lines.some((l) => l.includes('-->'))) {
    fail(file, firstIndex + 1, `WEBVTT ヘッダーがありません ${quote(lines[firstIndex] ?? '')}`, 'missing the WEBVTT header');
  } else {
    warnings.push('WEBVTT ヘッダーがありません / no WEBVTT header');
  }

  const cues = readCues(lines, file, { from, isCueId, isIgnoredBlock, warnings });
  const marked = cues.map((cue) => stripMarkup(cue.textLines.join('\n')));
  // Cues without a voice tag (Zoom) carry the speaker as a prefix, if the file uses prefixes at all.
  const unvoiced = marked.filter((m) => m.voice === null).map((m) => m.text.trim());
  const prefixed = splitSpeakersIfConsistent(unvoiced);
  let next = 0;
  const utterances: DraftUtterance[] = [];
  cues.forEach((cue, k) => {
    const m = marked[k];
    if (m === undefined) return;
    const split = m.voice === null ? prefixed[next++] : { speaker: m.voice, text: m.text };
    const body = normaliseText(split?.text ?? '');
    if (body === '') return;
    utterances.push({ start: cue.start, end: cue.end, speaker: split?.speaker ?? null, text: body, line: cue.line });
  });
  return { utterances, durationSec: null, warnings };
}
