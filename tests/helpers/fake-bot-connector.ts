/**
 * A local fake of the Bot Connector service (the `serviceUrl` of test activities), over real HTTP.
 * It records every activity the bot creates, updates or deletes, answers like the REST API
 * (v3/conversations…, v1/meetings/{id}), creates personal chats for users who "installed" the app,
 * and serves files at /files/{name} as a SharePoint download URL would.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  op: 'create' | 'update' | 'delete';
  conversationId: string;
  activityId: string;
  body: Record<string, any>;
  authorization: string | undefined;
}

export interface FakeFile {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

export class FakeBotConnector {
  url = '';
  readonly activities: RecordedActivity[] = [];
  readonly createdConversations: Array<Record<string, any>> = [];
  /** GET /v1/meetings/{id}: the meeting's info (organizer, details.msGraphResourceId). */
  readonly meetings = new Map<string, Record<string, any>>();
  /** Entra ids for which POST /v3/conversations succeeds (the app is installed for them). */
  readonly installedUsers = new Set<string>();
  readonly files = new Map<string, FakeFile>();
  readonly fileRequests: string[] = [];
  private server: Server | null = null;
  private seq = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  fileUrl(name: string): string {
    return `${this.url}/files/${encodeURIComponent(name)}`;
  }

  /** Messages (not typing) sent to a conversation, in order. */
  messagesIn(conversationId: string): RecordedActivity[] {
    return this.activities.filter((a) => a.conversationId === conversationId && a.op !== 'delete' && a.body.type === 'message');
  }

  /** Every text and card text of a recorded activity, flattened (for assertions). */
  static textOf(a: RecordedActivity): string {
    return JSON.stringify([a.body.text ?? '', a.body.attachments ?? []]);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as Record<string, any>) : {};
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    };
    let m: RegExpMatchArray | null;
    if (req.method === 'GET' && (m = path.match(/^\/files\/(.+)$/))) {
      this.fileRequests.push(m[1]!);
      const f = this.files.get(m[1]!);
      if (!f) return json(404, { error: 'not found' });
      res.writeHead(f.status ?? 200, { 'content-type': 'application/octet-stream', ...f.headers }).end(f.body ?? '');
      return;
    }
    if (req.method === 'POST' && (m = path.match(/^\/v3\/conversations\/(.+)\/activities$/))) {
      const activityId = `act-${++this.seq}`;
      this.activities.push({ op: 'create', conversationId: m[1]!, activityId, body, authorization: req.headers.authorization });
      return json(201, { id: activityId });
    }
    if (req.method === 'PUT' && (m = path.match(/^\/v3\/conversations\/(.+)\/activities\/([^/]+)$/))) {
      this.activities.push({ op: 'update', conversationId: m[1]!, activityId: m[2]!, body, authorization: req.headers.authorization });
      return json(200, { id: m[2] });
    }
    if (req.method === 'DELETE' && (m = path.match(/^\/v3\/conversations\/(.+)\/activities\/([^/]+)$/))) {
      this.activities.push({ op: 'delete', conversationId: m[1]!, activityId: m[2]!, body, authorization: req.headers.authorization });
      res.writeHead(200).end();
      return;
    }
    if (req.method === 'POST' && path === '/v3/conversations') {
      const member = body.members?.[0]?.id as string | undefined;
      if (!member || !this.installedUsers.has(member)) return json(403, { error: { code: 'Forbidden', message: 'Bot is not installed in user\'s personal scope' } });
      this.createdConversations.push(body);
      return json(201, { id: `a:personal-${member}` });
    }
    if (req.method === 'GET' && (m = path.match(/^\/v1\/meetings\/(.+)$/))) {
      const meeting = this.meetings.get(m[1]!);
      return meeting ? json(200, meeting) : json(404, { error: { code: 'NotFound', message: 'meeting not found' } });
    }
    if (req.method === 'GET' && (m = path.match(/^\/v3\/conversations\/(.+)\/members\/([^/]+)$/))) {
      return json(200, { id: m[2], aadObjectId: `aad-${m[2]}` });
    }
    json(404, { error: { code: 'NotFound', message: `no route ${req.method} ${path}` } });
  }
}
