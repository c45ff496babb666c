/** A real HTTP server on a free local port that serves one download route (the other paths are 404). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  /** http://127.0.0.1:<port> */
  base: string;
  close(): Promise<void>;
}

export async function serveRoute(prefix: string, handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<Served> {
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname.startsWith(prefix)) return void handler(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
