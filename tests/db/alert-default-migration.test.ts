/**
 * The migration that makes "every call judged harassment" the default alert level changes only the
 * defaults nobody chose: an organisation still on the old default (70) that no admin ever set gets the
 * new default (0); one whose admin chose `high` (70, audited), or another level, keeps it; so does a
 * settings owner whose linked organisation's admin chose it. New organisations get 0.
 */
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog, organisationLinks, organisations } from '../../src/db/schema/index.js';
import { databaseAt, dropMigratedDatabases, migrationsBefore } from '../helpers/migrated-database.js';

afterAll(dropMigratedDatabases);

describe('the alert_every_kasuhara migration', () => {
  it('moves untouched organisations to the new default and keeps every level an admin chose', async () => {
    const database = await databaseAt(migrationsBefore('_alert_every_kasuhara'));
    const { db } = database;
    const org = async (team: string, alertThreshold?: number) =>
      (await db.insert(organisations).values({ platform: 'slack', platformTeamId: team, name: team, ...(alertThreshold === undefined ? {} : { alertThreshold }) }).returning())[0]!;
    const untouched = await org('T-untouched');
    expect(untouched.alertThreshold).toBe(70);
    const choseHigh = await org('T-chose-high', 70);
    await db.insert(auditLog).values({ orgId: choseHigh.id, actor: 'm', action: 'settings_change', subject: 'alert_level' });
    const choseMedium = await org('T-chose-medium', 45);
    const otherChange = await org('T-other-change');
    await db.insert(auditLog).values({ orgId: otherChange.id, actor: 'm', action: 'settings_change', subject: 'language' });
    const owner = await org('T-owner');
    const linked = (await db.insert(organisations).values({ platform: 'teams', platformTeamId: 'tenant-linked', name: 'linked' }).returning())[0]!;
    await db.insert(organisationLinks).values({ linkedOrgId: linked.id, ownerOrgId: owner.id });
    await db.insert(auditLog).values({ orgId: linked.id, actor: 'm', action: 'settings_change', subject: 'alert_level' });

    await database.migrate();
    const threshold = async (id: string) => (await db.select().from(organisations).where(eq(organisations.id, id)))[0]!.alertThreshold;
    expect(await threshold(untouched.id)).toBe(0);
    expect(await threshold(otherChange.id)).toBe(0);
    expect(await threshold(choseHigh.id)).toBe(70);
    expect(await threshold(choseMedium.id)).toBe(45);
    expect(await threshold(owner.id)).toBe(70);
    expect((await org('T-new')).alertThreshold).toBe(0);
  }, 60_000);
});
