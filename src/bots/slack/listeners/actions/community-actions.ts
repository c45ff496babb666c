/**
 * The community's buttons: on a question (回答する, 報告する), an answer (解決済みにする, 報告する),
 * a report list (非表示にする), a study group announcement (参加する / キャンセル), the organiser's
 * list (編集, 中止する, 出席を記録), App Home (質問する), and the guard's review inside the modals
 * (編集する / 伏せ字にして投稿) and the similar questions shown while asking (投稿する / やめる).
 * Every refusal is told privately to the person who pressed.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { eventTitle, questionTitleFor } from '../../../../flows/community/posts.js';
import { cancelEvent, cancelRsvp, eventForEditing, joinEvent } from '../../../../flows/community/events.js';
import { hidePost } from '../../../../flows/community/moderation.js';
import { markResolved } from '../../../../flows/community/questions.js';
import { communityDeps, orgIdOf, slackActor, whoIs } from '../../community/deps.js';
import {
  answerModal, askModal, attendanceModal, eventModal, MODAL_ACTIONS, readAsk, reportModal, resultModal, stateOf, type AnswerMeta, type AskMeta, type StateValues,
} from '../../community/modals.js';
import { communityText } from '../../community/text.js';
import { errorName, type SlackContext } from '../../context.js';
import { EVENT_ACTIONS } from '../commands/community-commands.js';
import { postAnswer, postQuestion } from '../views/community-views.js';

import { ASK_HOME_ACTION } from '../../community/home.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

interface Press { teamId: string | undefined; userId: string; name: string | undefined; value: string }

function pressOf(body: BlockAction, action: ButtonAction): Press {
  return { teamId: body.team?.id ?? body.user.team_id, userId: body.user.id, name: body.user.name ?? body.user.username, value: action.value ?? '' };
}

/** A private answer: replaces nothing; in the thread when the button was in one. */
async function tell(ctx: SlackContext, body: BlockAction, text: string, respond: Args['respond']): Promise<void> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ephemeral = Boolean(body.container?.is_ephemeral);
  if (!channel || ephemeral) {
    await respond({ response_type: 'ephemeral', replace_original: false, text });
    return;
  }
  const thread = body.message?.thread_ts;
  await ctx.client.chat.postEphemeral({ channel, user: body.user.id, text, ...(thread ? { thread_ts: thread } : {}) });
}

/** Runs `work` after the ack; an unexpected failure is told to the presser. */
function button(ctx: SlackContext, what: string, work: (a: Args, p: Press) => Promise<string | null>) {
  return async (args: Args): Promise<void> => {
    await args.ack();
    const p = pressOf(args.body, args.action);
    try {
      await whoIs(ctx, p.teamId, p.userId, p.name);
      const text = await work(args, p);
      if (text) await tell(ctx, args.body, text, args.respond);
      ctx.notify();
    } catch (err) {
      args.logger.error(`${what} failed: ${errorName(err)}`);
      await tell(ctx, args.body, communityText('ja').failed, args.respond).catch(() => {});
    }
  };
}

export const communityActions = (ctx: SlackContext) => ({
  askFromHome: button(ctx, 'ask form', async ({ body }, p) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    await ctx.client.views.open({ trigger_id: body.trigger_id, view: askModal(who.lang, { team: p.teamId, v: 1 }) });
    return null;
  }),

  answer: button(ctx, 'answer form', async ({ body }, p) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    const title = await questionTitleFor(ctx.deps.database.db, await orgIdOf(ctx, p.teamId), p.value).catch(() => undefined);
    await ctx.client.views.open({ trigger_id: body.trigger_id, view: answerModal(who.lang, { team: p.teamId, question: p.value, v: 1 }, undefined, undefined, title) });
    return null;
  }),

  resolve: button(ctx, 'resolve', async (_a, p) => {
    const out = await markResolved(communityDeps(ctx), slackActor(ctx, p.teamId, p.userId, p.name), { answerId: p.value });
    return out.message;
  }),

  report: button(ctx, 'report form', async ({ body }, p) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    await ctx.client.views.open({ trigger_id: body.trigger_id, view: reportModal(who.lang, { team: p.teamId, subject: p.value }) });
    return null;
  }),

  hide: button(ctx, 'hide', async (_a, p) => {
    const out = await hidePost(communityDeps(ctx), slackActor(ctx, p.teamId, p.userId, p.name), { subject: p.value });
    return out.message;
  }),

  join: button(ctx, 'join', async (_a, p) => (await joinEvent(communityDeps(ctx), slackActor(ctx, p.teamId, p.userId, p.name), p.value)).message),

  cancelRsvp: button(ctx, 'cancel rsvp', async (_a, p) => (await cancelRsvp(communityDeps(ctx), slackActor(ctx, p.teamId, p.userId, p.name), p.value)).message),

  cancelEvent: button(ctx, 'cancel event', async (_a, p) => (await cancelEvent(communityDeps(ctx), slackActor(ctx, p.teamId, p.userId, p.name), p.value)).message),

  /** 編集 (the organiser's list): the study group form, prefilled; refused privately for anyone else. */
  editEvent: button(ctx, 'edit event form', async ({ body }, p) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    const out = await eventForEditing(communityDeps(ctx), slackActor(ctx, p.teamId, p.userId, p.name), p.value);
    if (out.status === 'refused') return out.message;
    await ctx.client.views.open({ trigger_id: body.trigger_id, view: eventModal(who.lang, { team: p.teamId, tz: out.event.timeZone, event: out.event.id }, out.event) });
    return null;
  }),

  attendance: button(ctx, 'attendance form', async ({ body }, p) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    const title = await eventTitle(ctx.deps.database.db, await orgIdOf(ctx, p.teamId), p.value);
    if (title === null) return communityText(who.lang).failed;
    await ctx.client.views.open({ trigger_id: body.trigger_id, view: attendanceModal(who.lang, { team: p.teamId, event: p.value }, title) });
    return null;
  }),

  /** 編集する (question): back to the form with what is written now. */
  askEdit: modalButton(ctx, async (p, viewId, meta, values) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    const m = meta as AskMeta;
    await ctx.client.views.update({ view_id: viewId, view: askModal(who.lang, { ...m, v: m.v + 1 }, readAsk(values)) });
  }),

  /** 伏せ字にして投稿 (question): post what is written now, masked. */
  askMask: modalButton(ctx, async (p, viewId, meta, values) => {
    await postQuestion(ctx, { teamId: p.teamId, userId: p.userId, name: p.name, viewId, meta: meta as AskMeta, values: readAsk(values), decision: 'mask', similarSeen: true });
  }),

  /** 投稿する (similar questions did not answer it): post what is written now. */
  askPost: modalButton(ctx, async (p, viewId, meta, values) => {
    await postQuestion(ctx, { teamId: p.teamId, userId: p.userId, name: p.name, viewId, meta: meta as AskMeta, values: readAsk(values), decision: 'as_written', similarSeen: true });
  }),

  /** やめる (a similar question answered it): nothing is posted. */
  askDrop: modalButton(ctx, async (p, viewId) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    const t = communityText(who.lang);
    await ctx.client.views.update({ view_id: viewId, view: resultModal(who.lang, t.askTitle, [t.notPosted]) });
  }),

  answerEdit: modalButton(ctx, async (p, viewId, meta, values) => {
    const who = await whoIs(ctx, p.teamId, p.userId);
    const m = meta as AnswerMeta;
    await ctx.client.views.update({ view_id: viewId, view: answerModal(who.lang, { ...m, v: m.v + 1 }, stateOf(values, 'body')?.value ?? '') });
  }),

  answerMask: modalButton(ctx, async (p, viewId, meta, values) => {
    await postAnswer(ctx, { teamId: p.teamId, userId: p.userId, name: p.name, viewId, meta: meta as AnswerMeta, body: stateOf(values, 'body')?.value ?? '', decision: 'mask' });
  }),
});

/** A button inside a modal: the modal's metadata and current input values come with it. */
function modalButton(ctx: SlackContext, work: (p: Press, viewId: string, meta: unknown, values: StateValues | undefined) => Promise<void>) {
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    const view = body.view;
    if (!view) return;
    try {
      const meta = JSON.parse(view.private_metadata || '{}') as unknown;
      await work(pressOf(body, action), view.id, meta, view.state?.values as StateValues | undefined);
      ctx.notify();
    } catch (err) {
      logger.error(`modal button failed: ${errorName(err)}`);
    }
  };
}

export const COMMUNITY_ACTION_IDS = {
  askFromHome: ASK_HOME_ACTION,
  answer: 'community_answer',
  resolve: 'community_resolve',
  report: 'community_report',
  hide: 'community_hide',
  join: 'event_join',
  cancelRsvp: 'event_cancel_rsvp',
  editEvent: EVENT_ACTIONS.edit,
  cancelEvent: EVENT_ACTIONS.cancel,
  attendance: EVENT_ACTIONS.attendance,
  askEdit: MODAL_ACTIONS.askEdit,
  askMask: MODAL_ACTIONS.askMask,
  answerEdit: MODAL_ACTIONS.answerEdit,
  answerMask: MODAL_ACTIONS.answerMask,
  askPost: MODAL_ACTIONS.askPost,
  askDrop: MODAL_ACTIONS.askDrop,
} as const;
