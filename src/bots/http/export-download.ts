/**
 * `GET /exports/<token>`: the download behind an admin's short-lived export link (/mamori-export).
 * The token is redeemed (one download per link, only its hash is stored) and the organisation's data
 * is sent as a zip with the same files as `npx mamori export` (<table>.jsonl, <table>.csv,
 * manifest.json), or with `?format=jsonl` as one JSON Lines stream (`{"table":…,"row":…}` per line,
 * the manifest first). Unknown, used or expired tokens get 404 with a plain explanation. Link
 * previews (Slackbot, Teams, HEAD requests) are answered without using the link up.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { deflateRawSync } from 'node:zlib';
import type { ActionDeps } from '../../flows/actions/deps.js';
import { auditExportDownload, EXPORT_TABLES, exportRow, exportSnapshot, redeemExportLink, toCsv, type ExportManifest } from '../../flows/insights/export.js';
import { answerPreview, downloadUrl, plain, tokenOf } from './download-common.js';

/** The path prefix to mount (the server's routes are exact paths: match `path.startsWith(EXPORT_DOWNLOAD_PREFIX)`). */
export const EXPORT_DOWNLOAD_PREFIX = '/exports/';

/** The flows' deps, given once by the server as to the adapters: the handler speaks HTTP, the flows reach the data. */
export type ExportDownloadDeps = Pick<ActionDeps, 'database' | 'logger' | 'now'>;

/** The download URL for a token, under the server's public base URL. */
export function exportDownloadUrl(publicBaseUrl: string, token: string): string {
  return downloadUrl(publicBaseUrl, EXPORT_DOWNLOAD_PREFIX, token);
}

const NOT_FOUND = [
  'このダウンロードリンクは無効です（期限切れ、使用済み、または存在しません）。管理者は /mamori-export で新しいリンクを発行できます。',
  'This download link is not valid (expired, already used, or unknown). An admin can get a new one with /mamori-export.',
].join('\n');

/** Chat apps fetch links to show a preview; they must not use up a one-time link. */
const PREVIEW_AGENTS = /slackbot|slack-imgproxy|skypeuripreview|teams|msteams|bingpreview|facebookexternalhit|twitterbot|discordbot|linkexpanding/i;

export function createExportDownloadHandler(deps: ExportDownloadDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(EXPORT_DOWNLOAD_PREFIX)) return plain(res, 404, 'not found');
    if (answerPreview(req, res, PREVIEW_AGENTS, 'mamori export')) return;
    if (req.method !== 'GET') return plain(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    const format = url.searchParams.get('format') === 'jsonl' ? 'jsonl' : 'zip';
    const token = tokenOf(url.pathname, EXPORT_DOWNLOAD_PREFIX);
    if (token === null || !/^[A-Za-z0-9_-]{16,128}$/.test(token)) return plain(res, 404, NOT_FOUND);
    const now = deps.now?.() ?? new Date();
    const orgId = await redeemExportLink(deps.database.db, token, now);
    if (!orgId) return plain(res, 404, NOT_FOUND);

    const snapshot = await exportSnapshot(deps.database, orgId);
    if (!snapshot) return plain(res, 404, NOT_FOUND);
    const { org, records } = snapshot;

    const tables = {} as ExportManifest['tables'];
    const rowsOf = Object.fromEntries(EXPORT_TABLES.map((t) => [t, records[t].map(exportRow)])) as Record<(typeof EXPORT_TABLES)[number], Record<string, unknown>[]>;
    for (const t of EXPORT_TABLES) tables[t] = { rows: rowsOf[t].length, jsonl: `${t}.jsonl`, csv: `${t}.csv` };
    const manifest: ExportManifest = { organisation: { id: org.id, name: org.name }, exportedAt: now.toISOString(), tables };
    await auditExportDownload(deps.database.db, orgId, { format, rows: Object.fromEntries(EXPORT_TABLES.map((t) => [t, tables[t].rows])) });
    deps.logger.info({ orgId, format }, 'export downloaded');

    const stamp = now.toISOString().slice(0, 10);
    const base = `mamori-export-${stamp}`;
    const common = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' };
    if (format === 'jsonl') {
      res.writeHead(200, { ...common, 'content-type': 'application/x-ndjson; charset=utf-8', 'content-disposition': `attachment; filename="${base}.jsonl"` });
      await write(res, `${JSON.stringify({ table: 'manifest', row: manifest })}\n`);
      for (const t of EXPORT_TABLES) for (const row of rowsOf[t]) await write(res, `${JSON.stringify({ table: t, row })}\n`);
      res.end();
      return;
    }
    res.writeHead(200, { ...common, 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${base}.zip"` });
    const zip = new ZipWriter((chunk) => write(res, chunk), now);
    for (const t of EXPORT_TABLES) {
      const rows = rowsOf[t];
      const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
      await zip.add(`${base}/${t}.jsonl`, Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '')));
      await zip.add(`${base}/${t}.csv`, Buffer.from(toCsv(rows, columns)));
    }
    await zip.add(`${base}/manifest.json`, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await zip.finish();
    res.end();
  };
}

/** Writes with back-pressure (a large export is not buffered in the socket). */
function write(res: ServerResponse, chunk: string | Buffer): Promise<void> {
  if (res.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', closed);
      resolve();
    };
    const closed = () => {
      res.off('drain', done);
      reject(new Error('client went away'));
    };
    res.once('drain', done);
    res.once('close', closed);
  });
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A minimal streaming zip (deflate, UTF-8 names, no zip64: an export entry stays far below 4 GiB). */
class ZipWriter {
  private offset = 0;
  private readonly entries: Array<{ name: Buffer; crc: number; size: number; compressed: number; offset: number }> = [];
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(private readonly out: (chunk: Buffer) => Promise<void>, at: Date) {
    this.dosTime = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2);
    this.dosDate = ((Math.max(1980, at.getUTCFullYear()) - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  }

  async add(fileName: string, data: Buffer): Promise<void> {
    const name = Buffer.from(fileName, 'utf8');
    const body = deflateRawSync(data);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(this.dosTime, 10);
    header.writeUInt16LE(this.dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name, crc, size: data.length, compressed: body.length, offset: this.offset });
    await this.out(Buffer.concat([header, name]));
    await this.out(body);
    this.offset += header.length + name.length + body.length;
  }

  async finish(): Promise<void> {
    const start = this.offset;
    const parts: Buffer[] = [];
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(0x031e, 4); // made by: unix, 3.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0800, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(this.dosTime, 12);
      h.writeUInt16LE(this.dosDate, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file
      h.writeUInt32LE(e.offset, 42);
      parts.push(h, e.name);
    }
    const central = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(start, 16);
    await this.out(Buffer.concat([central, end]));
  }
}
