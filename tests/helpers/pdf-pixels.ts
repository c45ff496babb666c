/**
 * Renders a PDF's pages to pixels (pdf.js on the Skia canvas of @napi-rs/canvas, both from npm, no
 * system fonts, nothing downloaded) and checks that every character of its text left ink where pdf.js
 * says it stands. Extracting text is not enough: a broken embedded font keeps its ToUnicode map, so
 * the text reads back perfectly while the page shows blanks.
 *
 * Each text item is cut into one cell per character, the cells' widths taken from the same font
 * (Noto Sans JP, from the npm package) measured by the canvas; a character passes when its cell holds
 * at least a third of the ink the glyph has when drawn alone at that size — an empty box has none.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const SCALE = 3;
/** A pixel counts as ink when clearly darker than the white page (grey text included). */
const INK_BELOW = 200;
const REFERENCE = { regular: 'mamori-test-noto-regular', bold: 'mamori-test-noto-bold' } as const;

let registered = false;
function registerReferenceFonts(): void {
  if (registered) return;
  GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'), REFERENCE.regular);
  GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'), REFERENCE.bold);
  registered = true;
}

export interface MissingGlyph {
  page: number;
  text: string;
  char: string;
  index: number;
  ink: number;
  expected: number;
}

export interface RenderedPage {
  page: number;
  width: number;
  height: number;
  png: Buffer;
  /** Text items placed in device pixels (top-left origin). */
  items: Array<{ text: string; x: number; baseline: number; width: number; size: number }>;
}

export interface PixelReport {
  pages: RenderedPage[];
  missing: MissingGlyph[];
  /** Characters checked, so a test can tell that the check saw the text at all. */
  checked: number;
}

const isInk = (d: Uint8ClampedArray, i: number) => (d[i]! * 0.299 + d[i + 1]! * 0.587 + d[i + 2]! * 0.114) < INK_BELOW && d[i + 3]! > 0;

function inkIn(data: Uint8ClampedArray, stride: number, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.ceil(y1); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(stride, Math.ceil(x1)); x++) if (isInk(data, (y * stride + x) * 4)) n++;
  }
  return n;
}

const referenceInk = new Map<string, number>();
/** The ink of one character drawn alone with the reference font, at this pixel size. */
function aloneInk(ch: string, family: string, px: number): number {
  const key = `${family}|${ch}|${px.toFixed(1)}`;
  const cached = referenceInk.get(key);
  if (cached !== undefined) return cached;
  const side = Math.ceil(px * 2);
  const canvas = createCanvas(side, side);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, side, side);
  ctx.fillStyle = 'black';
  ctx.font = `${px}px "${family}"`;
  ctx.fillText(ch, px / 2, px * 1.4);
  const ink = inkIn(ctx.getImageData(0, 0, side, side).data, side, 0, 0, side, side);
  referenceInk.set(key, ink);
  return ink;
}

/** Prefix widths of the text in the reference font at this pixel size. */
function advances(ctx: SKRSContext2D, family: string, px: number, chars: string[]): number[] {
  ctx.font = `${px}px "${family}"`;
  const out = [0];
  for (let i = 1; i <= chars.length; i++) out.push(ctx.measureText(chars.slice(0, i).join('')).width);
  return out;
}

/** Renders every page and checks each character's cell for ink. */
export async function checkPdfGlyphs(bytes: Uint8Array): Promise<PixelReport> {
  registerReferenceFonts();
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: RenderedPage[] = [];
  const missing: MissingGlyph[] = [];
  let checked = 0;
  const measure = createCanvas(8, 8).getContext('2d');
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const viewport = page.getViewport({ scale: SCALE });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js draws on any 2D context; its types name the DOM one.
    await page.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const rendered: RenderedPage = { page: p, width: canvas.width, height: canvas.height, png: canvas.toBuffer('image/png'), items: [] };
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [a, b, , , x, baseline] = Util.transform(viewport.transform, item.transform) as number[];
      const px = Math.hypot(a!, b!);
      const width = item.width * SCALE;
      rendered.items.push({ text: item.str, x: x!, baseline: baseline!, width, size: px });
      const chars = [...item.str];
      // Regular or bold: whichever measures the item's width (they differ in Latin and digits).
      const fits = (Object.values(REFERENCE) as string[]).map((family) => ({ family, at: advances(measure, family, px, chars) }))
        .sort((l, r) => Math.abs(l.at.at(-1)! - width) - Math.abs(r.at.at(-1)! - width));
      const { family, at } = fits[0]!;
      const stretch = width / at.at(-1)!;
      if (Math.abs(stretch - 1) > 0.05) throw new Error(`page ${p}: the text item ${JSON.stringify(item.str)} does not measure as Noto Sans JP (×${stretch.toFixed(3)}); the cells would not line up`);
      chars.forEach((ch, i) => {
        if (!ch.trim() || ch === '\u3000') return;
        // One pixel off each side: the neighbours' anti-aliasing is not this glyph's ink.
        const left = x! + at[i]! * stretch + 1;
        const right = x! + at[i + 1]! * stretch - 1;
        const ink = inkIn(data, canvas.width, left, baseline! - px * 1.16, right, baseline! + px * 0.29);
        const expected = aloneInk(ch, family, px);
        checked++;
        if (ink * 3 < expected) missing.push({ page: p, text: item.str, char: ch, index: i, ink, expected });
      });
    }
    pages.push(rendered);
  }
  await doc.destroy();
  return { pages, missing, checked };
}
