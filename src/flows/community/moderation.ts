/** Moderation: members report posts; instructors and admins see the reports and hide posts. */
import { eq } from 'drizzle-orm';
import { answerById, displayNameOf, insertReport, questionById, reportsOf, type Question } from '../../db/repo/community-questions.js';
import { communityAnswers, communityQuestions } from '../../db/schema/index.js';
import type { MessageView } from '../views/view.js';
import { isCommunityMember, isInstructor } from './access.js';
import { inTransaction, nowOf, resolveActor, send, tokenizerOf, type Actor, type CommunityDeps } from './deps.js';
import { communityMessages } from './messages.js';
import { answerKey, postedRef, updateMessage } from './outbox.js';
import { questionBodyTokens, refreshQuestionMessage } from './questions.js';
import { FieldCheck, refuse, type Refusal } from './refusal.js';
import { reportsView } from './views/lists-view.js';
import { answerView, excerpt } from './views/question-view.js';

/** A post is named as `<questionId>` or `question:<id>` or `answer:<id>` (the buttons' values). */
export function parseSubject(value: string): { kind: 'question' | 'answer'; id: string } {
  if (value.startsWith('answer:')) return { kind: 'answer', id: value.slice(7) };
  if (value.startsWith('question:')) return { kind: 'question', id: value.slice(9) };
  return { kind: 'question', id: value };
}

export async function reportPost(deps: CommunityDeps, actor: Actor, input: { subject: string; reason: string }): Promise<{ status: 'reported' | 'already_reported'; message: string } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isCommunityMember(member)) return refuse(org.language, 'not_member');
    const check = new FieldCheck(org.language);
    const reason = check.text('reason', input.reason, 500);
    const bad = check.refusal();
    if (bad) return bad;
    const subject = parseSubject(input.subject);
    let questionId: string | null = null;
    let answerId: string | null = null;
    if (subject.kind === 'question') {
      const q = await questionById(tx, org.id, subject.id);
      if (!q) return refuse(org.language, 'not_found');
      if (q.hiddenAt) return refuse(org.language, 'hidden');
      questionId = q.id;
    } else {
      const a = await answerById(tx, subject.id);
      const q = a ? await questionById(tx, org.id, a.questionId) : null;
      if (!a || !q) return refuse(org.language, 'not_found');
      if (a.hiddenAt) return refuse(org.language, 'hidden');
      answerId = a.id;
    }
    const m = communityMessages(org.language);
    const fresh = await insertReport(tx, { orgId: org.id, questionId, answerId, reporter: member.id, reason, createdAt: nowOf(deps) });
    return fresh ? ({ status: 'reported', message: m.reported } as const) : ({ status: 'already_reported', message: m.alreadyReported } as const);
  });
}

/** Instructors and admins: the reported posts, grouped, with a 非表示にする button for visible ones. */
export async function listReports(deps: CommunityDeps, actor: Actor): Promise<{ status: 'reports'; view: MessageView; count: number } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isInstructor(member)) return refuse(org.language, 'not_instructor');
    const rows = await reportsOf(tx, org.id);
    const grouped = new Map<string, { subjectId: string; subjectKind: 'question' | 'answer'; excerpt: string; reasons: string[]; count: number; hidden: boolean }>();
    for (const r of rows) {
      const kind = r.questionId ? 'question' : 'answer';
      const id = (r.questionId ?? r.answerId)!;
      const entry = grouped.get(id) ?? {
        subjectId: id,
        subjectKind: kind,
        excerpt: excerpt(kind === 'question' ? r.questionTitle ?? '' : r.answerBody ?? '', 120),
        reasons: [],
        count: 0,
        hidden: (kind === 'question' ? r.questionHidden : r.answerHidden) !== null,
      };
      entry.reasons.push(r.reason);
      entry.count += 1;
      grouped.set(id, entry);
    }
    const reports = [...grouped.values()];
    return { status: 'reports', view: reportsView(reports, org.language), count: reports.length } as const;
  });
}

/**
 * Hides a question or an answer. Its message (when mamori posted it) is replaced by a note that it
 * was hidden; the root message is refreshed (the answer count, and a hidden accepted answer puts the
 * question back to 回答あり, out of the FAQ and the similar questions, its words out of the index).
 * A reply typed in the thread is the member's own message: mamori cannot delete or change it, so it
 * stays in the thread, and the moderator is told so.
 */
export async function hidePost(deps: CommunityDeps, actor: Actor, input: { subject: string }): Promise<{ status: 'hidden'; message: string; stillInThread: boolean } | Refusal> {
  const tokenizer = await tokenizerOf(deps);
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isInstructor(member)) return refuse(org.language, 'not_instructor');
    const subject = parseSubject(input.subject);
    const now = nowOf(deps);
    const m = communityMessages(org.language);
    if (subject.kind === 'question') {
      const q = await questionById(tx, org.id, subject.id, true);
      if (!q) return refuse(org.language, 'not_found');
      if (!q.hiddenAt) {
        const [updated] = await tx.update(communityQuestions).set({ hiddenAt: now, hiddenBy: member.id, updatedAt: now }).where(eq(communityQuestions.id, q.id)).returning();
        await refreshQuestionMessage(tx, deps, org, updated!);
      }
      return { status: 'hidden', message: m.hidden, stillInThread: false } as const;
    }
    const a = await answerById(tx, subject.id);
    const q = a ? await questionById(tx, org.id, a.questionId, true) : null;
    if (!a || !q) return refuse(org.language, 'not_found');
    const typed = a.source === 'thread';
    if (!a.hiddenAt) {
      await tx.update(communityAnswers).set({ hiddenAt: now, hiddenBy: member.id }).where(eq(communityAnswers.id, a.id));
      const ref = typed ? null : await postedRef(tx, answerKey(a.id));
      if (ref) {
        const authorName = (await displayNameOf(tx, a.author)) ?? m.aGraduate;
        await send(tx, deps, [updateMessage(org.id, q.channel, ref, answerView({ id: a.id, body: a.body, authorName, hidden: true, accepted: false }, org.language), { answerId: a.id })]);
      }
      let current = q;
      if (q.acceptedAnswerId === a.id) {
        [current] = (await tx
          .update(communityQuestions)
          .set({
            status: 'answered', acceptedAnswerId: null, resolvedAt: null, updatedAt: now,
            bodyTokens: questionBodyTokens(tokenizer, q),
          })
          .where(eq(communityQuestions.id, q.id))
          .returning()) as [Question];
      }
      // The answer count changed (and perhaps the status): the root message says so.
      if (!q.hiddenAt) await refreshQuestionMessage(tx, deps, org, current);
    }
    return typed ? ({ status: 'hidden', message: m.hiddenTypedReply, stillInThread: true } as const) : ({ status: 'hidden', message: m.hidden, stillInThread: false } as const);
  });
}
