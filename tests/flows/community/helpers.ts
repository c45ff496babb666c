/** A community on a fresh test database: an organisation, members with roles, and a fake delivery. */
import { and, eq, like } from 'drizzle-orm';
import type { Database } from '../../../src/db/connection.js';
import { ensureMember, ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { outbox, type MemberRole } from '../../../src/db/schema/index.js';
import { DEFAULT_COMMUNITY_CONFIG } from '../../../src/flows/community/config.js';
import type { Actor, CommunityDeps } from '../../../src/flows/community/deps.js';
import { silentLogger } from '../../../src/logger.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';

export const TEAM = 'T-community';

export function communityDeps(database: Database, clock: { now: Date }): CommunityDeps & { enqueued: string[] } {
  const enqueued: string[] = [];
  return {
    database,
    queue: { enqueueDelivery: async (_tx, ids) => void enqueued.push(...ids) },
    config: { ...DEFAULT_COMMUNITY_CONFIG, calendarDomain: 'community.kaisha.example' },
    orgDefaults: ORG_DEFAULTS,
    logger: silentLogger,
    now: () => clock.now,
    enqueued,
  };
}

export function actor(user: string, displayName?: string, team = TEAM): Actor {
  return { platform: 'slack', platformTeamId: team, teamName: 'テスト株式会社', platformUserId: user, displayName: displayName ?? user };
}

export async function addMember(database: Database, user: string, roles: MemberRole[], team = TEAM) {
  const org = await ensureOrganisation(database.db, { platform: 'slack', platformTeamId: team, name: 'テスト株式会社' }, ORG_DEFAULTS);
  return ensureMember(database.db, org.id, { platformUserId: user, displayName: user, roles });
}

/** Marks every pending community message as posted, the way the delivery worker would (ref = `ts-<id>`). */
export async function deliverAll(database: Database) {
  const pending = await database.db.select().from(outbox).where(and(eq(outbox.status, 'pending'), like(outbox.kind, 'community_%')));
  for (const row of pending) {
    await database.db.update(outbox).set({ status: 'sent', sentAt: new Date(), platformMessageRef: `ts-${row.id}` }).where(eq(outbox.id, row.id));
  }
  return pending;
}

export async function communityMessagesWhere(database: Database, keyPrefix: string) {
  return database.db.select().from(outbox).where(like(outbox.dedupeKey, `${keyPrefix}%`)).orderBy(outbox.createdAt);
}
