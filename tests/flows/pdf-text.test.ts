/** Line breaking in the PDFs, measured with the embedded Noto Sans JP. */
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedJapaneseFonts, type JapaneseFonts } from '../../src/flows/pdf-fonts.js';
import { wrapText } from '../../src/flows/pdf-text.js';

let fonts: JapaneseFonts;
beforeAll(async () => {
  fonts = await embedJapaneseFonts(await PDFDocument.create());
});

describe('wrapText', () => {
  it('keeps every line within the width and loses no character', () => {
    const text = 'カスハラ対応 個別相談（30分）2026年5月12日（火）10:00〜10:30（講師: Alexandra Catherine Montgomery-Smythe）';
    const lines = wrapText(text, fonts.regular, 9.5, 150);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(fonts.regular.widthOfTextAtSize(line, 9.5)).toBeLessThanOrEqual(150);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('breaks Latin words and numbers at spaces or next to Japanese, never inside them', () => {
    const lines = wrapText('講師: Alexandra Catherine Montgomery-Smythe 2026年5月12日 10:00〜10:30', fonts.regular, 10, 110);
    for (const word of ['Alexandra', 'Catherine', 'Montgomery-Smythe', '10:00', '10:30', '2026']) {
      expect(lines.some((l) => l.includes(word)), `${word} in ${JSON.stringify(lines)}`).toBe(true);
    }
  });

  it('does not start a line with closing punctuation (行頭禁則) nor end one with an opening bracket', () => {
    for (let width = 40; width <= 120; width += 3) {
      const lines = wrapText('下記のとおり、ご請求申し上げます。（お支払いは「振込」でお願いします。）', fonts.regular, 10, width);
      for (const line of lines.slice(1)) expect(line[0], JSON.stringify(lines)).not.toMatch(/[、。）」]/);
      for (const line of lines) expect(line.at(-1), JSON.stringify(lines)).not.toMatch(/[（「]/);
    }
  });

  it('splits a word longer than the line rather than overflowing', () => {
    const lines = wrapText('training-desk@mamori-kenshu-very-long-domain-name.example', fonts.regular, 10, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(fonts.regular.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(80);
  });
});
