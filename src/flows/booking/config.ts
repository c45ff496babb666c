/**
 * Booking configuration: validated once from the environment by the caller (the server passes
 * process.env in; no module reads it on its own) and passed down.
 */
import { z } from 'zod';
import { FALLBACK_CALENDAR_DOMAIN } from '../../time/calendar-organizer.js';
import { BOOKING_CANCELLED_PATH, BOOKING_PAID_PATH, PLACEHOLDER_BASE_URL, publicBaseUrlOf } from './checkout-return.js';
import { normaliseRegistrationNumber, registrationNumberProblem } from './registration-number.js';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const int = (def: number, min: number, max: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(def));
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const httpUrl = z.string().url().refine((u) => /^https?:\/\//.test(u), 'http(s):// の URL を書いてください / must be an http(s) URL');

export const BookingEnvSchema = z.object({
  MAMORI_BOOKING_PRICE_YEN: int(6000, 0, 1_000_000),
  MAMORI_BOOKING_TAX_RATE_PERCENT: int(10, 0, 100),
  MAMORI_BOOKING_DURATION_MINUTES: int(30, 10, 240),
  MAMORI_BOOKING_MIN_NOTICE_HOURS: int(24, 0, 720),
  MAMORI_BOOKING_BUFFER_MINUTES: int(10, 0, 240),
  MAMORI_BOOKING_HOLD_MINUTES: int(30, 30, 1440),
  MAMORI_BOOKING_CANCEL_DEADLINE_HOURS: int(24, 0, 720),
  MAMORI_BOOKING_LATE_CANCEL_REFUND_PERCENT: int(0, 0, 100),
  MAMORI_BOOKING_LATE_MOVE_ALLOWED: z.preprocess((v) => (typeof v === 'string' && v !== '' ? v.toLowerCase() : undefined), z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']).default('false')),
  MAMORI_BOOKING_SLOT_STEP_MINUTES: int(30, 5, 240),
  MAMORI_BOOKING_WINDOW_DAYS: int(60, 1, 365),
  // Unset: mamori's own pages at the public URL (src/bots/http/pages); see checkout-return.ts.
  MAMORI_BOOKING_SUCCESS_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  MAMORI_BOOKING_CANCEL_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  STRIPE_TAX_RATE_ID: optionalString,
  MAMORI_INVOICE_ISSUER_NAME: optionalString,
  // Checked after parsing (format and check digit), so a bad number is refused in one line of its own.
  MAMORI_INVOICE_REGISTRATION_NUMBER: z.preprocess((v) => (typeof v === 'string' ? emptyAsUndefined(normaliseRegistrationNumber(v)) : v), z.string().optional()),
  MAMORI_INVOICE_ISSUER_ADDRESS: optionalString,
  MAMORI_INVOICE_ISSUER_CONTACT: optionalString,
  MAMORI_INVOICE_BANK_ACCOUNT: optionalString,
  MAMORI_INVOICE_PAYMENT_DAYS: int(30, 1, 365),
  MAMORI_INVOICE_NUMBER_PREFIX: z.preprocess(emptyAsUndefined, z.string().max(20).default('MMR-')),
});

export interface InvoiceIssuer {
  /** The counter the numbers come from (one per issuer). */
  issuer: string;
  name: string;
  /** 適格請求書発行事業者登録番号: T + 13 digits. */
  registrationNumber: string;
  address: string | undefined;
  contact: string | undefined;
  bankAccount: string | undefined;
  paymentDays: number;
  numberPrefix: string;
}

export interface BookingConfig {
  consultationPriceYen: number;
  taxRatePercent: number;
  durationMinutes: number;
  /** Defaults of a new organisation's booking rules (booking_settings). */
  defaults: {
    minNoticeMinutes: number;
    bufferMinutes: number;
    holdMinutes: number;
    cancelDeadlineHours: number;
    lateCancelRefundPercent: number;
    /** After the deadline, may the trainee still move the booking? */
    lateMoveAllowed: boolean;
    stepMinutes: number;
  };
  /** How far ahead slots are offered. */
  windowDays: number;
  checkout: { successUrl: string; cancelUrl: string; taxRateId: string | undefined };
  /** Null when the issuer's details are not configured: invoice payment is then not offered. */
  invoice: InvoiceIssuer | null;
  /** The operator's domain for the booking .ics (MAMORI_CALENDAR_DOMAIN, read by src/config.ts). */
  calendarDomain: string;
}

export class BookingConfigError extends Error {
  override name = 'BookingConfigError';
}

export function loadBookingConfig(env: Record<string, string | undefined>): BookingConfig {
  const parsed = BookingEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new BookingConfigError(`invalid booking configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  // The server's public URL (validated by the Slack/Teams settings) is where mamori serves its pages.
  const base = publicBaseUrlOf(env) ?? PLACEHOLDER_BASE_URL;
  const problem = e.MAMORI_INVOICE_REGISTRATION_NUMBER === undefined ? null : registrationNumberProblem(e.MAMORI_INVOICE_REGISTRATION_NUMBER);
  if (problem) throw new BookingConfigError(`MAMORI_INVOICE_REGISTRATION_NUMBER: ${problem}`);
  if ((e.MAMORI_INVOICE_ISSUER_NAME === undefined) !== (e.MAMORI_INVOICE_REGISTRATION_NUMBER === undefined)) {
    throw new BookingConfigError('invalid booking configuration: MAMORI_INVOICE_ISSUER_NAME and MAMORI_INVOICE_REGISTRATION_NUMBER go together');
  }
  return {
    consultationPriceYen: e.MAMORI_BOOKING_PRICE_YEN,
    taxRatePercent: e.MAMORI_BOOKING_TAX_RATE_PERCENT,
    durationMinutes: e.MAMORI_BOOKING_DURATION_MINUTES,
    defaults: {
      minNoticeMinutes: e.MAMORI_BOOKING_MIN_NOTICE_HOURS * 60,
      bufferMinutes: e.MAMORI_BOOKING_BUFFER_MINUTES,
      holdMinutes: e.MAMORI_BOOKING_HOLD_MINUTES,
      cancelDeadlineHours: e.MAMORI_BOOKING_CANCEL_DEADLINE_HOURS,
      lateCancelRefundPercent: e.MAMORI_BOOKING_LATE_CANCEL_REFUND_PERCENT,
      lateMoveAllowed: ['true', '1', 'yes', 'on'].includes(e.MAMORI_BOOKING_LATE_MOVE_ALLOWED),
      stepMinutes: e.MAMORI_BOOKING_SLOT_STEP_MINUTES,
    },
    windowDays: e.MAMORI_BOOKING_WINDOW_DAYS,
    checkout: {
      successUrl: e.MAMORI_BOOKING_SUCCESS_URL ?? `${base}${BOOKING_PAID_PATH}`,
      cancelUrl: e.MAMORI_BOOKING_CANCEL_URL ?? `${base}${BOOKING_CANCELLED_PATH}`,
      taxRateId: e.STRIPE_TAX_RATE_ID,
    },
    invoice: e.MAMORI_INVOICE_ISSUER_NAME && e.MAMORI_INVOICE_REGISTRATION_NUMBER
      ? {
          issuer: 'default',
          name: e.MAMORI_INVOICE_ISSUER_NAME,
          registrationNumber: e.MAMORI_INVOICE_REGISTRATION_NUMBER,
          address: e.MAMORI_INVOICE_ISSUER_ADDRESS,
          contact: e.MAMORI_INVOICE_ISSUER_CONTACT,
          bankAccount: e.MAMORI_INVOICE_BANK_ACCOUNT,
          paymentDays: e.MAMORI_INVOICE_PAYMENT_DAYS,
          numberPrefix: e.MAMORI_INVOICE_NUMBER_PREFIX,
        }
      : null,
    calendarDomain: FALLBACK_CALENDAR_DOMAIN,
  };
}

/** Consumption tax on a tax-excluded price, rounded down once per document (適格請求書の端数処理). */
export function taxOn(priceYen: number, ratePercent: number): number {
  return Math.floor((priceYen * ratePercent) / 100);
}
