/**
 * A local fake of the Slack Web API (and of files.slack.com), over real HTTP on 127.0.0.1:0. It
 * answers like Slack ({ok:true,…} / {ok:false,error}), records every call, keeps the messages it was
 * sent (with their metadata) so history/replies work, serves `url_private` downloads only to the
 * right bearer token, and can inject errors (ratelimited with Retry-After, not_in_channel, 404…).
 * Also: a signer that POSTs signed event/interaction/command requests to the app under test.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, any>;
  token: string | null;
  at: number;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks?: any[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user: string;
}

export interface FakeFile {
  id: string;
  name: string;
  mimetype: string;
  filetype: string;
  content: Uint8Array;
  /** Reported size (defaults to the content's). */
  size?: number;
  /** Download answers 404 (expired / deleted). */
  gone?: boolean;
}

type Injection = { error: string } | { status: 429; retryAfter: number };

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly messages: FakeMessage[] = [];
  readonly files = new Map<string, FakeFile>();
  readonly uploads: Array<{ fileId: string; bytes: number }> = [];
  readonly downloads: Array<{ fileId: string; authorised: boolean }> = [];
  readonly responses: Array<{ id: string; body: any }> = [];
  readonly locales = new Map<string, string>();
  readonly admins = new Set<string>();
  private readonly injections = new Map<string, Injection[]>();
  private readonly delays = new Map<string, number>();
  /** File id → downloads waiting for releaseDownloads (a stalled files.slack.com). */
  private readonly heldDownloads = new Map<string, Array<() => void>>();
  private server: Server | null = null;
  private seq = 0;
  base = '';

  constructor(readonly token = 'xoxb-test-token', readonly team = { id: 'T1', name: 'テスト株式会社' }, readonly botUserId = 'UBOT') {}

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        res.writeHead(500).end(String(err));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /** Every call of `method` is answered `ms` later (a slow Slack, to widen a race). */
  slowDown(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /** Downloads of this file get no answer (a stalled download) until releaseDownloads. */
  holdDownloads(id: string): void {
    if (!this.heldDownloads.has(id)) this.heldDownloads.set(id, []);
  }

  /** Answers the held downloads of this file, and later ones at once. */
  releaseDownloads(id: string): void {
    const waiting = this.heldDownloads.get(id) ?? [];
    this.heldDownloads.delete(id);
    for (const answer of waiting) answer();
  }

  /** The next call(s) of `method` fail this way, in order. */
  inject(method: string, ...failures: Injection[]): void {
    this.injections.set(method, [...(this.injections.get(method) ?? []), ...failures]);
  }

  addFile(f: Omit<FakeFile, 'content'> & { content: string | Uint8Array }): FakeFile {
    const file = { ...f, content: typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content };
    this.files.set(f.id, file);
    return file;
  }

  /** The file object as Slack puts it in events. */
  fileObject(id: string): Record<string, unknown> {
    const f = this.files.get(id)!;
    return { id: f.id, name: f.name, title: f.name, mimetype: f.mimetype, filetype: f.filetype, size: f.size ?? f.content.byteLength, url_private_download: `${this.base}/files/${f.id}` };
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** A message posted by the bot now, in its latest version. */
  message(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  threadMessages(channel: string, thread: string): FakeMessage[] {
    return this.messages.filter((m) => m.channel === channel && m.thread_ts === thread);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const body = await readBody(req);
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || null;
    if (url.pathname.startsWith('/files/') && req.method === 'GET') return this.download(url.pathname.slice(7), token, res);
    if (url.pathname.startsWith('/upload/')) {
      this.uploads.push({ fileId: url.pathname.slice(8), bytes: body.byteLength });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('OK - ' + body.byteLength);
      return;
    }
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ id: url.pathname.slice(9), body: JSON.parse(body.toString('utf8') || '{}') });
      res.writeHead(200).end('ok');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice(5);
    const args = parseArgs(req.headers['content-type'] ?? '', body);
    const callToken = token ?? (typeof args.token === 'string' ? args.token : null);
    this.calls.push({ method, args, token: callToken, at: Date.now() });
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const injected = this.injections.get(method)?.shift();
    if (injected) {
      if ('status' in injected) {
        res.writeHead(429, { 'retry-after': String(injected.retryAfter), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      } else this.json(res, { ok: false, error: injected.error });
      return;
    }
    if (callToken !== this.token) return this.json(res, { ok: false, error: 'invalid_auth' });
    this.json(res, this.answer(method, args));
  }

  private answer(method: string, a: Record<string, any>): Record<string, unknown> {
    const ts = () => `${1_800_000_000 + ++this.seq}.${String(this.seq).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return { ok: true, team_id: this.team.id, team: this.team.name, user_id: this.botUserId, bot_id: 'B1', url: 'https://fake.slack.test/' };
      case 'chat.postMessage': {
        const m: FakeMessage = { channel: a.channel, ts: ts(), text: a.text, blocks: a.blocks, thread_ts: a.thread_ts, metadata: a.metadata, user: this.botUserId };
        this.messages.push(m);
        return { ok: true, channel: a.channel, ts: m.ts, message: m };
      }
      case 'chat.update': {
        const m = this.message(a.channel, a.ts);
        if (!m) return { ok: false, error: 'message_not_found' };
        Object.assign(m, { text: a.text, blocks: a.blocks, ...(a.metadata ? { metadata: a.metadata } : {}) });
        return { ok: true, channel: a.channel, ts: a.ts };
      }
      case 'chat.delete': {
        const i = this.messages.findIndex((m) => m.channel === a.channel && m.ts === a.ts);
        if (i >= 0) this.messages.splice(i, 1);
        return { ok: true };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'chat.getPermalink':
        return { ok: true, permalink: `https://fake.slack.test/archives/${a.channel}/p${String(a.message_ts).replace('.', '')}` };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(a.users).replace(/^U/, '')}` } };
      case 'conversations.history': {
        let list = this.messages.filter((m) => m.channel === a.channel && !m.thread_ts);
        list = [...list, ...this.userMessages.filter((m) => m.channel === a.channel)];
        if (a.latest) list = list.filter((m) => (a.inclusive ? m.ts <= a.latest : m.ts < a.latest));
        return { ok: true, messages: list.reverse().slice(0, Number(a.limit ?? 100)) };
      }
      case 'conversations.replies':
        return { ok: true, messages: this.messages.filter((m) => m.channel === a.channel && (m.thread_ts === a.ts || m.ts === a.ts)) };
      case 'users.info':
        return { ok: true, user: { id: a.user, locale: this.locales.get(a.user) ?? 'ja-JP', is_admin: this.admins.has(a.user), is_owner: false } };
      case 'files.info': {
        const f = this.files.get(a.file);
        if (!f) return { ok: false, error: 'file_not_found' };
        return { ok: true, file: this.fileObject(f.id) };
      }
      case 'files.getUploadURLExternal': {
        const id = `FUP${++this.seq}`;
        return { ok: true, upload_url: `${this.base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (a.files ?? []).map((f: { id: string }) => ({ id: f.id })) };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${++this.seq}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Messages people wrote (for pasted transcripts read back with conversations.history). */
  readonly userMessages: Array<{ channel: string; ts: string; text: string; user: string }> = [];

  private download(id: string, token: string | null, res: ServerResponse): void {
    const f = this.files.get(id);
    const authorised = token === this.token;
    this.downloads.push({ fileId: id, authorised });
    if (!authorised) return void res.writeHead(403).end('forbidden');
    if (!f || f.gone) return void res.writeHead(404).end('not found');
    const answer = () => res.writeHead(200, { 'content-type': f.mimetype, 'content-length': String(f.content.byteLength) }).end(Buffer.from(f.content));
    const held = this.heldDownloads.get(id);
    if (held) held.push(answer);
    else answer();
  }

  private json(res: ServerResponse, body: unknown): void {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(contentType: string, body: Buffer): Record<string, any> {
  const text = body.toString('utf8');
  if (contentType.includes('application/json')) return text ? JSON.parse(text) : {};
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** Signs and POSTs requests to the app as Slack does (v0 HMAC-SHA256 over `v0:timestamp:body`). */
export class SlackSigner {
  constructor(readonly appUrl: string, readonly signingSecret: string) {}

  signature(body: string, timestamp: number): string {
    return `v0=${createHmac('sha256', this.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  }

  async post(body: string, contentType: string, options: { retryNum?: number; timestamp?: number; unsigned?: boolean } = {}): Promise<{ status: number; ms: number; text: string }> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': contentType };
    if (!options.unsigned) {
      headers['x-slack-request-timestamp'] = String(timestamp);
      headers['x-slack-signature'] = this.signature(body, timestamp);
    }
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    const started = performance.now();
    const res = await fetch(this.appUrl, { method: 'POST', headers, body });
    const text = await res.text();
    return { status: res.status, ms: performance.now() - started, text };
  }

  event(event: Record<string, unknown>, options: { eventId?: string; teamId?: string; retryNum?: number; timestamp?: number; unsigned?: boolean } = {}) {
    const body = JSON.stringify({
      token: 'legacy', team_id: options.teamId ?? 'T1', api_app_id: 'A1', type: 'event_callback',
      event_id: options.eventId ?? `Ev${Math.random().toString(36).slice(2, 12)}`, event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: options.teamId ?? 'T1', user_id: 'UBOT', is_bot: true }], event,
    });
    return this.post(body, 'application/json', options);
  }

  interaction(payload: Record<string, unknown>) {
    return this.post(`payload=${encodeURIComponent(JSON.stringify(payload))}`, 'application/x-www-form-urlencoded');
  }

  command(fields: Record<string, string>) {
    return this.post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
  }
}
