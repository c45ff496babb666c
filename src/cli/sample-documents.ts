/**
 * `npx mamori samples documents OUT_DIR`: what the bot sends, without a workspace. Each file comes
 * from the function the bot itself calls (invoice and report PDFs, report charts, the timeline at the
 * Slack and the Teams size, the booking and study-group .ics), fed with ./sample-data.ts. docs/images/
 * is this command's output, so the README's pictures are what the code draws.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { analyzeFile } from '../analysis/index.js';
import { TEAMS_LIMITS } from '../bots/teams/limits.js';
import { bookingIcs } from '../flows/booking/ics.js';
import { renderInvoicePdf } from '../flows/booking/invoice-pdf.js';
import { bookingMessages } from '../flows/booking/messages.js';
import { eventIcs } from '../flows/community/ics.js';
import { reportPdf } from '../flows/insights/pdf.js';
import { reportCharts } from '../flows/insights/report.js';
import { renderTimelinePng } from '../flows/views/timeline.js';
import { pdfPagesToPng, PdfPagesUnavailable } from './pdf-pages.js';
import {
  SAMPLE_BOOKING, SAMPLE_CALENDAR_DOMAIN, SAMPLE_CALL, SAMPLE_INVOICE, SAMPLE_ORG, SAMPLE_STUDY_GROUP, sampleMonthlySummary,
} from './sample-data.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface SampleDocument {
  name: string;
  data: Uint8Array;
  /** What it is, for the listing the command prints. */
  what: string;
}

export async function sampleDocuments(): Promise<SampleDocument[]> {
  const summary = sampleMonthlySummary();
  const charts = reportCharts(summary, SAMPLE_ORG.language);
  const month = summary.month;
  const call = analyzeFile(readFileSync(path.join(ROOT, SAMPLE_CALL)), SAMPLE_CALL);
  const m = bookingMessages(SAMPLE_ORG.language);
  const b = SAMPLE_BOOKING;
  // As notify.ts builds the confirmation's calendar file.
  const booking = bookingIcs({
    bookingId: b.id,
    title: `mamori ${m.kind.consultation}: ${b.instructorName} / ${b.traineeName}`,
    description: [m.kind.consultation, `${m.labels.meeting}: ${b.meetingUrl}`].join('\n'),
    start: b.startsAt,
    durationMinutes: b.durationMinutes,
    meetingUrl: b.meetingUrl,
    sequence: 0,
    organiserName: SAMPLE_ORG.name,
    domain: SAMPLE_CALENDAR_DOMAIN,
  });
  const studyGroup = eventIcs({ ...SAMPLE_STUDY_GROUP, sequence: 0, cancelled: false, organiserName: SAMPLE_ORG.name }, SAMPLE_CALENDAR_DOMAIN);
  return [
    { name: `invoice-${SAMPLE_INVOICE.displayNumber}.pdf`, data: await renderInvoicePdf(SAMPLE_INVOICE), what: '適格請求書 / qualified invoice' },
    { name: `mamori-report-${month}.pdf`, data: await reportPdf(summary, SAMPLE_ORG, charts), what: '月次レポート / monthly report' },
    { name: `mamori-${month}-categories.png`, data: charts.categories, what: '類型別の件数 / by category' },
    { name: `mamori-${month}-severity.png`, data: charts.severity, what: '深刻度別の件数 / by severity' },
    { name: `mamori-${month}-trend.png`, data: charts.trend, what: '月別の推移 / month by month' },
    // The Slack messenger draws it at the default size in the answer's language; Teams at its card size.
    { name: 'timeline-slack.png', data: renderTimelinePng(call, { language: SAMPLE_ORG.language }), what: `タイムライン（Slack）/ timeline (Slack), ${SAMPLE_CALL}` },
    {
      name: 'timeline-teams.png',
      data: renderTimelinePng(call, { width: TEAMS_LIMITS.timelineWidth, height: TEAMS_LIMITS.timelineHeight }),
      what: `タイムライン（Teams）/ timeline (Teams), ${SAMPLE_CALL}`,
    },
    { name: 'mamori-booking.ics', data: Buffer.from(booking, 'utf8'), what: '個別相談の予定 / booking' },
    { name: studyGroup.name, data: Buffer.from(studyGroup.content, 'utf8'), what: '勉強会の予定 / study group' },
  ];
}

async function pagePictures(docs: SampleDocument[]): Promise<SampleDocument[]> {
  const out: SampleDocument[] = [];
  for (const d of docs.filter((x) => x.name.endsWith('.pdf'))) {
    const pages = await pdfPagesToPng(d.data);
    pages.forEach((png, i) => out.push({ name: d.name.replace(/\.pdf$/, `-page-${i + 1}.png`), data: png, what: `${d.what}, ${i + 1}/${pages.length}` }));
  }
  return out;
}

export function registerSamplesCommands(
  program: Command,
  io: { out: (line: string) => void; err: (line: string) => void; setExitCode: (code: number) => void },
): void {
  const samples = program.command('samples').description('what mamori produces, from built-in sample data');
  samples.command('documents')
    .description('write the sample invoice, monthly report and charts, timelines and .ics files to OUT_DIR')
    .argument('<OUT_DIR>', 'folder to write into (created when missing)')
    .option('--pages', 'also draw each PDF page as a PNG (NAME-page-N.png), as docs/images/ holds them')
    .action(async (outDir: string, opts: { pages?: boolean }) => {
      const docs = await sampleDocuments();
      try {
        if (opts.pages) docs.push(...(await pagePictures(docs)));
        mkdirSync(outDir, { recursive: true });
        for (const d of docs) writeFileSync(path.join(outDir, d.name), d.data);
      } catch (e) {
        if (e instanceof PdfPagesUnavailable) {
          io.err(`mamori: ${e.message}`);
          io.setExitCode(1);
          return;
        }
        const code = (e as NodeJS.ErrnoException)?.code;
        if (typeof code !== 'string') throw e;
        io.err(`mamori: ${outDir} に書き込めません (${code}) / cannot write to ${outDir}: ${(e as Error).message.split('\n')[0]}`);
        io.setExitCode(1);
        return;
      }
      for (const d of docs) io.out(`${path.join(outDir, d.name)}  ${d.what}`);
    });
}
