/**
 * The frame of mamori's own web pages (booking return, privacy, terms): one small HTML document with
 * its own style and no script. Every text put in is escaped here; a policy forbids scripts, frames and
 * outside resources, so even an operator's HTML file cannot run anything in the reader's browser.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type PageLang = 'ja' | 'en';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** No script of any kind, no frames, no outside fetches; inline style only (the page's own). */
export const PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = [
  'body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;line-height:1.7;color:#1f2933;background:#f7f8fa;margin:0}',
  'main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.08)}',
  'h1{font-size:1.5rem;margin-top:0}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem}',
  'footer{max-width:40rem;margin:0 auto 3rem;color:#6b7280;font-size:.85rem;text-align:center}a{color:#1d4ed8}',
].join('');

/** A whole page; `title` is text (escaped here), `bodyHtml` is HTML its caller built from escaped text. */
export function renderPage(lang: PageLang, title: string, bodyHtml: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)} — mamori</title><style>${STYLE}</style></head>`,
    `<body><main>${bodyHtml}</main><footer>mamori</footer></body></html>`,
  ].join('\n');
}

/** A GET (or HEAD) route serving one page; other methods get 405. */
/** A page's handler, in Node's own terms, so the server can mount it without the pages knowing the server. */
export type PageRoute = (req: IncomingMessage, res: ServerResponse) => void;

export function pageRoute(page: (req: IncomingMessage) => { status?: number; html: string }): PageRoute {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed');
      return;
    }
    const { status = 200, html } = page(req);
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'content-security-policy': PAGE_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  };
}
