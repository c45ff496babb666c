/**
 * The community's modal submissions. Asking and answering run the confidentiality guard, which may
 * take a moment (the Japanese tokenizer): the modal turns to 確認中 at once (response_action update)
 * and is then updated with the findings, the form and its error, or what was posted. Reports, study
 * groups and attendance answer within the ack: field errors under the field, nothing written.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { eventInputFromForm } from '../../../../flows/community/event-form.js';
import { createEvent, editEvent, recordAttendance } from '../../../../flows/community/events.js';
import { communityMessages } from '../../../../flows/community/messages.js';
import { reportPost } from '../../../../flows/community/moderation.js';
import { answerQuestion, askQuestionSimilarFirst, type GuardDecision } from '../../../../flows/community/questions.js';
import type { Refusal } from '../../../../flows/community/refusal.js';
import { similarQuestionsView } from '../../../../flows/community/views/lists-view.js';
import { communityDeps, slackActor, whoIs } from '../../community/deps.js';
import {
  answerModal, answerReviewModal, askModal, askReviewModal, askSimilarModal, checkingModal, readAsk, resultModal, stateOf,
  type AnswerMeta, type AskMeta, type AskValues, type EventMeta, type StateValues,
} from '../../community/modals.js';
import { communityText } from '../../community/text.js';
import { errorName, type SlackContext } from '../../context.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

interface Who { teamId: string | undefined; userId: string; name: string | undefined; viewId: string }

const meta = <T>(view: { private_metadata?: string }): T => JSON.parse(view.private_metadata || '{}') as T;
const whoOf = (body: Args['body']): Omit<Who, 'viewId'> => ({ teamId: body.team?.id ?? body.user.team_id, userId: body.user.id, name: body.user.name });

/**
 * Asks (after the form, 伏せ字にして投稿 or 投稿する) and shows the outcome in the modal `viewId`:
 * the guard's findings, or similar resolved questions not seen yet, before anything is posted.
 */
export async function postQuestion(ctx: SlackContext, input: Who & { meta: AskMeta; values: AskValues; decision: GuardDecision; similarSeen?: boolean }): Promise<void> {
  const who = await whoIs(ctx, input.teamId, input.userId, input.name);
  const t = communityText(who.lang);
  const m = input.meta;
  const update = (view: Parameters<typeof ctx.client.views.update>[0] extends infer A ? A extends { view: infer V } ? V : never : never) =>
    ctx.client.views.update({ view_id: input.viewId, view });
  const out = await askQuestionSimilarFirst(communityDeps(ctx), slackActor(ctx, input.teamId, input.userId, input.name), {
    title: input.values.title, body: input.values.body, tags: input.values.tags, industry: input.values.industry, anonymous: input.values.anonymous,
  }, input.decision, Boolean(input.similarSeen || m.seen));
  const next = { ...m, v: m.v + 1 };
  if (out.status === 'refused') {
    await update(askModal(who.lang, next, input.values, out.message));
    return;
  }
  if (out.status === 'similar_found') {
    await update(askSimilarModal(who.lang, { ...next, seen: true }, input.values, out.view));
    return;
  }
  if (out.status === 'needs_review') {
    // The review shows the similar questions too: choosing there counts as having seen them.
    const similar = out.similar.length > 0 ? similarQuestionsView(out.similar, who.orgLanguage) : null;
    await update(askReviewModal(who.lang, { ...next, seen: true }, input.values, out.view, similar));
    return;
  }
  ctx.notify();
  await update(resultModal(who.lang, t.askTitle, [out.masked ? t.postedMasked : t.posted, out.message]));
}

export async function postAnswer(ctx: SlackContext, input: Who & { meta: AnswerMeta; body: string; decision: GuardDecision }): Promise<void> {
  const who = await whoIs(ctx, input.teamId, input.userId, input.name);
  const t = communityText(who.lang);
  const next = { ...input.meta, v: input.meta.v + 1 };
  const out = await answerQuestion(communityDeps(ctx), slackActor(ctx, input.teamId, input.userId, input.name), { questionId: input.meta.question, body: input.body }, input.decision);
  if (out.status === 'refused') {
    // A question that is gone or hidden cannot be answered: no form to go back to.
    const view = out.reason === 'invalid' ? answerModal(who.lang, next, input.body, out.message) : resultModal(who.lang, t.answerTitle, [out.message]);
    await ctx.client.views.update({ view_id: input.viewId, view });
    return;
  }
  if (out.status === 'needs_review') {
    await ctx.client.views.update({ view_id: input.viewId, view: answerReviewModal(who.lang, next, input.body, out.view) });
    return;
  }
  ctx.notify();
  await ctx.client.views.update({ view_id: input.viewId, view: resultModal(who.lang, t.answerTitle, [out.masked ? t.postedMasked : t.posted]) });
}

/** Shows 確認中 at once, then runs the guarded flow and updates the modal. */
function guarded(ctx: SlackContext, run: (a: Args, who: Who) => Promise<void>) {
  return async (args: Args): Promise<void> => {
    const who = await whoIs(ctx, args.body.team?.id ?? args.body.user.team_id, args.body.user.id).catch(() => null);
    const lang = who?.lang ?? 'ja';
    await args.ack({ response_action: 'update', view: checkingModal(lang, args.view.title.text) });
    try {
      await run(args, { ...whoOf(args.body), viewId: args.view.id });
    } catch (err) {
      args.logger.error(`community submission failed: ${errorName(err)}`);
      await ctx.client.views.update({ view_id: args.view.id, view: resultModal(lang, args.view.title.text, [communityText(lang).failed]) }).catch(() => {});
    }
  };
}

export const askSubmitted = (ctx: SlackContext) =>
  guarded(ctx, ({ view }, who) => postQuestion(ctx, { ...who, meta: meta<AskMeta>(view), values: readAsk(view.state.values as StateValues), decision: 'as_written' }));

export const answerSubmitted = (ctx: SlackContext) =>
  guarded(ctx, ({ view }, who) => postAnswer(ctx, { ...who, meta: meta<AnswerMeta>(view), body: stateOf(view.state.values as StateValues, 'body')?.value ?? '', decision: 'as_written' }));

/** Field problems from a refusal ("ラベル: 問題 / …") under the fields they name; the rest under `fallback`. */
function fieldErrors(out: Refusal, lang: string, blocks: Record<string, string>, fallback: string): Record<string, string> {
  const labels = communityMessages(lang).fields;
  const errors: Record<string, string> = {};
  if (out.reason === 'invalid') {
    const detail = out.message.replace(/^[^:：]*[:：]\s*/, '');
    for (const part of detail.split(' / ')) {
      const field = Object.entries(labels).find(([, label]) => part.startsWith(`${label}:`))?.[0];
      const block = field ? blocks[field] : undefined;
      if (block) errors[block] = errors[block] ? `${errors[block]} / ${part}` : part;
      else errors[fallback] = errors[fallback] ? `${errors[fallback]} / ${part}` : part;
    }
    return errors;
  }
  const byReason: Record<string, string> = {
    past_start: blocks.startsAt ?? fallback, deadline_after_start: blocks.rsvpDeadline ?? fallback, capacity_below_going: blocks.capacity ?? fallback,
  };
  errors[byReason[out.reason] ?? fallback] = out.message;
  return errors;
}

const EVENT_BLOCKS = {
  title: 'title~1', description: 'description~1', startsAt: 'start_date', durationMinutes: 'duration', location: 'location~1', capacity: 'capacity', rsvpDeadline: 'deadline_date',
};

/** The study group form's values as the flows take them (an empty deadline: until the start). */
function readEvent(v: StateValues) {
  return eventInputFromForm({
    title: stateOf(v, 'title')?.value ?? '', description: stateOf(v, 'description')?.value ?? '',
    startDate: stateOf(v, 'start_date')?.selected_date ?? '', startTime: stateOf(v, 'start_time')?.selected_time ?? '',
    durationMinutes: stateOf(v, 'duration')?.value ?? '', location: stateOf(v, 'location')?.value ?? '', capacity: stateOf(v, 'capacity')?.value ?? '',
    deadlineDate: stateOf(v, 'deadline_date')?.selected_date ?? '', deadlineTime: stateOf(v, 'deadline_time')?.selected_time ?? '',
  });
}

/** Creating (EVENT_VIEW) and editing (EVENT_EDIT_VIEW) a study group: field errors under the fields, else the outcome. */
type EventOutcome = { status: 'created' | 'edited'; message: string } | Refusal;

function eventForm(ctx: SlackContext, what: string, run: (m: EventMeta, who: Omit<Who, 'viewId'>, values: ReturnType<typeof readEvent>) => Promise<EventOutcome>) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const who = whoOf(body);
    try {
      const m = meta<EventMeta>(view);
      const out = await run(m, who, readEvent(view.state.values as StateValues));
      const me = await whoIs(ctx, who.teamId, who.userId);
      const title = m.event ? communityText(me.lang).eventEditTitle : communityText(me.lang).eventTitle;
      if (out.status === 'refused') {
        if (out.reason === 'invalid' || out.reason === 'past_start' || out.reason === 'deadline_after_start' || out.reason === 'capacity_below_going') {
          await ack({ response_action: 'errors', errors: fieldErrors(out, me.orgLanguage, EVENT_BLOCKS, 'title~1') });
        } else {
          await ack({ response_action: 'update', view: resultModal(me.lang, title, [out.message]) });
        }
        return;
      }
      await ack({ response_action: 'update', view: resultModal(me.lang, title, [out.message]) });
      ctx.notify();
    } catch (err) {
      logger.error(`${what} failed: ${errorName(err)}`);
      await ack({ response_action: 'errors', errors: { 'title~1': communityText('ja').failed } }).catch(() => {});
    }
  };
}

export const eventSubmitted = (ctx: SlackContext) =>
  eventForm(ctx, 'event creation', (m, who, values) => createEvent(communityDeps(ctx), slackActor(ctx, m.team ?? who.teamId, who.userId, who.name), values));

/** The organiser saved the edit form: everyone signed up is told (the flow writes their DMs). */
export const eventEdited = (ctx: SlackContext) =>
  eventForm(ctx, 'event edit', (m, who, values) => editEvent(communityDeps(ctx), slackActor(ctx, m.team ?? who.teamId, who.userId, who.name), m.event ?? '', values));

export function reportSubmitted(ctx: SlackContext) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const who = whoOf(body);
    try {
      const m = meta<{ team?: string; subject: string }>(view);
      const out = await reportPost(communityDeps(ctx), slackActor(ctx, m.team ?? who.teamId, who.userId, who.name), {
        subject: m.subject, reason: stateOf(view.state.values as StateValues, 'reason')?.value ?? '',
      });
      const lang = (await whoIs(ctx, who.teamId, who.userId)).lang;
      if (out.status === 'refused' && out.reason === 'invalid') {
        await ack({ response_action: 'errors', errors: { 'reason~1': out.message } });
        return;
      }
      await ack({ response_action: 'update', view: resultModal(lang, communityText(lang).reportTitle, [out.message]) });
    } catch (err) {
      logger.error(`report failed: ${errorName(err)}`);
      await ack({ response_action: 'errors', errors: { 'reason~1': communityText('ja').failed } }).catch(() => {});
    }
  };
}

export function attendanceSubmitted(ctx: SlackContext) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const who = whoOf(body);
    try {
      const m = meta<{ team?: string; event: string }>(view);
      const people = stateOf(view.state.values as StateValues, 'attendees')?.selected_users ?? [];
      const out = await recordAttendance(communityDeps(ctx), slackActor(ctx, m.team ?? who.teamId, who.userId, who.name), m.event, people);
      if (out.status === 'refused') {
        await ack({ response_action: 'errors', errors: { attendees: out.message } });
        return;
      }
      const lang = (await whoIs(ctx, who.teamId, who.userId)).lang;
      await ack({ response_action: 'update', view: resultModal(lang, communityText(lang).attendanceTitle, [out.message]) });
    } catch (err) {
      logger.error(`attendance failed: ${errorName(err)}`);
      await ack({ response_action: 'errors', errors: { attendees: communityText('ja').failed } }).catch(() => {});
    }
  };
}
