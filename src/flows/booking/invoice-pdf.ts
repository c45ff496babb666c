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
  const page = pdf.addPage([595.28, 841.89]); // A4
  const ink = rgb(0.1, 0.1, 0.12);
  const grey = rgb(0.45, 0.45, 0.5);
  const left = 56;
  const right = 539;

  const text = (s: string, x: number, y: number, size = 10.5, font: PDFFont = regular, color = ink) =>
    page.drawText(s, { x, y, size, font, color });
  const textRight = (s: string, xRight: number, y: number, size = 10.5, font: PDFFont = regular) =>
    text(s, xRight - font.widthOfTextAtSize(s, size), y, size, font);
  const rule = (y: number, thickness = 0.6) =>
    page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness, color: grey });

  text('請求書（適格請求書）', left, 780, 20, bold);
  textRight(`請求書番号: ${doc.displayNumber}`, right, 786, 10);
  textRight(`発行日: ${japaneseDate(doc.issuedOn)}`, right, 771, 10);

  // Recipient (left) and issuer (right).
  text(`${doc.recipientCompany} 御中`, left, 730, 14, bold);
  if (doc.recipientName) text(`ご担当: ${doc.recipientName} 様`, left, 712, 10.5);
  let y = 730;
  for (const line of [doc.issuerName, `登録番号: ${doc.registrationNumber}`, doc.issuerAddress, doc.issuerContact]) {
    if (!line) continue;
    textRight(line, right, y, line === doc.issuerName ? 12 : 9.5, line === doc.issuerName ? bold : regular);
    y -= 15;
  }

  text('下記のとおりご請求申し上げます。', left, 670, 10.5);
  page.drawRectangle({ x: left, y: 620, width: right - left, height: 38, borderColor: grey, borderWidth: 0.8 });
  text('ご請求金額（税込）', left + 12, 634, 12, bold);
  textRight(yen(doc.totalYen), right - 12, 632, 18, bold);
  text(`お支払期限: ${japaneseDate(doc.dueOn)}`, left, 600, 10.5);

  // Items.
  const cols = { date: left, what: left + 90, rate: 400, amount: right };
  let row = 560;
  rule(row + 16, 0.8);
  text('取引日', cols.date, row, 9.5, bold);
  text('内容', cols.what, row, 9.5, bold);
  text('税率', cols.rate, row, 9.5, bold);
  textRight('金額（税抜）', cols.amount, row, 9.5, bold);
  rule(row - 6);
  row -= 24;
  text(japaneseDate(doc.transactionDate), cols.date, row, 9.5);
  text(doc.description, cols.what, row, 9.5);
  text(`${doc.taxRatePercent}%`, cols.rate, row, 9.5);
  textRight(yen(doc.amountExclTaxYen), cols.amount, row, 9.5);
  rule(row - 8);

  // Totals per tax rate (one rate here).
  row -= 36;
  const totals: Array<[string, string]> = [
    [`${doc.taxRatePercent}%対象 小計（税抜）`, yen(doc.amountExclTaxYen)],
    [`消費税（${doc.taxRatePercent}%）`, yen(doc.taxYen)],
    ['合計（税込）', yen(doc.totalYen)],
  ];
  for (const [label, value] of totals) {
    text(label, 330, row, 10.5, label.startsWith('合計') ? bold : regular);
    textRight(value, right, row, 10.5, label.startsWith('合計') ? bold : regular);
    row -= 18;
  }

  row -= 20;
  if (doc.bankAccount) {
    text('お振込先', left, row, 10.5, bold);
    row -= 16;
    for (const line of doc.bankAccount.split(/\n|\\n/)) {
      text(line, left, row, 10);
      row -= 15;
    }
    text('振込手数料はご負担をお願いいたします。', left, row, 9, regular, grey);
    row -= 20;
  }
  footer(page, regular, grey, left, `この請求書は適格請求書（インボイス制度）の記載事項を満たしています。登録番号 ${doc.registrationNumber}`);
  return pdf.save({ useObjectStreams: false });
}

function footer(page: PDFPage, font: PDFFont, color: ReturnType<typeof rgb>, x: number, s: string): void {
  page.drawText(s, { x, y: 50, size: 8, font, color });
}
