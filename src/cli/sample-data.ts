/**
 * The made-up organisation, month, booking and study group that `npx mamori samples documents` draws
 * from. Dates are fixed, so the documents (and docs/images/) come out the same on every run; names
 * are marked 見本 (sample) so nobody takes a printout for a real invoice.
 */
import { countermeasures, type MonthlySummary } from '../flows/insights/report.js';
import type { InvoiceDocument } from '../flows/booking/invoice-pdf.js';
import { loadBookingConfig, taxOn } from '../flows/booking/config.js';
import { addDays } from '../time/zone.js';
import { FALLBACK_CALENDAR_DOMAIN } from '../time/calendar-organizer.js';

export const SAMPLE_ORG = { name: '見本サービス株式会社 お客様センター', language: 'ja' } as const;

/** A .invalid domain (RFC 2606): the sample files' UIDs and organizer can never reach anyone. */
export const SAMPLE_CALENDAR_DOMAIN = FALLBACK_CALENDAR_DOMAIN;

/** The call the timeline is drawn for: the Japanese harassment sample of the Quick start. */
export const SAMPLE_CALL = 'samples/ja-harassment.vtt';

/**
 * The booking settings of a deployment that set only its issuer: price, tax, numbering and due date
 * are the code's defaults, and the registration number goes through the same check as at start-up.
 */
const BOOKING = loadBookingConfig({
  MAMORI_INVOICE_ISSUER_NAME: 'カスハラ対策研修センター（見本）',
  // T + 13 digits with a correct check digit (registration-number.ts), registered to nobody.
  MAMORI_INVOICE_REGISTRATION_NUMBER: 'T7123456789012',
  MAMORI_INVOICE_ISSUER_ADDRESS: '〒100-0005 東京都千代田区丸の内1-1-1 見本ビル',
  MAMORI_INVOICE_ISSUER_CONTACT: 'TEL 03-0000-0000 / billing@mamori.invalid',
  MAMORI_INVOICE_BANK_ACCOUNT: '見本銀行 丸の内支店 普通 1234567\\nカスハラタイサクケンシュウセンター',
});
const ISSUER = BOOKING.invoice!;
const ISSUED_ON = '2026-11-18';
const TAX_YEN = taxOn(BOOKING.consultationPriceYen, BOOKING.taxRatePercent);

/** One consultation paid by invoice, with every item a qualified invoice carries (as book.ts issues it). */
export const SAMPLE_INVOICE: InvoiceDocument = {
  displayNumber: `${ISSUER.numberPrefix}${String(42).padStart(6, '0')}`,
  issuedOn: ISSUED_ON,
  dueOn: addDays(ISSUED_ON, ISSUER.paymentDays),
  transactionDate: '2026-11-20',
  recipientCompany: '見本物産株式会社',
  recipientName: '山田 花子',
  issuerName: ISSUER.name,
  registrationNumber: ISSUER.registrationNumber,
  issuerAddress: ISSUER.address,
  issuerContact: ISSUER.contact,
  bankAccount: ISSUER.bankAccount,
  description: '個別相談（30分）（講師: 佐藤 一郎）',
  amountExclTaxYen: BOOKING.consultationPriceYen,
  taxRatePercent: BOOKING.taxRatePercent,
  taxYen: TAX_YEN,
  totalYen: BOOKING.consultationPriceYen + TAX_YEN,
};

/** A month of a 40-seat contact centre, shaped like monthlySummary()'s answer. */
export function sampleMonthlySummary(): MonthlySummary {
  const summary: MonthlySummary = {
    month: '2026-11',
    minutesAnalysed: 6_480,
    quotaMinutes: 10_000,
    callsAnalysed: 418,
    incidents: 37,
    complaints: 52,
    byCategory: [
      { category: 'abuse', count: 14 },
      { category: 'persistence', count: 9 },
      { category: 'intimidation', count: 6 },
      { category: 'threat', count: 3 },
      { category: 'apology_coercion', count: 2 },
      { category: 'sns_exposure', count: 2 },
      { category: 'restraint', count: 1 },
    ],
    bySeverity: { low: 11, medium: 17, high: 9 },
    trend: [
      { month: '2026-06', calls: 290, incidents: 22 },
      { month: '2026-07', calls: 331, incidents: 25 },
      { month: '2026-08', calls: 305, incidents: 31 },
      { month: '2026-09', calls: 362, incidents: 28 },
      { month: '2026-10', calls: 388, incidents: 33 },
      { month: '2026-11', calls: 418, incidents: 37 },
    ],
    medianMinutesToTake: 42,
    alertsRaised: 26,
    alertsNotTaken: 2,
    longCalls: 3,
    teams: [
      { team: '請求窓口', incidents: 15 },
      { team: '修理受付', incidents: 12 },
      { team: '店舗サポート', incidents: 10 },
    ],
    suggestions: [],
  };
  summary.suggestions = countermeasures(summary, 'ja');
  return summary;
}

/** A confirmed consultation with a meeting link (what the trainee's confirmation DM attaches). */
export const SAMPLE_BOOKING = {
  id: '00000000-0000-4000-8000-000000000042',
  instructorName: '佐藤 一郎',
  traineeName: '山田 花子',
  startsAt: new Date('2026-11-20T05:00:00Z'),
  durationMinutes: BOOKING.durationMinutes,
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/sample',
};

/** A study group announced in the community channel. */
export const SAMPLE_STUDY_GROUP = {
  id: '00000000-0000-4000-8000-000000000007',
  title: 'カスハラ対応 勉強会「電話を切る言葉」',
  description: '長時間・繰り返しの電話を、角を立てずに終える言い方を持ち寄ります。事例の持ち込み歓迎。',
  startsAt: new Date('2026-12-03T09:00:00Z'),
  durationMinutes: 60,
  location: 'https://teams.microsoft.com/l/meetup-join/sample-study-group',
};
