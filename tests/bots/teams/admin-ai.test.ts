/** Teams' AI-review admin commands (the flow behind them is tested in tests/flows/review-settings.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsAdminAi } from '../../../src/bots/teams/listeners/commands/review-admin.js';
import { ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { reviewOrgFor } from '../../../src/db/repo/review.js';
import { silentLogger } from '../../../src/logger.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

let t: TestDatabase;
const org = { platform: 'teams' as const, platformTeamId: 'tenant-ai', name: 'Teams tenant-ai' };
const admin = { platformUserId: 'aad-admin', isWorkspaceAdmin: true };

beforeAll(async () => {
  t = await openTestDatabase();
}, 60_000);
afterAll(async () => t?.close());

describe('Teams: ai and manual commands', () => {
  it('turns the review on and off, stores a pasted manual, shows usage; other words are not its business', async () => {
    const deps = { database: t.database, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger };
    const say = (text: string, by = admin) => teamsAdminAi(deps, { org, by, language: 'en', text });
    expect(await say('settings')).toBeNull();
    expect(await say('ai on', { platformUserId: 'aad-staff', isWorkspaceAdmin: false })).toMatch(/Only administrators/);
    expect(await say('<at>mamori</at> ai on')).toMatch(/AI review is on/);
    expect(await say('manual # Manual\n\nEnd the call after a threat.')).toMatch(/Response manual saved/);
    expect(await say('ai usage')).toMatch(/0 requests/);
    const o = await ensureOrganisation(t.database.db, org, deps.orgDefaults);
    expect(await reviewOrgFor(t.database.db, o)).toMatchObject({ allowModel: true, manual: '# Manual\n\nEnd the call after a threat.' });
    expect(await say('ai off')).toMatch(/AI review is off/);
    expect(await say('manual clear')).toMatch(/removed/);
    expect(await reviewOrgFor(t.database.db, o)).toMatchObject({ allowModel: false, manual: null });
    expect(await say('ai')).toMatch(/AI review\*: off/);
  });
});
