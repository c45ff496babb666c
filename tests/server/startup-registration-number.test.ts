/**
 * `npm start` (a real child process) refuses an invoice registration number whose check digit is
 * wrong before it opens anything: one line on stderr naming the variable, exit code 1. Otherwise every
 * invoice it issued would carry a number that is not a registration number.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { waitFor } from '../helpers/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm start with a mistyped MAMORI_INVOICE_REGISTRATION_NUMBER', () => {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamori-registration-'));
  beforeAll(async () => {
    await slack.start();
  });
  afterAll(async () => {
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops with one clear line naming the variable', async () => {
    const port = await freePort();
    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME, MAMORI_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: 'registration-test-secret', SLACK_API_URL: slack.apiUrl,
      MAMORI_INVOICE_ISSUER_NAME: '一般社団法人まもり研修',
      MAMORI_INVOICE_REGISTRATION_NUMBER: 'T1234567890123', // T + 13 digits, but the check digit should be 9
    };
    const child = spawn(process.execPath, ['dist/server/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }); // as npm start runs it
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      // Either it exits, or it comes up and answers /healthz: the latter is the failure.
      const outcome = await waitFor('npm start to exit or to come up', async () => {
        const code = await Promise.race([exited, Promise.resolve('running' as const)]);
        if (code !== 'running') return { exitCode: code };
        return (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok ? { exitCode: 'started' as const } : undefined;
      }, 60_000, 100);
      expect(outcome.exitCode).toBe(1);
    } finally {
      child.kill('SIGKILL');
    }
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mamori: MAMORI_INVOICE_REGISTRATION_NUMBER: 「T1234567890123」は検査用数字.* \/ fails its check digit/);
    expect(stdout).toBe('');
  }, 90_000);
});
