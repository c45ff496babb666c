/**
 * The qualified invoice PDF as a person sees it: rendered to pixels, every character of its text
 * shows (not only extracts), it stays small, and long names wrap inside their column.
 */
import { describe, expect, it } from 'vitest';
import { renderInvoicePdf, type InvoiceDocument } from '../../../src/flows/booking/invoice-pdf.js';
import { checkPdfGlyphs, type RenderedPage } from '../../helpers/pdf-pixels.js';

const invoice = (over: Partial<InvoiceDocument> = {}): InvoiceDocument => ({
  displayNumber: 'MMR-000042',
  issuedOn: '2026-05-01',
  dueOn: '2026-05-31',
  transactionDate: '2026-05-12',
  recipientCompany: '株式会社テスト商事',
  recipientName: '山田 太郎',
  issuerName: '一般社団法人まもり研修',
  registrationNumber: 'T9234567890123',
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

/** Text items whose boxes (advance × em height, in pixels) cross, or that leave the page's margins. */
function collisions(page: RenderedPage): string[] {
  const box = (i: RenderedPage['items'][number]) => ({ x0: i.x, x1: i.x + i.width, y0: i.baseline - i.size * 0.88, y1: i.baseline + i.size * 0.12 });
  const found: string[] = [];
  const margin = page.width * (40 / 595.28);
  page.items.forEach((a, n) => {
    const p = box(a);
    if (p.x0 < margin || p.x1 > page.width - margin) found.push(`${a.text} leaves the page`);
    for (const b of page.items.slice(n + 1)) {
      const q = box(b);
      if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) found.push(`${a.text} ✕ ${b.text}`);
    }
  });
  return found;
}

const LONG = {
  recipientCompany: 'Global Customer Experience Solutions Holdings 株式会社 東日本カスタマーサポート統括本部 第二事業部',
  recipientName: '長谷川 アレクサンドラ・キャサリン 恵美子',
  issuerName: '一般社団法人 日本カスタマーハラスメント対策研修機構 東京本部',
  issuerAddress: '東京都千代田区丸の内一丁目1番1号 まもりビルディング12階 カスタマーサポートセンター内',
  issuerContact: 'training-desk@mamori-kenshu.example / 03-1234-5678（平日 9:00〜18:00）',
  description: 'カスハラ対応 個別相談（30分）2026年5月12日（火）10:00〜10:30（講師: Alexandra Catherine Montgomery-Smythe）',
  bankAccount: 'まもり信用金庫 東京中央支店（店番号123） 普通預金 1234567 一般社団法人日本カスタマーハラスメント対策研修機構',
};

describe('renderInvoicePdf', () => {
  it('shows every glyph of its text when rendered, in under 500 KB', async () => {
    const pdf = await renderInvoicePdf(invoice());
    expect(pdf.length).toBeLessThan(500 * 1024);
    const seen = await checkPdfGlyphs(pdf);
    const text = seen.pages.flatMap((p) => p.items.map((i) => i.text)).join('\n');
    for (const expected of ['請求書（適格請求書）', '登録番号: T9234567890123', '6,600円', 'ご請求金額（税込）', 'ｶ)ﾏﾓﾘｹﾝｼｭｳ']) expect(text).toContain(expected);
    expect(seen.checked).toBeGreaterThan(250);
    expect(seen.missing).toEqual([]);
  });

  it('wraps long names inside their columns instead of overprinting, every glyph still shown', async () => {
    const seen = await checkPdfGlyphs(await renderInvoicePdf(invoice(LONG)));
    expect(seen.pages.flatMap(collisions)).toEqual([]);
    expect(seen.missing).toEqual([]);
    // Nothing is cut: each long value reads back whole from its lines.
    const text = seen.pages.flatMap((p) => p.items.map((i) => i.text)).join('').replace(/\s+/g, '');
    for (const value of Object.values(LONG)) expect(text).toContain(value.replace(/\s+/g, ''));
    expect(seen.pages[0]!.items.filter((i) => LONG.recipientCompany.replace(/\s+/g, '').includes(i.text.replace(/\s+/g, ''))).length).toBeGreaterThan(1);
  });

  it('keeps a company name of the longest allowed length (200 characters) clear of everything below it', async () => {
    const company = '株式会社'.concat('カスタマーハラスメント対策推進'.repeat(12)).slice(0, 200);
    const seen = await checkPdfGlyphs(await renderInvoicePdf(invoice({ ...LONG, recipientCompany: company })));
    expect(seen.pages.flatMap(collisions)).toEqual([]);
    expect(seen.missing).toEqual([]);
    const text = seen.pages.flatMap((p) => p.items.map((i) => i.text)).join('');
    for (const expected of [company, '合計（税込）', '振込手数料はご負担をお願いいたします。']) expect(text).toContain(expected);
    expect(seen.pages.at(-1)!.items.map((i) => i.text).join('')).toContain('登録番号 T9234567890123');
  });
});
