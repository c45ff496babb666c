import { TranscriptError, type Transcript, type TranscriptFormat, type Utterance } from './transcript.js';
import { parseCallLog } from './formats/call-log.js';
import { decode } from './formats/decode.js';
import { fail } from './formats/errors.js';
import { parseOpenAiJson } from './formats/openai-json.js';
import { parsePlainText } from './formats/plain-text.js';
import { sniffFormat } from './formats/sniff.js';
import { parseSrt } from './formats/srt.js';
import type { ParsedTranscript } from './formats/types.js';
import { parseWebVtt } from './formats/webvtt.js';
import { MAX_UTTERANCE_CHARS } from './limits.js';

const PARSERS: Record<TranscriptFormat, (text: string, file: string) => ParsedTranscript> = {
  webvtt: parseWebVtt,
  srt: parseSrt,
  'call-log': parseCallLog,
  'openai-json': parseOpenAiJson,
  'plain-text': parsePlainText,
};

/** Tolerated (recognisers and hand edits do it), but worth telling whoever reads the result. */
function backwardsWarning(utterances: readonly Utterance[]): string | null {
  for (let k = 1; k < utterances.length; k++) {
    const here = utterances[k]?.start ?? null;
    const before = utterances[k - 1]?.start ?? null;
    if (here !== null && before !== null && here < before) {
      return `${utterances[k]?.line}行目: 時刻が前の発話より戻っています / times go backwards`;
    }
  }
  return null;
}

const READABLE = /[\p{L}\p{N}]/u;

/**
 * Every later stage is linear in an utterance's length, and this bounds that length too: an utterance
 * longer than MAX_UTTERANCE_CHARS (a whole call pasted as one line) is analysed up to it, with a warning.
 */
function capUtterances<T extends { text: string; line: number }>(utterances: T[], warnings: string[]): T[] {
  let first: number | null = null;
  let count = 0;
  const capped = utterances.map((u) => {
    if (u.text.length <= MAX_UTTERANCE_CHARS) return u;
    first ??= u.line;
    count++;
    // Never cut a surrogate pair in two.
    const high = u.text.charCodeAt(MAX_UTTERANCE_CHARS - 1);
    const end = high >= 0xd800 && high <= 0xdbff ? MAX_UTTERANCE_CHARS - 1 : MAX_UTTERANCE_CHARS;
    return { ...u, text: u.text.slice(0, end) };
  });
  if (first !== null) {
    const limit = MAX_UTTERANCE_CHARS.toLocaleString('en-US');
    const more = count > 1 ? { ja: `（ほか ${count - 1} 件）`, en: ` (${count - 1} more)` } : { ja: '', en: '' };
    warnings.push(`${first}行目: 長すぎる発話は最初の ${limit} 文字だけを解析しました${more.ja} / only the first ${limit} characters of a very long utterance were analysed${more.en}`);
  }
  return capped;
}

/**
 * Reads a transcript in any supported format and encoding (WebVTT from Teams or Zoom, SRT, call-centre
 * logs, OpenAI JSON, plain text; UTF-8, UTF-16, Shift_JIS) into one model. Pure: no I/O.
 * Throws TranscriptError, naming the file and line, for anything it cannot read.
 */
export function readTranscript(data: Uint8Array | string, file: string): Transcript {
  try {
    const decoded = decode(data, file);
    if (!/\S/.test(decoded.text)) fail(file, null, 'ファイルが空です', 'the file is empty');
    const format = sniffFormat(decoded.text, file);
    const parsed = PARSERS[format](decoded.text, file);
    if (parsed.utterances.length === 0) fail(file, null, '発話が見つかりません', 'no speech found in the file');

    // Letters or digits somewhere: a file of zero-width spaces or stray bytes has nothing to analyse.
    if (!parsed.utterances.some((u) => READABLE.test(u.text))) {
      fail(file, null, '読み取れる発話がありません', 'no readable speech in the file');
    }
    const warnings = [...decoded.warnings, ...parsed.warnings];
    const utterances: Utterance[] = capUtterances(parsed.utterances, warnings).map((u, index) => ({ index, ...u }));
    const backwards = backwardsWarning(utterances);
    if (backwards !== null) warnings.push(backwards);
    let lastEnd: number | null = null;
    for (const u of utterances) if (u.end !== null && (lastEnd === null || u.end > lastEnd)) lastEnd = u.end;
    return { format, utterances, durationSec: parsed.durationSec ?? lastEnd, warnings };
  } catch (error) {
    if (error instanceof TranscriptError) throw error;
    // A parser bug must still reach the user as a readable refusal, not a crash of the bot.
    const reason = error instanceof Error ? error.message.slice(0, 80) : 'unknown error';
    throw new TranscriptError(`読み込みに失敗しました / could not read the transcript (${reason})`, file);
  }
}
