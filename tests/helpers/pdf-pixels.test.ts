/** The pixel check itself: it names the one character of a line that left no ink, and nothing else. */
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedJapaneseFonts } from '../../src/flows/pdf-fonts.js';
import { checkPdfGlyphs } from './pdf-pixels.js';

describe('checkPdfGlyphs', () => {
  it('finds a single invisible character inside a line of text', async () => {
    const pdf = await PDFDocument.create();
    const { regular } = await embedJapaneseFonts(pdf);
    const page = pdf.addPage([595.28, 841.89]);
    // One line drawn in three runs, the middle one in white: extracted text is whole, the page is not.
    const size = 12;
    let x = 56;
    for (const [s, colour] of [['ご請', rgb(0, 0, 0)], ['求', rgb(1, 1, 1)], ['金額 6,600円', rgb(0, 0, 0)]] as const) {
      page.drawText(s, { x, y: 700, size, font: regular, color: colour });
      x += regular.widthOfTextAtSize(s, size);
    }
    page.drawText('登録番号: T9234567890123', { x: 56, y: 680, size: 9.5, font: regular });
    const seen = await checkPdfGlyphs(await pdf.save());
    expect(seen.pages[0]!.items.map((i) => i.text).join('')).toContain('ご請求金額 6,600円');
    expect(seen.missing.map((m) => m.char)).toEqual(['求']);
    expect(seen.checked).toBe('ご請求金額6,600円'.length + '登録番号:T9234567890123'.length);
  });
});
