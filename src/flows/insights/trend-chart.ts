/**
 * The monthly trend: harassment incidents as a line on the left axis, calls analysed as pale bars on
 * the right axis. Each count has its own scale: on one axis, 22–37 incidents under 290–418 calls
 * drew a flat line at the bottom, and the incidents are what a manager reads. Both axes start at 0
 * with whole-number ticks; a period with nothing counted says so (「該当なし」) instead of drawing
 * lines along zero.
 *
 * The layout is worked out first as a spec (pure numbers, what the tests read), then drawn as SVG.
 */
import { CHART_FONT, esc, f, GRID, INK, integerTicks, MUTED } from './charts.js';

const INCIDENTS = '#dc2626';
const CALLS = '#93c5fd';
const CALLS_TEXT = '#1d4ed8';

export interface TrendInput {
  title: string;
  /** One label per month, oldest first. */
  labels: string[];
  incidents: { name: string; values: number[] };
  calls: { name: string; values: number[] };
  emptyText: string;
  width?: number;
  height?: number;
}

export interface TrendAxis {
  name: string;
  side: 'left' | 'right';
  ticks: number[];
  /** y of each tick, top to bottom in pixels. */
  tickY: number[];
}

export interface TrendSpec {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  axes: [TrendAxis, TrendAxis];
  /** Month centres on x; incident points (x, y); the top of each calls bar. */
  x: number[];
  incidentPoints: Array<{ x: number; y: number; value: number }>;
  callBars: Array<{ x: number; y: number; width: number; value: number }>;
  /** Set when every month counted nothing: the chart shows it instead of data. */
  empty: string | null;
}

export function trendChartSpec(input: TrendInput): TrendSpec {
  const width = input.width ?? 900;
  const height = input.height ?? 420;
  const plot = { left: 80, right: width - 80, top: 112, bottom: height - 50 };
  const axis = (name: string, side: TrendAxis['side'], values: number[]): TrendAxis => {
    const ticks = integerTicks(Math.max(0, ...values));
    const top = ticks.at(-1)!;
    return { name, side, ticks, tickY: ticks.map((t) => plot.bottom - ((plot.bottom - plot.top) * t) / top) };
  };
  const left = axis(input.incidents.name, 'left', input.incidents.values);
  const right = axis(input.calls.name, 'right', input.calls.values);
  const n = Math.max(1, input.labels.length);
  const slot = (plot.right - plot.left) / n;
  const x = input.labels.map((_, i) => plot.left + slot * (i + 0.5));
  const yOn = (a: TrendAxis, v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / a.ticks.at(-1)!;
  const empty = [...input.incidents.values, ...input.calls.values].every((v) => v === 0) ? input.emptyText : null;
  return {
    width, height, plot, axes: [left, right], x,
    incidentPoints: empty ? [] : input.incidents.values.map((v, i) => ({ x: x[i]!, y: yOn(left, v), value: v })),
    callBars: empty ? [] : input.calls.values.map((v, i) => ({ x: x[i]! - slot * 0.3, y: yOn(right, v), width: slot * 0.6, value: v })),
    empty,
  };
}

/** About how wide a label is drawn: full-width characters a font size each, the others about half. */
const textWidth = (t: string, size: number) => [...t].reduce((w, c) => w + (/[\u0000-\u024f]/.test(c) ? size * 0.55 : size), 0);

export function trendChartSvg(input: TrendInput): string {
  const s = trendChartSpec(input);
  const { left, right, top, bottom } = s.plot;
  const [incAxis, callAxis] = s.axes;
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}" font-family="${CHART_FONT}">`,
    `<rect width="${s.width}" height="${s.height}" fill="#ffffff"/>`,
    `<text x="24" y="38" font-size="24" font-weight="700" fill="${INK}">${esc(input.title)}</text>`];
  // Legend: which mark is which count and which side its scale is on (the names say); ticks wear the series' colour.
  out.push(`<line x1="24" x2="48" y1="65" y2="65" stroke="${INCIDENTS}" stroke-width="3"/><circle cx="36" cy="65" r="5" fill="#ffffff" stroke="${INCIDENTS}" stroke-width="3"/>`,
    `<text x="56" y="71" font-size="17" fill="${INK}">${esc(input.incidents.name)}</text>`);
  const lx = 56 + textWidth(input.incidents.name, 17) + 32;
  out.push(`<rect x="${lx}" y="56" width="18" height="18" rx="3" fill="${CALLS}"/><text x="${lx + 26}" y="71" font-size="17" fill="${INK}">${esc(input.calls.name)}</text>`);
  incAxis.ticks.forEach((t, i) => {
    out.push(`<line x1="${left}" x2="${right}" y1="${f(incAxis.tickY[i]!)}" y2="${f(incAxis.tickY[i]!)}" stroke="${GRID}"/>`);
    out.push(`<text x="${left - 10}" y="${f(incAxis.tickY[i]! + 6)}" font-size="16" fill="${INCIDENTS}" text-anchor="end">${t}</text>`);
  });
  // The grid follows the incidents' scale; the calls' scale has tick marks of its own on the right edge.
  out.push(`<line x1="${right}" x2="${right}" y1="${top}" y2="${bottom}" stroke="${CALLS_TEXT}"/>`);
  callAxis.ticks.forEach((t, i) => out.push(
    `<line x1="${right}" x2="${right + 6}" y1="${f(callAxis.tickY[i]!)}" y2="${f(callAxis.tickY[i]!)}" stroke="${CALLS_TEXT}"/>`,
    `<text x="${right + 10}" y="${f(callAxis.tickY[i]! + 6)}" font-size="16" fill="${CALLS_TEXT}">${t}</text>`,
  ));
  input.labels.forEach((l, i) => out.push(`<text x="${f(s.x[i]!)}" y="${bottom + 30}" font-size="16" fill="${MUTED}" text-anchor="middle">${esc(l)}</text>`));
  if (s.empty) {
    out.push(`<text x="${f((left + right) / 2)}" y="${f((top + bottom) / 2 + 8)}" font-size="22" fill="${MUTED}" text-anchor="middle">${esc(s.empty)}</text>`);
  }
  for (const b of s.callBars) {
    out.push(`<rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.width)}" height="${f(bottom - b.y)}" fill="${CALLS}"/>`);
    // The count inside the bar's top when it fits; a short bar is read on the right scale.
    if (bottom - b.y >= 26) out.push(`<text x="${f(b.x + b.width / 2)}" y="${f(b.y + 18)}" font-size="14" fill="${CALLS_TEXT}" text-anchor="middle">${b.value}</text>`);
  }
  if (s.incidentPoints.length > 0) {
    out.push(`<polyline points="${s.incidentPoints.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}" fill="none" stroke="${INCIDENTS}" stroke-width="3" stroke-linejoin="round"/>`);
    for (const p of s.incidentPoints) {
      out.push(`<circle cx="${f(p.x)}" cy="${f(p.y)}" r="5" fill="#ffffff" stroke="${INCIDENTS}" stroke-width="3"/>`);
      out.push(`<text x="${f(p.x)}" y="${f(p.y - 12)}" font-size="15" font-weight="700" fill="${INCIDENTS}" stroke="#ffffff" stroke-width="4" paint-order="stroke" text-anchor="middle">${p.value}</text>`);
    }
  }
  out.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="${MUTED}"/>`);
  out.push('</svg>');
  return out.join('\n');
}
