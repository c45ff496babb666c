/**
 * What the Teams adapter keeps: conversation references it may post to later, the inputs behind Teams
 * submissions, and the activities it posted. The adapter sees it only as flows/teams-store.ts's TeamsStore
 * (the server hands it this), so it holds no SQL of its own.
 */
import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { ensureOrganisation, membersWithRole, type Organisation } from './organisations.js';
import {
  members, organisations, submissions, teamsConversations, teamsInputs, teamsPostedActivities,
  type TeamsConversationType, type TeamsFetchFailure, type TeamsInputKind,
} from '../schema/index.js';

export type StoredConversation = typeof teamsConversations.$inferSelect;
export type StoredInput = typeof teamsInputs.$inferSelect;

export interface OrgDefaults {
  monthlyMinuteQuota: number;
  retentionDays: number;
}

export class TeamsRepository {
  constructor(private readonly database: Database, private readonly orgDefaults: OrgDefaults) {}

  private get db() {
    return this.database.db;
  }

  /** The organisation of a Teams tenant, created on first sight. */
  async organisation(tenantId: string): Promise<Organisation> {
    return ensureOrganisation(this.db, { platform: 'teams', platformTeamId: tenantId, name: `Teams ${tenantId}` }, this.orgDefaults);
  }

  async organisationById(orgId: string): Promise<Organisation | null> {
    const [org] = await this.db.select().from(organisations).where(eq(organisations.id, orgId));
    return org ?? null;
  }

  async saveConversation(row: {
    orgId: string; conversationId: string; conversationType: TeamsConversationType; serviceUrl: string; botId: string;
    userAadId?: string | null | undefined; userBotId?: string | null | undefined;
  }): Promise<void> {
    const values = { ...row, userAadId: row.userAadId ?? null, userBotId: row.userBotId ?? null, removedAt: null };
    await this.db.insert(teamsConversations).values(values)
      .onConflictDoUpdate({
        target: [teamsConversations.orgId, teamsConversations.conversationId],
        set: { serviceUrl: values.serviceUrl, botId: values.botId, userAadId: sql`coalesce(${values.userAadId}, ${teamsConversations.userAadId})`,
          userBotId: sql`coalesce(${values.userBotId}, ${teamsConversations.userBotId})`, removedAt: null, updatedAt: sql`now()` },
      });
  }

  async markRemoved(orgId: string, conversationId: string): Promise<void> {
    await this.db.update(teamsConversations).set({ removedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(teamsConversations.orgId, orgId), eq(teamsConversations.conversationId, conversationId)));
  }

  async conversation(orgId: string, conversationId: string): Promise<StoredConversation | null> {
    const [row] = await this.db.select().from(teamsConversations)
      .where(and(eq(teamsConversations.orgId, orgId), eq(teamsConversations.conversationId, conversationId)));
    return row ?? null;
  }

  /** The user's personal chat with the app, if they ever talked to it or installed it (and did not remove it). */
  async personalConversation(orgId: string, userAadId: string): Promise<StoredConversation | null> {
    const [row] = await this.db.select().from(teamsConversations)
      .where(and(eq(teamsConversations.orgId, orgId), eq(teamsConversations.userAadId, userAadId),
        eq(teamsConversations.conversationType, 'personal'), isNull(teamsConversations.removedAt)))
      .orderBy(desc(teamsConversations.updatedAt)).limit(1);
    return row ?? null;
  }

  /** The most recently seen Bot Connector endpoint and bot id of the organisation. */
  async latestEndpoint(orgId: string): Promise<{ serviceUrl: string; botId: string } | null> {
    const [row] = await this.db.select({ serviceUrl: teamsConversations.serviceUrl, botId: teamsConversations.botId })
      .from(teamsConversations).where(eq(teamsConversations.orgId, orgId))
      .orderBy(desc(teamsConversations.updatedAt)).limit(1);
    return row ?? null;
  }

  /** Records what a submission will need to fetch its content (a new share refreshes the download URL). */
  async saveInput(row: {
    orgId: string; fileId: string; kind: TeamsInputKind; downloadUrl?: string; content?: string; organizerAadId?: string; meetingId?: string;
  }): Promise<void> {
    const values = {
      orgId: row.orgId, fileId: row.fileId, kind: row.kind, downloadUrl: row.downloadUrl ?? null, content: row.content ?? null,
      organizerAadId: row.organizerAadId ?? null, meetingId: row.meetingId ?? null,
    };
    await this.db.insert(teamsInputs).values(values).onConflictDoUpdate({
      target: [teamsInputs.orgId, teamsInputs.fileId],
      set: { downloadUrl: values.downloadUrl, content: values.content, updatedAt: sql`now()` },
    });
    // Download URLs are short-lived credentials: nothing older than two days is kept.
    await this.db.update(teamsInputs).set({ downloadUrl: null })
      .where(and(eq(teamsInputs.kind, 'download'), lt(teamsInputs.updatedAt, sql`now() - interval '2 days'`)));
  }

  async input(orgId: string, fileId: string): Promise<StoredInput | null> {
    const [row] = await this.db.select().from(teamsInputs).where(and(eq(teamsInputs.orgId, orgId), eq(teamsInputs.fileId, fileId)));
    return row ?? null;
  }

  /** Counts a fetch attempt; returns the attempt number (1 for the first). */
  async countAttempt(orgId: string, fileId: string): Promise<number> {
    const [row] = await this.db.update(teamsInputs).set({ attempts: sql`${teamsInputs.attempts} + 1`, updatedAt: sql`now()` })
      .where(and(eq(teamsInputs.orgId, orgId), eq(teamsInputs.fileId, fileId))).returning({ attempts: teamsInputs.attempts });
    return row?.attempts ?? 1;
  }

  async recordFailure(orgId: string, fileId: string, reason: TeamsFetchFailure | null): Promise<void> {
    await this.db.update(teamsInputs).set({ failure: reason, updatedAt: sql`now()` })
      .where(and(eq(teamsInputs.orgId, orgId), eq(teamsInputs.fileId, fileId)));
  }

  /** The recorded fetch failure of a submission's input, with what the user knows it by. */
  async failureOf(submissionId: string): Promise<{ reason: TeamsFetchFailure; fileName: string } | null> {
    const [row] = await this.db.select({ reason: teamsInputs.failure, fileName: submissions.fileName })
      .from(submissions)
      .innerJoin(teamsInputs, and(eq(teamsInputs.orgId, submissions.orgId), eq(teamsInputs.fileId, submissions.platformFileId)))
      .where(eq(submissions.id, submissionId));
    return row?.reason ? { reason: row.reason, fileName: row.fileName } : null;
  }

  /** The language a submission's sharer is answered in when it is not the organisation's (their Teams locale). */
  async answerLanguage(submissionId: string): Promise<'ja' | 'en' | null> {
    if (!/^[0-9a-f-]{36}$/i.test(submissionId)) return null;
    const [row] = await this.db.select({ replyTo: submissions.replyTo }).from(submissions).where(eq(submissions.id, submissionId));
    return row?.replyTo.language ?? null;
  }

  /** Records an activity created for an outbox message (part n, or TEAMS_POSTED_COMPLETE for the whole message). */
  async recordPosted(outboxId: string, part: number, ref: string): Promise<void> {
    await this.db.insert(teamsPostedActivities).values({ outboxId, part, ref }).onConflictDoNothing();
  }

  /** What earlier attempts recorded for an outbox message, by part. */
  async postedParts(outboxId: string): Promise<Map<number, string>> {
    if (!/^[0-9a-f-]{36}$/i.test(outboxId)) return new Map();
    const rows = await this.db.select({ part: teamsPostedActivities.part, ref: teamsPostedActivities.ref })
      .from(teamsPostedActivities).where(eq(teamsPostedActivities.outboxId, outboxId));
    return new Map(rows.map((r) => [r.part, r.ref]));
  }

  async displayNames(orgId: string, platformUserIds: string[]): Promise<Map<string, string>> {
    if (platformUserIds.length === 0) return new Map();
    const rows = await this.db.select({ id: members.platformUserId, name: members.displayName }).from(members)
      .where(and(eq(members.orgId, orgId), inArray(members.platformUserId, platformUserIds)));
    return new Map(rows.flatMap((r) => (r.name ? [[r.id, r.name] as const] : [])));
  }

  /** Supervisors of the organisation with no personal chat with the app: alerts cannot reach them. */
  async supervisorsWithoutApp(orgId: string): Promise<Array<{ platformUserId: string; displayName: string | null }>> {
    const supervisors = await membersWithRole(this.db, orgId, 'supervisor');
    const out: Array<{ platformUserId: string; displayName: string | null }> = [];
    for (const s of supervisors) {
      if (!(await this.personalConversation(orgId, s.platformUserId))) out.push({ platformUserId: s.platformUserId, displayName: s.displayName });
    }
    return out;
  }
}
