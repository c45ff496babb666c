/**
 * Report charts as PNG: SVG drawn here (pure, deterministic) and rasterised with resvg, labels in
 * Japanese set in Noto Sans JP from the @expo-google-fonts/noto-sans-jp npm package (system fonts
 * off, so every machine draws the same picture, containers without fonts included).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
export const CHART_FONT = 'Noto Sans JP';
let files: string[] | undefined;

/** The packaged Noto Sans JP TTF files (regular, bold). */
export function notoSansJpFiles(): string[] {
  files ??= ['400Regular/NotoSansJP_400Regular.ttf', '700Bold/NotoSansJP_700Bold.ttf'].map((p) => require.resolve(`@expo-google-fonts/noto-sans-jp/${p}`));
  return files;
}

const INK = '#0f172a';
const MUTED = '#64748b';
const GRID = '#e2e8f0';
export const SERIES_COLOURS = ['#dc2626', '#2563eb', '#16a34a', '#f59e0b'];

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
const f = (v: number) => (Math.round(v * 10) / 10).toString();

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Horizontal bars: one labelled row per item, value at the bar's end. */
export function barChartSvg(input: { title: string; items: Array<{ label: string; value: number; colour?: string }>; width?: number }): string {
  const W = input.width ?? 900;
  const rowH = 38;
  const top = 64;
  const H = top + Math.max(1, input.items.length) * rowH + 24;
  const left = 230;
  const right = W - 70;
  const max = niceMax(Math.max(0, ...input.items.map((i) => i.value)));
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${CHART_FONT}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="24" y="38" font-size="24" font-weight="700" fill="${INK}">${esc(input.title)}</text>`];
  for (let k = 0; k <= 4; k += 1) {
    const x = left + ((right - left) * k) / 4;
    out.push(`<line x1="${f(x)}" x2="${f(x)}" y1="${top - 6}" y2="${H - 24}" stroke="${GRID}"/>`);
  }
  if (input.items.length === 0) out.push(`<text x="${W / 2}" y="${top + 24}" font-size="18" fill="${MUTED}" text-anchor="middle">—</text>`);
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

/** Lines over labelled x points (months), with a legend. */
export function lineChartSvg(input: { title: string; labels: string[]; series: Array<{ name: string; values: number[] }>; width?: number; height?: number }): string {
  const W = input.width ?? 900;
  const H = input.height ?? 420;
  const left = 70;
  const right = W - 30;
  const top = 96;
  const bottom = H - 50;
  const max = niceMax(Math.max(0, ...input.series.flatMap((s) => s.values)));
  const n = Math.max(1, input.labels.length - 1);
  const xOf = (i: number) => left + 36 + ((right - left - 72) * i) / n;
  const yOf = (v: number) => bottom - ((bottom - top) * v) / max;
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${CHART_FONT}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="24" y="38" font-size="24" font-weight="700" fill="${INK}">${esc(input.title)}</text>`];
  let lx = 24;
  input.series.forEach((s, i) => {
    const c = SERIES_COLOURS[i % SERIES_COLOURS.length];
    out.push(`<rect x="${lx}" y="56" width="18" height="18" rx="3" fill="${c}"/><text x="${lx + 26}" y="71" font-size="17" fill="${INK}">${esc(s.name)}</text>`);
    lx += 44 + s.name.length * 18;
  });
  for (let k = 0; k <= 4; k += 1) {
    const v = (max * k) / 4;
    out.push(`<line x1="${left}" x2="${right}" y1="${f(yOf(v))}" y2="${f(yOf(v))}" stroke="${GRID}"/>`);
    out.push(`<text x="${left - 10}" y="${f(yOf(v) + 6)}" font-size="16" fill="${MUTED}" text-anchor="end">${Math.round(v * 10) / 10}</text>`);
  }
  input.labels.forEach((l, i) => out.push(`<text x="${f(xOf(i))}" y="${bottom + 30}" font-size="16" fill="${MUTED}" text-anchor="middle">${esc(l)}</text>`));
  input.series.forEach((s, si) => {
    const c = SERIES_COLOURS[si % SERIES_COLOURS.length];
    const pts = s.values.map((v, i) => `${f(xOf(i))},${f(yOf(v))}`);
    out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${c}" stroke-width="3" stroke-linejoin="round"/>`);
    s.values.forEach((v, i) => {
      out.push(`<circle cx="${f(xOf(i))}" cy="${f(yOf(v))}" r="5" fill="#ffffff" stroke="${c}" stroke-width="3"/>`);
      out.push(`<text x="${f(xOf(i))}" y="${f(yOf(v) - 12)}" font-size="15" font-weight="700" fill="${c}" text-anchor="middle">${v}</text>`);
    });
  });
  out.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="${MUTED}"/>`);
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
