/**
 * `npx mamori teams package` run as an admin runs it (the real bin, a real process): without the Teams
 * settings, or with half of them, it says what is missing in one `mamori: …` line and exits 1, never
 * with a stack trace; with them it writes the package.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/mamori.js');
const dir = mkdtempSync(path.join(tmpdir(), 'mamori-teams-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mamori(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const BOT = '11111111-2222-3333-4444-555555555555';

describe('npx mamori teams package', () => {
  it('without settings: one line naming what to set, exit 1', async () => {
    const r = await mamori(['teams', 'package']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^mamori: Teams is not configured: set TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID and TEAMS_BOT_DOMAIN/)]);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, 'mamori-teams.zip'))).toBe(false);
  }, 60_000);

  it('with the app but no public host name: one line naming TEAMS_BOT_DOMAIN', async () => {
    const r = await mamori(['teams', 'package'], { TEAMS_CLIENT_ID: BOT, TEAMS_CLIENT_SECRET: 'x', TEAMS_TENANT_ID: BOT });
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^mamori: TEAMS_BOT_DOMAIN .* is required$/)]);
    expect(r.code).toBe(1);
  }, 60_000);

  it('with a malformed setting: one line naming it', async () => {
    const r = await mamori(['teams', 'package'], { TEAMS_CLIENT_ID: 'not-a-guid' });
    expect(r.stderr.trimEnd().split('\n')).toEqual(['mamori: invalid Teams configuration: TEAMS_CLIENT_ID: must be a GUID']);
    expect(r.code).toBe(1);
  }, 60_000);

  it('with them: writes the package', async () => {
    const r = await mamori(['teams', 'package'], { TEAMS_CLIENT_ID: BOT, TEAMS_CLIENT_SECRET: 'x', TEAMS_TENANT_ID: BOT, TEAMS_BOT_DOMAIN: 'bot.example.com' });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`wrote mamori-teams.zip (bot ${BOT}, domain bot.example.com)`);
    expect(existsSync(path.join(dir, 'mamori-teams.zip'))).toBe(true);
  }, 60_000);
});
