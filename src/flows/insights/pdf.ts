/** The monthly report as a PDF (pdf-lib, Noto Sans JP subset-embedded: see ../pdf-fonts.ts). */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Organisation } from '../../db/repo/organisations.js';
import { embedJapaneseFonts } from '../pdf-fonts.js';
import { wrapText } from '../pdf-text.js';
import type { MonthlySummary, ReportCharts } from './report.js';
import { reportLines } from './views/report-view.js';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;

export async function reportPdf(s: MonthlySummary, org: Pick<Organisation, 'name' | 'language'>, charts: ReportCharts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedJapaneseFonts(doc);
  const lines = reportLines(s, org);
  doc.setTitle(lines.title);
  doc.setProducer('mamori');
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const ensure = (h: number) => {
    if (y - h < MARGIN) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const write = (text: string, size: number, font: PDFFont, gap = 4) => {
    for (const l of wrapText(text, font, size, width)) {
      ensure(size + gap);
      y -= size;
      page.drawText(l, { x: MARGIN, y, size, font, color: rgb(0.06, 0.09, 0.16) });
      y -= gap;
    }
  };
  write(lines.title, 20, bold, 10);
  write(org.name, 11, regular, 12);
  for (const section of lines.sections) {
    y -= 6;
    write(section.heading, 14, bold, 6);
    for (const item of section.items) write(`・${item}`, 11, regular, 4);
  }
  for (const png of [charts.categories, charts.severity, charts.trend]) {
    const img = await doc.embedPng(png);
    const scale = Math.min(1, width / img.width);
    const h = img.height * scale;
    ensure(h + 12);
    y -= h + 12;
    page.drawImage(img, { x: MARGIN, y, width: img.width * scale, height: h });
  }
  return doc.save();
}
