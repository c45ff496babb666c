/**
 * A local fake of Microsoft Graph's meeting transcript endpoints (the bot's Graph base URL points
 * here), over real HTTP: transcripts and their VTT content per meeting, and the refusals Graph
 * gives (403 with an error code, 404, 429 with Retry-After), one-shot or for good.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeMeeting {
  transcripts: Array<{ id: string; createdDateTime: string; vtt: string }>;
  /** Answer every list request with this (a refusal). */
  refuse?: GraphAnswer;
  /** Answers for the next requests (any endpoint of this meeting), before the normal ones. */
  next?: GraphAnswer[];
}

export class FakeGraph {
  url = '';
  readonly requests: string[] = [];
  readonly meetings = new Map<string, FakeMeeting>();
  private server: Server | null = null;

  static key(organizerId: string, meetingId: string): string {
    return `${organizerId}/${meetingId}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    this.requests.push(`${req.method} ${decodeURIComponent(url.pathname)}${decodeURIComponent(url.search)}`);
    const answer = (a: GraphAnswer) => {
      const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? {});
      res.writeHead(a.status, { 'content-type': typeof a.body === 'string' ? 'text/vtt' : 'application/json', ...a.headers }).end(text);
    };
    const m = decodeURIComponent(url.pathname).match(/^\/v1\.0\/users\/([^/]+)\/onlineMeetings\/([^/]+)\/transcripts(?:\/([^/]+)\/content)?$/);
    if (!m || req.method !== 'GET') return answer({ status: 400, body: { error: { code: 'BadRequest', message: 'unknown path' } } });
    const meeting = this.meetings.get(FakeGraph.key(m[1]!, m[2]!));
    if (!meeting) return answer({ status: 404, body: { error: { code: 'NotFound', message: 'The meeting was not found.' } } });
    const next = meeting.next?.shift();
    if (next) return answer(next);
    if (!m[3]) {
      if (meeting.refuse) return answer(meeting.refuse);
      return answer({ status: 200, body: { value: meeting.transcripts.map(({ id, createdDateTime }) => ({ id, createdDateTime })) } });
    }
    const t = meeting.transcripts.find((x) => x.id === m[3]);
    if (!t) return answer({ status: 404, body: { error: { code: 'NotFound', message: 'transcript not found' } } });
    if (url.searchParams.get('$format') !== 'text/vtt') return answer({ status: 400, body: { error: { code: 'BadRequest', message: 'format' } } });
    answer({ status: 200, body: t.vtt });
  }
}
