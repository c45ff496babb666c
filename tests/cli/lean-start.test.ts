/**
 * `npx mamori analyze` loads the engine and nothing of the server: not Bolt, the Teams SDK, drizzle, the
 * PostgreSQL drivers or pg-boss (loading them was most of the command's start-up). The compiled CLI runs with a
 * module hook that records every module it resolves (tests/helpers/record-imports.mjs); a database command run
 * the same way shows that the record does see those libraries when they are loaded.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOOK = path.join(ROOT, 'tests/helpers/record-imports.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'mamori-lean-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The server's libraries, as their resolved paths name them. */
const SERVER_LIBRARIES = ['@slack/bolt', '@microsoft/teams.apps', 'drizzle-orm', 'pg-boss', '/postgres/', '@electric-sql/pglite'];

async function modulesLoadedBy(name: string, args: string[]): Promise<{ stdout: string; modules: string[] }> {
  const log = path.join(dir, `${name}.log`);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', HOOK, path.join(ROOT, 'dist/cli/main.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, MAMORI_IMPORT_LOG: log, MAMORI_DATA_DIR: path.join(dir, `${name}-data`) },
  });
  return { stdout, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const loaded = (modules: string[], library: string) => modules.some((m) => m.includes(`/node_modules/${library.replace(/^\/|\/$/g, '')}/`));

describe('the compiled CLI loads only what its command needs', () => {
  it('analyze: the engine, none of the server\'s libraries', async () => {
    const { stdout, modules } = await modulesLoadedBy('analyze', ['analyze', path.join(ROOT, 'samples/en-harassment.txt'), '--json']);
    expect(JSON.parse(stdout.trim()).verdict).toBe('kasuhara');
    expect(modules.some((m) => m.endsWith('/dist/analysis/analyze.js'))).toBe(true);
    expect(SERVER_LIBRARIES.filter((lib) => loaded(modules, lib))).toEqual([]);
    expect(modules.some((m) => /\/dist\/(bots|db|jobs|server|flows)\//.test(m))).toBe(false);
  });

  it('practice: the scenario library, none of the server\'s libraries', async () => {
    const { stdout, modules } = await modulesLoadedBy('practice', ['practice', 'scenarios', '--json']);
    expect(stdout.trim().split('\n').length).toBeGreaterThanOrEqual(30);
    expect(modules.some((m) => m.endsWith('/dist/practice/library.js'))).toBe(true);
    expect(SERVER_LIBRARIES.filter((lib) => loaded(modules, lib))).toEqual([]);
    expect(modules.some((m) => /\/dist\/(bots|db|jobs|server|flows)\//.test(m))).toBe(false);
  });

  it('the database commands: the record sees drizzle and pg-boss once they are loaded', async () => {
    const { stdout, modules } = await modulesLoadedBy('db', ['db', '--help']);
    expect(stdout).toMatch(/migrate/);
    expect(['drizzle-orm', 'pg-boss'].filter((lib) => loaded(modules, lib))).toEqual(['drizzle-orm', 'pg-boss']);
  });
});
