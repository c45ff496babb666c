import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { outbox } from '../../src/db/schema/index.js';
import { silentLogger } from '../../src/logger.js';
import { startRuntime } from '../../src/server/start.js';
import { fakeAnalyser, FakeFileSource, RecordingMessenger, submission } from '../helpers/fakes.js';
import { TEST_DATABASE_URL, waitFor } from '../helpers/test-database.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(!TEST_DATABASE_URL)('the server runtime (npm start) on the embedded database', () => {
  it('migrates, runs the workers and the schedule, answers a shared file, and stops cleanly', async () => {
    const config = loadConfig({ MAMORI_DATA_DIR: dir, MAMORI_POLLING_INTERVAL_SECONDS: '0.5' });
    const messenger = new RecordingMessenger();
    const runtime = await startRuntime({
      config, logger: silentLogger,
      ports: { files: new FakeFileSource(), messenger, analyse: fakeAnalyser },
    });
    try {
      expect((await runtime.boss.getSchedules()).map((s) => s.name)).toContain('mamori-retention-sweep');
      const out = await runtime.submit(submission({ content: 'risk=10;dur=60;n=runtime' }));
      expect(out.status).toBe('queued');
      await waitFor('the reply sent', async () => {
        const rows = await runtime.database.db.select().from(outbox).where(eq(outbox.status, 'sent'));
        return rows.length === 1;
      });
      expect(messenger.posts).toHaveLength(1);
    } finally {
      await runtime.stop();
    }
  }, 60_000);
});
