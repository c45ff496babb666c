/**
 * A fresh, migrated database per test file: in-memory PGlite by default; a new PostgreSQL database
 * (created from TEST_DATABASE_URL, dropped afterwards) when that variable is set, so parallel test
 * files never share tables or pg-boss queues.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { JobsConfig } from '../../src/config.js';
import { PGlite } from '@electric-sql/pglite';
import { connectPostgres, pgliteDatabase, type Database } from '../../src/db/connection.js';

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
    const pglite = new PGlite();
    await pglite.waitReady;
    const database = pgliteDatabase(pglite, () => pglite.close());
    await database.migrate();
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
