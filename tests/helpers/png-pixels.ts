/**
 * Decodes a PNG to RGBA pixels (Skia's decoder in @napi-rs/canvas, from npm) and counts the pixels
 * of a colour, so a picture test checks what a person would see rather than the SVG behind it.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';

export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export async function decodePng(png: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

export interface ColourCount {
  count: number;
  /** Rows holding at least one such pixel (0 when none). */
  rows: number;
  /** Columns holding at least one such pixel. */
  columns: number;
}

/** Pixels within `tolerance` (per channel) of `hex` (#rrggbb). */
export function countColour(p: Pixels, hex: string, tolerance = 6): ColourCount {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const rows = new Set<number>();
  const columns = new Set<number>();
  let count = 0;
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const i = (y * p.width + x) * 4;
      if (Math.abs(p.data[i]! - r) <= tolerance && Math.abs(p.data[i + 1]! - g) <= tolerance && Math.abs(p.data[i + 2]! - b) <= tolerance) {
        count++;
        rows.add(y);
        columns.add(x);
      }
    }
  }
  return { count, rows: rows.size, columns: columns.size };
}
