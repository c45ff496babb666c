/**
 * A SIGTERM that arrives while the server is still starting is not lost and does not kill it mid-start:
 * once started, it drains and exits 0 (src/server/shutdown.ts holdSignalsDuringStart). A second signal
 * during the start ends a start that hangs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/test-database.js';

const SCRIPT = path.resolve(import.meta.dirname, '../helpers/slow-start.ts');
const dirs: string[] = [];

function start(): { out: () => string; exit: Promise<number | null>; kill: (s: NodeJS.Signals) => void; gate: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-start-'));
  dirs.push(dir);
  const gate = path.join(dir, 'go');
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, gate], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { out: () => out, exit, kill: (s) => child.kill(s), gate };
}

describe('a signal while the server starts', () => {
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is kept: the server finishes starting, drains and exits 0', async () => {
    const app = start();
    await waitFor('the start to begin', () => app.out().includes('starting'), 30_000);
    app.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(app.gate, '');
    expect(await app.exit).toBe(0);
    expect(app.out()).toBe('starting\nstarted\nstopped\n');
  }, 60_000);

  it('twice: a start that hangs is ended at once', async () => {
    const app = start();
    await waitFor('the start to begin', () => app.out().includes('starting'), 30_000);
    app.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    app.kill('SIGTERM');
    expect(await app.exit).toBe(1);
    expect(app.out()).toBe('starting\n');
  }, 60_000);
});
