/**
 * 誤検知を報告 / 見逃しを報告: feedback stored against an analysis (one per person; a new report replaces
 * theirs), by those who may see the analysis (analysis-access.ts).
 */
import { sql } from 'drizzle-orm';
import { ensureMember, ensureOrganisation } from '../../db/repo/organisations.js';
import { feedback, type FeedbackKind } from '../../db/schema/index.js';
import { analysisAccess, isUuid } from './analysis-access.js';
import type { ActionDeps, Actor, OrgRef } from './deps.js';

export type FeedbackOutcome = { status: 'recorded'; feedbackId: string } | { status: 'not_found' } | { status: 'forbidden' };

export async function reportFeedback(
  deps: ActionDeps,
  input: { org: OrgRef; analysisId: string; kind: FeedbackKind; by: Actor; note?: string | undefined },
): Promise<FeedbackOutcome> {
  if (!isUuid(input.analysisId)) return { status: 'not_found' };
  return deps.database.db.transaction(async (tx) => {
    const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
    const access = await analysisAccess(tx, org, input.analysisId, input.by);
    if (access.status !== 'allowed') return access;
    const member = await ensureMember(tx, org.id, { platformUserId: input.by.platformUserId });
    const comment = input.note?.trim().slice(0, 2000) || null;
    const [row] = await tx.insert(feedback)
      .values({ orgId: org.id, analysisId: input.analysisId, memberId: member.id, kind: input.kind, comment })
      .onConflictDoUpdate({ target: [feedback.analysisId, feedback.memberId], set: { kind: input.kind, comment, createdAt: sql`now()` } })
      .returning({ id: feedback.id });
    deps.logger.info({ analysisId: input.analysisId, kind: input.kind }, 'feedback recorded');
    return { status: 'recorded', feedbackId: row!.id } as const;
  });
}

