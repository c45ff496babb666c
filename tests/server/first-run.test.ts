/**
 * `npm start` with nothing configured, as a new admin first runs it (a real process): on a terminal it
 * greets them with a short guide naming what to set for Slack and Teams and the README sections; under
 * a process manager (no TTY) it logs one JSON line that names the same variables. A Slack signing
 * secret without the bot token is not ignored: the start stops with one line saying so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(options: { terminal: boolean; env?: Record<string, string> }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamori-first-run-'));
  dirs.push(dataDir);
  const env = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dataDir, MAMORI_DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1',
    ...options.env,
  };
  // What `npm start` runs: the compiled server in dist/ (rebuilt by the suite's global setup when src/ changed).
  const server = `exec ${process.execPath} dist/server/main.js`;
  // `script` gives the server a pseudo-terminal, as a shell in a terminal window does.
  const child = options.terminal
    ? spawn('script', ['-qfec', server, '/dev/null'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn('sh', ['-c', server], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const out = { stdout: '', stderr: '', code: undefined as number | null | undefined };
  child.stdout!.on('data', (b: Buffer) => (out.stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out.stderr += b.toString()));
  child.once('exit', (code) => (out.code = code));
  const stop = async () => {
    child.kill('SIGTERM');
    await waitFor('the server to exit', () => (out.code !== undefined ? true : undefined), 30_000, 50);
  };
  return { out, stop, port: env.PORT };
}

describe('npm start with nothing configured', () => {
  it('on a terminal: a guide in words naming what to set for Slack and Teams, and where to read', async () => {
    const s = await start({ terminal: true });
    try {
      const guide = await waitFor('the guide', () => (/README\.md「Connecting Slack」/.test(s.out.stdout) ? s.out.stdout : undefined), 60_000, 100);
      expect(guide).toContain('Slack も Teams も設定されていません。 / Neither Slack nor Teams is configured.');
      for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET', 'TEAMS_TENANT_ID']) {
        expect(guide).toContain(name);
      }
      expect(guide).toContain('「Connecting Microsoft Teams」');
      expect(guide).toContain(`http://localhost:${s.port}/healthz`);
      expect(guide).not.toMatch(/"msg":"neither Slack nor Teams/);
    } finally {
      await s.stop();
    }
  }, 90_000);

  it('without a terminal: one JSON log line naming the variables', async () => {
    const s = await start({ terminal: false, env: { LOG_LEVEL: 'info' } });
    try {
      const line = await waitFor('the warning', () => s.out.stdout.split('\n').find((l) => l.includes('neither Slack nor Teams')), 60_000, 100);
      const entry = JSON.parse(line) as { level: number; msg: string; slack: string[]; teams: string[] };
      expect(entry.level).toBe(40);
      expect(entry.msg).toMatch(/set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET \(HTTP\) or SLACK_APP_TOKEN \(Socket Mode\) for Slack, or TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID for Teams/);
      expect(entry.teams).toEqual(['TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET', 'TEAMS_TENANT_ID']);
      expect(s.out.stdout).not.toContain('Slack も Teams も');
    } finally {
      await s.stop();
    }
  }, 90_000);

  it('with a Slack signing secret but no bot token: stops, saying so in one line', async () => {
    const s = await start({ terminal: false, env: { SLACK_SIGNING_SECRET: 'a-signing-secret-0123' } });
    await waitFor('npm start to exit', () => (s.out.code !== undefined ? true : undefined), 60_000, 100);
    expect(s.out.code).toBe(1);
    expect(s.out.stderr).toBe(
      'mamori: invalid Slack configuration:\n  SLACK_BOT_TOKEN: required: SLACK_SIGNING_SECRET is set, but Slack does not start without the bot token (xoxb-…) / Slack にはボットトークン（xoxb-…）も必要です\n',
    );
  }, 90_000);
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
