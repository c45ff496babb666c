/** Community settings, questions, answers and reports. */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { communityAnswers, communityQuestions, communityReports, communitySettings, members } from '../schema/index.js';

export type CommunitySettings = typeof communitySettings.$inferSelect;
export type Question = typeof communityQuestions.$inferSelect;
export type Answer = typeof communityAnswers.$inferSelect;

export async function communitySettingsOf(ex: Executor, orgId: string): Promise<CommunitySettings | null> {
  const [row] = await ex.select().from(communitySettings).where(eq(communitySettings.orgId, orgId));
  return row ?? null;
}

export async function saveCommunitySettings(ex: Executor, values: typeof communitySettings.$inferInsert): Promise<CommunitySettings> {
  const { orgId: _orgId, ...rest } = values;
  const [row] = await ex
    .insert(communitySettings)
    .values(values)
    .onConflictDoUpdate({ target: communitySettings.orgId, set: { ...rest, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function insertQuestion(ex: Executor, values: typeof communityQuestions.$inferInsert): Promise<Question> {
  const [row] = await ex.insert(communityQuestions).values(values).returning();
  return row!;
}

export async function questionById(ex: Executor, orgId: string, id: string, lock = false): Promise<Question | null> {
  if (!isUuid(id)) return null;
  const q = ex.select().from(communityQuestions).where(and(eq(communityQuestions.orgId, orgId), eq(communityQuestions.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function answerById(ex: Executor, id: string): Promise<Answer | null> {
  if (!isUuid(id)) return null;
  const [row] = await ex.select().from(communityAnswers).where(eq(communityAnswers.id, id));
  return row ?? null;
}

export async function visibleAnswerCount(ex: Executor, questionId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(communityAnswers)
    .where(and(eq(communityAnswers.questionId, questionId), isNull(communityAnswers.hiddenAt)));
  return row?.n ?? 0;
}

/** Inserts an answer; a thread reply already recorded (same platform message) gives null. */
export async function insertAnswer(ex: Executor, values: typeof communityAnswers.$inferInsert): Promise<Answer | null> {
  const [row] = await ex.insert(communityAnswers).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function displayNameOf(ex: Executor, memberId: string): Promise<string | null> {
  const [row] = await ex.select({ name: members.displayName }).from(members).where(eq(members.id, memberId));
  return row?.name ?? null;
}

export interface SearchHit {
  id: string;
  title: string;
  titleTokens: string;
  bodyTokens: string;
  acceptedAnswerId: string | null;
  rank: number;
}

/** Builds a tsquery matching any of the tokens (each quoted, so no token can inject operators). */
export function anyTokenQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '')}'`).join(' | ');
}

/** Resolved, visible questions matching any token, best first (title matches weigh more). */
export async function searchResolvedQuestions(ex: Executor, orgId: string, tokens: readonly string[], limit: number, excludeId?: string): Promise<SearchHit[]> {
  if (tokens.length === 0) return [];
  const query = sql`to_tsquery('simple', ${anyTokenQuery(tokens)})`;
  const rank = sql<number>`ts_rank(${communityQuestions.searchVector}, ${query})`;
  return ex
    .select({
      id: communityQuestions.id,
      title: communityQuestions.title,
      titleTokens: communityQuestions.titleTokens,
      bodyTokens: communityQuestions.bodyTokens,
      acceptedAnswerId: communityQuestions.acceptedAnswerId,
      rank: sql<number>`${rank}::float8`.mapWith(Number),
    })
    .from(communityQuestions)
    .where(
      and(
        eq(communityQuestions.orgId, orgId),
        eq(communityQuestions.status, 'resolved'),
        isNull(communityQuestions.hiddenAt),
        sql`${communityQuestions.searchVector} @@ ${query}`,
        excludeId ? ne(communityQuestions.id, excludeId) : undefined,
      ),
    )
    .orderBy(desc(rank), desc(communityQuestions.resolvedAt))
    .limit(limit);
}

/** The answers' texts; a hidden answer's text is never returned (null): it may only be said to be hidden. */
export async function answerBodies(ex: Executor, ids: string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: communityAnswers.id, body: communityAnswers.body, hiddenAt: communityAnswers.hiddenAt })
    .from(communityAnswers)
    .where(inArray(communityAnswers.id, ids));
  return new Map(rows.map((r) => [r.id, r.hiddenAt ? null : r.body]));
}

/** Unanswered, visible questions due for (another) escalation at `now`. */
export async function questionsToEscalate(ex: Executor, now: Date): Promise<Array<{ question: Question; settings: CommunitySettings }>> {
  const rows = await ex
    .select({ question: communityQuestions, settings: communitySettings })
    .from(communityQuestions)
    .innerJoin(communitySettings, eq(communitySettings.orgId, communityQuestions.orgId))
    .where(
      and(
        eq(communityQuestions.status, 'unanswered'),
        isNull(communityQuestions.hiddenAt),
        sql`${communityQuestions.escalations} < ${communitySettings.maxEscalations}`,
        lte(communityQuestions.createdAt, sql`${now.toISOString()}::timestamptz - make_interval(hours => ${communitySettings.escalateAfterHours})`),
        or(
          isNull(communityQuestions.lastEscalatedAt),
          lte(communityQuestions.lastEscalatedAt, sql`${now.toISOString()}::timestamptz - make_interval(hours => ${communitySettings.reescalateEveryHours})`),
        ),
      ),
    )
    .orderBy(asc(communityQuestions.createdAt))
    .limit(200);
  return rows;
}

/** Claims the next escalation of a question: only one caller gets `escalations` from n to n+1. */
export async function claimEscalation(ex: Executor, questionId: string, seen: number, now: Date): Promise<boolean> {
  const rows = await ex
    .update(communityQuestions)
    .set({ escalations: seen + 1, lastEscalatedAt: now })
    .where(and(eq(communityQuestions.id, questionId), eq(communityQuestions.escalations, seen), eq(communityQuestions.status, 'unanswered')))
    .returning({ id: communityQuestions.id });
  return rows.length === 1;
}

export async function digestQuestions(ex: Executor, orgId: string, since: Date): Promise<{ created: Question[]; open: Question[]; resolved: Question[] }> {
  const visible = and(eq(communityQuestions.orgId, orgId), isNull(communityQuestions.hiddenAt));
  const [created, open, resolved] = await Promise.all([
    ex.select().from(communityQuestions).where(and(visible, gte(communityQuestions.createdAt, since))).orderBy(asc(communityQuestions.createdAt)),
    ex.select().from(communityQuestions).where(and(visible, ne(communityQuestions.status, 'resolved'))).orderBy(asc(communityQuestions.createdAt)),
    ex.select().from(communityQuestions).where(and(visible, eq(communityQuestions.status, 'resolved'), gte(communityQuestions.resolvedAt, since))).orderBy(asc(communityQuestions.resolvedAt)),
  ]);
  return { created, open, resolved };
}

/** Records a report; the same member reporting the same post again gives false. */
export async function insertReport(ex: Executor, values: typeof communityReports.$inferInsert): Promise<boolean> {
  const rows = await ex.insert(communityReports).values(values).onConflictDoNothing().returning({ id: communityReports.id });
  return rows.length === 1;
}

export async function reportsOf(ex: Executor, orgId: string) {
  return ex
    .select({
      questionId: communityReports.questionId,
      answerId: communityReports.answerId,
      reason: communityReports.reason,
      createdAt: communityReports.createdAt,
      questionTitle: communityQuestions.title,
      questionHidden: communityQuestions.hiddenAt,
      answerBody: communityAnswers.body,
      answerHidden: communityAnswers.hiddenAt,
    })
    .from(communityReports)
    .leftJoin(communityQuestions, eq(communityQuestions.id, communityReports.questionId))
    .leftJoin(communityAnswers, eq(communityAnswers.id, communityReports.answerId))
    .where(eq(communityReports.orgId, orgId))
    .orderBy(desc(communityReports.createdAt))
    .limit(200);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come back from buttons: anything else is "not found", never a database error. */
export const isUuid = (s: string) => UUID.test(s);
