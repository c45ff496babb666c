/**
 * The graduates' community questions on Teams: asking and answering through the same flows as Slack,
 * in Teams' own shapes (the command words are in listeners/commands/community.ts).
 * - The guard's findings come back as a card with 伏せ字にして投稿 (Action.Submit carrying the draft);
 *   editing is sending the corrected text again. Nothing is posted until then. Resolved questions that
 *   look alike are shown before anything is posted, with 投稿する / やめる (askQuestionSimilarFirst).
 * - A card pressed twice (two activities, one card and the same data) posts one question or answer
 *   (oncePerCard, through the flows' oncePerRequest).
 * - Buttons of the community cards (Action.Execute or Action.Submit data `{ mamori: 1, action, value }`):
 *   回答する returns a card with a text box (its submit carries `body`), 解決済みにする, 報告する
 *   (a card with a reason box), 非表示にする, 参加する / キャンセル.
 */
import type { Activity } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Organisation } from '../../../flows/actions/people.js';
import { tokenizerOf, type Actor, type CommunityDeps } from '../../../flows/community/deps.js';
import { cancelRsvp, joinEvent } from '../../../flows/community/events.js';
import { communityMessages } from '../../../flows/community/messages.js';
import { hidePost, reportPost } from '../../../flows/community/moderation.js';
import { isDuplicate, wroteSomething } from '../../../flows/community/once.js';
import { answerQuestion, askQuestionSimilarFirst, markResolved, type GuardDecision, type QuestionInput } from '../../../flows/community/questions.js';
import { similarQuestionsView } from '../../../flows/community/views/lists-view.js';
import type { MessageView } from '../../../flows/views/view.js';
import { renderAdaptiveCards } from '../adaptive-card.js';
import { langOf as lang, type HandlerDeps, type Reply } from '../listeners/context.js';
import { communityActor, oncePerCard, sharedWords, teamsCommunityDeps } from './common.js';

export const COMMUNITY_CARD_ACTIONS = ['community_answer', 'community_resolve', 'community_report', 'community_hide', 'event_join', 'event_cancel_rsvp'] as const;
export type CommunityCardAction = (typeof COMMUNITY_CARD_ACTIONS)[number];

const DRAFT_ACTIONS = ['ask_mask', 'ask_post', 'ask_drop', 'answer_mask'] as const;

/**
 * Action.Submit data of the guard's 伏せ字にして投稿 and of the similar questions' 投稿する / やめる
 * (the draft travels with the card).
 */
export interface DraftData {
  mamoriCommunity: 1;
  action: (typeof DRAFT_ACTIONS)[number];
  title?: string;
  body: string;
  anonymous?: boolean;
  questionId?: string;
}

const actorOf = communityActor;

export const isCommunityAction = (v: unknown): v is { mamori: 1; action: CommunityCardAction; value: string; body?: string; reason?: string } =>
  !!v && typeof v === 'object' && (v as { mamori?: unknown }).mamori === 1 && (COMMUNITY_CARD_ACTIONS as readonly string[]).includes(String((v as { action?: unknown }).action)) &&
  typeof (v as { value?: unknown }).value === 'string';

export const isDraft = (v: unknown): v is DraftData =>
  !!v && typeof v === 'object' && (v as DraftData).mamoriCommunity === 1 && (DRAFT_ACTIONS as readonly string[]).includes(String((v as DraftData).action)) && typeof (v as DraftData).body === 'string';

export const words = {
  ja: {
    usage: '使い方: `ask タイトル` の次の行から質問を書いてください（1行目に「匿名」と書くと匿名で投稿）。',
    faqUsage: '使い方: `faq 検索したい言葉`',
    faqPrivate: '検索結果はあなただけに見えるよう、mamori との個人チャットで `faq 言葉` と送ってください。',
    editHint: '書き直す場合は、修正した文章をもう一度送ってください。',
    answerLabel: '回答',
    reasonLabel: '報告の理由',
    check: '確認して投稿',
    send: '送信',
    channelOnly: 'コミュニティにするチャンネルで、mamori にメンションしてこのコマンドを送ってください。',
    configured: 'このチャンネルをコミュニティチャンネルにしました。',
    rolesGranted: (n: number) => `${n} 人に役割を付けました。`,
    mentionNeeded: '役割を付ける人をメンションしてください。',
    similarPost: '投稿する',
    similarDrop: 'やめる',
    notPosted: '質問は投稿しませんでした。',
    anonymous: /^(匿名|anonymous|--anonymous)$/i,
  },
  en: {
    usage: 'Usage: `ask Title`, then the question from the next line (write "anonymous" on the first line to post anonymously).',
    faqUsage: 'Usage: `faq words to search`',
    faqPrivate: 'So that the results are yours only, send `faq words` in your personal chat with mamori.',
    editHint: 'To rewrite it, send the corrected text again.',
    answerLabel: 'Answer',
    reasonLabel: 'Why are you reporting it?',
    check: 'Check and post',
    send: 'Send',
    channelOnly: 'Send this command in the channel to use, mentioning mamori.',
    configured: 'This channel is now the community channel.',
    rolesGranted: (n: number) => `${n} people were given the role.`,
    mentionNeeded: 'Mention the people to give the role to.',
    similarPost: 'Post it',
    similarDrop: 'Drop it',
    notPosted: 'Your question was not posted.',
    anonymous: /^(匿名|anonymous|--anonymous)$/i,
  },
};

export function cardsOf(view: MessageView): IAdaptiveCard[] {
  return renderAdaptiveCards(view);
}

/** A card with the guard's findings and a 伏せ字にして投稿 button carrying the draft. */
export function guardCard(review: MessageView, similar: MessageView | null, draft: DraftData, language: 'ja' | 'en'): IAdaptiveCard {
  const m = communityMessages(language);
  const [card] = cardsOf({ fallbackText: review.fallbackText, blocks: [...review.blocks, ...(similar?.blocks ?? []), { type: 'text', text: words[language].editHint, tone: 'muted' }] });
  return { ...card!, actions: [{ type: 'Action.Submit', title: m.guardMask, style: 'positive', data: draft }] } as IAdaptiveCard;
}

/** A card with one text box and a submit that carries the action (回答する, 報告する). */
export function inputCard(title: string, label: string, inputId: 'body' | 'reason', submit: string, data: { mamori: 1; action: CommunityCardAction; value: string }, max: number): IAdaptiveCard {
  return {
    type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
      { type: 'Input.Text', id: inputId, label, isMultiline: true, maxLength: max, isRequired: true },
    ],
    actions: [{ type: 'Action.Execute', title: submit, verb: data.action, data }],
  } as unknown as IAdaptiveCard;
}

/** The similar resolved questions, before anything is posted: 投稿する / やめる carry the draft. */
function similarCard(view: MessageView, draft: Omit<DraftData, 'action'>, language: 'ja' | 'en'): IAdaptiveCard {
  const w = words[language];
  const [card] = cardsOf(view);
  return {
    ...card!,
    actions: [
      { type: 'Action.Submit', title: w.similarPost, style: 'positive', data: { ...draft, action: 'ask_post' } },
      { type: 'Action.Submit', title: w.similarDrop, data: { ...draft, action: 'ask_drop' } },
    ],
  } as IAdaptiveCard;
}

/**
 * Asks (the command, 伏せ字にして投稿, 投稿する): the guard's findings or similar resolved questions come
 * back before anything is posted. `press` (a card's activity and data) makes a double click post once.
 */
export async function ask(
  deps: HandlerDeps, org: Organisation, actor: Actor, input: Required<Pick<QuestionInput, 'title' | 'body' | 'anonymous'>>, decision: GuardDecision, similarSeen: boolean,
  press?: { a: Activity; data: unknown },
): Promise<Reply> {
  const language = lang(org);
  const cd = teamsCommunityDeps(deps, org.platformTeamId);
  await tokenizerOf(cd); // loaded before any transaction starts
  const run = (d: CommunityDeps) => askQuestionSimilarFirst(d, actor, input, decision, similarSeen);
  const out = press ? await oncePerCard(cd, press.a, press.data, run, wroteSomething) : await run(cd);
  if (isDuplicate(out)) return { text: sharedWords[language].duplicate };
  if (out.status === 'refused') return { text: out.message };
  const draft = { mamoriCommunity: 1 as const, title: input.title, body: input.body, anonymous: input.anonymous };
  if (out.status === 'needs_review') {
    // The review shows the similar questions too: choosing 伏せ字にして投稿 counts as having seen them.
    const similar = out.similar.length > 0 ? similarQuestionsView(out.similar, language) : null;
    return { card: guardCard(out.view, similar, { ...draft, action: 'ask_mask' }, language), fallback: out.view.fallbackText };
  }
  if (out.status === 'similar_found') return { card: similarCard(out.view, draft, language), fallback: out.view.fallbackText };
  deps.onQueued?.();
  return { text: out.message };
}

async function answer(deps: HandlerDeps, org: Organisation, actor: Actor, questionId: string, body: string, decision: GuardDecision, press: { a: Activity; data: unknown }): Promise<Reply> {
  const cd = teamsCommunityDeps(deps, org.platformTeamId);
  await tokenizerOf(cd);
  const out = await oncePerCard(cd, press.a, press.data, (d) => answerQuestion(d, actor, { questionId, body }, decision), wroteSomething);
  if (isDuplicate(out)) return { text: sharedWords[lang(org)].duplicate };
  if (out.status === 'refused') return { text: out.message };
  if (out.status === 'needs_review') return { card: guardCard(out.view, null, { mamoriCommunity: 1, action: 'answer_mask', body, questionId }, lang(org)), fallback: out.view.fallbackText };
  deps.onQueued?.();
  return { text: out.message };
}

/** 伏せ字にして投稿 / 投稿する / やめる: the draft the card carries. */
export async function runDraft(deps: HandlerDeps, org: Organisation, a: Activity, value: DraftData): Promise<Reply> {
  const actor = actorOf(a, org.platformTeamId);
  const input = { title: value.title ?? '', body: value.body, anonymous: value.anonymous === true };
  switch (value.action) {
    case 'ask_mask':
      return ask(deps, org, actor, input, 'mask', true, { a, data: value });
    case 'ask_post':
      return ask(deps, org, actor, input, 'as_written', true, { a, data: value });
    case 'ask_drop':
      return { text: words[lang(org)].notPosted };
    case 'answer_mask':
      return answer(deps, org, actor, value.questionId ?? '', value.body, 'mask', { a, data: value });
  }
}

/** A community button (Action.Execute or Action.Submit data); a reply for the presser. */
export async function runCommunityAction(deps: HandlerDeps, org: Organisation, a: Activity, data: { action: CommunityCardAction; value: string; body?: string; reason?: string }): Promise<Reply> {
  const cd = teamsCommunityDeps(deps, org.platformTeamId);
  const actor = actorOf(a, org.platformTeamId);
  const w = words[lang(org)];
  const m = communityMessages(lang(org));
  const done = <T extends { message: string }>(out: T): Reply => {
    deps.onQueued?.();
    return { text: out.message };
  };
  switch (data.action) {
    case 'community_answer':
      if (typeof data.body === 'string') return answer(deps, org, actor, data.value, data.body, 'as_written', { a, data });
      return { card: inputCard(m.answerButton, w.answerLabel, 'body', w.check, { mamori: 1, action: 'community_answer', value: data.value }, 3000), fallback: m.answerButton };
    case 'community_report':
      if (typeof data.reason === 'string') return done(await reportPost(cd, actor, { subject: data.value, reason: data.reason }));
      return { card: inputCard(m.reportButton, w.reasonLabel, 'reason', w.send, { mamori: 1, action: 'community_report', value: data.value }, 500), fallback: m.reportButton };
    case 'community_resolve':
      return done(await markResolved(cd, actor, { answerId: data.value }));
    case 'community_hide':
      return done(await hidePost(cd, actor, { subject: data.value }));
    case 'event_join':
      return done(await joinEvent(cd, actor, data.value));
    case 'event_cancel_rsvp':
      return done(await cancelRsvp(cd, actor, data.value));
  }
}
