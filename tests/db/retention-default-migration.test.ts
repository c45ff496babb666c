/**
 * The migration that makes 365 days the default retention changes the default only: an organisation
 * that existed before it keeps the retention it had (90 days, the old default) until an admin
 * changes it, and one created afterwards without a value gets 365. The database is migrated up to the
 * migration before, given an organisation, then migrated the rest of the way, as an upgrade does.
 * Embedded PGlite by default; a fresh PostgreSQL database with TEST_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPostgres, MIGRATIONS_FOLDER, pgliteDatabase, type Database } from '../../src/db/connection.js';
import { organisations } from '../../src/db/schema/index.js';
import { TEST_DATABASE_URL, withDatabase } from '../helpers/test-database.js';

const work = mkdtempSync(join(tmpdir(), 'mamori-migration-test-'));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(work, { recursive: true, force: true });
});

/** The migrations folder as it was before the retention default changed (the journal cut just before it). */
function migrationsBefore(tagSuffix: string): string {
  const dir = join(work, 'drizzle-before');
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tagSuffix));
  if (at < 0) throw new Error(`no migration ending in ${tagSuffix}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}

/** A database migrated up to `folder`'s migrations. */
async function databaseAt(folder: string): Promise<Database> {
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

describe('the retention_default migration', () => {
  it('leaves existing organisations their retention and gives new ones 365 days', async () => {
    const database = await databaseAt(migrationsBefore('_retention_default'));
    const { db } = database;
    const [before] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: 'T-existing', name: '既存' }).returning();
    expect(before!.retentionDays).toBe(90);

    await database.migrate();
    const [kept] = await db.select().from(organisations).where(eq(organisations.id, before!.id));
    expect(kept!.retentionDays).toBe(90);
    const [fresh] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: 'T-new', name: '新規' }).returning();
    expect(fresh!.retentionDays).toBe(365);
  }, 60_000);
});
