/**
 * mamori's own web pages over real HTTP, mounted on the one HTTP server as `npm start` mounts them:
 * where Stripe Checkout returns a trainee (paid / not paid, in the reader's language, naming the chat the
 * confirmation arrives in) and the /privacy and /terms pages the Teams manifest links to — the
 * operator's Markdown or HTML file, or mamori's default text. Every page escapes what it shows and
 * carries a policy that forbids scripts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingReturnRoutes } from '../../../src/bots/http/pages/booking-return-pages.js';
import { PolicyPageError, policyRoutes } from '../../../src/bots/http/pages/policy-pages.js';
import { silentLogger } from '../../../src/logger.js';
import { createHttpServer, listen } from '../../../src/server/http.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mamori-pages-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

async function serve(routes: ReturnType<typeof bookingReturnRoutes>): Promise<{ server: Server; base: string }> {
  const server = createHttpServer(routes, silentLogger, async () => ({ ok: true }));
  await listen(server, 0, '127.0.0.1');
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function page(url: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await fetch(url, { headers });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** The visible text of a page: tags dropped, entities decoded, as a reader sees it. */
const visible = (html: string) =>
  html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the pages Stripe Checkout returns to', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => ({ server, base } = await serve(bookingReturnRoutes())));
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('after paying, says in the organisation’s language that the confirmation arrives in its chat', async () => {
    const ja = await page(`${base}/booking/paid?lang=ja&platform=slack`, { 'accept-language': 'en-US,en;q=0.9' });
    expect(ja.status).toBe(200);
    expect(ja.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ja.html).toContain('<html lang="ja">');
    expect(visible(ja.html)).toContain('お支払いを受け付けました');
    expect(visible(ja.html)).toContain('予約の確定のお知らせは、まもなく Slack の mamori からのメッセージで届きます');

    const en = await page(`${base}/booking/paid?lang=en&platform=teams`);
    expect(en.html).toContain('<html lang="en">');
    expect(visible(en.html)).toContain('The confirmation of your booking arrives shortly as a message from mamori in Microsoft Teams');
  });

  it('without a language in the link, follows the browser’s Accept-Language (q-values), else Japanese', async () => {
    const en = await page(`${base}/booking/cancelled`, { 'accept-language': 'fr-FR, en;q=0.8, ja;q=0.5' });
    expect(en.html).toContain('<html lang="en">');
    expect(visible(en.html)).toContain('You have not been charged');
    expect(visible(en.html)).toContain('Slack or Microsoft Teams');
    const ja = await page(`${base}/booking/cancelled`, { 'accept-language': 'en;q=0.3, ja-JP' });
    expect(visible(ja.html)).toContain('料金は請求されていません');
    const none = await page(`${base}/booking/cancelled`);
    expect(none.html).toContain('<html lang="ja">');
  });

  it('shows nothing of a hostile link and allows no script', async () => {
    const hostile = await page(`${base}/booking/paid?lang=<script>&platform=<img src=x onerror=alert(1)>`);
    expect(hostile.status).toBe(200);
    expect(hostile.html).not.toMatch(/<script|onerror|<img/i);
    expect(visible(hostile.html)).toContain('Slack または Microsoft Teams');
    expect(hostile.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(hostile.headers.get('content-security-policy')).not.toMatch(/script-src/);
    expect(hostile.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(`${base}/booking/paid`, { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await fetch(`${base}/booking/paid`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('/privacy and /terms', () => {
  it('serve mamori’s default text in Japanese, and in English for an English reader', async () => {
    const { server, base } = await serve(policyRoutes({ privacyFile: undefined, termsFile: undefined }));
    try {
      const privacy = await page(`${base}/privacy`);
      expect(privacy.status).toBe(200);
      expect(privacy.html).toContain('<h1>プライバシーポリシー</h1>');
      expect(visible(privacy.html)).toContain('mamori はカード番号を受け取らず、保存もしません');
      expect(privacy.html).toContain('<a href="?lang=en" hreflang="en">English</a>');
      const terms = await page(`${base}/terms`, { 'accept-language': 'en-GB' });
      expect(terms.html).toContain('<h1>Terms of use</h1>');
      expect(visible(terms.html)).toContain('It is neither a legal judgement nor an assessment of any person');
      expect((await page(`${base}/terms?lang=ja`)).html).toContain('<h1>利用規約</h1>');
      expect(privacy.headers.get('content-security-policy')).toContain("default-src 'none'");
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('serve the operator’s Markdown with every character of its text escaped', async () => {
    const privacyFile = file('privacy.md', [
      '# 株式会社かすみ商事 個人情報保護方針',
      '',
      '当社は <script>alert("x")</script> を含む **大切な情報** を守ります & 管理します。',
      '',
      '- 窓口: [お問い合わせ](https://kasumi.example/contact)',
      '- [危ないリンク](javascript:alert(1))',
      '',
    ].join('\n'));
    const termsFile = file('terms.html', '<html><head><title>t</title></head><body><h1>Terms of Kasumi</h1><p>Be <em>kind</em>.</p></body></html>');
    const { server, base } = await serve(policyRoutes({ privacyFile, termsFile }));
    try {
      const privacy = await page(`${base}/privacy`, { 'accept-language': 'en' });
      expect(privacy.html).toContain('<h1>株式会社かすみ商事 個人情報保護方針</h1>');
      expect(privacy.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(privacy.html).not.toMatch(/<script|href="javascript/i);
      expect(privacy.html).toContain('<strong>大切な情報</strong> を守ります &amp; 管理します');
      expect(privacy.html).toContain('<li>窓口: <a href="https://kasumi.example/contact" rel="noopener noreferrer">お問い合わせ</a></li>');
      expect(privacy.html).not.toContain('カード番号'); // not the default text
      const terms = await page(`${base}/terms`);
      expect(terms.html).toContain('<h1>Terms of Kasumi</h1><p>Be <em>kind</em>.</p>');
      expect(terms.html).not.toContain('<title>t</title>');
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('refuse, in one line naming the setting, a missing file or HTML that could run or load anything', () => {
    expect(() => policyRoutes({ privacyFile: path.join(dir, 'nowhere.md'), termsFile: undefined }))
      .toThrowError(new PolicyPageError(`MAMORI_PRIVACY_FILE: ファイル ${path.join(dir, 'nowhere.md')} を読めません（ENOENT）/ cannot read ${path.join(dir, 'nowhere.md')} (ENOENT)`));
    for (const html of ['<p>hi</p><script>alert(1)</script>', '<p onclick="x()">hi</p>', '<a href="javascript:alert(1)">x</a>', '<iframe src="https://x.example"></iframe>']) {
      const termsFile = file('bad.html', html);
      expect(() => policyRoutes({ privacyFile: undefined, termsFile })).toThrow(/^MAMORI_TERMS_FILE: .*スクリプト.* are not allowed/);
    }
    // Ordinary prose that mentions "data:" is not mistaken for a data: URL.
    expect(() => policyRoutes({ privacyFile: file('ok.html', '<p>Personal data: kept 365 days.</p>'), termsFile: undefined })).not.toThrow();
  });
});
