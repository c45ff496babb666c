/**
 * The floor of the Slack acknowledgement bench: a bare Node HTTP server that reads each request's body and
 * answers 200, in a process of its own started like the app's (bench/bench-process.ts). What the machine, Node
 * and the load generator cost in the same run, so the app's figure can be read as a ratio.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveBenchRequests } from './bench-process.js';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end());
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
serveBenchRequests({ appUrl: `http://127.0.0.1:${port}/slack/events` }, () => ({}), () => new Promise((r) => server.close(() => r())));
