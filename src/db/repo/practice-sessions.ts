/**
 * Role-play practice sessions of one organisation (schema/practice.ts), as the practice flow's store
 * (PracticeStore in src/flows/practice/practice-chat.ts; typed structurally here, so the database layer
 * does not import the flow). A trainee is the platform's user id, a member of the organisation; the
 * session is kept as the JSON the flow gives. One session under way per trainee (a unique index); a
 * reply is saved only on top of the state it was judged on and only once per chat message id.
 */
import { and, arrayContains, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { members, practiceSessions } from '../schema/index.js';
import { ensureMember } from './organisations.js';

/** The least the store needs to know of a session. */
export interface SessionLike {
  scenarioId: string;
  turns: readonly unknown[];
  outcome: string | null;
}

const RECENT = 5;

export function practiceSessionStore<S extends SessionLike>(ex: Executor, orgId: string) {
  const memberOf = async (trainee: string): Promise<string | null> => {
    const [m] = await ex.select({ id: members.id }).from(members).where(and(eq(members.orgId, orgId), eq(members.platformUserId, trainee)));
    return m?.id ?? null;
  };
  const open = (memberId: string) => and(eq(practiceSessions.orgId, orgId), eq(practiceSessions.memberId, memberId), isNull(practiceSessions.endedAt));

  return {
    /** The session under way (null when none) and the scenarios started lately, most recent first; null for a trainee never seen. */
    async get(trainee: string): Promise<{ session: S | null; recent: string[] } | null> {
      const memberId = await memberOf(trainee);
      if (!memberId) return null;
      const rows = await ex.select({ scenarioId: practiceSessions.scenarioId, state: practiceSessions.state, endedAt: practiceSessions.endedAt })
        .from(practiceSessions)
        .where(and(eq(practiceSessions.orgId, orgId), eq(practiceSessions.memberId, memberId)))
        .orderBy(desc(practiceSessions.startedAt), desc(practiceSessions.id))
        .limit(RECENT * 2);
      const current = rows.find((r) => r.endedAt === null);
      const recent = [...new Set(rows.map((r) => r.scenarioId))].slice(0, RECENT);
      return { session: current ? (current.state as unknown as S) : null, recent };
    },

    /** Starts a session; the one under way, if any, ends unfinished (outcome null). */
    async start(trainee: string, session: S): Promise<void> {
      await ex.transaction(async (tx) => {
        const member = await ensureMember(tx, orgId, { platformUserId: trainee });
        await tx.update(practiceSessions).set({ endedAt: sql`now()`, updatedAt: sql`now()` }).where(open(member.id));
        await tx.insert(practiceSessions).values({
          orgId, memberId: member.id, scenarioId: session.scenarioId, state: session as unknown as Record<string, unknown>, turns: session.turns.length,
        });
      });
    },

    /**
     * Saves the session after one more reply: applied only if the session under way still has `before`
     * replies and `replyId` (the chat message) was not applied yet; ends it when it has an outcome.
     * False when nothing was saved (a retry, or a concurrent delivery of the same message got there first).
     */
    async save(trainee: string, session: S, replyId: string | null, before: number): Promise<boolean> {
      const memberId = await memberOf(trainee);
      if (!memberId) return false;
      const ended = session.outcome !== null;
      const saved = await ex.update(practiceSessions)
        .set({
          state: session as unknown as Record<string, unknown>, turns: session.turns.length, outcome: session.outcome, updatedAt: sql`now()`,
          ...(replyId ? { replyIds: sql`array_append(${practiceSessions.replyIds}, ${replyId})` } : {}),
          ...(ended ? { endedAt: sql`now()` } : {}),
        })
        .where(and(open(memberId), eq(practiceSessions.turns, before), ...(replyId ? [sql`not (${practiceSessions.replyIds} @> array[${replyId}]::text[])`] : [])))
        .returning({ id: practiceSessions.id });
      return saved.length > 0;
    },

    /** Whether the reply sent as chat message `replyId` was already applied to one of the trainee's sessions. */
    async applied(trainee: string, replyId: string): Promise<boolean> {
      const memberId = await memberOf(trainee);
      if (!memberId) return false;
      const [hit] = await ex.select({ id: practiceSessions.id }).from(practiceSessions)
        .where(and(eq(practiceSessions.orgId, orgId), eq(practiceSessions.memberId, memberId), arrayContains(practiceSessions.replyIds, [replyId])))
        .limit(1);
      return hit !== undefined;
    },

    /** Ends the session under way unfinished; false when none was. */
    async stop(trainee: string): Promise<boolean> {
      const memberId = await memberOf(trainee);
      if (!memberId) return false;
      const stopped = await ex.update(practiceSessions).set({ endedAt: sql`now()`, updatedAt: sql`now()` }).where(open(memberId)).returning({ id: practiceSessions.id });
      return stopped.length > 0;
    },
  };
}
