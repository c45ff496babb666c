/**
 * Japanese national holidays (祝日, 振替休日, 国民の休日) from @holiday-jp/holiday_jp, a maintained
 * library whose data ships inside the package (1970–2050 at this version): no network, no hand-typed list.
 */
import holidayJp from '@holiday-jp/holiday_jp';

const table = holidayJp.holidays as unknown as Record<string, { name: string; name_en: string } | undefined>;

/** The holiday's name for a calendar date 'YYYY-MM-DD' in Japan, or null on a working day. */
export function japaneseHoliday(date: string): { name: string; nameEn: string } | null {
  const h = table[date];
  return h ? { name: h.name, nameEn: h.name_en } : null;
}
