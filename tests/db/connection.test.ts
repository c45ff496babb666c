import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPglite, DatabaseInUseError, openDatabase } from '../../src/db/connection.js';
import { organisations } from '../../src/db/schema/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded database in the data folder', () => {
  it('persists across opens, and refuses a second process while one has it open', async () => {
    const first = await openDatabase({ url: undefined, dataDir: dir });
    expect(first.kind).toBe('pglite');
    await first.migrate();
    await first.db.insert(organisations).values({ platform: 'slack', platformTeamId: 'T-persist', name: 'x' });
    await first.close();

    // A lock left by a process that no longer exists is taken over.
    writeFileSync(join(dir, 'mamori.pid'), '999999999');
    const again = await connectPglite(dir);
    await again.migrate();
    expect(await again.db.select().from(organisations)).toHaveLength(1);

    // Another live process (here: the parent of this test runner) holding it is refused.
    writeFileSync(join(dir, 'mamori.pid'), String(process.ppid));
    await expect(connectPglite(dir)).rejects.toThrow(DatabaseInUseError);
    writeFileSync(join(dir, 'mamori.pid'), String(process.pid));
    await again.close();
  }, 60_000);
});
