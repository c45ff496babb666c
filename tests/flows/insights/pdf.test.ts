/**
 * The monthly report PDF as a manager sees it: rendered to pixels, every character of its text shows
 * (Japanese and English), over several pages, and the file stays small.
 */
import { describe, expect, it } from 'vitest';
import { countermeasures, reportCharts, type MonthlySummary } from '../../../src/flows/insights/report.js';
import { reportPdf } from '../../../src/flows/insights/pdf.js';
import { checkPdfGlyphs } from '../../helpers/pdf-pixels.js';

function summary(lang: 'ja' | 'en'): MonthlySummary {
  const s: MonthlySummary = {
    month: '2026-05',
    minutesAnalysed: 2790,
    quotaMinutes: 3000,
    callsAnalysed: 418,
    incidents: 37,
    complaints: 12,
    byCategory: [
      { category: 'abuse', count: 14 }, { category: 'threat', count: 6 }, { category: 'persistence', count: 5 },
      { category: 'apology_coercion', count: 3 }, { category: 'sns_exposure', count: 2 }, { category: 'sexual', count: 1 },
    ],
    bySeverity: { low: 9, medium: 16, high: 12 },
    trend: [
      { month: '2025-12', calls: 290, incidents: 22 }, { month: '2026-01', calls: 301, incidents: 25 }, { month: '2026-02', calls: 344, incidents: 29 },
      { month: '2026-03', calls: 365, incidents: 31 }, { month: '2026-04', calls: 390, incidents: 33 }, { month: '2026-05', calls: 418, incidents: 37 },
    ],
    medianMinutesToTake: 75,
    alertsRaised: 20,
    alertsNotTaken: 3,
    longCalls: 4,
    teams: [{ team: 'お客様相談室 第一グループ（東日本エリア担当・夜間窓口を含む）', incidents: 17 }, { team: 'Store #12 front desk', incidents: 9 }],
    suggestions: [],
  };
  s.suggestions = countermeasures(s, lang);
  return s;
}

describe('reportPdf', () => {
  for (const language of ['ja', 'en'] as const) {
    it(`shows every glyph of its text when rendered (${language}), in under 500 KB`, async () => {
      const s = summary(language);
      const org = { name: '株式会社まもりサービス お客様相談室', language };
      const pdf = await reportPdf(s, org, reportCharts(s, language));
      expect(pdf.length).toBeLessThan(500 * 1024);
      const seen = await checkPdfGlyphs(pdf);
      expect(seen.pages.length).toBeGreaterThan(1);
      const text = seen.pages.flatMap((p) => p.items.map((i) => i.text)).join('');
      expect(text).toContain(language === 'ja' ? 'mamori 月次レポート 2026年5月' : 'mamori monthly report, 2026-05');
      expect(seen.checked).toBeGreaterThan(400);
      expect(seen.missing).toEqual([]);
    });
  }
});
