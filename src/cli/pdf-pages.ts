/**
 * PDF pages as PNG pictures, for the README (docs/images/ shows the invoice and the report as a page,
 * which GitHub cannot do with a PDF). pdf.js on the Skia canvas of @napi-rs/canvas: both are
 * development dependencies, loaded only when asked, so a production install never needs them.
 */
export class PdfPagesUnavailable extends Error {
  override name = 'PdfPagesUnavailable';
}

export async function pdfPagesToPng(bytes: Uint8Array, scale = 1.5): Promise<Buffer[]> {
  let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  let canvasLib: typeof import('@napi-rs/canvas');
  try {
    [pdfjs, canvasLib] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('@napi-rs/canvas')]);
  } catch {
    throw new PdfPagesUnavailable('ページ画像には開発用の依存パッケージが必要です（npm install）/ page pictures need the development dependencies (npm install, without --omit=dev)');
  }
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: Buffer[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale });
      const canvas = canvasLib.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = 'white';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      // pdf.js draws on any 2D context; its types name the DOM one.
      await page.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
      pages.push(canvas.toBuffer('image/png'));
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}
