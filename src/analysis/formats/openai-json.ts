import { fail, quote } from './errors.js';
import { normaliseText } from './text.js';
import type { DraftUtterance, ParsedTranscript } from './types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: Json | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** V8 reports where JSON broke as "position N" (or "line L column C" in newer versions). */
function errorLine(text: string, message: string): number | null {
  const lineCol = /line (\d{1,9}) column/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d{1,12})/.exec(message);
  return position ? lineAt(text, Number(position[1])) : null;
}

/**
 * Lines where each object of the top-level `segments` array opens, found by one scan that tracks
 * strings and nesting, so excerpts can point into a pretty-printed file. Compact JSON gives line 1.
 */
function segmentLines(text: string, count: number): number[] {
  if (!text.includes('\n')) return new Array<number>(count).fill(1);
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let stringStart = 0;
  let lastKey = '';
  let segmentsDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        inString = false;
        lastKey = depth === 1 ? text.slice(stringStart, i) : '';
      }
      continue;
    }
    switch (c) {
      case 0x0a:
        line++;
        break;
      case 0x22:
        inString = true;
        stringStart = i + 1;
        break;
      case 0x5b: // [
        depth++;
        if (depth === 2 && lastKey === 'segments') segmentsDepth = depth;
        break;
      case 0x7b: // {
        depth++;
        if (segmentsDepth >= 0 && depth === segmentsDepth + 1) lines.push(line);
        break;
      case 0x5d: // ]
      case 0x7d: // }
        if (depth === segmentsDepth) segmentsDepth = -1;
        depth--;
        break;
      case 0x2c: // ,
        if (depth === 1) lastKey = '';
        break;
    }
  }
  return lines;
}

/**
 * OpenAI transcription output: `diarized_json` (segments with `speaker`), `verbose_json` (segments
 * without), or plain `json` (`{"text": …}` only, one utterance without times).
 */
export function parseOpenAiJson(text: string, file: string): ParsedTranscript {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = errorLine(text, message);
    fail(file, line, 'JSON として読めません', `invalid JSON (${quote(message)})`);
  }
  if (!isObject(root)) {
    fail(file, 1, 'JSON に segments も text もありません', 'the JSON has neither "segments" nor "text"');
  }
  const duration = finite(root['duration']);
  const durationSec = duration !== null && duration >= 0 ? duration : null;
  const segments = root['segments'];

  if (!Array.isArray(segments)) {
    const whole = root['text'];
    if (typeof whole !== 'string') {
      fail(file, 1, 'JSON に segments も text もありません', 'the JSON has neither "segments" nor "text"');
    }
    const body = normaliseText(whole);
    const utterances: DraftUtterance[] = body === '' ? [] : [{ start: null, end: null, speaker: null, text: body, line: 1 }];
    return { utterances, durationSec, warnings: [] };
  }

  const found = segmentLines(text, segments.length);
  const lines = found.length === segments.length ? found : null;
  const utterances: DraftUtterance[] = [];
  segments.forEach((segment, k) => {
    const line = lines?.[k] ?? 1;
    const where = `segments[${k}]`;
    if (!isObject(segment)) {
      fail(file, line, `${where} がオブジェクトではありません`, `${where} is not an object`);
    }
    const start = finite(segment['start']);
    const end = finite(segment['end']);
    if (start === null || end === null) {
      fail(file, line, `${where} に start/end の数値がありません`, `${where} has no numeric start/end`);
    }
    if (end < start) {
      fail(file, line, `${where} の終了時刻が開始時刻より前です`, `${where} ends before it starts (${start} > ${end})`);
    }
    const rawSpeaker = segment['speaker'];
    const speaker =
      typeof rawSpeaker === 'string' && rawSpeaker.trim() !== ''
        ? rawSpeaker.trim()
        : typeof rawSpeaker === 'number'
          ? String(rawSpeaker)
          : null;
    const rawText = segment['text'];
    const body = typeof rawText === 'string' ? normaliseText(rawText) : '';
    if (body === '') return;
    utterances.push({ start, end, speaker, text: body, line });
  });
  return { utterances, durationSec, warnings: [] };
}
