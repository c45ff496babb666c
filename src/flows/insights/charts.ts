/**
 * Report charts as PNG: SVG drawn here (pure, deterministic) and rasterised with resvg, labels in
 * Japanese set in Noto Sans JP from the @expo-google-fonts/noto-sans-jp npm package (system fonts
 * off, so every machine draws the same picture, containers without fonts included).
 */
import { Resvg } from '@resvg/resvg-js';
import { notoSansJpFiles } from '../font-files.js';

export const CHART_FONT = 'Noto Sans JP';

export const INK = '#0f172a';
export const MUTED = '#64748b';
export const GRID = '#e2e8f0';
export const SERIES_COLOURS = ['#dc2626', '#2563eb', '#16a34a', '#f59e0b'];

export const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
export const f = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * Axis ticks for counts: whole numbers from 0, a step of 1, 2 or 5 (25 from 10 up) times a power of
 * ten, about four steps, the last at or above `max`. Nothing is counted in fractions, so no tick is one.
 */
export function integerTicks(max: number, steps = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / steps;
  const p = Math.pow(10, Math.floor(Math.log10(rough)));
  const multiples = p >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = Math.max(1, Math.ceil(multiples.map((m) => m * p).find((v) => v >= rough)!));
  const ticks: number[] = [];
  for (let v = 0; ticks.length === 0 || ticks.at(-1)! < max; v += step) ticks.push(v);
  return ticks;
}

/** Horizontal bars: one labelled row per item, value at the bar's end; `emptyText` when nothing was counted. */
export function barChartSvg(input: { title: string; items: Array<{ label: string; value: number; colour?: string }>; emptyText: string; width?: number }): string {
  const W = input.width ?? 900;
  const rowH = 38;
  const top = 64;
  const H = top + Math.max(1, input.items.length) * rowH + 24;
  const left = 230;
  const right = W - 70;
  const ticks = integerTicks(Math.max(0, ...input.items.map((i) => i.value)));
  const max = ticks.at(-1)!;
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${CHART_FONT}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="24" y="38" font-size="24" font-weight="700" fill="${INK}">${esc(input.title)}</text>`];
  if (input.items.every((i) => i.value === 0)) {
    out.push(`<text x="${W / 2}" y="${f(top + (H - 24 - top) / 2 + 7)}" font-size="20" fill="${MUTED}" text-anchor="middle">${esc(input.emptyText)}</text>`, '</svg>');
    return out.join('\n');
  }
  for (const tick of ticks) {
    const x = left + ((right - left) * tick) / max;
    out.push(`<line x1="${f(x)}" x2="${f(x)}" y1="${top - 6}" y2="${H - 24}" stroke="${GRID}"/>`);
  }
  input.items.forEach((item, i) => {
    const y = top + i * rowH;
    const w = ((right - left) * item.value) / max;
    out.push(`<text x="${left - 12}" y="${f(y + 24)}" font-size="18" fill="${INK}" text-anchor="end">${esc(item.label)}</text>`);
    out.push(`<rect x="${left}" y="${f(y + 6)}" width="${f(Math.max(item.value > 0 ? 2 : 0, w))}" height="${rowH - 12}" rx="4" fill="${item.colour ?? SERIES_COLOURS[0]}"/>`);
    out.push(`<text x="${f(left + w + 8)}" y="${f(y + 24)}" font-size="17" font-weight="700" fill="${INK}">${item.value}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: notoSansJpFiles(), defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    fitTo: { mode: 'original' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
