/**
 * Every setting the code reads is in the README's settings tables, and every name in those tables is
 * read by the code. The names read are recorded, not guessed: `loadSettings` (what `npm start` reads)
 * runs on an environment that notes every variable asked of it. A scan of src/ finds every module that
 * reads an environment, so a new one that `loadSettings` does not reach fails here too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/server/settings.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** An environment that remembers every name read from it. */
function recordingEnv(values: Record<string, string>): { env: Record<string, string | undefined>; read: Set<string> } {
  const read = new Set<string>();
  const env = new Proxy(values as Record<string, string | undefined>, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return target[name as string];
    },
  });
  return { env, read };
}

/** Slack and Teams configured, so the loaders that run only for a configured platform run too. */
const CONFIGURED = {
  SLACK_BOT_TOKEN: 'xoxb-settings-test',
  SLACK_SIGNING_SECRET: 'settings-test-secret',
  TEAMS_CLIENT_ID: '00000000-0000-4000-8000-000000000001',
  TEAMS_CLIENT_SECRET: 'settings-test-secret',
  TEAMS_TENANT_ID: '00000000-0000-4000-8000-000000000002',
};

function namesReadByTheCode(): Set<string> {
  const { env, read } = recordingEnv(CONFIGURED);
  const settings = loadSettings(env);
  expect(settings.slack).not.toBeNull();
  expect(settings.teams).not.toBeNull();
  return read;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|mjs|js)$/.test(e.name) ? [p] : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/**
 * Variable names in the modules of src/ that read an environment (process.env, or an `env` object
 * passed in): keys of their zod schemas, `env.NAME`, and names given as strings to an env helper.
 */
function namesInEnvironmentReaders(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const code = withoutComments(readFileSync(file, 'utf8'));
    if (!/process\.env|\benv\??\.[A-Z]|\benv\[|\benv: (Env|Record<string, string \| undefined>)/.test(code)) continue;
    const names = [
      ...[...code.matchAll(/^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*:/gm)].map((m) => m[1]!),
      ...[...code.matchAll(/\benv\??\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!),
      ...[...code.matchAll(/['"]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"]/g)].map((m) => m[1]!),
    ];
    for (const n of new Set(names)) found.set(n, [...(found.get(n) ?? []), path.relative(ROOT, file)]);
  }
  return found;
}

/** The first column of every README table headed `| variable | default | meaning |`, full names only. */
function namesInReadmeTables(): Set<string> {
  const names = new Set<string>();
  let inTable = false;
  for (const line of readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n')) {
    if (/^\|\s*variable\s*\|/.test(line)) { inTable = true; continue; }
    if (!line.startsWith('|')) { inTable = false; continue; }
    if (!inTable || /^\|\s*-/.test(line)) continue;
    const firstCell = line.split('|')[1] ?? '';
    for (const m of firstCell.matchAll(/`([^`]+)`/g)) names.add(m[1]!);
  }
  return names;
}

describe('settings and the README', () => {
  it('reads, through loadSettings, every variable a module of src/ declares', () => {
    const read = namesReadByTheCode();
    const declared = namesInEnvironmentReaders();
    expect(declared.get('MAMORI_REALERT_MINUTES')).toContain('src/flows/actions/housekeeping-config.ts'); // names given to a helper count too
    const unreached = [...declared].filter(([n]) => !read.has(n)).map(([n, files]) => `${n} (${files.join(', ')})`);
    // A module that reads the environment on its own is read in src/server/settings.ts, once, before the start.
    expect(unreached).toEqual([]);
  });

  it('documents every variable the code reads in a README settings table', () => {
    const documented = namesInReadmeTables();
    const missing = [...namesReadByTheCode()].filter((n) => !documented.has(n)).sort();
    expect(missing).toEqual([]);
  });

  it('lists in the README tables only variables the code reads, each by its full name', () => {
    const read = namesReadByTheCode();
    const unread = [...namesInReadmeTables()].filter((n) => !read.has(n)).sort();
    expect(unread).toEqual([]);
  });

  it('notices a variable read but not documented (the check can fail)', () => {
    const { env, read } = recordingEnv({});
    void env.MAMORI_NOT_A_SETTING;
    expect([...read].filter((n) => !namesInReadmeTables().has(n))).toEqual(['MAMORI_NOT_A_SETTING']);
  });
});
