/** Building an Intl.DateTimeFormat costs far more than using one: one per time zone, kept. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
    } catch {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit' });
    }
    if (formats.size > 1000) formats.clear();
    formats.set(timeZone, f);
  }
  return f;
}

/** 'YYYY-MM' of an instant in a time zone (usage is counted per calendar month where the organisation is). */
export function monthIn(timeZone: string, at: Date): string {
  const parts = formatFor(timeZone).formatToParts(at);
  const year = parts.find((p) => p.type === 'year')?.value ?? String(at.getUTCFullYear());
  const month = parts.find((p) => p.type === 'month')?.value ?? String(at.getUTCMonth() + 1).padStart(2, '0');
  return `${year}-${month}`;
}
