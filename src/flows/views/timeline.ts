/**
 * A PNG timeline of risk over one call, for the Slack/Teams thread: the call's time axis, a risk
 * curve (each flagged excerpt is a smooth bump of its score around its time span, max-combined over
 * a 0 baseline) filled in the level colours, the excerpts as numbered bands (1, 2, 3… in the order
 * of `result.excerpts`, the order of the thread's list) and a title with the risk and level.
 *
 * Drawn as SVG (`timelineSvg`, pure and deterministic) and rasterised with resvg (`@resvg/resvg-js`,
 * a Rust renderer whose binary ships in per-platform npm packages: no install scripts, no network).
 *
 * Text: the words are the answer's language (「危険度 87/100」「高」 or "Risk 87/100" "HIGH"), the call's
 * length is said as the message says it (./duration.ts), and the markers' numbers are the ①②… the
 * message puts before its moments. Fonts come from npm packages (Inter; Noto Sans JP for Japanese)
 * with system fonts switched off, so the image is the same on every machine, including containers
 * without any fonts.
 *
 * Layout scales with the picture (`scaleOf`): the 1000×260 Slack upload and the small Teams card
 * picture have the same proportions of title, marker lane, plot and axis.
 */
import { renderAsync, Resvg } from '@resvg/resvg-js';
import type { AnalysisResult, Language, Level } from '../../analysis/result.js';
import { formatDuration } from './duration.js';
import { encodeIndexedPng } from './png-palette.js';
import { interFiles, notoSansJpFiles } from '../font-files.js';

export interface TimelineOptions {
  /** Image width in pixels (default 1000). */
  width?: number;
  /** Image height in pixels (default 260). */
  height?: number;
  /** The language of the words on it: the answer's (default the result's). */
  language?: Language;
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

/** Per level: the fill of the risk curve at that height, and the strong colour of markers and the pill. */
export const LEVEL_COLOURS: Record<Level, { fill: string; strong: string }> = {
  none: { fill: '#4ade80', strong: '#15803d' },
  low: { fill: '#facc15', strong: '#a16207' },
  medium: { fill: '#fb923c', strong: '#c2410c' },
  high: { fill: '#f87171', strong: '#b91c1c' },
};

const INK = '#0f172a';
const MUTED = '#64748b';
const GRID = '#e2e8f0';
const FONT = 'Inter';
/** Kana and kanji; Inter stays first so digits and Latin look the same in both languages. */
const FONT_JA = 'Noto Sans JP';
const LEVEL_JA: Record<Level, string> = { none: 'なし', low: '低', medium: '中', high: '高' };

function fontFamily(lang: Language): string {
  return lang === 'ja' ? `${FONT}, '${FONT_JA}'` : FONT;
}

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

/** The picture's words, in the answer's language (the thread beside it uses the same ones). */
const WORDS: Record<Language, {
  risk: (n: number) => string;
  flagged: (n: number) => string;
  noneFlagged: string;
  call: (duration: string) => string;
  lengthUnknown: string;
  byLine: string;
  noTiming: string;
  line: string;
  noTimingInfo: string;
  noRisk: string;
}> = {
  ja: {
    risk: (n) => `危険度 ${n}/100`,
    flagged: (n) => `該当する発言 ${n}件`,
    noneFlagged: '該当する発言なし',
    call: (d) => `通話時間 ${d}`,
    lengthUnknown: '通話時間不明',
    byLine: '時刻なし（行番号で表示）',
    noTiming: '時刻なし',
    line: '行',
    noTimingInfo: 'この記録には時刻がありません',
    noRisk: '危険な発言は見つかりませんでした',
  },
  en: {
    risk: (n) => `Risk ${n}/100`,
    flagged: (n) => `${n} flagged moment${n === 1 ? '' : 's'}`,
    noneFlagged: 'No flagged moments',
    call: (d) => `${d} call`,
    lengthUnknown: 'call length unknown',
    byLine: 'no timing: by transcript line',
    noTiming: 'no timing',
    line: 'line',
    noTimingInfo: 'No timing information in this transcript',
    noRisk: 'No risky moments detected',
  },
};

/** Rough advance of a string in px: full-width characters take their size, Latin about 0.56 of it. */
function textWidth(body: string, size: number): number {
  let w = 0;
  for (const ch of body) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.56;
  return w;
}

/**
 * Type and margins grow and shrink with the picture (1 at the 1000×260 default), so a small card
 * picture keeps a plot of about half its height instead of margins sized for the large one. Below
 * 0.7 text would stop being readable at the size Teams shows the picture; margins stop shrinking there.
 */
function scaleOf(W: number, H: number): number {
  return Math.min(1.6, Math.max(0.7, Math.min(W / DEFAULT_WIDTH, H / DEFAULT_HEIGHT)));
}

/** The timeline as an SVG document (deterministic for the same input). */
export function timelineSvg(result: AnalysisResult, options: TimelineOptions = {}): string {
  const W = Math.max(200, Math.round(options.width ?? DEFAULT_WIDTH));
  const H = Math.max(100, Math.round(options.height ?? DEFAULT_HEIGHT));
  const lang: Language = options.language ?? result.language;
  const words = WORDS[lang];
  const domain = timelineDomain(result);
  const k = scaleOf(W, H);
  const size = { title: 24 * k, pill: 15 * k, summary: 16 * k, tick: 15 * k, band: 13 * k, marker: 14 * k, note: 16 * k };

  // Layout, top to bottom: title row, marker lane, plot, tick labels.
  const r = 11 * k;
  const titleRow = 44 * k;
  const left = 44 * k;
  const right = W - 20 * k;
  const top = titleRow + 2 * r + 8 * k;
  const bottom = H - (size.tick + 16 * k);
  const plotW = right - left;
  const plotH = bottom - top;
  const xOf = (v: number) => left + ((v - domain.min) / (domain.max - domain.min)) * plotW;
  const yOf = (risk: number) => bottom - (risk / 100) * plotH;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${fontFamily(lang)}">`,
  );
  // Fill colour by height: hard-stop gradient at the level thresholds, in user space of the plot.
  out.push(`<defs><linearGradient id="bands" gradientUnits="userSpaceOnUse" x1="0" y1="${f(bottom)}" x2="0" y2="${f(top)}">`);
  for (const b of BANDS) {
    out.push(`<stop offset="${b.from / 100}" stop-color="${LEVEL_COLOURS[b.level].fill}"/><stop offset="${b.to / 100}" stop-color="${LEVEL_COLOURS[b.level].fill}"/>`);
  }
  out.push(`</linearGradient></defs>`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);

  // Title: the risk and a level pill on the left, what the picture covers on the right.
  const level = result.level;
  const titleX = 20 * k;
  const baseline = titleRow * 0.73;
  const riskLabel = words.risk(Math.round(clampScore(result.risk)));
  out.push(text(titleX, baseline, riskLabel, `font-size="${f(size.title)}" font-weight="700" fill="${INK}"`));
  const pillX = titleX + textWidth(riskLabel, size.title) + 12 * k;
  const pillText = lang === 'ja' ? LEVEL_JA[level] : level.toUpperCase();
  const pillW = textWidth(pillText, size.pill) * 1.25 + 20 * k;
  const pillH = 28 * k;
  out.push(`<rect x="${f(pillX)}" y="${f(baseline - pillH * 0.75)}" width="${f(pillW)}" height="${f(pillH)}" rx="${f(pillH / 2)}" fill="${LEVEL_COLOURS[level].strong}"/>`);
  out.push(text(pillX + pillW / 2, baseline - pillH * 0.75 + pillH / 2 + size.pill * 0.36, pillText, `font-size="${f(size.pill)}" font-weight="700" fill="#ffffff" text-anchor="middle" letter-spacing="${f(0.8 * k)}"`));
  const n = result.excerpts.length;
  const summary: string[] = [];
  summary.push(n === 0 ? words.noneFlagged : words.flagged(n));
  if (domain.mode === 'time') {
    const d = result.durationSec;
    summary.push(d !== null && d > 0 ? words.call(formatDuration(d, lang)) : words.lengthUnknown);
  }
  else if (domain.mode === 'lines') summary.push(words.byLine);
  else summary.push(words.noTiming);
  // Shortened, then left out, when the picture is too narrow for it.
  const room = right - (pillX + pillW + 16 * k);
  const fitting = [summary.join('  |  '), summary[0] ?? ''].find((t) => textWidth(t, size.summary) <= room);
  if (fitting) out.push(text(right, baseline - 2 * k, fitting, `class="summary" font-size="${f(size.summary)}" fill="${MUTED}" text-anchor="end"`));

  // Band guides: faint tint per level and dashed lines at 20/45/70 labelled on the left.
  for (const b of BANDS) {
    out.push(`<rect x="${f(left)}" y="${f(yOf(b.to))}" width="${f(plotW)}" height="${f(yOf(b.from) - yOf(b.to))}" fill="${LEVEL_COLOURS[b.level].fill}" fill-opacity="0.07"/>`);
    if (b.from > 0) {
      out.push(`<line x1="${f(left)}" x2="${f(right)}" y1="${f(yOf(b.from))}" y2="${f(yOf(b.from))}" stroke="${LEVEL_COLOURS[b.level].strong}" stroke-opacity="0.35" stroke-width="1" stroke-dasharray="4 4"/>`);
      out.push(text(left - 8 * k, yOf(b.from) + size.band * 0.38, String(b.from), `font-size="${f(size.band)}" fill="${LEVEL_COLOURS[b.level].strong}" text-anchor="end"`));
    }
  }
  out.push(text(left - 8 * k, yOf(100) + size.band * 0.38, '100', `font-size="${f(size.band)}" fill="${MUTED}" text-anchor="end"`));

  // X ticks.
  const ticks: string[] = [];
  if (domain.mode !== 'none') {
    const span = domain.max - domain.min;
    const maxTicks = Math.max(2, Math.floor(plotW / (90 * k)));
    const step = tickStep(span, maxTicks, domain.mode === 'time' ? TIME_STEPS : LINE_STEPS);
    const withHours = domain.max >= 3600;
    for (let v = 0; v <= domain.max + 1e-9; v += step) {
      const x = xOf(v);
      ticks.push(`<line x1="${f(x)}" x2="${f(x)}" y1="${f(top)}" y2="${f(bottom)}" stroke="${GRID}" stroke-width="1"/>`);
      ticks.push(`<line x1="${f(x)}" x2="${f(x)}" y1="${f(bottom)}" y2="${f(bottom + 5 * k)}" stroke="${MUTED}" stroke-width="1"/>`);
      const label = domain.mode === 'time' ? formatClock(v, withHours) : v === 0 ? words.line : String(v);
      const anchor = v === 0 ? 'start' : x > right - 20 * k ? 'end' : 'middle';
      ticks.push(text(v === 0 ? x - 2 * k : x, bottom + 7 * k + size.tick, label, `class="tick" font-size="${f(size.tick)}" fill="${MUTED}" text-anchor="${anchor}"`));
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
    out.push(`<rect class="excerpt-band" x="${f(x1)}" y="${f(top)}" width="${f(w)}" height="${f(plotH)}" fill="${LEVEL_COLOURS[levelOf(s.score)].strong}" fill-opacity="0.10"/>`);
  }

  // Risk curve: sampled every 2 px, plus the exact span edges so plateaus stay flat. The area is
  // opaque, in exactly the level colours, so what is drawn is what a reader (or a test) sees.
  const xs = new Set<number>();
  for (let px = 0; px <= plotW; px += 2) xs.add(domain.min + (px / plotW) * (domain.max - domain.min));
  xs.add(domain.max);
  for (const s of domain.spans) for (const v of [s.from, s.to]) if (v >= domain.min && v <= domain.max) xs.add(v);
  const samples = [...xs].sort((a, b) => a - b);
  const points = samples.map((v) => `${f(xOf(v))},${f(yOf(riskAt(domain.spans, v, ramp)))}`);
  out.push(`<path class="risk-area" d="M${f(left)},${f(bottom)} L${points.join(' L')} L${f(right)},${f(bottom)} Z" fill="url(#bands)"/>`);
  out.push(`<path class="risk-line" d="M${points.join(' L')}" fill="none" stroke="${INK}" stroke-opacity="0.75" stroke-width="${f(Math.max(1, 1.6 * k))}" stroke-linejoin="round"/>`);

  // Axis baseline.
  out.push(`<line x1="${f(left)}" x2="${f(right)}" y1="${f(bottom)}" y2="${f(bottom)}" stroke="${MUTED}" stroke-width="1.2"/>`);

  const note = domain.mode === 'none' ? words.noTimingInfo : domain.spans.length === 0 ? words.noRisk : null;
  if (note) out.push(text(left + plotW / 2, yOf(57.5) + size.note * 0.38, note, `font-size="${f(size.note)}" fill="${MUTED}" text-anchor="middle"`));

  // Numbered markers in a lane above the plot, in excerpt order (the numbers the message gives its
  // moments); a badge that would overlap its neighbour slides sideways and keeps a thin leader to its band.
  const gap = 2 * r + 4 * k;
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
  const laneY = top - r - 4 * k;
  const numbers: string[] = [];
  domain.spans.forEach((s, i) => {
    const cx = badgeX[i] ?? 0;
    const colour = LEVEL_COLOURS[levelOf(s.score)].strong;
    const leader = `<line x1="${f(cx)}" y1="${f(laneY + r)}" x2="${f(centres[i] ?? 0)}" y2="${f(top)}" stroke="${colour}" stroke-width="1.2"/>`;
    const label = String(s.n);
    const labelSize = label.length > 1 ? size.marker * 0.8 : size.marker;
    out.push(`<g class="marker" data-n="${s.n}">${leader}<circle cx="${f(cx)}" cy="${f(laneY)}" r="${f(r)}" fill="#ffffff" stroke="${colour}" stroke-width="${f(2.2 * k)}"/></g>`);
    numbers.push(`<tspan x="${f(cx)}" y="${f(laneY + labelSize * 0.36)}" font-size="${f(labelSize)}" fill="${colour}">${label}</tspan>`);
  });
  // The badges' numbers in one text element: resvg lays out each text element on its own, at a cost of about
  // a millisecond each with the Japanese font loaded, and a long call has dozens of moments.
  if (numbers.length > 0) out.push(`<text class="marker-numbers" font-weight="700" text-anchor="middle">${numbers.join('')}</text>`);

  out.push('</svg>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// PNG.

const fontFiles: Partial<Record<Language, string[]>> = {};

/** Inter for both; Noto Sans JP (5 MB a weight, ~50 ms more a render) only for a Japanese picture. */
function fonts(lang: Language): string[] {
  fontFiles[lang] ??= [...interFiles(), ...(lang === 'ja' ? notoSansJpFiles() : [])];
  return fontFiles[lang]!;
}

function resvgOptions(lang: Language) {
  return {
    font: { loadSystemFonts: false, fontFiles: fonts(lang), defaultFontFamily: FONT, sansSerifFamily: FONT },
    fitTo: { mode: 'original' as const },
    background: '#ffffff',
    shapeRendering: 2 as const,
    textRendering: 1 as const,
  };
}

/** Renders the timeline to PNG bytes on the calling thread (tests, the CLI). */
export function renderTimelinePng(result: AnalysisResult, options: TimelineOptions = {}): Uint8Array {
  const lang = options.language ?? result.language;
  const image = new Resvg(timelineSvg(result, options), resvgOptions(lang)).render();
  return encodeIndexedPng(image.pixels, image.width, image.height);
}

/**
 * The same picture rendered on libuv's thread pool. A render takes tens of milliseconds of CPU (fonts
 * included); on the bot's event loop that would delay the acknowledgement of every event arriving meanwhile.
 */
export async function renderTimelinePngAsync(result: AnalysisResult, options: TimelineOptions = {}): Promise<Uint8Array> {
  const lang = options.language ?? result.language;
  const image = await renderAsync(timelineSvg(result, options), resvgOptions(lang));
  return encodeIndexedPng(image.pixels, image.width, image.height);
}
