/**
 * Q&A in the community channel: ask (guarded, with similar resolved questions), answer through
 * mamori (guarded) or in the thread, mark an answer 解決済み, search the FAQ. Every state change and
 * the messages it causes are written in one transaction (messages through the outbox).
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import {
  answerBodies, answerById, communitySettingsOf, displayNameOf, insertAnswer, insertQuestion, questionById,
  saveCommunitySettings, searchResolvedQuestions, visibleAnswerCount, type Answer, type CommunitySettings, type Question,
} from '../../db/repo/community-questions.js';
import type { Organisation } from '../../db/repo/organisations.js';
import { auditLog, communityQuestions, members } from '../../db/schema/index.js';
import type { MessageView } from '../views/view.js';
import { isAdmin, isCommunityMember, isInstructor } from './access.js';
import { inTransaction, nowOf, resolveActor, send, tokenizerOf, type Actor, type CommunityDeps } from './deps.js';
import { checkConfidential, type Finding } from '../../text/guard.js';
import { searchTokens, type JapaneseTokenizer } from '../../text/japanese.js';
import { communityMessages } from './messages.js';
import { answerKey, keyOfPosted, postedRef, postMessage, questionKey, updateMessage } from './outbox.js';
import { FieldCheck, refuse, type Refusal } from './refusal.js';
import { guardReviewView, questionView, answerView, excerpt, type QuestionViewModel } from './views/question-view.js';
import { faqResultsView, similarFirstView, similarQuestionsView, type QuestionHit } from './views/lists-view.js';

export const LIMITS = { title: 150, body: 3000, tag: 40, tags: 10, industry: 60, faqWords: 200 } as const;

/** What the member chose after seeing the guard's findings. */
export type GuardDecision = 'as_written' | 'mask';

export interface NeedsReview {
  status: 'needs_review';
  /** Findings per field, offsets into that field's text. */
  findings: Array<Finding & { field: 'title' | 'body' }>;
  masked: { title: string; body: string };
  similar: QuestionHit[];
  view: MessageView;
}

// ---------------------------------------------------------------- settings

export interface CommunitySettingsInput {
  channel: string;
  instructorsChannel?: string | null | undefined;
  escalateAfterHours?: number | undefined;
  reescalateEveryHours?: number | undefined;
  maxEscalations?: number | undefined;
}

/** An admin sets the community channel (and where unanswered questions go). */
export async function configureCommunity(
  deps: CommunityDeps,
  actor: Actor,
  input: CommunitySettingsInput,
): Promise<{ status: 'configured'; settings: CommunitySettings } | Refusal> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isAdmin(member)) return refuse(org.language, 'not_admin');
    const check = new FieldCheck(org.language);
    const channel = check.text('channel', input.channel, 300);
    const settings = {
      orgId: org.id,
      channel,
      instructorsChannel: input.instructorsChannel?.trim() || null,
      escalateAfterHours: check.int('escalateAfterHours', input.escalateAfterHours ?? deps.config.escalateAfterHours, 1, 2160),
      reescalateEveryHours: check.int('reescalateEveryHours', input.reescalateEveryHours ?? deps.config.reescalateEveryHours, 1, 2160),
      maxEscalations: check.int('maxEscalations', input.maxEscalations ?? deps.config.maxEscalations, 1, 20),
    };
    const bad = check.refusal();
    if (bad) return bad;
    return { status: 'configured', settings: await saveCommunitySettings(tx, settings) } as const;
  });
}

// ---------------------------------------------------------------- asking

export interface QuestionInput {
  title: string;
  body: string;
  tags?: string[] | undefined;
  industry?: string | undefined;
  anonymous?: boolean | undefined;
}

export type AskOutcome =
  | { status: 'posted'; questionId: string; similar: QuestionHit[]; message: string; masked: boolean }
  | NeedsReview
  | Refusal;

function checkQuestion(input: QuestionInput, language: string) {
  const check = new FieldCheck(language);
  const title = check.text('title', input.title, LIMITS.title);
  const body = check.text('body', input.body, LIMITS.body);
  const tags = [...new Set((input.tags ?? []).map((t) => (typeof t === 'string' ? t.trim() : '')).filter(Boolean))];
  if (tags.length > LIMITS.tags || tags.some((t) => [...t].length > LIMITS.tag)) check.add('tags', communityMessages(language).tooLong(LIMITS.tag));
  const industry = check.text('industry', input.industry ?? '', LIMITS.industry, false) || null;
  return { title, body, tags, industry, anonymous: input.anonymous === true, refusal: check.refusal() };
}

function guardFields(tokenizer: JapaneseTokenizer, title: string, body: string) {
  const t = checkConfidential(title, tokenizer);
  const b = checkConfidential(body, tokenizer);
  return {
    findings: [...t.findings.map((f) => ({ ...f, field: 'title' as const })), ...b.findings.map((f) => ({ ...f, field: 'body' as const }))],
    masked: { title: t.masked, body: b.masked },
  };
}

/** A question's `bodyTokens` (what the search matches besides the title): body, tags and, once resolved, the accepted answer. */
export function questionBodyTokens(tokenizer: JapaneseTokenizer, q: { body: string; tags: readonly string[] }, acceptedAnswerBody?: string): string {
  return searchTokens(tokenizer, [q.body, q.tags.join(' '), ...(acceptedAnswerBody === undefined ? [] : [acceptedAnswerBody])].join(' ')).join(' ');
}

async function similarTo(tx: Tx, tokenizer: JapaneseTokenizer, orgId: string, language: string, text: string, limit: number, excludeId?: string): Promise<QuestionHit[]> {
  const tokens = searchTokens(tokenizer, text);
  const hits = await searchResolvedQuestions(tx, orgId, tokens, limit * 3, excludeId);
  // A single shared word is a coincidence when the question has several: ask for two.
  const need = Math.min(2, tokens.length);
  const wanted = new Set(tokens);
  const good = hits
    .filter((h) => new Set(`${h.titleTokens} ${h.bodyTokens}`.split(' ').filter((w) => wanted.has(w))).size >= need)
    .slice(0, limit);
  const bodies = await answerBodies(tx, good.map((h) => h.acceptedAnswerId).filter((x): x is string => x !== null));
  return good.map((h) => ({ id: h.id, title: h.title, answerExcerpt: answerExcerptOf(bodies, h.acceptedAnswerId, 120, language) }));
}

/** What a list shows of an accepted answer: an excerpt, or that it was hidden (never its text). */
function answerExcerptOf(bodies: Map<string, string | null>, answerId: string | null, max: number, language: string): string | null {
  if (!answerId) return null;
  const body = bodies.get(answerId);
  return body === null ? communityMessages(language).hiddenPost : excerpt(body ?? '', max);
}

/** Up to three resolved questions that look like `text` (shown while asking). */
export async function similarQuestions(deps: CommunityDeps, actor: Actor, text: string): Promise<{ similar: QuestionHit[]; view: MessageView }> {
  const tokenizer = await tokenizerOf(deps);
  return inTransaction(deps, async (tx) => {
    const { org } = await resolveActor(tx, deps, actor);
    const similar = await similarTo(tx, tokenizer, org.id, org.language, text, 3);
    return { similar, view: similarQuestionsView(similar, org.language) };
  });
}

/** Resolved questions like the one being asked: shown with 投稿する / やめる before anything is posted. */
export interface SimilarFound {
  status: 'similar_found';
  similar: QuestionHit[];
  view: MessageView;
}

/**
 * Posts a question as a new thread in the community channel. With findings and `as_written`,
 * nothing is written: the member sees the findings and edits or chooses `mask`. Similar resolved
 * questions come back with the outcome (shown after posting); `askQuestionSimilarFirst` shows them first.
 */
export async function askQuestion(deps: CommunityDeps, actor: Actor, input: QuestionInput, decision: GuardDecision = 'as_written'): Promise<AskOutcome> {
  return ask(deps, actor, input, decision, false) as Promise<AskOutcome>;
}

/**
 * Asking, with similar resolved questions shown while asking: when there are some and the member
 * has not seen them yet (`similarSeen`), nothing is written and they are returned (`similar_found`)
 * for the member to choose 投稿する (ask again with `similarSeen`) or やめる. The guard comes first:
 * its review shows the similar questions too, so choosing `mask` there counts as having seen them.
 */
export async function askQuestionSimilarFirst(
  deps: CommunityDeps,
  actor: Actor,
  input: QuestionInput,
  decision: GuardDecision,
  similarSeen: boolean,
): Promise<AskOutcome | SimilarFound> {
  return ask(deps, actor, input, decision, !similarSeen);
}

async function ask(deps: CommunityDeps, actor: Actor, input: QuestionInput, decision: GuardDecision, similarFirst: boolean): Promise<AskOutcome | SimilarFound> {
  const tokenizer = await tokenizerOf(deps);
  return inTransaction(deps, async (tx): Promise<AskOutcome | SimilarFound> => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isCommunityMember(member)) return refuse(org.language, 'not_member');
    const settings = await communitySettingsOf(tx, org.id);
    if (!settings) return refuse(org.language, 'not_configured');
    const q = checkQuestion(input, org.language);
    if (q.refusal) return q.refusal;

    const guard = guardFields(tokenizer, q.title, q.body);
    const similar = await similarTo(tx, tokenizer, org.id, org.language, `${q.title}\n${q.body}`, 3);
    if (guard.findings.length > 0 && decision !== 'mask') {
      return {
        status: 'needs_review',
        findings: guard.findings,
        masked: guard.masked,
        similar,
        view: guardReviewView(guard.findings, `${guard.masked.title}\n${guard.masked.body}`, org.language),
      };
    }
    if (similarFirst && similar.length > 0) {
      return { status: 'similar_found', similar, view: similarFirstView(similar, org.language) };
    }
    const title = guard.masked.title;
    const body = guard.masked.body;
    const question = await insertQuestion(tx, {
      orgId: org.id,
      askedBy: member.id,
      anonymous: q.anonymous,
      title,
      body,
      tags: q.tags,
      industry: q.industry,
      channel: settings.channel,
      titleTokens: searchTokens(tokenizer, title).join(' '),
      bodyTokens: questionBodyTokens(tokenizer, { body, tags: q.tags }),
      createdAt: nowOf(deps),
      updatedAt: nowOf(deps),
    });
    const view = questionView(await questionModel(tx, question), org.language);
    await send(tx, deps, [postMessage(org.id, { type: 'channel', channel: settings.channel }, view, questionKey(question.id), { questionId: question.id })]);
    return {
      status: 'posted',
      questionId: question.id,
      similar,
      message: communityMessages(org.language).questionPosted,
      masked: guard.findings.length > 0,
    };
  });
}

export type RevealOutcome = { status: 'revealed'; questionId: string; title: string; anonymous: boolean; platformUserId: string; displayName: string | null } | Refusal;

/**
 * Admins only: who asked a question (the form promises members that only admins can see it). Each
 * look is written to the audit log (who looked at which question); anyone else is refused before
 * anything about the question is read.
 */
export async function revealAsker(deps: CommunityDeps, actor: Actor, questionId: string): Promise<RevealOutcome> {
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isAdmin(member)) return refuse(org.language, 'not_admin');
    const q = await questionById(tx, org.id, questionId);
    if (!q) return refuse(org.language, 'not_found');
    const [row] = await tx.select({ platformUserId: members.platformUserId, displayName: members.displayName }).from(members).where(eq(members.id, q.askedBy));
    if (!row) return refuse(org.language, 'not_found');
    // audit_log has no action of its own for this yet: an asker's identity leaving its protection is recorded as an 'export'.
    await tx.insert(auditLog).values({
      orgId: org.id, actor: member.id, action: 'export', subject: `community_question:${q.id}`, detail: { revealed: 'asker', anonymous: q.anonymous }, createdAt: nowOf(deps),
    });
    return { status: 'revealed', questionId: q.id, title: q.title, anonymous: q.anonymous, platformUserId: row.platformUserId, displayName: row.displayName } as const;
  });
}

/** `revealAsker` for the question whose root message has this platform reference (a message shortcut on it). */
export async function revealAskerOfMessage(deps: CommunityDeps, actor: Actor, messageRef: string): Promise<RevealOutcome> {
  const found = await inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isAdmin(member)) return refuse(org.language, 'not_admin');
    const key = await keyOfPosted(tx, org.id, messageRef);
    return key?.startsWith('community:question:') ? key.slice('community:question:'.length) : refuse(org.language, 'not_found');
  });
  return typeof found === 'string' ? revealAsker(deps, actor, found) : found;
}

// ---------------------------------------------------------------- the root message

/** The root message's facts; `link` turns the accepted answer's stored reference into a web link (the platform's). */
export async function questionModel(tx: Tx, q: Question, link?: (answerRef: string) => string | null): Promise<QuestionViewModel> {
  const [askerName, answerCount] = await Promise.all([q.anonymous ? null : displayNameOf(tx, q.askedBy), visibleAnswerCount(tx, q.id)]);
  let accepted: QuestionViewModel['accepted'] = null;
  if (q.acceptedAnswerId) {
    const a = await answerById(tx, q.acceptedAnswerId);
    if (a) {
      const ref = a.source === 'thread' ? a.platformMessageRef : await postedRef(tx, answerKey(a.id));
      accepted = {
        id: a.id,
        authorName: (await displayNameOf(tx, a.author)) ?? '—',
        // A hidden answer is only said to be hidden (hiding one normally un-accepts it too).
        excerpt: a.hiddenAt ? '' : excerpt(a.body, 200),
        hidden: a.hiddenAt !== null,
        ref,
        link: ref && link && !a.hiddenAt ? link(ref) : null,
      };
    }
  }
  return {
    id: q.id,
    title: q.title,
    body: q.body,
    tags: q.tags,
    industry: q.industry,
    status: q.status,
    askerName: q.anonymous ? null : askerName ?? '—',
    answerCount,
    accepted,
    hidden: q.hiddenAt !== null,
  };
}

/** Replaces the question's root message with its current state (when it has been posted). */
export async function refreshQuestionMessage(tx: Tx, deps: CommunityDeps, org: Organisation, q: Question): Promise<void> {
  const ref = await postedRef(tx, questionKey(q.id));
  if (!ref) return; // not delivered yet; the root will be refreshed by the next change
  const model = await questionModel(tx, q, deps.messageLink ? (answerRef) => deps.messageLink!(answerRef, ref) : undefined);
  await send(tx, deps, [updateMessage(org.id, q.channel, ref, questionView(model, org.language), { questionId: q.id, acceptedAnswerRef: model.accepted?.ref ?? null })]);
}

// ---------------------------------------------------------------- answering

export type AnswerOutcome =
  | { status: 'posted'; answerId: string; message: string; masked: boolean }
  | (Omit<NeedsReview, 'similar' | 'masked'> & { masked: { body: string } })
  | Refusal;

async function usableQuestion(tx: Tx, org: Organisation, questionId: string): Promise<Question | Refusal> {
  const q = await questionById(tx, org.id, questionId, true);
  if (!q) return refuse(org.language, 'not_found');
  if (q.hiddenAt) return refuse(org.language, 'hidden');
  return q;
}

async function afterNewAnswer(tx: Tx, deps: CommunityDeps, org: Organisation, q: Question): Promise<void> {
  let current = q;
  if (q.status === 'unanswered') {
    [current] = (await tx
      .update(communityQuestions)
      .set({ status: 'answered', updatedAt: nowOf(deps) })
      .where(eq(communityQuestions.id, q.id))
      .returning()) as [Question];
  }
  await refreshQuestionMessage(tx, deps, org, current);
}

/** An answer written in mamori's form: guarded like a question, posted in the question's thread. */
export async function answerQuestion(
  deps: CommunityDeps,
  actor: Actor,
  input: { questionId: string; body: string },
  decision: GuardDecision = 'as_written',
): Promise<AnswerOutcome> {
  const tokenizer = await tokenizerOf(deps);
  return inTransaction(deps, async (tx): Promise<AnswerOutcome> => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isCommunityMember(member)) return refuse(org.language, 'not_member');
    const check = new FieldCheck(org.language);
    const text = check.text('body', input.body, LIMITS.body);
    const bad = check.refusal();
    if (bad) return bad;
    const q = await usableQuestion(tx, org, input.questionId);
    if ('status' in q && q.status === 'refused') return q;
    const question = q as Question;
    const thread = await postedRef(tx, questionKey(question.id));
    if (!thread) return refuse(org.language, 'not_posted_yet');

    const guard = checkConfidential(text, tokenizer);
    if (guard.findings.length > 0 && decision !== 'mask') {
      return {
        status: 'needs_review',
        findings: guard.findings.map((f) => ({ ...f, field: 'body' as const })),
        masked: { body: guard.masked },
        view: guardReviewView(guard.findings, guard.masked, org.language),
      };
    }
    const answer = (await insertAnswer(tx, { questionId: question.id, author: member.id, body: guard.masked, source: 'bot', createdAt: nowOf(deps) }))!;
    const view = answerView({ id: answer.id, body: answer.body, authorName: member.displayName ?? communityMessages(org.language).aGraduate, hidden: false, accepted: false }, org.language);
    await send(tx, deps, [
      postMessage(org.id, { type: 'channel', channel: question.channel, thread }, view, answerKey(answer.id), { questionId: question.id, answerId: answer.id }),
    ]);
    await afterNewAnswer(tx, deps, org, question);
    return { status: 'posted', answerId: answer.id, message: communityMessages(org.language).answerPosted, masked: guard.findings.length > 0 };
  });
}

/**
 * A member replied in a question's thread directly (a platform message event). It counts as an
 * answer; a redelivered event is the same answer. mamori cannot change another person's message, so
 * if the guard finds details the author is asked by DM to edit it, and what mamori keeps of it (and
 * may repeat in the root message, the FAQ, similar questions, the search index) is the masked text.
 */
export async function recordThreadReply(
  deps: CommunityDeps,
  actor: Actor,
  input: { threadRef: string; messageRef: string; text: string },
): Promise<{ status: 'recorded' | 'duplicate' | 'ignored'; answerId?: string }> {
  const tokenizer = await tokenizerOf(deps);
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    const key = await keyOfPosted(tx, org.id, input.threadRef);
    if (!key?.startsWith('community:question:')) return { status: 'ignored' } as const;
    const q = await questionById(tx, org.id, key.slice('community:question:'.length), true);
    const text = input.text.trim().slice(0, LIMITS.body);
    if (!q || q.hiddenAt || text.length === 0 || member.id === q.askedBy) return { status: 'ignored' } as const;
    // Never stored as typed: the guard's masked text is all mamori keeps (equal to the text when nothing was found).
    const guard = checkConfidential(text, tokenizer);
    const body = [...guard.masked].slice(0, LIMITS.body).join('');
    const answer = await insertAnswer(tx, { questionId: q.id, author: member.id, body, source: 'thread', platformMessageRef: input.messageRef, createdAt: nowOf(deps) });
    if (!answer) return { status: 'duplicate' } as const;
    if (guard.findings.length > 0) {
      const m = communityMessages(org.language);
      await send(tx, deps, [
        postMessage(
          org.id,
          { type: 'user', platformUserId: actor.platformUserId },
          { fallbackText: m.threadReplyWarning(q.title), blocks: [{ type: 'text', text: m.threadReplyWarning(q.title), tone: 'warning' }, guardReviewView(guard.findings, guard.masked, org.language).blocks[2]!] },
          `community:thread-warning:${answer.id}`,
          { questionId: q.id, answerId: answer.id },
        ),
      ]);
    }
    await afterNewAnswer(tx, deps, org, q);
    return { status: 'recorded', answerId: answer.id } as const;
  });
}

/** The asker or an instructor marks one answer 解決済み; the root message shows it. */
export async function markResolved(deps: CommunityDeps, actor: Actor, input: { answerId: string }): Promise<{ status: 'resolved'; questionId: string; message: string } | Refusal> {
  const tokenizer = await tokenizerOf(deps);
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    const answer = await answerById(tx, input.answerId);
    if (!answer) return refuse(org.language, 'not_found');
    const q = await usableQuestion(tx, org, answer.questionId);
    if ('status' in q && q.status === 'refused') return q;
    const question = q as Question;
    if (answer.hiddenAt) return refuse(org.language, 'hidden');
    if (question.askedBy !== member.id && !isInstructor(member)) return refuse(org.language, 'not_allowed');
    const now = nowOf(deps);
    const baseTokens = questionBodyTokens(tokenizer, question, answer.body);
    const [updated] = await tx
      .update(communityQuestions)
      .set({ status: 'resolved', acceptedAnswerId: answer.id, resolvedAt: now, updatedAt: now, bodyTokens: baseTokens })
      .where(eq(communityQuestions.id, question.id))
      .returning();
    await refreshQuestionMessage(tx, deps, org, updated!);
    const answerRef = answer.source === 'bot' ? await postedRef(tx, answerKey(answer.id)) : null;
    if (answerRef) {
      const authorName = (await displayNameOf(tx, answer.author)) ?? communityMessages(org.language).aGraduate;
      await send(tx, deps, [updateMessage(org.id, question.channel, answerRef, answerView({ id: answer.id, body: answer.body, authorName, hidden: false, accepted: true }, org.language), { answerId: answer.id })]);
    }
    return { status: 'resolved', questionId: question.id, message: communityMessages(org.language).resolved } as const;
  });
}

// ---------------------------------------------------------------- FAQ

/** `/mamori-faq WORDS`: the best resolved questions and their accepted answers, shown privately. */
export async function searchFaq(deps: CommunityDeps, actor: Actor, words: string): Promise<{ status: 'results'; hits: QuestionHit[]; view: MessageView } | Refusal> {
  const tokenizer = await tokenizerOf(deps);
  return inTransaction(deps, async (tx) => {
    const { org, member } = await resolveActor(tx, deps, actor);
    if (!isCommunityMember(member)) return refuse(org.language, 'not_member');
    const check = new FieldCheck(org.language);
    const query = check.text('words', words, LIMITS.faqWords);
    const bad = check.refusal();
    if (bad) return bad;
    const tokens = searchTokens(tokenizer, query);
    const hits = await searchResolvedQuestions(tx, org.id, tokens.length > 0 ? tokens : [query.toLowerCase()], 5);
    const bodies = await answerBodies(tx, hits.map((h) => h.acceptedAnswerId).filter((x): x is string => x !== null));
    const results = hits.map((h) => ({ id: h.id, title: h.title, answerExcerpt: answerExcerptOf(bodies, h.acceptedAnswerId, 300, org.language) }));
    return { status: 'results', hits: results, view: faqResultsView(query, results, org.language) } as const;
  });
}

export type { Answer, Question };
