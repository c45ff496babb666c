/**
 * The graduates' community on Teams: the same flows as Slack for asking, answering, searching and
 * RSVP, in Teams' own shapes.
 * - Text commands (personal chat, or @mamori in a channel): `ask`/`質問` (first line the title, the
 *   rest the question; `匿名`/`anonymous` on the first line posts anonymously), `faq`/`検索 WORDS`
 *   (answered in personal chat only, so results stay private), `community`/`コミュニティ` (an admin,
 *   in the channel to use), `graduate`/`修了生` and `instructor`/`講師` with @mentions (admins).
 * - The guard's findings come back as a card with 伏せ字にして投稿 (Action.Submit carrying the draft);
 *   editing is sending the corrected text again. Nothing is posted until then.
 * - A reply in a question's channel thread is recorded as an answer (its root's stored reference).
 * - Buttons of the community cards (Action.Execute or Action.Submit data `{ mamori: 1, action, value }`):
 *   回答する returns a card with a text box (its submit carries `body`), 解決済みにする, 報告する
 *   (a card with a reason box), 非表示にする, 参加する / キャンセル.
 * Each handler returns whether it took the activity; the router falls back to the analysis handlers.
 */
import type { Activity, IMessageActivity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { eq, sql } from 'drizzle-orm';
import { recordEventOnce } from '../../db/repo/events.js';
import { ensureMember, type Organisation } from '../../db/repo/organisations.js';
import { members, type MemberRole } from '../../db/schema/index.js';
import { DEFAULT_COMMUNITY_CONFIG, type CommunityConfig } from '../../flows/community/config.js';
import type { Actor, CommunityDeps } from '../../flows/community/deps.js';
import { cancelRsvp, joinEvent } from '../../flows/community/events.js';
import { communityMessages } from '../../flows/community/messages.js';
import { hidePost, reportPost } from '../../flows/community/moderation.js';
import { keyOfPosted } from '../../flows/community/outbox.js';
import { answerQuestion, askQuestion, configureCommunity, markResolved, recordThreadReply, searchFaq, type GuardDecision } from '../../flows/community/questions.js';
import { similarQuestionsView } from '../../flows/community/views/lists-view.js';
import type { MessageView } from '../../flows/views/view.js';
import { renderAdaptiveCards } from './adaptive-card.js';
import { baseConversationId, tenantOf, userIdOf, type HandlerDeps } from './handlers.js';
import { cardActivity, teamsMessageRef, textActivity } from './messenger.js';

type Ctx = IActivityContext<Activity>;

export const COMMUNITY_CARD_ACTIONS = ['community_answer', 'community_resolve', 'community_report', 'community_hide', 'event_join', 'event_cancel_rsvp'] as const;
export type CommunityCardAction = (typeof COMMUNITY_CARD_ACTIONS)[number];

/** Action.Submit data of the guard's 伏せ字にして投稿 (the draft travels with the card). */
export interface DraftData {
  mamoriCommunity: 1;
  action: 'ask_mask' | 'answer_mask';
  title?: string;
  body: string;
  anonymous?: boolean;
  questionId?: string;
}

const configs = new WeakMap<HandlerDeps, CommunityConfig>();
export function setTeamsCommunityConfig(deps: HandlerDeps, config: CommunityConfig): void {
  configs.set(deps, config);
}

export function teamsCommunityDeps(deps: HandlerDeps): CommunityDeps {
  const a = deps.actions;
  return {
    database: a.database,
    queue: a.queue,
    config: configs.get(deps) ?? DEFAULT_COMMUNITY_CONFIG,
    orgDefaults: a.orgDefaults,
    logger: a.logger,
    ...(a.now ? { now: a.now } : {}),
  };
}

function actorOf(a: Activity, tenant: string): Actor {
  return { platform: 'teams', platformTeamId: tenant, teamName: `Teams ${tenant}`, platformUserId: userIdOf(a), displayName: a.from?.name?.slice(0, 300) || undefined };
}

const isCommunityAction = (v: unknown): v is { mamori: 1; action: CommunityCardAction; value: string; body?: string; reason?: string } =>
  !!v && typeof v === 'object' && (v as { mamori?: unknown }).mamori === 1 && (COMMUNITY_CARD_ACTIONS as readonly string[]).includes(String((v as { action?: unknown }).action)) &&
  typeof (v as { value?: unknown }).value === 'string';

const isDraft = (v: unknown): v is DraftData =>
  !!v && typeof v === 'object' && (v as DraftData).mamoriCommunity === 1 && ((v as DraftData).action === 'ask_mask' || (v as DraftData).action === 'answer_mask') && typeof (v as DraftData).body === 'string';

const lang = (org: Organisation) => (org.language === 'en' ? 'en' : 'ja');

const words = {
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
    anonymous: /^(匿名|anonymous|--anonymous)$/i,
  },
};

const COMMANDS: Record<string, 'ask' | 'faq' | 'community' | 'graduate' | 'instructor'> = {
  ask: 'ask', '質問': 'ask', faq: 'faq', '検索': 'faq', community: 'community', 'コミュニティ': 'community',
  graduate: 'graduate', '修了生': 'graduate', instructor: 'instructor', '講師': 'instructor',
};

function cardsOf(view: MessageView): IAdaptiveCard[] {
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

type Reply = { text: string } | { card: IAdaptiveCard; fallback: string } | { cards: IAdaptiveCard[]; fallback: string };

async function ask(deps: HandlerDeps, org: Organisation, actor: Actor, input: { title: string; body: string; anonymous: boolean }, decision: GuardDecision): Promise<Reply> {
  const language = lang(org);
  const out = await askQuestion(teamsCommunityDeps(deps), actor, { title: input.title, body: input.body, anonymous: input.anonymous }, decision);
  if (out.status === 'refused') return { text: out.message };
  const similar = out.similar.length > 0 ? similarQuestionsView(out.similar, language) : null;
  if (out.status === 'needs_review') {
    return { card: guardCard(out.view, similar, { mamoriCommunity: 1, action: 'ask_mask', title: input.title, body: input.body, anonymous: input.anonymous }, language), fallback: out.view.fallbackText };
  }
  deps.onQueued?.();
  if (!similar) return { text: out.message };
  return { cards: cardsOf({ fallbackText: out.message, blocks: [{ type: 'text', text: out.message, tone: 'good' }, ...similar.blocks] }), fallback: out.message };
}

async function answer(deps: HandlerDeps, org: Organisation, actor: Actor, questionId: string, body: string, decision: GuardDecision): Promise<Reply> {
  const out = await answerQuestion(teamsCommunityDeps(deps), actor, { questionId, body }, decision);
  if (out.status === 'refused') return { text: out.message };
  if (out.status === 'needs_review') return { card: guardCard(out.view, null, { mamoriCommunity: 1, action: 'answer_mask', body, questionId }, lang(org)), fallback: out.view.fallbackText };
  deps.onQueued?.();
  return { text: out.message };
}

/** A community button (Action.Execute or Action.Submit data); a reply for the presser. */
export async function runCommunityAction(deps: HandlerDeps, org: Organisation, a: Activity, data: { action: CommunityCardAction; value: string; body?: string; reason?: string }): Promise<Reply> {
  const cd = teamsCommunityDeps(deps);
  const actor = actorOf(a, org.platformTeamId);
  const w = words[lang(org)];
  const m = communityMessages(lang(org));
  const done = <T extends { message: string }>(out: T): Reply => {
    deps.onQueued?.();
    return { text: out.message };
  };
  switch (data.action) {
    case 'community_answer':
      if (typeof data.body === 'string') return answer(deps, org, actor, data.value, data.body, 'as_written');
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

async function send(ctx: Ctx, reply: Reply): Promise<void> {
  if ('text' in reply) await ctx.send(textActivity(reply.text));
  else if ('card' in reply) await ctx.send(cardActivity(reply.card, reply.fallback));
  else for (const c of reply.cards) await ctx.send(cardActivity(c, reply.fallback));
}

/** Gives the acting member the admin role when the configuration names them; false when not an admin. */
async function ensureAdmin(deps: HandlerDeps, org: Organisation, userId: string): Promise<string | null> {
  const db = deps.actions.database.db;
  const me = await ensureMember(db, org.id, { platformUserId: userId });
  if (me.roles.includes('admin')) return me.id;
  if (!deps.config.adminUserIds.includes(userId)) return null;
  await db.update(members).set({ roles: sql`array_append(${members.roles}, 'admin')` }).where(eq(members.id, me.id));
  return me.id;
}

function mentioned(a: Activity): string[] {
  const out: string[] = [];
  for (const e of a.entities ?? []) {
    const m = e as { type?: string; mentioned?: { id?: string; aadObjectId?: string } };
    if (m.type !== 'mention' || !m.mentioned?.id || m.mentioned.id === a.recipient?.id) continue;
    const id = m.mentioned.aadObjectId ?? m.mentioned.id;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

async function runCommand(deps: HandlerDeps, ctx: Ctx, org: Organisation, command: 'ask' | 'faq' | 'community' | 'graduate' | 'instructor', rest: string): Promise<Reply> {
  const a = ctx.activity;
  const w = words[lang(org)];
  const m = communityMessages(lang(org));
  const actor = actorOf(a, org.platformTeamId);
  const personal = String(a.conversation?.conversationType ?? '') === 'personal';
  switch (command) {
    case 'ask': {
      const [first = '', ...lines] = rest.split('\n');
      const parts = first.trim().split(/\s+/).filter(Boolean);
      const anonymous = parts.some((p) => w.anonymous.test(p));
      const title = parts.filter((p) => !w.anonymous.test(p)).join(' ');
      const body = lines.join('\n').trim();
      if (!title && !body) return { text: w.usage };
      return ask(deps, org, actor, { title, body, anonymous }, 'as_written');
    }
    case 'faq': {
      if (!personal) return { text: w.faqPrivate };
      if (!rest.trim()) return { text: w.faqUsage };
      const out = await searchFaq(teamsCommunityDeps(deps), actor, rest.trim());
      return out.status === 'refused' ? { text: out.message } : { cards: cardsOf(out.view), fallback: out.view.fallbackText };
    }
    case 'community': {
      if (String(a.conversation?.conversationType ?? '') !== 'channel') return { text: w.channelOnly };
      if (!(await ensureAdmin(deps, org, actor.platformUserId))) return { text: m.refusal.not_admin };
      const out = await configureCommunity(teamsCommunityDeps(deps), actor, { channel: baseConversationId(a.conversation.id) });
      return { text: out.status === 'refused' ? out.message : w.configured };
    }
    case 'graduate':
    case 'instructor': {
      const adminId = await ensureAdmin(deps, org, actor.platformUserId);
      if (!adminId) return { text: m.refusal.not_admin };
      const people = mentioned(a);
      if (people.length === 0) return { text: w.mentionNeeded };
      const role: MemberRole = command;
      await deps.actions.database.db.transaction(async (tx) => {
        for (const id of people) {
          const member = await ensureMember(tx, org.id, { platformUserId: id, roles: [role] });
          if (!member.roles.includes(role)) await tx.update(members).set({ roles: sql`array_append(${members.roles}, ${role})` }).where(eq(members.id, member.id));
        }
      });
      return { text: w.rolesGranted(people.length) };
    }
  }
}

/**
 * A message activity: a community button (Action.Submit), the guard's 伏せ字にして投稿, a community
 * command, or a reply in a question's thread. Returns false for anything else.
 */
export async function onCommunityMessage(deps: HandlerDeps, ctx: Ctx): Promise<boolean> {
  const a = ctx.activity as IMessageActivity;
  const tenant = tenantOf(a);
  if (!tenant) return false;
  const once = () => recordEventOnce(deps.actions.database.db, 'teams', a.id);
  const value = a.value as unknown;

  if (isCommunityAction(value) || isDraft(value)) {
    if (!(await once())) return true;
    const org = await deps.store.organisation(tenant);
    const actor = actorOf(a, tenant);
    let reply: Reply;
    if (isDraft(value)) {
      reply = value.action === 'ask_mask'
        ? await ask(deps, org, actor, { title: value.title ?? '', body: value.body, anonymous: value.anonymous === true }, 'mask')
        : await answer(deps, org, actor, value.questionId ?? '', value.body, 'mask');
    } else {
      reply = await runCommunityAction(deps, org, a, value);
    }
    await send(ctx, reply);
    return true;
  }

  const text = (a.text ?? '').replace(/<at>[^<]*<\/at>/g, ' ').replace(/^\s+/, '');
  const [word = ''] = text.split(/\s+/, 1);
  const command = COMMANDS[word.toLowerCase()];
  if (command) {
    if (!(await once())) return true;
    const org = await deps.store.organisation(tenant);
    await send(ctx, await runCommand(deps, ctx, org, command, text.slice(word.length).replace(/^[ \t]+/, '')));
    return true;
  }

  // A reply in a channel thread: an answer when the root is a community question.
  const [base, root] = (a.conversation?.id ?? '').split(';messageid=');
  if (!root || root === a.id || !text.trim() || String(a.conversation?.conversationType ?? '') !== 'channel') return false;
  const org = await deps.store.organisation(tenant);
  const threadRef = teamsMessageRef(base!, root);
  const key = await keyOfPosted(deps.actions.database.db, org.id, threadRef);
  if (!key?.startsWith('community:question:')) return false;
  const out = await recordThreadReply(teamsCommunityDeps(deps), actorOf(a, tenant), { threadRef, messageRef: teamsMessageRef(base!, a.id), text: text.trim() });
  if (out.status === 'recorded') deps.onQueued?.();
  return true;
}

/** Action.Execute from a community card; null when the action is not the community's. */
export async function onCommunityCardAction(deps: HandlerDeps, ctx: Ctx) {
  const a = ctx.activity as Activity & { value?: { action?: { data?: unknown } } };
  const tenant = tenantOf(a);
  const data = a.value?.action?.data;
  if (!tenant || !isCommunityAction(data)) return null;
  const org = await deps.store.organisation(tenant);
  const reply = await runCommunityAction(deps, org, a, data);
  if ('text' in reply) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply.text } as const;
  const card = 'card' in reply ? reply.card : reply.cards[0]!;
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } as const;
}
