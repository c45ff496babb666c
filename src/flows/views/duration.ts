/**
 * A call's length in words, the one way both the answer and its timeline picture say it
 * (「1分20秒」/ "1 min 20 s"; from an hour on, to the minute: 「1時間2分」/ "1 h 2 min"). Seconds
 * are kept under an hour because a short call rounded to whole minutes ("1分" for 80 s) disagrees
 * with the m:ss axis of the picture beside it.
 */
import type { Language } from '../../analysis/result.js';

export function formatDuration(sec: number, lang: Language): string {
  const total = Math.max(0, Math.round(sec));
  const h = Math.floor(total / 3600);
  const m = h > 0 ? Math.round((total % 3600) / 60) : Math.floor(total / 60);
  const s = total % 60;
  // 1:59:50 rounds to 2 hours, not to "1時間60分".
  const [hh, mm] = m === 60 ? [h + 1, 0] : [h, m];
  if (lang === 'ja') {
    if (hh > 0) return mm > 0 ? `${hh}時間${mm}分` : `${hh}時間`;
    if (mm === 0) return `${s}秒`;
    return s > 0 ? `${mm}分${s}秒` : `${mm}分`;
  }
  if (hh > 0) return mm > 0 ? `${hh} h ${mm} min` : `${hh} h`;
  if (mm === 0) return `${s} s`;
  return s > 0 ? `${mm} min ${s} s` : `${mm} min`;
}
