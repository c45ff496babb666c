/** 'YYYY-MM' of an instant in a time zone (usage is counted per calendar month where the organisation is). */
export function monthIn(timeZone: string, at: Date): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  } catch {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit' }).formatToParts(at);
  }
  const year = parts.find((p) => p.type === 'year')?.value ?? String(at.getUTCFullYear());
  const month = parts.find((p) => p.type === 'month')?.value ?? String(at.getUTCMonth() + 1).padStart(2, '0');
  return `${year}-${month}`;
}
