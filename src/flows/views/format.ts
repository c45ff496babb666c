/** Small formatting helpers shared by the insights views (Japanese first, English second). */
import { categoryName } from '../../analysis/advice.js';
import type { Category } from '../../analysis/result.js';

export type Lang = 'ja' | 'en';
export const langOf = (language: string): Lang => (language === 'en' ? 'en' : 'ja');
export const tr = (lang: Lang, ja: string, en: string): string => (lang === 'en' ? en : ja);

export function catName(category: string, lang: Lang): string {
  try {
    return categoryName(category as Category, lang) || category;
  } catch {
    return category;
  }
}

export function dateLabel(at: Date, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { timeZone, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

export const minutesOf = (sec: number | null): number => Math.round((sec ?? 0) / 60);
export const round1 = (n: number): number => Math.round(n * 10) / 10;
