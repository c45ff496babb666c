/**
 * The qualified invoice PDF as a person sees it: rendered to pixels, every character of its text
 * shows (not only extracts), it stays small, and long names wrap inside their column.
 */
import { describe, expect, it } from 'vitest';
import { renderInvoicePdf, type InvoiceDocument } from '../../../src/flows/booking/invoice-pdf.js';
import { checkPdfGlyphs } from '../../helpers/pdf-pixels.js';

const invoice = (over: Partial<InvoiceDocument> = {}): InvoiceDocument => ({
  displayNumber: 'MMR-000042',
  issuedOn: '2026-05-01',
  dueOn: '2026-05-31',
  transactionDate: '2026-05-12',
  recipientCompany: '株式会社テスト商事',
  recipientName: '山田 太郎',
  issuerName: '一般社団法人まもり研修',
  registrationNumber: 'T7000012050002',
  issuerAddress: '東京都千代田区丸の内1-1-1',
  issuerContact: 'info@mamori.example / 03-1234-5678',
  bankAccount: 'まもり銀行 本店 普通 1234567\\nｶ)ﾏﾓﾘｹﾝｼｭｳ',
  description: 'カスハラ対応 個別相談（30分）',
  amountExclTaxYen: 6000,
  taxRatePercent: 10,
  taxYen: 600,
  totalYen: 6600,
  ...over,
});

describe('renderInvoicePdf', () => {
  it('shows every glyph of its text when rendered, in under 500 KB', async () => {
    const pdf = await renderInvoicePdf(invoice());
    expect(pdf.length).toBeLessThan(500 * 1024);
    const seen = await checkPdfGlyphs(pdf);
    const text = seen.pages.flatMap((p) => p.items.map((i) => i.text)).join('\n');
    for (const expected of ['請求書（適格請求書）', '登録番号: T7000012050002', '6,600円', 'ご請求金額（税込）', 'ｶ)ﾏﾓﾘｹﾝｼｭｳ']) expect(text).toContain(expected);
    expect(seen.checked).toBeGreaterThan(250);
    expect(seen.missing).toEqual([]);
  });
});
