/**
 * What the one-time download routes share (./export-download.ts, ./file-download.ts): the link's URL,
 * plain-text answers, and previews (HEAD, chat apps' unfurlers) answered without using a link up.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The download URL for a token under a route prefix, under the server's public base URL. */
export function downloadUrl(publicBaseUrl: string, prefix: string, token: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${prefix}${encodeURIComponent(token)}`;
}

export function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(`${text}\n`);
}

/**
 * Answers a HEAD request, or a GET from one of `previewAgents`, with `body` and nothing redeemed (the
 * person clicking the link still gets the file). True when it answered.
 */
export function answerPreview(req: IncomingMessage, res: ServerResponse, previewAgents: RegExp, body: string): boolean {
  if (req.method !== 'HEAD' && !(req.method === 'GET' && previewAgents.test(String(req.headers['user-agent'] ?? '')))) return false;
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : `${body}\n`);
  return true;
}

/** The token after `prefix` in a path, or null when it is not valid percent-encoding. */
export function tokenOf(pathname: string, prefix: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
}
