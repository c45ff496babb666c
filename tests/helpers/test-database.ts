/**
 * A fresh, migrated database per test file: in-memory PGlite by default; a new PostgreSQL database
 * (created from TEST_DATABASE_URL, dropped afterwards) when that variable is set, so parallel test
 * files never share tables or pg-boss queues.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { JobsConfig } from '../../src/config.js';
import { PGlite } from '@electric-sql/pglite';
import { connectPostgres, MIGRATIONS_FOLDER, pgliteDatabase, type Database } from '../../src/db/connection.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase {
  database: Database;
  /** Set on PostgreSQL: the URL of this test's own database (for child processes). */
  url: string | undefined;
  /** Set on PGlite: the embedded database itself (the crash test gives each simulated worker a handle to it). */
  pglite: PGlite | undefined;
  close(): Promise<void>;
}

export async function openTestDatabase(options: { pool?: number } = {}): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const pglite = await migratedPglite();
    const database = pgliteDatabase(pglite, () => pglite.close());
    await database.migrate(); // a no-op from the snapshot; applies anything newer
    return { database, url: undefined, pglite, close: () => database.close() };
  }
  const name = `mamori_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = withDatabase(TEST_DATABASE_URL, name);
  const database = connectPostgres(url, { max: options.pool ?? 10 });
  await database.migrate();
  return {
    database,
    url,
    pglite: undefined,
    async close() {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Short expiries and fast polling so crash recovery happens within a test's time. */
export function testJobsConfig(overrides: Partial<JobsConfig> = {}): JobsConfig {
  return {
    concurrency: 2,
    retryLimit: 5,
    retryDelaySeconds: 1,
    analysisExpireSeconds: 3,
    deliveryExpireSeconds: 3,
    pollingIntervalSeconds: 0.05,
    maintenanceIntervalSeconds: 1,
    retentionCron: '17 3 * * *',
    schedulerTickSeconds: 30,
    ...overrides,
  };
}

/** Waits until `check` returns a value other than undefined/false; fails after `timeoutMs`. Polls state, never a fixed sleep. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
  intervalMs = 25,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * A fresh in-memory PGlite with the migrations applied. Starting PGlite (its initdb) costs seconds;
 * loading a snapshot of a migrated one costs a fraction, so the first test file to need one writes a
 * snapshot to the temp folder, keyed by the migrations' content, and the others load it.
 */
async function migratedPglite(): Promise<PGlite> {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    if (name.endsWith('.sql') || name.endsWith('.json')) hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  const snapshot = join(tmpdir(), `mamori-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(snapshot)) {
    try {
      const pglite = new PGlite({ loadDataDir: new Blob([readFileSync(snapshot)]) });
      await pglite.waitReady;
      return pglite;
    } catch {
      // unreadable snapshot: build a fresh database below
    }
  }
  const pglite = new PGlite();
  await pglite.waitReady;
  await pgliteDatabase(pglite, async () => {}).migrate();
  const dump = await pglite.dumpDataDir('none');
  const tmp = `${snapshot}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, snapshot);
  return pglite;
}
