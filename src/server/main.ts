/**
 * `npm start`: the bot with in-process workers. Runs until SIGINT/SIGTERM, then finishes the jobs in
 * hand and closes the database, for at most MAMORI_SHUTDOWN_GRACE_SECONDS (see shutdown.ts).
 */
import { startServer, type ServerOptions } from './compose.js';
import { exitOnSignal } from './shutdown.js';

export async function runServerUntilSignalled(options: ServerOptions = {}): Promise<void> {
  // The workers (and /healthz) are up before startServer returns, so a SIGTERM can come while it is still starting:
  // without a handler Node would die of it mid-job. It is kept and raised again once the drain can handle it.
  const early: NodeJS.Signals[] = [];
  const keep = (signal: NodeJS.Signals) => early.push(signal);
  process.on('SIGINT', keep);
  process.on('SIGTERM', keep);
  let server;
  try {
    server = await startServer(process.env, { terminal: process.stdout.isTTY ? process.stdout : undefined, ...options });
  } finally {
    process.off('SIGINT', keep);
    process.off('SIGTERM', keep);
  }
  exitOnSignal(() => server.stop(), server.runtime.logger, server.runtime.config.shutdownGraceMs);
  for (const signal of early) process.kill(process.pid, signal);
}

const isEntry = process.argv[1] !== undefined && /server[/\\]main\.(ts|js)$/.test(process.argv[1]);
if (isEntry) {
  try {
    await runServerUntilSignalled();
  } catch (err) {
    process.stderr.write(`mamori: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
