/**
 * `npm start`: the bot with in-process workers. Runs until SIGINT/SIGTERM, then finishes the jobs in
 * hand and closes the database.
 */
import { startServer, type ServerOptions } from './compose.js';

export async function runServerUntilSignalled(options: ServerOptions = {}): Promise<void> {
  const server = await startServer(process.env, options);
  const shutdown = (signal: string) => {
    server.runtime.logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        server.runtime.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
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
