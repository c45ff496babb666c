/**
 * GET /downloads/<token>: the file behind a download link (src/flows/download-links.ts), over real
 * HTTP: once, until it expires; the bytes leave the outbox message when fetched or swept; previews
 * and HEAD do not use a link up; a tampered, unknown or another file's token gets nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition, createFileDownloadHandler, FILE_DOWNLOAD_PREFIX, fileDownloadUrl } from '../../../src/bots/http/file-download.js';
import { addToOutbox } from '../../../src/db/repo/outbox.js';
import { organisations, outbox } from '../../../src/db/schema/index.js';
import { attachCardImage, discardOutboxFiles, issueDownloadLinks, outboxFiles, sweepDownloadLinks } from '../../../src/flows/download-links.js';
import { silentLogger } from '../../../src/logger.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { serveRoute, type Served } from './serve.js';

let t: TestDatabase;
let server: Served | undefined;
let base = '';
let orgId = '';
const PDF = Buffer.from('%PDF-1.7\n請求書\n%%EOF\n', 'utf8');
const ICS = 'BEGIN:VCALENDAR\r\nSUMMARY:勉強会\r\nEND:VCALENDAR\r\n';

beforeAll(async () => {
  t = await openTestDatabase();
  const [org] = await t.database.db.insert(organisations).values({ platform: 'teams', platformTeamId: 'tenant-files', name: 'files' }).returning();
  orgId = org!.id;
  server = await serveRoute(FILE_DOWNLOAD_PREFIX, createFileDownloadHandler({ database: t.database, logger: silentLogger }));
  base = server.base;
}, 60_000);
afterAll(async () => {
  await server?.close();
  await t?.close();
});

let n = 0;
async function message(): Promise<string> {
  const [id] = await addToOutbox(t.database.db, [{
    orgId, kind: 'booking', target: { type: 'user', platformUserId: 'aad-x' }, dedupeKey: `files-test:${++n}`,
    payload: {
      view: { fallbackText: 'x', blocks: [] },
      files: [{ name: '勉強会.ics', mimeType: 'text/calendar', content: ICS }],
      attachments: [{ fileName: 'invoice-MMR-0001.pdf', mimeType: 'application/pdf', contentBase64: PDF.toString('base64') }],
    },
  }]);
  return id!;
}
const payloadOf = async (id: string) => (await t.database.db.select().from(outbox).where(eq(outbox.id, id)))[0]!.payload;

describe('download links', () => {
  it('each file once: the right bytes and headers, then 404; the other file is still there', async () => {
    const id = await message();
    const links = await issueDownloadLinks(t.database, { outboxId: id, expiresAt: new Date(Date.now() + 3600_000) });
    expect(links.map((l) => [l.fileName, l.mimeType])).toEqual([['勉強会.ics', 'text/calendar'], ['invoice-MMR-0001.pdf', 'application/pdf']]);
    const [ics, pdf] = links.map((l) => fileDownloadUrl(`${base}/`, l.token));

    expect((await fetch(pdf!, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(pdf!, { headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) SkypeUriPreview Preview/0.5' } })).status).toBe(200);
    expect((await fetch(pdf!, { method: 'POST' })).status).toBe(405);
    const res = await fetch(pdf!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toBe(contentDisposition('invoice-MMR-0001.pdf'));
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const used = await fetch(pdf!);
    expect(used.status).toBe(404);
    expect(await used.text()).toMatch(/期限切れ、使用済み[\s\S]*expired, already used/);

    const payload = await payloadOf(id);
    expect(outboxFiles(payload).map((f) => f.removed)).toEqual([false, true]);
    expect(JSON.stringify(payload)).not.toContain(PDF.toString('base64'));

    const ok = await fetch(ics!);
    expect(ok.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ok.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%8B%89%E5%BC%B7%E4%BC%9A.ics");
    expect(await ok.text()).toBe(ICS);
    expect((await payloadOf(id)).downloadLinks).toBeUndefined();
  });

  it('tampered and foreign tokens get nothing', async () => {
    const a = await message();
    const b = await message();
    const [link] = await issueDownloadLinks(t.database, { outboxId: a, expiresAt: new Date(Date.now() + 3600_000) });
    const secret = link!.token.split('.')[2]!;
    for (const token of [`${b}.0.${secret}`, `${a}.1.${secret}`, `${a}.0.${secret.slice(0, -1)}A`, 'nothing', `${a}.0.${secret}/x`, '%E0%A4%A']) {
      expect((await fetch(`${base}${FILE_DOWNLOAD_PREFIX}${token}`)).status).toBe(404);
    }
    expect((await fetch(fileDownloadUrl(base, link!.token))).status).toBe(200);
  });

  it('expired links: refused, and the sweep deletes the bytes; discarding drops them at once', async () => {
    const id = await message();
    const soon = new Date(Date.now() + 60_000);
    const links = await issueDownloadLinks(t.database, { outboxId: id, expiresAt: soon });
    const handler = createFileDownloadHandler({ database: t.database, logger: silentLogger, now: () => new Date(soon.getTime() + 1) });
    const late = await serveRoute(FILE_DOWNLOAD_PREFIX, handler);
    try {
      expect((await fetch(fileDownloadUrl(late.base, links[0]!.token))).status).toBe(404);
    } finally {
      await late.close();
    }
    expect(await sweepDownloadLinks(t.database, new Date())).toBe(0);
    expect(await sweepDownloadLinks(t.database, new Date(soon.getTime() + 1))).toBe(2);
    const payload = await payloadOf(id);
    expect(outboxFiles(payload).every((f) => f.removed)).toBe(true);
    expect(payload.downloadLinks).toBeUndefined();
    expect((await fetch(fileDownloadUrl(base, links[1]!.token))).status).toBe(404);

    const other = await message();
    await discardOutboxFiles(t.database, other);
    expect(outboxFiles(await payloadOf(other)).every((f) => f.removed)).toBe(true);
    expect(await issueDownloadLinks(t.database, { outboxId: other, expiresAt: soon })).toEqual([]);
  });

  it("a card's picture: served to every viewer until its link expires, replaced on a retried delivery, then swept", async () => {
    const id = await message();
    const soon = new Date(Date.now() + 60_000);
    const png = (n: number) => Buffer.from([0x89, 0x50, 0x4e, 0x47, n]);
    const first = await attachCardImage(t.database, { outboxId: id, fileName: 'mamori-timeline.png', bytes: png(1), expiresAt: soon });
    // A retried delivery renders again: one picture kept, the newest; both links serve it.
    const token = await attachCardImage(t.database, { outboxId: id, fileName: 'mamori-timeline.png', bytes: png(2), expiresAt: soon });
    expect(outboxFiles(await payloadOf(id)).map((f) => f.fileName)).toEqual(['勉強会.ics', 'invoice-MMR-0001.pdf', 'mamori-timeline.png']);
    for (const link of [first, token, token]) {
      const res = await fetch(fileDownloadUrl(base, link!));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).equals(png(2))).toBe(true);
    }
    // The other files keep their one-time links.
    const [ics] = await issueDownloadLinks(t.database, { outboxId: id, expiresAt: soon });
    expect((await fetch(fileDownloadUrl(base, ics!.token))).status).toBe(200);
    expect((await fetch(fileDownloadUrl(base, ics!.token))).status).toBe(404);
    expect(await sweepDownloadLinks(t.database, new Date(soon.getTime() + 1))).toBeGreaterThanOrEqual(1);
    expect(outboxFiles(await payloadOf(id)).find((f) => f.fileName === 'mamori-timeline.png')?.removed).toBe(true);
    expect((await fetch(fileDownloadUrl(base, token!))).status).toBe(404);
  });
});
