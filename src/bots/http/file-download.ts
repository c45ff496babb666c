/**
 * `GET /downloads/<token>`: a file a message could not carry (Teams: an .ics invitation, an invoice
 * or report PDF), behind the one-time, short-lived link on the card's button
 * (src/flows/download-links.ts keeps the bytes and redeems the link; a card's picture, fetched by
 * every client that shows the card, is served until its link expires). Unknown, used or expired links
 * get 404 with a plain explanation; link previews (HEAD, chat apps' unfurlers) do not use a link up,
 * as for the export links (./export-download.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ActionDeps } from '../../flows/actions/deps.js';
import { redeemDownloadLink } from '../../flows/download-links.js';
import { answerPreview, downloadUrl, plain, tokenOf } from './download-common.js';

/** The path prefix to mount (a prefix route of the server). */
export const FILE_DOWNLOAD_PREFIX = '/downloads/';

/** The flows' deps, given once by the server as to the adapters: the handler speaks HTTP, the flows reach the data. */
export type FileDownloadDeps = Pick<ActionDeps, 'database' | 'logger' | 'now'>;

/** The download URL for a token, under the server's public base URL. */
export function fileDownloadUrl(publicBaseUrl: string, token: string): string {
  return downloadUrl(publicBaseUrl, FILE_DOWNLOAD_PREFIX, token);
}

const NOT_FOUND = [
  'このダウンロードリンクは無効です（期限切れ、使用済み、または存在しません）。ファイルが必要な場合は、管理者にお問い合わせください。',
  'This download link is not valid (expired, already used, or unknown). If you still need the file, please ask your administrator.',
].join('\n');

/**
 * Link unfurlers fetch a URL to show a preview; they must not use up a one-time link. Only the
 * unfurlers themselves: a person's browser (or the Teams app's own web view) must get the file.
 */
const PREVIEW_AGENTS = /slackbot|slack-imgproxy|skypeuripreview|bingpreview|facebookexternalhit|twitterbot|discordbot|linkexpanding/i;

const SAFE_TYPES = /^(text\/calendar|application\/pdf|image\/(png|jpeg)|text\/csv|text\/plain|application\/json)$/;

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function createFileDownloadHandler(deps: FileDownloadDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(FILE_DOWNLOAD_PREFIX)) return plain(res, 404, 'not found');
    if (answerPreview(req, res, PREVIEW_AGENTS, 'mamori file')) return;
    if (req.method !== 'GET') return plain(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    const token = tokenOf(url.pathname, FILE_DOWNLOAD_PREFIX);
    if (token === null) return plain(res, 404, NOT_FOUND);
    const file = await redeemDownloadLink(deps.database, token, deps.now?.() ?? new Date());
    if (!file) return plain(res, 404, NOT_FOUND);
    deps.logger.info({ orgId: file.orgId, bytes: file.bytes.byteLength }, 'file downloaded');
    const type = SAFE_TYPES.test(file.mimeType) ? file.mimeType : 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type.startsWith('text/') ? `${type}; charset=utf-8` : type,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': contentDisposition(file.fileName),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    }).end(file.bytes);
  };
}
