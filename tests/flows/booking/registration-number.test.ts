/**
 * The invoice registration number (登録番号): T + 13 digits whose first digit checks the twelve after
 * it (国税庁の検査用数字), checked against numbers the National Tax Agency publishes.
 */
import { describe, expect, it } from 'vitest';
import { BookingConfigError, loadBookingConfig } from '../../../src/flows/booking/config.js';
import { registrationCheckDigit, registrationNumberProblem } from '../../../src/flows/booking/registration-number.js';

// Published corporate numbers: the National Tax Agency, the National Diet Library, Toyota Motor.
const PUBLISHED = ['T7000012050002', 'T1000011000005', 'T1180301018771'];

describe('registration number check digit', () => {
  it('accepts published numbers', () => {
    for (const n of PUBLISHED) {
      expect(registrationCheckDigit(n.slice(2))).toBe(Number(n[1]));
      expect(registrationNumberProblem(n)).toBeNull();
    }
  });

  it('refuses every single mistyped digit but 0↔9', () => {
    for (const n of PUBLISHED) {
      for (let i = 1; i < n.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === n[i]) continue;
          const typo = n.slice(0, i) + String(d) + n.slice(i + 1);
          // 0↔9 changes the sum by 9 or 18, nothing mod 9: the scheme's own blind spot.
          if (registrationCheckDigit(typo.slice(2)) === Number(typo[1])) expect(Math.abs(d - Number(n[i]))).toBe(9);
          else expect(registrationNumberProblem(typo)).toContain('検査用数字');
        }
      }
    }
  });

  it('refuses what is not T and 13 digits', () => {
    for (const bad of ['7000012050002', 'T700001205000', 'T70000120500021', 'TX000012050002']) expect(registrationNumberProblem(bad)).toContain('T と13桁');
  });
});

describe('MAMORI_INVOICE_REGISTRATION_NUMBER', () => {
  const env = (n: string) => ({ MAMORI_INVOICE_ISSUER_NAME: '一般社団法人まもり研修', MAMORI_INVOICE_REGISTRATION_NUMBER: n });

  it('is refused with one line that names the variable when its check digit is wrong', () => {
    let error: unknown;
    try {
      loadBookingConfig(env('T1234567890123'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BookingConfigError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^MAMORI_INVOICE_REGISTRATION_NUMBER: 「T1234567890123」は検査用数字.*\/ fails its check digit/);
  });

  it('is accepted as people type it (full width, hyphens, spaces) and kept in the canonical form', () => {
    expect(loadBookingConfig(env('Ｔ７０００－０１２０ー５０００２ ')).invoice?.registrationNumber).toBe('T7000012050002');
    expect(loadBookingConfig(env('t-7000-0120-50002')).invoice?.registrationNumber).toBe('T7000012050002');
  });
});
