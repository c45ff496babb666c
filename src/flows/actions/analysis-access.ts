/**
 * Who may open an analysis's full excerpts (全文を見る), file feedback on it and say whose call it was:
 * the person who shared the call, the staff member it is charged to, their supervisors, and admins.
 * Its id sits in every answer and alert button, so holding it proves nothing: anyone in the workspace can see a button in a channel or forward it.
 * One decision for both platforms.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import { supervisorsOf, type Organisation } from '../../db/repo/organisations.js';
import { analyses, members, submissions } from '../../db/schema/index.js';
import type { Actor } from './deps.js';

/** Whether a string can be an analysis id at all (the ids in buttons come back from the platform as text). */
export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}

export type AnalysisAccess =
  | { status: 'allowed'; memberId: string | null }
  | { status: 'not_found' }
  | { status: 'forbidden' };

export async function analysisAccess(ex: Executor, org: Organisation, analysisId: string, by: Actor): Promise<AnalysisAccess> {
  if (!isUuid(analysisId)) return { status: 'not_found' };
  const [found] = await ex.select({ orgId: analyses.orgId, sharerId: submissions.submittedBy, staffId: submissions.staffMemberId })
    .from(analyses).innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .where(eq(analyses.id, analysisId));
  if (!found || found.orgId !== org.id) return { status: 'not_found' };
  const [member] = await ex.select().from(members).where(and(eq(members.orgId, org.id), eq(members.platformUserId, by.platformUserId)));
  // A workspace admin is an admin here too (settings give them the role on first use).
  if (by.isWorkspaceAdmin) return { status: 'allowed', memberId: member?.id ?? null };
  if (!member) return { status: 'forbidden' };
  if (member.id === found.sharerId || member.id === found.staffId || member.roles.includes('admin')) return { status: 'allowed', memberId: member.id };
  for (const person of found.staffId ? [found.sharerId, found.staffId] : [found.sharerId]) {
    if ((await supervisorsOf(ex, org.id, person)).some((s) => s.id === member.id)) return { status: 'allowed', memberId: member.id };
  }
  return { status: 'forbidden' };
}

export function analysisForbiddenMessage(language: string): string {
  return language === 'en'
    ? 'Only the person who shared this call, their supervisors and admins can open it or report on it.'
    : 'この解析を開いたり報告したりできるのは、共有した本人・その上長・管理者だけです。';
}
