/** Line breaking for the PDFs: Japanese breaks between any two characters, Latin words and numbers at spaces. */
import type { PDFFont } from 'pdf-lib';

/** Characters that may not begin a line (行頭禁則) or end one (行末禁則). */
const NO_LINE_START = new Set([...'、。，．,.:;!?！？）)]」』】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…‐–—～〜%％']);
const NO_LINE_END = new Set([...'（([「『【〔〈《']);
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const SPACE = /\s/u;

/** May a line end after `before` and the next begin with `after`? */
function mayBreak(before: string, after: string): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  return SPACE.test(before) || CJK.test(before) || CJK.test(after);
}

/**
 * Splits the text into lines no wider than `width` at this size (explicit newlines kept). A word or
 * number in Latin letters is not split while the line has an earlier place to break; one longer than
 * a line is.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (chars: string[]) => font.widthOfTextAtSize(chars.join(''), size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line: string[] = [];
    for (const ch of paragraph) {
      if (line.length === 0 || fits([...line, ch])) {
        line.push(ch);
        continue;
      }
      if (SPACE.test(ch)) {
        lines.push(line.join('').trimEnd());
        line = [];
        continue;
      }
      let at = line.length;
      while (at > 0 && !mayBreak(line[at - 1]!, at < line.length ? line[at]! : ch)) at--;
      const carried = [...line.slice(at), ch];
      if (at > 0 && fits(carried)) {
        lines.push(line.slice(0, at).join('').trimEnd());
        line = carried;
      } else {
        lines.push(line.join(''));
        line = [ch];
      }
    }
    lines.push(line.join('').trimEnd());
  }
  return lines;
}
