/**
 * The qualified invoice (適格請求書) as a PDF, with the items the invoice system requires: the
 * issuer's name and registration number (T + 13 digits), the transaction date, what was supplied,
 * the amount per tax rate with the rate, the consumption tax per rate, and the recipient; plus the
 * unique consecutive number, the issue date and the due date.
 *
 * Japanese text is set in Noto Sans JP, subset into the PDF (see ../pdf-fonts.ts), with a ToUnicode
 * map so the text can be searched and extracted.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { embedJapaneseFonts } from '../pdf-fonts.js';
import { wrapText } from '../pdf-text.js';

const A4: [number, number] = [595.28, 841.89];

export interface InvoiceDocument {
  displayNumber: string;
  /** Dates as 'YYYY-MM-DD' (the organisation's calendar). */
  issuedOn: string;
  dueOn: string;
  transactionDate: string;
  recipientCompany: string;
  recipientName: string | null;
  issuerName: string;
  registrationNumber: string;
  issuerAddress?: string | undefined;
  issuerContact?: string | undefined;
  bankAccount?: string | undefined;
  description: string;
  amountExclTaxYen: number;
  taxRatePercent: number;
  taxYen: number;
  totalYen: number;
}

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
export const japaneseDate = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`請求書 ${doc.displayNumber}`);
  pdf.setAuthor(doc.issuerName);
  pdf.setCreator('mamori');
  pdf.setProducer('mamori');
  // Fixed dates: the same invoice gives the same bytes.
  const stamp = new Date(`${doc.issuedOn}T00:00:00Z`);
  pdf.setCreationDate(stamp);
  pdf.setModificationDate(stamp);
  const { regular, bold } = await embedJapaneseFonts(pdf);
  const ink = rgb(0.1, 0.1, 0.12);
  const grey = rgb(0.45, 0.45, 0.5);
  const left = 56;
  const right = 539;
  const footerText = `この請求書は適格請求書（インボイス制度）の記載事項を満たしています。登録番号 ${doc.registrationNumber}`;
  const footerLines = wrapText(footerText, regular, 8, right - left);
  /** Content stays above the footer; what does not fit goes on to another page. */
  const bottom = 50 + footerLines.length * 11 + 14;

  let page: PDFPage = pdf.addPage(A4);
  const newPage = () => {
    page = pdf.addPage(A4);
    return 841.89 - 64;
  };
  const text = (s: string, x: number, y: number, size = 10.5, font: PDFFont = regular, color = ink) =>
    page.drawText(s, { x, y, size, font, color });
  const textRight = (s: string, xRight: number, y: number, size = 10.5, font: PDFFont = regular) =>
    text(s, xRight - font.widthOfTextAtSize(s, size), y, size, font);
  const rule = (y: number, thickness = 0.6) =>
    page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness, color: grey });
  /** Draws the text wrapped to the column, line under line; returns the y under the last line. */
  const paragraph = (s: string, x: number, width: number, y: number, size: number, font: PDFFont, o: { align?: 'left' | 'right'; leading?: number; color?: typeof ink } = {}) => {
    const leading = o.leading ?? Math.round(size * 1.45);
    for (const line of wrapText(s, font, size, width)) {
      if (y < bottom) y = newPage();
      if (o.align === 'right') textRight(line, x + width, y, size, font);
      else text(line, x, y, size, font, o.color);
      y -= leading;
    }
    return y;
  };

  text('請求書（適格請求書）', left, 780, 20, bold);
  textRight(`請求書番号: ${doc.displayNumber}`, right, 786, 10);
  textRight(`発行日: ${japaneseDate(doc.issuedOn)}`, right, 771, 10);

  // Recipient (left) and issuer (right), each wrapped inside its own column.
  const issuerWidth = 215;
  const recipientWidth = right - left - issuerWidth - 18;
  let leftY = paragraph(`${doc.recipientCompany} 御中`, left, recipientWidth, 730, 14, bold, { leading: 18 });
  if (doc.recipientName) leftY = paragraph(`ご担当: ${doc.recipientName} 様`, left, recipientWidth, leftY, 10.5, regular, { leading: 15 });
  let rightY = paragraph(doc.issuerName, right - issuerWidth, issuerWidth, 730, 12, bold, { align: 'right', leading: 16 });
  for (const line of [`登録番号: ${doc.registrationNumber}`, doc.issuerAddress, doc.issuerContact]) {
    if (line) rightY = paragraph(line, right - issuerWidth, issuerWidth, rightY, 9.5, regular, { align: 'right', leading: 15 });
  }

  const y = Math.min(670, Math.min(leftY, rightY) - 8);
  text('下記のとおりご請求申し上げます。', left, y, 10.5);
  page.drawRectangle({ x: left, y: y - 50, width: right - left, height: 38, borderColor: grey, borderWidth: 0.8 });
  text('ご請求金額（税込）', left + 12, y - 36, 12, bold);
  textRight(yen(doc.totalYen), right - 12, y - 38, 18, bold);
  text(`お支払期限: ${japaneseDate(doc.dueOn)}`, left, y - 70, 10.5);

  // Items.
  const cols = { date: left, what: left + 90, rate: 400, amount: right };
  let row = y - 110;
  rule(row + 16, 0.8);
  text('取引日', cols.date, row, 9.5, bold);
  text('内容', cols.what, row, 9.5, bold);
  text('税率', cols.rate, row, 9.5, bold);
  textRight('金額（税抜）', cols.amount, row, 9.5, bold);
  rule(row - 6);
  row -= 24;
  text(japaneseDate(doc.transactionDate), cols.date, row, 9.5);
  text(`${doc.taxRatePercent}%`, cols.rate, row, 9.5);
  textRight(yen(doc.amountExclTaxYen), cols.amount, row, 9.5);
  row = paragraph(doc.description, cols.what, cols.rate - cols.what - 12, row, 9.5, regular, { leading: 14 }) + 14;
  rule(row - 8);

  // Totals per tax rate (one rate here).
  row -= 36;
  const totals: Array<[string, string]> = [
    [`${doc.taxRatePercent}%対象 小計（税抜）`, yen(doc.amountExclTaxYen)],
    [`消費税（${doc.taxRatePercent}%）`, yen(doc.taxYen)],
    ['合計（税込）', yen(doc.totalYen)],
  ];
  if (row - totals.length * 18 < bottom) row = newPage();
  for (const [label, value] of totals) {
    text(label, 330, row, 10.5, label.startsWith('合計') ? bold : regular);
    textRight(value, right, row, 10.5, label.startsWith('合計') ? bold : regular);
    row -= 18;
  }

  row -= 20;
  if (doc.bankAccount) {
    if (row - 40 < bottom) row = newPage();
    text('お振込先', left, row, 10.5, bold);
    row -= 16;
    for (const line of doc.bankAccount.split(/\n|\\n/)) row = paragraph(line, left, right - left, row, 10, regular, { leading: 15 });
    row = paragraph('振込手数料はご負担をお願いいたします。', left, right - left, row, 9, regular, { color: grey });
  }
  for (const p of pdf.getPages()) {
    footerLines.forEach((line, i) => p.drawText(line, { x: left, y: 50 + (footerLines.length - 1 - i) * 11, size: 8, font: regular, color: grey }));
  }
  return pdf.save({ useObjectStreams: false });
}
