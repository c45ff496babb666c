/**
 * `npx mamori samples documents OUT_DIR` shows a newcomer what the bot sends before anything is
 * connected: every document is written, each is what its name says (a PDF, a PNG of the size the
 * platform gets, an iCalendar file a real parser reads and that RFC 5546 accepts), and a folder it
 * cannot write to is one `mamori: …` line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { TEAMS_LIMITS } from '../../src/bots/teams/limits.js';
import { readCalendarFile } from '../helpers/icalendar.js';
import { checkPdfGlyphs } from '../helpers/pdf-pixels.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const work = mkdtempSync(path.join(tmpdir(), 'mamori-samples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** Width and height from the PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('npx mamori samples documents OUT_DIR', () => {
  const outDir = path.join(work, 'nested', 'docs');
  const written = cli(['samples', 'documents', outDir]);
  const file = (name: string) => readFileSync(path.join(outDir, name));

  it('creates the folder and writes every document, listing each', async () => {
    const { code, out, err } = await written;
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(readdirSync(outDir).sort()).toEqual([
      'invoice-MMR-000042.pdf',
      'mamori-2026-11-categories.png',
      'mamori-2026-11-severity.png',
      'mamori-2026-11-trend.png',
      'mamori-booking.ics',
      'mamori-report-2026-11.pdf',
      'study-group.ics',
      'timeline-slack.png',
      'timeline-teams.png',
    ]);
    expect(out).toHaveLength(9);
    for (const name of readdirSync(outDir)) expect(out.some((l) => l.startsWith(path.join(outDir, name)))).toBe(true);
  });

  it('writes the invoice and the monthly report as PDFs', async () => {
    await written;
    for (const name of ['invoice-MMR-000042.pdf', 'mamori-report-2026-11.pdf']) {
      const pdf = file(name);
      expect(pdf.length, name).toBeGreaterThan(1000);
      expect(pdf.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      expect(pdf.subarray(-6).toString('latin1'), name).toMatch(/%%EOF\s*$/);
      // Readable, not only extractable: every character of the text leaves ink on the rendered page.
      const { missing, checked } = await checkPdfGlyphs(pdf);
      expect(checked, name).toBeGreaterThan(100);
      expect(missing, name).toEqual([]);
    }
  });

  it('draws the charts and the timeline as PNGs, the timeline at the Slack and at the Teams card size', async () => {
    await written;
    for (const name of ['mamori-2026-11-categories.png', 'mamori-2026-11-severity.png', 'mamori-2026-11-trend.png', 'timeline-slack.png', 'timeline-teams.png']) {
      const png = file(name);
      expect(png.length, name).toBeGreaterThan(1000);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), name).toBe(true);
    }
    expect(pngSize(file('timeline-slack.png'))).toEqual({ width: 1000, height: 260 });
    expect(pngSize(file('timeline-teams.png'))).toEqual({ width: TEAMS_LIMITS.timelineWidth, height: TEAMS_LIMITS.timelineHeight });
  });

  it('writes a booking and a study-group calendar file that ical.js reads and RFC 5546 accepts', async () => {
    await written;
    const booking = readCalendarFile(file('mamori-booking.ics').toString('utf8'));
    expect(booking.problems).toEqual([]);
    expect(booking.event).toMatchObject({ method: 'PUBLISH', status: 'CONFIRMED', summary: expect.stringContaining('個別相談'), attendees: 0 });
    expect(booking.event.end!.getTime() - booking.event.start!.getTime()).toBe(30 * 60_000);
    const group = readCalendarFile(file('study-group.ics').toString('utf8'));
    expect(group.problems).toEqual([]);
    expect(group.event).toMatchObject({ method: 'PUBLISH', summary: expect.stringContaining('勉強会'), organizer: { address: 'mailto:noreply@mamori.invalid' } });
    expect(group.event.uid).not.toBe(booking.event.uid);
  });
});

describe('npx mamori samples documents OUT_DIR --pages', () => {
  it('also draws each PDF page as a PNG, as docs/images/ holds them', async () => {
    const outDir = path.join(work, 'pages');
    const { code, err } = await cli(['samples', 'documents', outDir, '--pages']);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const pages = readdirSync(outDir).filter((n) => /-page-\d+\.png$/.test(n)).sort();
    expect(pages).toEqual(expect.arrayContaining(['invoice-MMR-000042-page-1.png', 'mamori-report-2026-11-page-1.png']));
    for (const name of pages) {
      const png = readFileSync(path.join(outDir, name));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), name).toBe(true);
      expect(pngSize(png).width, name).toBeGreaterThan(800);
    }
  });
});

describe('npx mamori samples documents with a folder it cannot write to', () => {
  it('says so in one mamori: line and exits 1', async () => {
    const blocker = path.join(work, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const { code, out, err } = await cli(['samples', 'documents', path.join(blocker, 'out')]);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^mamori: .*a-file[/\\]out.*に書き込めません.* cannot write to /);
  });
});
