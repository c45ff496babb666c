/**
 * A PNG timeline of risk over one call, for the Slack/Teams thread: the call's time axis, a risk
 * curve (each flagged excerpt is a smooth bump of its score around its time span, max-combined over
 * a 0 baseline) filled in the level colours, the excerpts as numbered bands (1, 2, 3… in the order
 * of `result.excerpts`, the order of the thread's list) and a title with the risk and level.
 *
 * Drawn as SVG (`timelineSvg`, pure and deterministic) and rasterised with resvg (`@resvg/resvg-js`,
 * a Rust renderer whose binary ships in per-platform npm packages: no install scripts, no network).
 *
 * Text: every label is ASCII (digits, "Risk", "HIGH", m:ss…), set in Inter loaded from the
 * `@expo-google-fonts/inter` npm package with system fonts switched off, so the image is the same on
 * every machine, including containers without any fonts. Japanese labels would need a CJK font of
 * several megabytes per weight (Noto Sans JP) loaded on every render; the picture carries numbers
 * and the thread beside it carries the words in the user's language, so ASCII is enough here.
 */
import { createRequire } from 'node:module';
import { renderAsync, Resvg } from '@resvg/resvg-js';
import type { AnalysisResult, Level } from '../../analysis/result.js';

export interface TimelineOptions {
  /** Image width in pixels (default 1000). */
  width?: number;
  /** Image height in pixels (default 260). */
  height?: number;
}

const DEFAULT_WIDTH = 1000;
const DEFAULT_HEIGHT = 260;

/** Level thresholds of the risk score (see analysis/verdict.ts): low ≥ 20, medium ≥ 45, high ≥ 70. */
const BANDS: ReadonlyArray<{ level: Level; from: number; to: number }> = [
  { level: 'none', from: 0, to: 20 },
  { level: 'low', from: 20, to: 45 },
  { level: 'medium', from: 45, to: 70 },
  { level: 'high', from: 70, to: 100 },
];

const COLOURS: Record<Level, { fill: string; strong: string }> = {
  none: { fill: '#4ade80', strong: '#15803d' },
  low: { fill: '#facc15', strong: '#a16207' },
  medium: { fill: '#fb923c', strong: '#c2410c' },
  high: { fill: '#f87171', strong: '#b91c1c' },
};

const INK = '#0f172a';
const MUTED = '#64748b';
const GRID = '#e2e8f0';
const FONT = 'Inter';

function levelOf(score: number): Level {
  if (score >= 70) return 'high';
  if (score >= 45) return 'medium';
  if (score >= 20) return 'low';
  return 'none';
}

// ---------------------------------------------------------------------------------------------
// Domain: seconds, transcript lines, or nothing at all.

export interface TimelineSpan {
  /** Excerpt number shown on the image, 1-based, in the order of result.excerpts. */
  n: number;
  from: number;
  to: number;
  score: number;
}

export interface TimelineDomain {
  mode: 'time' | 'lines' | 'none';
  min: number;
  max: number;
  spans: TimelineSpan[];
}

/** Seconds given to an excerpt whose end time is missing. */
const MISSING_END_SEC = 4;

export function timelineDomain(result: AnalysisResult): TimelineDomain {
  const excerpts = result.excerpts;
  const timed = excerpts.length > 0 ? excerpts.every((e) => e.start !== null) : result.durationSec !== null && result.durationSec > 0;
  if (timed) {
    const spans = excerpts.map((e, i) => {
      const from = Math.max(0, e.start ?? 0);
      const to = e.end !== null && e.end > from ? e.end : from + MISSING_END_SEC;
      return { n: i + 1, from, to, score: clampScore(e.score) };
    });
    const lastEnd = spans.reduce((m, s) => Math.max(m, s.to), 0);
    // No duration: the last excerpt's end plus a margin (10 %, at least 5 s).
    let max = result.durationSec !== null && result.durationSec > 0 ? result.durationSec : lastEnd + Math.max(5, lastEnd * 0.1);
    max = Math.max(max, lastEnd, 1);
    return { mode: 'time', min: 0, max, spans };
  }
  if (excerpts.length > 0) {
    // Transcript without times: the x axis counts source lines instead.
    const spans = excerpts.map((e, i) => ({ n: i + 1, from: e.line - 0.5, to: e.line + 0.5, score: clampScore(e.score) }));
    const lastLine = excerpts.reduce((m, e) => Math.max(m, e.line), 1);
    return { mode: 'lines', min: 0, max: Math.max(lastLine + Math.max(2, Math.ceil(lastLine * 0.1)), 10), spans };
  }
  return { mode: 'none', min: 0, max: 1, spans: [] };
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
}

/**
 * The risk at x: each span is a plateau of its score over [from, to] with smooth (raised-cosine)
 * shoulders of width `ramp` either side; spans combine by max.
 */
export function riskAt(spans: readonly TimelineSpan[], x: number, ramp: number): number {
  let risk = 0;
  for (const s of spans) {
    let v: number;
    if (x >= s.from && x <= s.to) v = s.score;
    else {
      const d = x < s.from ? s.from - x : x - s.to;
      v = d >= ramp ? 0 : s.score * 0.5 * (1 + Math.cos((Math.PI * d) / ramp));
    }
    if (v > risk) risk = v;
  }
  return risk;
}

// ---------------------------------------------------------------------------------------------
// Ticks.

const TIME_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600];
const LINE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** The smallest nice step giving at most `maxTicks` intervals over `span`. */
export function tickStep(span: number, maxTicks: number, steps: readonly number[] = TIME_STEPS): number {
  for (const s of steps) if (span / s <= maxTicks) return s;
  const last = steps[steps.length - 1] ?? 1;
  return last * Math.ceil(span / last / maxTicks);
}

/** 75 → "1:15", 3725 → "1:02:05" (h:mm:ss once the call reaches an hour). */
export function formatClock(sec: number, withHours: boolean): string {
  const t = Math.round(sec);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  const ss = String(s).padStart(2, '0');
  return withHours ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${Math.floor(t / 60)}:${ss}`;
}

// ---------------------------------------------------------------------------------------------
// SVG.

const f = (v: number) => (Math.round(v * 10) / 10).toString();

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function text(x: number, y: number, body: string, attrs: string): string {
  return `<text x="${f(x)}" y="${f(y)}" ${attrs}>${esc(body)}</text>`;
}

/** The timeline as an SVG document (deterministic for the same input). */
export function timelineSvg(result: AnalysisResult, options: TimelineOptions = {}): string {
  const W = Math.max(200, Math.round(options.width ?? DEFAULT_WIDTH));
  const H = Math.max(120, Math.round(options.height ?? DEFAULT_HEIGHT));
  const domain = timelineDomain(result);

  // Layout: title row, plot, axis labels.
  const left = 44;
  const right = W - 20;
  const top = 84;
  const bottom = H - 36;
  const plotW = right - left;
  const plotH = bottom - top;
  const xOf = (v: number) => left + ((v - domain.min) / (domain.max - domain.min)) * plotW;
  const yOf = (risk: number) => bottom - (risk / 100) * plotH;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`,
  );
  // Fill colour by height: hard-stop gradient at the level thresholds, in user space of the plot.
  out.push(`<defs><linearGradient id="bands" gradientUnits="userSpaceOnUse" x1="0" y1="${f(bottom)}" x2="0" y2="${f(top)}">`);
  for (const b of BANDS) {
    out.push(`<stop offset="${b.from / 100}" stop-color="${COLOURS[b.level].fill}"/><stop offset="${b.to / 100}" stop-color="${COLOURS[b.level].fill}"/>`);
  }
  out.push(`</linearGradient></defs>`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);

  // Title: "Risk 87/100" and a level pill on the left, what the picture covers on the right.
  const level = result.level;
  const riskLabel = `Risk ${Math.round(clampScore(result.risk))}/100`;
  out.push(text(left - 24, 32, riskLabel, `font-size="24" font-weight="700" fill="${INK}"`));
  const pillX = left - 24 + riskLabel.length * 13.4 + 12;
  const pillText = level.toUpperCase();
  const pillW = pillText.length * 10.5 + 20;
  out.push(`<rect x="${f(pillX)}" y="11" width="${f(pillW)}" height="28" rx="14" fill="${COLOURS[level].strong}"/>`);
  out.push(text(pillX + pillW / 2, 30.5, pillText, `font-size="15" font-weight="700" fill="#ffffff" text-anchor="middle" letter-spacing="0.8"`));
  const n = result.excerpts.length;
  const summary: string[] = [];
  summary.push(n === 0 ? 'No flagged moments' : `${n} flagged moment${n === 1 ? '' : 's'}`);
  if (domain.mode === 'time') {
    const d = result.durationSec;
    summary.push(d !== null && d > 0 ? `${formatClock(d, d >= 3600)} call` : 'call length unknown');
  }
  else if (domain.mode === 'lines') summary.push('no timing: by transcript line');
  else summary.push('no timing');
  // Estimated width (Inter 16 px averages ~8.6 px per character); shortened on narrow images.
  const room = right - (pillX + pillW + 16);
  const fitting = [summary.join('  |  '), summary[0] ?? ''].find((t) => t.length * 8.6 <= room);
  if (fitting) out.push(text(right, 30, fitting, `font-size="16" fill="${MUTED}" text-anchor="end"`));

  // Band guides: faint tint per level and dashed lines at 20/45/70 labelled on the left.
  for (const b of BANDS) {
    out.push(`<rect x="${left}" y="${f(yOf(b.to))}" width="${plotW}" height="${f(yOf(b.from) - yOf(b.to))}" fill="${COLOURS[b.level].fill}" fill-opacity="0.07"/>`);
    if (b.from > 0) {
      out.push(`<line x1="${left}" x2="${right}" y1="${f(yOf(b.from))}" y2="${f(yOf(b.from))}" stroke="${COLOURS[b.level].strong}" stroke-opacity="0.35" stroke-width="1" stroke-dasharray="4 4"/>`);
      out.push(text(left - 8, yOf(b.from) + 5, String(b.from), `font-size="13" fill="${COLOURS[b.level].strong}" text-anchor="end"`));
    }
  }
  out.push(text(left - 8, yOf(100) + 5, '100', `font-size="13" fill="${MUTED}" text-anchor="end"`));

  // X ticks.
  const ticks: string[] = [];
  if (domain.mode !== 'none') {
    const span = domain.max - domain.min;
    const maxTicks = Math.max(2, Math.floor(plotW / 90));
    const step = tickStep(span, maxTicks, domain.mode === 'time' ? TIME_STEPS : LINE_STEPS);
    const withHours = domain.max >= 3600;
    for (let v = 0; v <= domain.max + 1e-9; v += step) {
      const x = xOf(v);
      ticks.push(`<line x1="${f(x)}" x2="${f(x)}" y1="${top}" y2="${bottom}" stroke="${GRID}" stroke-width="1"/>`);
      ticks.push(`<line x1="${f(x)}" x2="${f(x)}" y1="${bottom}" y2="${bottom + 5}" stroke="${MUTED}" stroke-width="1"/>`);
      const label = domain.mode === 'time' ? formatClock(v, withHours) : v === 0 ? 'line' : String(v);
      const anchor = v === 0 ? 'start' : x > right - 20 ? 'end' : 'middle';
      ticks.push(text(v === 0 ? x - 2 : x, bottom + 22, label, `class="tick" font-size="15" fill="${MUTED}" text-anchor="${anchor}"`));
    }
  }
  out.push(...ticks);

  // Excerpt bands (under the curve so the curve stays legible).
  // Shoulders: 3 % of the axis, at least 10 px, so short spans in long calls still read as bumps.
  const unitsPerPx = (domain.max - domain.min) / plotW;
  const ramp = Math.max((domain.max - domain.min) * 0.03, 10 * unitsPerPx, domain.mode === 'lines' ? 0.8 : 2);
  for (const s of domain.spans) {
    const x1 = xOf(s.from);
    const w = Math.max(3, xOf(s.to) - x1);
    out.push(`<rect class="excerpt-band" x="${f(x1)}" y="${top}" width="${f(w)}" height="${plotH}" fill="${COLOURS[levelOf(s.score)].strong}" fill-opacity="0.10"/>`);
  }

  // Risk curve: sampled every 2 px, plus the exact span edges so plateaus stay flat.
  const xs = new Set<number>();
  for (let px = 0; px <= plotW; px += 2) xs.add(domain.min + (px / plotW) * (domain.max - domain.min));
  xs.add(domain.max);
  for (const s of domain.spans) for (const v of [s.from, s.to]) if (v >= domain.min && v <= domain.max) xs.add(v);
  const samples = [...xs].sort((a, b) => a - b);
  const points = samples.map((v) => `${f(xOf(v))},${f(yOf(riskAt(domain.spans, v, ramp)))}`);
  out.push(`<path class="risk-area" d="M${f(left)},${f(bottom)} L${points.join(' L')} L${f(right)},${f(bottom)} Z" fill="url(#bands)" fill-opacity="0.85"/>`);
  out.push(`<path class="risk-line" d="M${points.join(' L')}" fill="none" stroke="${INK}" stroke-opacity="0.75" stroke-width="1.6" stroke-linejoin="round"/>`);

  // Axis baseline.
  out.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="${MUTED}" stroke-width="1.2"/>`);

  if (domain.mode === 'none') {
    out.push(text(left + plotW / 2, yOf(57.5) + 6, 'No timing information in this transcript', `font-size="16" fill="${MUTED}" text-anchor="middle"`));
  } else if (domain.spans.length === 0) {
    out.push(text(left + plotW / 2, yOf(57.5) + 6, 'No risky moments detected', `font-size="16" fill="${MUTED}" text-anchor="middle"`));
  }

  // Numbered markers in a lane above the plot, in excerpt order; a badge that would overlap its
  // neighbour slides sideways and keeps a thin leader to its band.
  const r = 11;
  const gap = 2 * r + 4;
  const centres = domain.spans.map((s) => (xOf(s.from) + xOf(s.to)) / 2);
  const order = domain.spans.map((_, i) => i).sort((a, b) => (centres[a] ?? 0) - (centres[b] ?? 0) || a - b);
  const badgeX = new Array<number>(domain.spans.length).fill(0);
  let prev = -Infinity;
  for (const i of order) {
    prev = Math.max(centres[i] ?? 0, prev + gap, left + r);
    badgeX[i] = prev;
  }
  let next = Infinity;
  for (const i of [...order].reverse()) {
    next = Math.min(badgeX[i] ?? 0, next - gap, right - r);
    badgeX[i] = next;
  }
  const laneY = top - r - 6;
  domain.spans.forEach((s, i) => {
    const cx = badgeX[i] ?? 0;
    const colour = COLOURS[levelOf(s.score)].strong;
    const leader = Math.abs(cx - (centres[i] ?? 0)) > 1
      ? `<line x1="${f(cx)}" y1="${f(laneY + r)}" x2="${f(centres[i] ?? 0)}" y2="${f(top)}" stroke="${colour}" stroke-width="1.2"/>`
      : `<line x1="${f(cx)}" y1="${f(laneY + r)}" x2="${f(cx)}" y2="${f(top)}" stroke="${colour}" stroke-width="1.2"/>`;
    out.push(
      `<g class="marker" data-n="${s.n}">${leader}<circle cx="${f(cx)}" cy="${f(laneY)}" r="${r}" fill="#ffffff" stroke="${colour}" stroke-width="2.2"/>` +
        text(cx, laneY + 5, String(s.n), `font-size="14" font-weight="700" fill="${colour}" text-anchor="middle"`) +
        `</g>`,
    );
  });

  out.push('</svg>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// PNG.

const require = createRequire(import.meta.url);
let fontFiles: string[] | undefined;

function fonts(): string[] {
  fontFiles ??= ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((p) =>
    require.resolve(`@expo-google-fonts/inter/${p}`),
  );
  return fontFiles;
}

function resvgOptions() {
  return {
    font: { loadSystemFonts: false, fontFiles: fonts(), defaultFontFamily: FONT, sansSerifFamily: FONT },
    fitTo: { mode: 'original' as const },
    background: '#ffffff',
    shapeRendering: 2 as const,
    textRendering: 1 as const,
  };
}

/** Renders the timeline to PNG bytes on the calling thread (tests, the CLI). */
export function renderTimelinePng(result: AnalysisResult, options: TimelineOptions = {}): Uint8Array {
  return new Uint8Array(new Resvg(timelineSvg(result, options), resvgOptions()).render().asPng());
}

/**
 * The same picture rendered on libuv's thread pool. A render takes tens of milliseconds of CPU (fonts
 * included); on the bot's event loop that would delay the acknowledgement of every event arriving meanwhile.
 */
export async function renderTimelinePngAsync(result: AnalysisResult, options: TimelineOptions = {}): Promise<Uint8Array> {
  const image = await renderAsync(timelineSvg(result, options), resvgOptions());
  return new Uint8Array(image.asPng());
}
