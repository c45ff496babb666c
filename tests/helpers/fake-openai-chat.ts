/**
 * A local stand-in for an OpenAI-compatible chat-completions endpoint (POST /v1/chat/completions),
 * reached over real HTTP through the SDK's baseURL. It records every request (parsed body and
 * authorization) and answers with what `reply` decides: an answer's content (object or raw text),
 * a failure (status and body, e.g. 429 or 500), or 'hang' (never answered, for timeouts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeChatRequest {
  body: {
    model: string;
    temperature?: number;
    max_completion_tokens?: number;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    messages: { role: string; content: string }[];
  };
  authorization: string | null;
  /** The raw request body as sent. */
  raw: string;
}

export type FakeChatReply =
  | { content: unknown; usage?: { prompt_tokens: number; completion_tokens: number }; finishReason?: string; model?: string }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | 'hang';

export class FakeOpenAiChat {
  readonly requests: FakeChatRequest[] = [];
  private server: Server | null = null;
  private port = 0;

  constructor(private readonly reply: (request: FakeChatRequest, index: number) => FakeChatReply) {}

  get baseURL(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: 'not found' } });
    const raw = Buffer.concat(chunks).toString('utf8');
    const request: FakeChatRequest = { body: JSON.parse(raw) as FakeChatRequest['body'], authorization: req.headers.authorization ?? null, raw };
    this.requests.push(request);
    const reply = this.reply(request, this.requests.length - 1);
    if (reply === 'hang') return;
    if ('status' in reply) {
      return send(res, reply.status, reply.body ?? { error: { message: `fake failure ${reply.status}`, type: 'server_error', code: null } }, reply.headers);
    }
    const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content);
    send(res, 200, {
      id: `chatcmpl-fake-${this.requests.length}`,
      object: 'chat.completion',
      created: 1_780_000_000,
      model: reply.model ?? request.body.model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: reply.finishReason ?? 'stop', logprobs: null }],
      usage: { ...(reply.usage ?? { prompt_tokens: 1000, completion_tokens: 200 }), total_tokens: 0 },
    });
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeOpenAiChat(reply: (request: FakeChatRequest, index: number) => FakeChatReply): Promise<FakeOpenAiChat> {
  return new FakeOpenAiChat(reply).start();
}
