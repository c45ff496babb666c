/**
 * The number of a moment of the call, as the message writes it: ①, ②, … for the n-th excerpt in
 * time order, the same n the timeline picture puts in its round markers, so a reader can find a
 * quote on the picture and a bump of the picture in the list.
 */
export function momentNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1); // ①–⑳
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21); // ㉑–㉟
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36); // ㊱–㊿
  return `(${n})`;
}
