/**
 * What counts as a transcript when someone shares a file or pastes text, on every platform (media files
 * are isMedia's, in run-analysis-job.ts). Each platform adds only what it knows besides a file's name
 * (Slack's filetype and MIME type) and its own message limits.
 */
import { extname } from 'node:path';

const TRANSCRIPT_EXTENSIONS = new Set(['.vtt', '.srt', '.txt', '.text', '.json', '.csv', '.log', '.md', '.tsv']);

/** `.vtt`, `.srt`, `.txt`, … (an extension-less name with the platform's file type: pass `x.<type>`). */
export function isTranscriptName(name: string): boolean {
  return TRANSCRIPT_EXTENSIONS.has(extname(name).toLowerCase());
}

/** Whether a message's text looks like a pasted transcript rather than a question: cues (`-->`) or three lines, and at least `minChars`. */
export function looksLikeTranscript(text: string, minChars = 0): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return text.length >= minChars && (text.includes('-->') || lines.length >= 3);
}
