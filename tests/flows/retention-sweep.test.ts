/**
 * The retention sweep also deletes what Teams users pasted or linked (teams_inputs: a pasted
 * transcript is stored there, not in `transcripts`) once it is older than the organisation's
 * retention; younger inputs stay. The deletion is audited with the count.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/db/repo/organisations.js';
import { auditLog, teamsInputs } from '../../src/db/schema/index.js';
import { sweepRetention } from '../../src/flows/retention-sweep.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
}, 60_000);
afterAll(async () => t?.close());

describe('the retention sweep and Teams inputs', () => {
  it('deletes a pasted transcript older than the retention period and keeps a younger one', async () => {
    const db = t.database.db;
    const org = await ensureOrganisation(db, { platform: 'teams', platformTeamId: 'tenant-ret', name: 'x' }, { monthlyMinuteQuota: 0, retentionDays: 30 });
    const day = 86_400_000;
    await db.insert(teamsInputs).values([
      { orgId: org.id, fileId: 'old', kind: 'text', content: '40日前に貼り付けた文字起こし', createdAt: new Date(Date.now() - 40 * day) },
      { orgId: org.id, fileId: 'young', kind: 'text', content: '昨日の文字起こし', createdAt: new Date(Date.now() - day) },
    ]);
    const report = await sweepRetention({ database: t.database, logger: silentLogger });
    expect(report.inputs).toBe(1);
    expect((await db.select().from(teamsInputs).where(eq(teamsInputs.orgId, org.id))).map((r) => r.fileId)).toEqual(['young']);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'retention_sweep')));
    expect(audit!.detail).toMatchObject({ inputs: 1, retentionDays: 30 });

    // A month later the younger one has passed the retention period too.
    await sweepRetention({ database: t.database, logger: silentLogger, now: () => new Date(Date.now() + 31 * day) });
    expect(await db.select().from(teamsInputs).where(eq(teamsInputs.orgId, org.id))).toEqual([]);
  });
});
