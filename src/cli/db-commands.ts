/**
 * `npx mamori db migrate | dead-letters | retry-dead-letter <id>` and `npx mamori worker`.
 */
import type { Command } from 'commander';
import { ConfigError, loadConfig, type AppConfig } from '../config.js';
import { DatabaseInUseError, openDatabase } from '../db/connection.js';
import { listDeadLetters, retryDeadLetter } from '../jobs/admin.js';
import { startBoss } from '../jobs/boss.js';
import type { PipelinePorts } from '../jobs/workers.js';
import { createLogger } from '../logger.js';
import { runUntilSignalled } from '../server/start.js';

export interface DbCommandOptions {
  config?: () => AppConfig;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Where a failing command's exit code goes (default: process.exitCode). */
  setExitCode?: (code: number) => void;
  /** The platform adapters' ports for `mamori worker` (supplied by the bots once they exist). */
  ports?: (config: AppConfig) => Promise<Partial<PipelinePorts>>;
}

export function registerDbCommands(program: Command, options: DbCommandOptions = {}): void {
  const config = options.config ?? (() => loadConfig());
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const fail = options.setExitCode ?? ((code: number) => (process.exitCode = code));
  /** Bad configuration or a busy data folder is the user's to fix: a message, not a stack trace. */
  const guarded = <A extends unknown[]>(action: (...args: A) => Promise<void>) => async (...args: A) => {
    try {
      await action(...args);
    } catch (e) {
      if (e instanceof ConfigError || e instanceof DatabaseInUseError) {
        err(`mamori: ${e.message}`);
        fail(1);
        return;
      }
      throw e;
    }
  };
  const where = (c: AppConfig) => (c.database.url ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${c.database.dataDir}`);

  const db = program.command('db').description('database and job queue administration');

  db.command('migrate')
    .description('apply the database migrations and install the job queues')
    .action(guarded(async () => {
      const c = config();
      const database = await openDatabase(c.database);
      try {
        await database.migrate();
        const boss = await startBoss(database, c.jobs, createLogger('warn'), { supervise: false, schedule: false });
        await boss.stop({ graceful: false, wait: true, close: false });
        out(`migrated: ${where(c)}`);
      } finally {
        await database.close();
      }
    }));

  db.command('dead-letters')
    .description('list jobs that failed every retry')
    .option('--json', 'one JSON object a line')
    .action(guarded(async (opts: { json?: boolean }) => {
      const c = config();
      const database = await openDatabase(c.database);
      try {
        await database.migrate();
        const letters = await listDeadLetters(database);
        if (opts.json) letters.forEach((l) => out(JSON.stringify(l)));
        else if (letters.length === 0) out('no dead letters');
        else letters.forEach((l) => out(`${l.id}  ${l.createdOn}  ${l.origin}  ${JSON.stringify(l.data)}  ${l.error ?? ''}`));
      } finally {
        await database.close();
      }
    }));

  db.command('retry-dead-letter')
    .description('send a dead-lettered job back to its queue')
    .argument('<id>', 'the dead letter id (from `mamori db dead-letters`)')
    .action(guarded(async (id: string) => {
      const c = config();
      const database = await openDatabase(c.database);
      try {
        await database.migrate();
        const boss = await startBoss(database, c.jobs, createLogger('warn'), { supervise: false, schedule: false });
        try {
          const newId = await retryDeadLetter(boss, database, id);
          if (newId === null) {
            err(`no dead letter ${id}`);
            fail(1);
          } else out(`retried ${id} as job ${newId}`);
        } finally {
          await boss.stop({ graceful: false, wait: true, close: false });
        }
      } finally {
        await database.close();
      }
    }));

  program
    .command('worker')
    .description('run the job workers only (several machines can share one PostgreSQL)')
    .action(guarded(async () => {
      const c = config();
      if (options.ports) await runUntilSignalled({ config: c, ports: await options.ports(c) });
      // The platforms' adapters give the workers their FileSource and Messenger; nothing listens.
      else await (await import('../server/main.js')).runServerUntilSignalled({ config: c, serve: false });
      // Keeps running until SIGINT/SIGTERM.
      await new Promise<never>(() => {});
    }));
}
