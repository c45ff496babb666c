import { TranscriptError } from '../transcript.js';

/** Longest piece of the user's content repeated in a message: enough to recognise, never a flood. */
const QUOTE_MAX = 40;

/**
 * Throws a TranscriptError whose message is Japanese first, then English. The line number is also put
 * in the text ("3行目") because chat users read the message, not the `file:line` prefix.
 */
export function fail(file: string, line: number | null, ja: string, en: string): never {
  const where = line === null ? '' : `${line}行目: `;
  throw new TranscriptError(`${where}${ja} / ${en}`, file, line);
}

/** The offending content, shortened and quoted so control characters and huge lines stay harmless. */
export function quote(content: string): string {
  const head = content.slice(0, QUOTE_MAX * 2).trim();
  const chars = Array.from(head);
  const shown = chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : head;
  return JSON.stringify(shown);
}
