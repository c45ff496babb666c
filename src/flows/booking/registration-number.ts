/**
 * 適格請求書発行事業者の登録番号: T and 13 digits, the first digit a check digit over the twelve after
 * it, computed as for the corporate number (法人番号, 国税庁「検査用数字」):
 *   9 − (Σ Pn × Qn mod 9), Pn the n-th of the twelve digits counted from the right, Qn 1 for odd n, 2 for even.
 * A number that fails it is a typo: an invoice carrying it is not a qualified invoice.
 */

export function registrationCheckDigit(twelveDigits: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(twelveDigits[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}

/** The number as written on invoices: full-width digits, spaces and the dashes people type between groups are tidied. */
export function normaliseRegistrationNumber(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-‐‑–−ー]/g, '').toUpperCase();
}

/** Why the (normalised) number is not a registration number, in one line (Japanese, then English); null when it is one. */
export function registrationNumberProblem(value: string): string | null {
  if (!/^T\d{13}$/.test(value)) {
    return `「${value}」は登録番号の形（T と13桁の数字）ではありません / is not T followed by 13 digits`;
  }
  if (registrationCheckDigit(value.slice(2)) !== Number(value[1])) {
    return `「${value}」は検査用数字（T の次の1桁）が合いません。打ち間違いがないか国税庁インボイス公表サイトで確認してください / fails its check digit (the digit after T): check the number for a typo on the NTA invoice registry`;
  }
  return null;
}
