import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, type AnalysisResult, type Excerpt } from '../../../src/analysis/index.js';
import { TEAMS_LIMITS } from '../../../src/bots/teams/limits.js';
import { formatClock, renderTimelinePng, tickStep, timelineSvg } from '../../../src/flows/views/timeline.js';
import { countColour, decodePng } from '../../helpers/png-pixels.js';

const sample = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../samples', name));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function ihdr(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function excerpt(over: Partial<Excerpt>): Excerpt {
  return { start: null, end: null, line: 1, speaker: 'Customer', text: '...', categories: ['abuse'], score: 60, ...over };
}

function result(over: Partial<AnalysisResult>): AnalysisResult {
  return {
    schemaVersion: 1,
    file: 'call.txt',
    language: 'en',
    durationSec: 120,
    verdict: 'kasuhara',
    risk: 80,
    level: 'high',
    categories: ['abuse'],
    speakers: [],
    excerpts: [],
    staffStress: { score: 0, factors: [] },
    advice: [],
    warnings: [],
    ...over,
  };
}

/** The y coordinates of the risk curve's points. */
function curveYs(svg: string): number[] {
  const d = /class="risk-line" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  return [...d.matchAll(/[ML]\s*[-\d.]+,([-\d.]+)/g)].map((m) => Number(m[1]));
}

describe('renderTimelinePng', () => {
  const harassment = analyzeFile(sample('ja-harassment.vtt'), 'ja-harassment.vtt');

  it('renders a PNG of the default and of the requested size', () => {
    expect(ihdr(renderTimelinePng(harassment))).toEqual({ width: 1000, height: 260 });
    expect(ihdr(renderTimelinePng(harassment, { width: 640, height: 200 }))).toEqual({ width: 640, height: 200 });
  });

  it('is deterministic, and different results give different images', () => {
    const a = renderTimelinePng(harassment);
    expect(Buffer.from(renderTimelinePng(harassment)).equals(Buffer.from(a))).toBe(true);
    const other = analyzeFile(sample('en-harassment.txt'), 'en-harassment.txt');
    expect(Buffer.from(renderTimelinePng(other)).equals(Buffer.from(a))).toBe(false);
    const calmer = { ...harassment, risk: 40, level: 'low' as const, excerpts: harassment.excerpts.slice(0, 1) };
    expect(Buffer.from(renderTimelinePng(calmer)).equals(Buffer.from(a))).toBe(false);
  });

  it('renders a result without excerpts as a flat line at zero', () => {
    const calm = analyzeFile(sample('ja-complaint.txt'), 'ja-complaint.txt');
    expect(calm.excerpts).toHaveLength(0);
    const svg = timelineSvg(calm);
    const ys = curveYs(svg);
    expect(ys.length).toBeGreaterThan(10);
    expect(new Set(ys).size).toBe(1);
    expect(svg).not.toContain('class="marker"');
    expect(svg).toContain('危険な発言は見つかりませんでした');
    expect(ihdr(renderTimelinePng(calm))).toEqual({ width: 1000, height: 260 });
  });

  it('draws transcripts without times against their line numbers', () => {
    const untimed = result({
      durationSec: null,
      excerpts: [excerpt({ line: 4, score: 50 }), excerpt({ line: 12, score: 90 }), excerpt({ line: 30, score: 75 })],
    });
    const svg = timelineSvg(untimed);
    expect(svg).toContain('by transcript line');
    expect(svg.match(/class="marker"/g)).toHaveLength(3);
    const ticks = [...svg.matchAll(/class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(ticks).toContain('line');
    expect(ticks).toContain('30');
    expect(svg).not.toMatch(/\d:\d\d/);
    expect(ihdr(renderTimelinePng(untimed))).toEqual({ width: 1000, height: 260 });
  });

  it('shows a clear no-timing state when there are neither times nor excerpts', () => {
    const svg = timelineSvg(result({ durationSec: null, risk: 0, level: 'none', verdict: 'normal' }));
    expect(svg).toContain('No timing information');
    expect(new Set(curveYs(svg)).size).toBe(1);
  });

  it('uses the last excerpt end plus a margin when the duration is unknown', () => {
    const svg = timelineSvg(result({ durationSec: null, excerpts: [excerpt({ start: 100, end: 110 })] }));
    const ticks = [...svg.matchAll(/class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
    // 110 s + a 11 s margin: the axis runs to 2:01, ticks every 15 s.
    expect(ticks.at(-1)).toBe('2:00');
    expect(ticks).toContain('1:45');
    expect(svg).toContain('call length unknown');
  });
});

describe('timelineSvg', () => {
  const harassment = analyzeFile(sample('ja-harassment.vtt'), 'ja-harassment.vtt');

  it('has one numbered marker per excerpt, in excerpt order, and mm:ss tick labels', () => {
    const svg = timelineSvg(harassment);
    const markers = [...svg.matchAll(/class="marker" data-n="(\d+)"/g)].map((m) => Number(m[1]));
    expect(markers).toEqual(harassment.excerpts.map((_, i) => i + 1));
    expect(svg.match(/class="excerpt-band"/g)).toHaveLength(harassment.excerpts.length);
    const ticks = [...svg.matchAll(/class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(ticks).toEqual(['0:00', '0:10', '0:20', '0:30', '0:40', '0:50', '1:00', '1:10', '1:20']);
    expect(svg).toContain(`危険度 ${harassment.risk}/100`);
    expect(svg).toContain('>高<');
  });

  it("speaks the answer's language: Japanese words for a Japanese answer, English ones (all ASCII) for an English one", () => {
    const ja = timelineSvg(harassment);
    expect(ja).toContain('該当する発言 4件');
    expect(ja).toContain('通話時間 1分20秒');
    expect(ja).not.toMatch(/Risk|HIGH|flagged|call\b/);
    const en = timelineSvg(harassment, { language: 'en' });
    expect(en).toContain('Risk 100/100');
    expect(en).toContain('>HIGH<');
    expect(en).toContain('4 flagged moments');
    expect(en).toContain('1 min 20 s call');
    expect(en).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('peaks the curve at the highest excerpt score', () => {
    const svg = timelineSvg(result({ excerpts: [excerpt({ start: 10, end: 20, score: 40 }), excerpt({ start: 60, end: 70, score: 90 })] }));
    const ys = curveYs(svg);
    const bottom = Math.max(...ys);
    const top = Math.min(...ys);
    // plot from y=74 (title 44, marker lane 30) to y=229 (260 - 31 for the tick labels): 90 % of 155 px above the baseline.
    expect(bottom).toBe(229);
    expect(top).toBeCloseTo(229 - 0.9 * 155, 0);
  });

  it('switches to h:mm:ss for calls of an hour or more and picks readable steps', () => {
    expect(formatClock(75, false)).toBe('1:15');
    expect(formatClock(3725, true)).toBe('1:02:05');
    expect(tickStep(80, 10)).toBe(10);
    expect(tickStep(3900, 10)).toBe(600);
    const svg = timelineSvg(result({ durationSec: 3900, excerpts: [excerpt({ start: 3000, end: 3100 })] }));
    expect(svg).toContain('>0:50:00<');
  });
});

describe('renderTimelinePngAsync', () => {
  it('draws the same picture off the event loop', async () => {
    const { renderTimelinePngAsync } = await import('../../../src/flows/views/timeline.js');
    const harassment = analyzeFile(sample('ja-harassment.vtt'), 'ja-harassment.vtt');
    const sync = renderTimelinePng(harassment);
    const async_ = await renderTimelinePngAsync(harassment);
    expect(Buffer.from(async_).equals(Buffer.from(sync))).toBe(true);
  });
});

describe('the picture at every size it is sent at', () => {
  const harassment = analyzeFile(sample('ja-harassment.vtt'), 'ja-harassment.vtt');
  // The risk curve's fill, by height: green under 20, yellow to 45, orange to 70, red above.
  const CURVE = ['#4ade80', '#facc15', '#fb923c', '#f87171'];
  const sizes = [
    { where: 'Slack upload', width: 1000, height: 260 },
    { where: 'Teams card', width: TEAMS_LIMITS.timelineWidth, height: TEAMS_LIMITS.timelineHeight },
  ];

  for (const { where, width, height } of sizes) {
    it(`${where} (${width}×${height}): the risk curve is drawn over a third of the height, up into the red`, async () => {
      const pixels = await decodePng(renderTimelinePng(harassment, { width, height }));
      expect({ width: pixels.width, height: pixels.height }).toEqual({ width, height });
      const counts = CURVE.map((c) => countColour(pixels, c));
      // Every level of the four moments' plateaus (risk 90–100) shows, in a band a person can read.
      for (const c of counts) expect(c.count).toBeGreaterThan(width * height * 0.01);
      expect(counts.reduce((n, c) => n + c.rows, 0)).toBeGreaterThan(height / 3);
      // The four plateaus, side by side: the red covers a good part of the width.
      expect(counts[3]!.columns).toBeGreaterThan(width * 0.2);
    });
  }
});
