import { MAX_LINE_LENGTH } from '../limits.js';
import { fail, quote } from './errors.js';

export { MAX_LINE_LENGTH };

/** Splits on LF, CRLF or lone CR once, and refuses absurdly long lines naming the first such line. */
export function splitLines(text: string, file: string): string[] {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const lines = normalised.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_LINE_LENGTH) {
      fail(
        file,
        i + 1,
        `行が長すぎます (${line.length} 文字、上限 ${MAX_LINE_LENGTH})`,
        `line too long (${line.length} characters, limit ${MAX_LINE_LENGTH}) ${quote(line)}`,
      );
    }
  }
  return lines;
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.length === 0 || !/\S/.test(line);
}
