/**
 * The monthly trend chart as a manager reads it: incidents on a scale of their own (not flattened
 * under the calls), whole-number ticks, and 「該当なし」 for a period with nothing counted.
 * The scales are read from the chart's spec; that the line is not flat is read from its pixels.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { barChartSvg, integerTicks } from '../../../src/flows/insights/charts.js';
import { reportCharts, trendInput, type MonthlySummary } from '../../../src/flows/insights/report.js';
import { trendChartSpec, trendChartSvg } from '../../../src/flows/insights/trend-chart.js';

const busy: MonthlySummary['trend'] = [
  { month: '2025-12', calls: 290, incidents: 22 }, { month: '2026-01', calls: 301, incidents: 25 }, { month: '2026-02', calls: 344, incidents: 29 },
  { month: '2026-03', calls: 365, incidents: 31 }, { month: '2026-04', calls: 390, incidents: 33 }, { month: '2026-05', calls: 418, incidents: 37 },
];
const quiet = busy.map((t) => ({ ...t, calls: 0, incidents: 0 }));
const summaryOf = (trend: MonthlySummary['trend']) => ({
  month: '2026-05', trend, byCategory: [], bySeverity: { high: 0, medium: 0, low: 0 },
}) as unknown as MonthlySummary;

/** Rows (y) holding the incidents' red, inside the plot (right of the left scale, below the legend). */
async function redRows(png: Uint8Array): Promise<{ top: number; bottom: number; height: number }> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let top = Infinity;
  let bottom = -Infinity;
  for (let y = 100; y < image.height; y += 1) {
    for (let x = 100; x < image.width - 100; x += 1) {
      const i = (y * image.width + x) * 4;
      if (data[i]! > 190 && data[i + 1]! < 80 && data[i + 2]! < 80) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { top, bottom, height: image.height };
}

describe('the monthly trend chart', () => {
  it('draws incidents on their own scale, so 22 → 37 rises across the picture instead of lying flat under 290–418 calls', async () => {
    for (const language of ['ja', 'en']) {
      const red = await redRows(reportCharts(summaryOf(busy), language).trend);
      expect(red.bottom - red.top).toBeGreaterThan(red.height * 0.2);
    }
    const spec = trendChartSpec(trendInput(summaryOf(busy), 'ja'));
    const [incidents, calls] = spec.axes;
    expect(incidents).toMatchObject({ side: 'left', ticks: [0, 10, 20, 30, 40] });
    expect(calls).toMatchObject({ side: 'right', ticks: [0, 200, 400, 600] });
    expect(incidents.name).toContain('左');
    expect(calls.name).toContain('右');
    // The highest month of each series sits in the upper part of the plot, on its own scale.
    const plotHeight = spec.plot.bottom - spec.plot.top;
    expect(spec.plot.bottom - spec.incidentPoints.at(-1)!.y).toBeGreaterThan(plotHeight * 0.8);
    expect(spec.plot.bottom - spec.callBars.at(-1)!.y).toBeGreaterThan(plotHeight * 0.6);
  });

  it('labels its scales with whole numbers only, however small the counts', () => {
    for (const values of [[0, 0, 0, 0, 0, 1], [0, 1, 0, 1, 0, 1], [2, 3, 1, 0, 0, 3], [0, 0, 0, 0, 0, 0], [5, 7, 9, 11, 12, 13], [1200, 1480, 990, 1700, 2100, 2480]]) {
      const spec = trendChartSpec(trendInput(summaryOf(busy.map((t, i) => ({ ...t, incidents: values[i]!, calls: values[i]! * 3 }))), 'ja'));
      for (const axis of spec.axes) {
        expect(axis.ticks.every((t) => Number.isInteger(t))).toBe(true);
        expect(axis.ticks[0]).toBe(0);
        expect(axis.ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(...values) * (axis.side === 'right' ? 3 : 1));
      }
    }
    expect(integerTicks(0.4)).toEqual([0, 1]);
    expect(integerTicks(3)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(37)).toEqual([0, 10, 20, 30, 40]);
  });

  it('says 「該当なし」 for a period with nothing counted, in the trend and in the bars, and no stray dash or fraction', () => {
    const spec = trendChartSpec(trendInput(summaryOf(quiet), 'ja'));
    expect(spec.empty).toBe('該当なし');
    expect(spec.incidentPoints).toEqual([]);
    expect(spec.axes.map((a) => a.ticks)).toEqual([[0, 1], [0, 1]]);
    const svg = trendChartSvg(trendInput(summaryOf(quiet), 'ja'));
    expect(svg).toContain('>該当なし<');
    expect(svg).not.toMatch(/>\d+\.\d+</);
    expect(trendChartSvg(trendInput(summaryOf(quiet), 'en'))).toContain('>None<');
    for (const items of [[], [{ label: '高', value: 0 }, { label: '中', value: 0 }]]) {
      const bars = barChartSvg({ title: '深刻度別', items, emptyText: '該当なし' });
      expect(bars).toContain('>該当なし<');
      expect(bars).not.toContain('—');
    }
  });
});
