/**
 * A database migrated part of the way, as an organisation upgrading finds it: `migrationsBefore`
 * copies the migrations folder with its journal cut just before a migration; `databaseAt` migrates a
 * fresh database (embedded PGlite, or a new PostgreSQL database under TEST_DATABASE_URL) up to it.
 * Call `dropMigratedDatabases` after the tests.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { connectPostgres, MIGRATIONS_FOLDER, pgliteDatabase, type Database } from '../../src/db/connection.js';
import { TEST_DATABASE_URL, withDatabase } from './test-database.js';

const work = mkdtempSync(join(tmpdir(), 'mamori-migration-test-'));
const cleanups: Array<() => Promise<void>> = [];

export async function dropMigratedDatabases(): Promise<void> {
  for (const c of cleanups.reverse()) await c();
  rmSync(work, { recursive: true, force: true });
}

/** The migrations folder as it was before the migration whose tag ends in `tagSuffix`. */
export function migrationsBefore(tagSuffix: string): string {
  const dir = join(work, `drizzle-before${tagSuffix}`);
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tagSuffix));
  if (at < 0) throw new Error(`no migration ending in ${tagSuffix}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}

/** A fresh database migrated up to `folder`'s migrations; `database.migrate()` takes it the rest of the way. */
export async function databaseAt(folder: string): Promise<Database> {
  if (!TEST_DATABASE_URL) {
    const pglite = new PGlite();
    await pglite.waitReady;
    const database = pgliteDatabase(pglite, () => pglite.close());
    await migratePglite(database.db as never, { migrationsFolder: folder });
    cleanups.push(() => database.close());
    return database;
  }
  const name = `mamori_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const database = connectPostgres(withDatabase(TEST_DATABASE_URL, name), { max: 2, bossMax: 1 });
  await migratePostgres(database.db as never, { migrationsFolder: folder });
  cleanups.push(async () => {
    await database.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  });
  return database;
}
