/**
 * What the engine accepts, in one place, so every stage stays linear in its input and one file can
 * never hold a worker (or the bot's process) for long. The README's "Limits" section documents them.
 */

/**
 * Largest transcript analysed, in bytes (UTF-8 bytes for text input). An hour-long Teams VTT is
 * ~130 KiB and four hours of OpenAI JSON well under 2 MiB; a larger "transcript" is a wrong file.
 */
export const MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;

/**
 * No transcript line is anywhere near this long (an hour of Japanese speech is ~60 000 characters in
 * total); a longer line means a wrong file and is refused, naming the line.
 */
export const MAX_LINE_LENGTH = 100_000;

/**
 * Characters of one utterance that are analysed. The longest in our corpora is under 300; a longer
 * one (a whole call pasted without line breaks) is analysed up to here, with a warning.
 */
export const MAX_UTTERANCE_CHARS = 20_000;

/** "5 MB", "0.3 MB": sizes for people. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb)) : mb.toFixed(1);
}
