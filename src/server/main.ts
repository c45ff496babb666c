/**
 * `npm start`: the bot with in-process workers. Runs until SIGINT/SIGTERM, then finishes the jobs in
 * hand and closes the database, for at most MAMORI_SHUTDOWN_GRACE_SECONDS (see shutdown.ts).
 */
import { startServer, type ServerOptions } from './compose.js';
import { exitOnSignal } from './shutdown.js';

export async function runServerUntilSignalled(options: ServerOptions = {}): Promise<void> {
  const server = await startServer(process.env, { terminal: process.stdout.isTTY ? process.stdout : undefined, ...options });
  exitOnSignal(() => server.stop(), server.runtime.logger, server.runtime.config.shutdownGraceMs);
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
