/**
 * No question is forgotten: an unanswered question is sent to the instructors after the
 * organisation's escalateAfterHours (default 48 h), then again every reescalateEveryHours while still
 * unanswered, up to maxEscalations times. Each escalation is claimed by a conditional update, so
 * however many sweeps run at once, each goes out once.
 */
import { membersWithRole } from '../../db/repo/organisations.js';
import { claimEscalation, questionsToEscalate } from '../../db/repo/community-questions.js';
import { organisations } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { nowOf, send, type CommunityDeps } from './deps.js';
import { postMessage } from './outbox.js';
import { escalationView } from './views/lists-view.js';

export async function escalateUnanswered(deps: CommunityDeps): Promise<{ escalated: number }> {
  const now = nowOf(deps);
  const due = await questionsToEscalate(deps.database.db, now);
  let escalated = 0;
  for (const { question, settings } of due) {
    const done = await deps.database.db.transaction(async (tx) => {
      if (!(await claimEscalation(tx, question.id, question.escalations, now))) return false;
      const [org] = await tx.select().from(organisations).where(eq(organisations.id, question.orgId));
      const n = question.escalations + 1;
      const hours = Math.round((now.getTime() - question.createdAt.getTime()) / 3_600_000);
      const view = escalationView(question, hours, org?.language ?? 'ja');
      const extra = { questionId: question.id, escalation: n };
      if (settings.instructorsChannel) {
        await send(tx, deps, [postMessage(question.orgId, { type: 'channel', channel: settings.instructorsChannel }, view, `community:escalation:${question.id}:${n}`, extra)]);
      } else {
        const people = [...(await membersWithRole(tx, question.orgId, 'instructor')), ...(await membersWithRole(tx, question.orgId, 'admin'))];
        const unique = [...new Map(people.map((p) => [p.id, p])).values()];
        await send(
          tx,
          deps,
          unique.map((p) => postMessage(question.orgId, { type: 'user', platformUserId: p.platformUserId }, view, `community:escalation:${question.id}:${n}:${p.id}`, extra)),
        );
      }
      return true;
    });
    if (done) escalated += 1;
  }
  if (escalated > 0) deps.logger.info({ escalated }, 'unanswered questions escalated');
  return { escalated };
}
