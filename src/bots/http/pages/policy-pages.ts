/**
 * /privacy and /terms, the pages the Teams app manifest links to. Each shows the operator's own file
 * (MAMORI_PRIVACY_FILE / MAMORI_TERMS_FILE: Markdown, or an HTML fragment) or else mamori's default
 * text in the reader's language. Files are read once at start, so a missing or unsafe file stops the
 * start with one line instead of serving an error to a reader; edit the file, then restart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from './markdown.js';
import { escapeHtml, pageRoute, renderPage, type PageLang, type PageRoute } from './page-html.js';
import { pageLanguage } from './page-language.js';
import { DEFAULT_POLICY_TEXT, type PolicyKind } from './policy-texts.js';

export const PRIVACY_PATH = '/privacy';
export const TERMS_PATH = '/terms';

export interface PolicyFiles {
  privacyFile: string | undefined;
  termsFile: string | undefined;
}

export class PolicyPageError extends Error {
  override name = 'PolicyPageError';
}

const SETTING: Record<PolicyKind, string> = { privacy: 'MAMORI_PRIVACY_FILE', terms: 'MAMORI_TERMS_FILE' };
const TITLE: Record<PolicyKind, Record<PageLang, string>> = {
  privacy: { ja: 'プライバシーポリシー', en: 'Privacy policy' },
  terms: { ja: '利用規約', en: 'Terms of use' },
};

/**
 * What HTML may not carry: anything that runs, loads or submits. The pages' Content-Security-Policy
 * blocks them in the browser too; refusing them at start tells the operator instead of failing silently.
 */
const UNSAFE_HTML = /<\s*\/?\s*(script|iframe|frame|frameset|object|embed|applet|base|meta|link|form|svg|math)\b|\son[a-z]+\s*=|=\s*["']?\s*(javascript|vbscript|data)\s*:/i;

/** The operator's page, rendered once: HTML for <main>, or null when the setting is unset. */
export function loadPolicyFile(kind: PolicyKind, file: string | undefined): string | null {
  if (!file) return null;
  const setting = SETTING[kind];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new PolicyPageError(`${setting}: ファイル ${file} を読めません（${code}）/ cannot read ${file} (${code})`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return markdownToHtml(text);
  // An HTML fragment, or the body of a whole document.
  const html = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(text)?.[1] ?? text;
  const unsafe = UNSAFE_HTML.exec(html);
  if (unsafe) {
    throw new PolicyPageError(
      `${setting}: ${file} にスクリプトや外部読み込み（${unsafe[0].trim()}）は使えません。Markdown (.md) にするか取り除いてください / ` +
        `scripts and embedded content (${unsafe[0].trim()}) are not allowed: remove them or use Markdown (.md)`,
    );
  }
  return html;
}

function policyRoute(kind: PolicyKind, own: string | null): PageRoute {
  return pageRoute((req) => {
    const lang = pageLanguage(req);
    if (own !== null) return { html: renderPage(lang, TITLE[kind][lang], own) };
    const other: PageLang = lang === 'ja' ? 'en' : 'ja';
    const switcher = `<p><a href="?lang=${other}" hreflang="${other}">${escapeHtml(other === 'en' ? 'English' : '日本語')}</a></p>`;
    return { html: renderPage(lang, TITLE[kind][lang], `${switcher}\n${markdownToHtml(DEFAULT_POLICY_TEXT[kind][lang])}`) };
  });
}

/** The two routes; throws PolicyPageError (one line) for a file that cannot be served. */
export function policyRoutes(files: PolicyFiles): Record<string, PageRoute> {
  return {
    [PRIVACY_PATH]: policyRoute('privacy', loadPolicyFile('privacy', files.privacyFile)),
    [TERMS_PATH]: policyRoute('terms', loadPolicyFile('terms', files.termsFile)),
  };
}
