/**
 * `npm start` with Teams' unauthenticated development mode (TEAMS_ALLOW_UNAUTHENTICATED=1) fails
 * closed (issue 14 §5): it refuses to start unless NODE_ENV says development or test, and it never
 * listens beyond loopback — HOST unset binds 127.0.0.1, any other HOST stops the start before a
 * database is opened.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TeamsConfigError } from '../../src/bots/teams/config.js';
import { startServer, type MamoriServer } from '../../src/server/compose.js';

describe('npm start with TEAMS_ALLOW_UNAUTHENTICATED=1', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamori-teams-dev-'));
  const base = { MAMORI_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', TEAMS_ALLOW_UNAUTHENTICATED: '1' };
  let server: MamoriServer | undefined;

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start when NODE_ENV is unset or any spelling of production, before opening the database', async () => {
    for (const NODE_ENV of [undefined, 'Production', 'PRODUCTION', 'prod']) {
      await expect(startServer({ ...base, NODE_ENV }), String(NODE_ENV)).rejects.toThrow(TeamsConfigError);
    }
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses to start on a HOST that is not loopback', async () => {
    await expect(startServer({ ...base, NODE_ENV: 'development', HOST: '0.0.0.0' })).rejects.toThrow(/loopback/);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('listens on 127.0.0.1 when HOST is unset', async () => {
    server = await startServer({ ...base, NODE_ENV: 'development' });
    expect((server.http!.address() as AddressInfo).address).toBe('127.0.0.1');
  }, 120_000);
});
