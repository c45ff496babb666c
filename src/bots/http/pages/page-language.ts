/**
 * The reader's language: the `lang` the link carries (the booking's return URL names the
 * organisation's), else the browser's Accept-Language, else Japanese.
 */
import type { IncomingMessage } from 'node:http';
import type { PageLang } from './page-html.js';

export function pageLanguage(req: IncomingMessage): PageLang {
  const asked = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
  if (asked === 'ja' || asked === 'en') return asked;
  return preferredLanguage(req.headers['accept-language']);
}

/** The first of ja/en by the header's q-values (RFC 9110 §12.5.4); Japanese when it names neither. */
export function preferredLanguage(header: string | undefined): PageLang {
  if (!header) return 'ja';
  const ranked = header.split(',').map((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    return { primary: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
  });
  const best = ranked
    .filter((r) => (r.primary === 'ja' || r.primary === 'en') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)[0];
  return (best?.primary as PageLang | undefined) ?? 'ja';
}
