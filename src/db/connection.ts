/**
 * One `Database` interface, two implementations:
 * - PostgreSQL through postgres.js when DATABASE_URL is set (several machines can share it);
 * - embedded PGlite in MAMORI_DATA_DIR otherwise (or in memory, for tests), so a newcomer needs no server.
 * Both give a drizzle database over the same pg-core schema and a pg-boss `db` adapter on the same
 * connection(s), including one bound to a drizzle transaction so a row and its job commit together.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or a transaction. */
export type Executor = Db | Tx;

/** The shape pg-boss 10 accepts as its `db` option (constructor and per-call). */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export interface Database {
  readonly kind: 'postgres' | 'pglite';
  readonly db: Db;
  /** pg-boss adapter on the pool (postgres) or the embedded database (pglite). */
  readonly bossDb: BossDb;
  /** pg-boss adapter that runs inside `tx`: `boss.send(q, data, { db: database.txBossDb(tx) })`. */
  txBossDb(tx: Tx): BossDb;
  /** Applies the committed drizzle migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Parameters for a postgres.js client whose serializers drizzle made transparent (json, jsonb, dates):
 * pre-serialised as node-postgres would (pg-boss is written against node-postgres).
 */
function toPgParam(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return v;
  if (Array.isArray(v)) return toPgArrayLiteral(v);
  if (typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return String(v);
  return v;
}

function toPgArrayLiteral(items: unknown[]): string {
  const parts = items.map((i) => {
    if (i === null || i === undefined) return 'NULL';
    if (Array.isArray(i)) return toPgArrayLiteral(i);
    const s = i instanceof Date ? i.toISOString() : typeof i === 'object' ? JSON.stringify(i) : String(i);
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(',')}}`;
}

/** The driver client drizzle runs a transaction on (a drizzle internal, stable across 0.3x–0.45). */
function clientOf(tx: Tx): unknown {
  const session = (tx as unknown as { session?: { client?: unknown } }).session;
  if (!session?.client) throw new Error('cannot reach the driver client of this drizzle transaction');
  return session.client;
}

type PostgresClient = postgres.Sql | postgres.TransactionSql;

/**
 * `prepare`: how to turn pg-boss's values into postgres.js parameters. A client of our own keeps
 * postgres.js's serializers, which go by the parameter types the server describes (objects → jsonb,
 * arrays → uuid[]): values pass as they are. Drizzle's client needs `toPgParam`.
 */
function postgresBossDb(client: PostgresClient, prepare: (v: unknown) => unknown, pool?: postgres.Sql): BossDb {
  return {
    async executeSql(text, values) {
      if (pool && (!values || values.length === 0)) {
        // pg-boss's scripts (install, migrations, maintenance) wrap themselves in BEGIN…COMMIT;
        // postgres.js only allows that on a reserved connection.
        const reserved = await pool.reserve();
        try {
          const rows = await reserved.unsafe(text);
          return { rows: Array.isArray(rows) ? [...rows] : [] };
        } finally {
          reserved.release();
        }
      }
      const params = (values ?? []).map(prepare) as postgres.ParameterOrJSON<never>[];
      const rows = await client.unsafe(text, params, { prepare: true });
      return { rows: [...rows] };
    },
  };
}

interface PgliteLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<Array<{ rows: unknown[] }>>;
}

function pgliteBossDb(client: PgliteLike): BossDb {
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        // pg-boss sends multi-statement scripts (migrations, maintenance) without parameters.
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const res = await client.query<unknown>(text, values.map((v) => (v === undefined ? null : v)));
      return { rows: res.rows };
    },
  };
}

export interface PostgresOptions {
  /** Pool size for the application's queries. */
  max?: number;
  /** Pool size for pg-boss (fetching, completing, maintenance). */
  bossMax?: number;
  onNotice?: (notice: postgres.Notice) => void;
}

/**
 * pg-boss is written against node-postgres, which sends a string parameter as it is: pg-boss passes
 * JSON it has already stringified (`json_to_recordset($1)` in the timekeeper's and `insert()`'s
 * statements). postgres.js's json/jsonb serializers would stringify that string again into a JSON
 * string scalar, and every schedule tick would fail. Text passes through; objects are stringified once.
 */
function passJsonTextThrough(client: postgres.Sql): void {
  const serialize = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const serializers = client.options.serializers as Record<string, (v: unknown) => unknown>;
  serializers['114'] = serialize; // json
  serializers['3802'] = serialize; // jsonb
}

export function connectPostgres(url: string, options: PostgresOptions = {}): Database {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: options.onNotice ?? (() => {}),
    connection: { application_name: 'mamori' },
  });
  // pg-boss gets its own small pool: drizzle changes its client's type parsers (dates stay strings).
  const bossClient = postgres(url, {
    max: options.bossMax ?? 4,
    onnotice: options.onNotice ?? (() => {}),
    connection: { application_name: 'mamori-jobs' },
  });
  passJsonTextThrough(bossClient);
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    bossDb: postgresBossDb(bossClient, (v) => (v === undefined ? null : v), bossClient),
    txBossDb: (tx) => postgresBossDb(clientOf(tx) as postgres.TransactionSql, toPgParam),
    async migrate() {
      await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async close() {
      await Promise.all([client.end({ timeout: 5 }), bossClient.end({ timeout: 5 })]);
    },
  };
}

/** The data folder is in use by another live process (PGlite is single-process). */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

/**
 * Takes the data folder for this process: PGlite would corrupt a folder two processes open at once
 * (e.g. `npm start` and `npx mamori db migrate`). A lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lock = join(dataDir, 'mamori.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        throw new DatabaseInUseError(
          `the embedded database in ${dataDir} is in use by process ${pid}; stop it, or set DATABASE_URL to share a PostgreSQL server`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new DatabaseInUseError(`could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Embedded PGlite: in `dataDir` (locked to this process), or in memory when dataDir is undefined. */
export async function connectPglite(dataDir?: string): Promise<Database> {
  if (!dataDir) {
    const memory = new PGlite();
    await memory.waitReady;
    return pgliteDatabase(memory, async () => {
      if (!memory.closed) await memory.close();
    });
  }
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const client = new PGlite(dataDir);
    await client.waitReady;
    return pgliteDatabase(client, async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        unlock();
      }
    });
  } catch (err) {
    unlock();
    throw err;
  }
}

/**
 * A Database over an existing PGlite client (or anything shaped like one: the crash test wraps the
 * client to simulate a killed worker). `close` is what closing this handle does.
 */
export function pgliteDatabase(client: PGlite, close: () => Promise<void>): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    bossDb: pgliteBossDb(client as unknown as PgliteLike),
    txBossDb: (tx) => pgliteBossDb(clientOf(tx) as PgliteLike),
    async migrate() {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    close,
  };
}

/** PostgreSQL when a URL is configured, embedded PGlite in the data folder otherwise. */
export async function openDatabase(config: { url: string | undefined; dataDir: string }): Promise<Database> {
  return config.url ? connectPostgres(config.url) : connectPglite(config.dataDir);
}
