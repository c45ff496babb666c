/**
 * Noto Sans JP (SIL OFL 1.1, from the `@expo-google-fonts/noto-sans-jp` npm package — never
 * downloaded at run time) embedded into a pdf-lib document as a subset: only the glyphs drawn, so an
 * invoice stays in the tens of kilobytes instead of the megabytes of the whole face.
 *
 * The subsetting is done by upstream `fontkit` 2, not by `@pdf-lib/fontkit`: that fork (1.1.1, the
 * last release) writes TrueType subsets whose `loca` offsets are halved without padding the glyph
 * records, so every glyph after the first odd-length one reads garbage and renders blank in poppler,
 * mupdf and Ghostscript (pdf-lib issue #1232; fixed upstream in fontkit 1.8). pdf-lib accepts any
 * object with `create()`; the one gap is that its subset embedder asks for `encodeStream()`, which
 * fontkit 2 replaced with a synchronous `encode()`.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import * as fontkit from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { notoSansJpFiles } from './font-files.js';


export interface JapaneseFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Upstream fontkit in the shape pdf-lib's `registerFontkit` expects. */
export const subsettingFontkit = {
  create(bytes: Uint8Array) {
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!('createSubset' in font)) throw new Error('a font collection cannot be embedded: give one face');
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: () => Readable.from([subset.encode()]) });
      },
    });
  },
};

let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The font files, read once per process. */
function readFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const [regular, bold] = notoSansJpFiles();
  fontBytes ??= Promise.all([readFile(regular), readFile(bold)]).then(([r, b]) => ({ regular: r, bold: b }));
  return fontBytes;
}

/** Embeds Noto Sans JP regular and bold into the document, subset to the glyphs drawn with them. */
export async function embedJapaneseFonts(pdf: PDFDocument): Promise<JapaneseFonts> {
  // pdf-lib's declared Fontkit type is its fork's; the object above behaves as it at run time.
  pdf.registerFontkit(subsettingFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const bytes = await readFonts();
  const regular = await pdf.embedFont(bytes.regular, { subset: true });
  const bold = await pdf.embedFont(bytes.bold, { subset: true });
  return { regular, bold };
}
