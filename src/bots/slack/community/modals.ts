/**
 * The community's modals in Block Kit: asking (with the guard's review), answering, reporting,
 * creating a study group and recording attendance. Inputs keep their block ids across updates with a
 * version suffix (`title~2`), so a re-rendered form shows the values we put in it.
 */
import type { types } from '@slack/bolt';
import type { MessageView } from '../../../flows/views/view.js';
import { clip, clipModalTitle, escapeMrkdwn, LIMITS } from '../blocks/limits.js';
import { context, renderView, section } from '../blocks/render.js';
import type { Lang } from '../text.js';
import { categoryTags, communityText } from './text.js';

type KnownBlock = types.KnownBlock;
type ModalView = types.ModalView;

export const ASK_VIEW = 'community_ask';
export const ANSWER_VIEW = 'community_answer_modal';
export const REPORT_VIEW = 'community_report_modal';
export const EVENT_VIEW = 'community_event';
export const EVENT_EDIT_VIEW = 'community_event_edit_modal';
export const ATTENDANCE_VIEW = 'community_attendance';
export const RESULT_VIEW = 'community_result';

/** Buttons inside the modals. */
export const MODAL_ACTIONS = {
  askEdit: 'community_ask_edit',
  askMask: 'community_ask_mask',
  answerEdit: 'community_answer_edit',
  answerMask: 'community_answer_mask',
  askPost: 'community_ask_post',
  askDrop: 'community_ask_drop',
} as const;

export interface AskValues { title: string; body: string; tags: string[]; industry: string; anonymous: boolean }

type StateValues = Record<string, Record<string, {
  value?: string | null; selected_option?: { value: string } | null; selected_options?: Array<{ value: string }>;
  selected_date?: string | null; selected_time?: string | null; selected_users?: string[];
}>>;

/** The element state of the input whose block id is `key` (or `key~n`). */
export function stateOf(values: StateValues | undefined, key: string) {
  for (const [blockId, actions] of Object.entries(values ?? {})) {
    if (blockId === key || blockId.startsWith(`${key}~`)) return actions[key] ?? Object.values(actions)[0];
  }
  return undefined;
}

export function readAsk(values: StateValues | undefined): AskValues {
  return {
    title: stateOf(values, 'title')?.value ?? '',
    body: stateOf(values, 'body')?.value ?? '',
    tags: (stateOf(values, 'tags')?.selected_options ?? []).map((o) => o.value),
    industry: stateOf(values, 'industry')?.selected_option?.value ?? '',
    anonymous: (stateOf(values, 'anonymous')?.selected_options ?? []).some((o) => o.value === 'anonymous'),
  };
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (value: string, label: string) => ({ text: plain(clip(label, 75)), value: clip(value, 150) });

function modal(callbackId: string, title: string, blocks: KnownBlock[], meta: object, submit?: string, close?: string): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(clipModalTitle(title)),
    ...(submit ? { submit: plain(clip(submit, LIMITS.modalButton)) } : {}),
    close: plain(clip(close ?? '×', LIMITS.modalButton)),
    private_metadata: JSON.stringify(meta).slice(0, LIMITS.privateMetadata),
    blocks: blocks.slice(0, LIMITS.modalBlocks),
  };
}

function textInput(id: string, v: number, label: string, opts: { initial?: string; multiline?: boolean; max: number; optional?: boolean; placeholder?: string }): KnownBlock {
  return {
    type: 'input', block_id: `${id}~${v}`, label: plain(label), optional: opts.optional ?? false,
    element: {
      type: 'plain_text_input', action_id: id, multiline: opts.multiline ?? false, max_length: opts.max,
      ...(opts.initial ? { initial_value: opts.initial } : {}), ...(opts.placeholder ? { placeholder: plain(opts.placeholder) } : {}),
    },
  } as KnownBlock;
}

function errorBlock(message: string | undefined): KnownBlock[] {
  return message ? [section(`⚠️ ${escapeMrkdwn(message)}`)] : [];
}

function viewBlocks(view: MessageView): KnownBlock[] {
  return renderView(view, { surface: 'modal' }).blocks;
}

function askInputs(lang: Lang, v: number, values?: Partial<AskValues>): KnownBlock[] {
  const t = communityText(lang);
  const tags = categoryTags(lang);
  const chosen = tags.filter((o) => values?.tags?.includes(o.value));
  const industries = t.industries.map((i) => option(i, i));
  const industry = industries.find((o) => o.value === values?.industry);
  return [
    textInput('title', v, t.fieldTitle, { initial: values?.title, max: 150 }),
    textInput('body', v, t.fieldQuestion, { initial: values?.body, multiline: true, max: 3000, placeholder: t.placeholderQuestion }),
    {
      type: 'input', block_id: `tags~${v}`, optional: true, label: plain(t.fieldTags),
      element: { type: 'multi_static_select', action_id: 'tags', options: tags.map((o) => option(o.value, o.label)), max_selected_items: 10, ...(chosen.length > 0 ? { initial_options: chosen.map((o) => option(o.value, o.label)) } : {}) },
    } as KnownBlock,
    {
      type: 'input', block_id: `industry~${v}`, optional: true, label: plain(t.fieldIndustry),
      element: { type: 'static_select', action_id: 'industry', options: industries, ...(industry ? { initial_option: industry } : {}) },
    } as KnownBlock,
    {
      type: 'input', block_id: `anonymous~${v}`, optional: true, label: plain(t.anonymous),
      element: {
        type: 'checkboxes', action_id: 'anonymous',
        options: [{ text: plain(t.anonymous), value: 'anonymous', description: plain(t.anonymousNote) }],
        ...(values?.anonymous ? { initial_options: [{ text: plain(t.anonymous), value: 'anonymous', description: plain(t.anonymousNote) }] } : {}),
      },
    } as KnownBlock,
    context(t.anonymousNote),
  ];
}

/** `seen`: the member has been shown the similar resolved questions (asking again posts). */
export interface AskMeta { team?: string | undefined; v: number; seen?: boolean | undefined }

/** The question form (again with the values and an error when something was wrong). */
export function askModal(lang: Lang, meta: AskMeta, values?: Partial<AskValues>, error?: string): ModalView {
  const t = communityText(lang);
  return modal(ASK_VIEW, t.askTitle, [context(t.rules), ...errorBlock(error), ...askInputs(lang, meta.v, values)], meta, t.check, t.cancel);
}

/** The guard's findings: 編集する / 伏せ字にして投稿; the form stays below, so editing in place and checking again works too. */
export function askReviewModal(lang: Lang, meta: AskMeta, values: AskValues, review: MessageView, similar: MessageView | null): ModalView {
  const t = communityText(lang);
  const blocks: KnownBlock[] = [
    ...viewBlocks(review),
    context(t.reviewHint),
    {
      type: 'actions', block_id: 'review',
      elements: [
        { type: 'button', action_id: MODAL_ACTIONS.askEdit, text: plain(t.reviewEdit), value: 'edit' },
        { type: 'button', action_id: MODAL_ACTIONS.askMask, text: plain(t.reviewMask), value: 'mask', style: 'primary' },
      ],
    },
    ...(similar ? [{ type: 'divider' } as KnownBlock, ...viewBlocks(similar)] : []),
    { type: 'divider' },
    ...askInputs(lang, meta.v, values),
  ];
  return modal(ASK_VIEW, t.askTitle, blocks, meta, t.check, t.cancel);
}

/**
 * Similar resolved questions, before anything is posted: 投稿する (post it anyway) / やめる. The form
 * stays below, so the member can also change the question and check again.
 */
export function askSimilarModal(lang: Lang, meta: AskMeta, values: AskValues, similar: MessageView): ModalView {
  const t = communityText(lang);
  const blocks: KnownBlock[] = [
    ...viewBlocks(similar),
    {
      type: 'actions', block_id: 'similar',
      elements: [
        { type: 'button', action_id: MODAL_ACTIONS.askPost, text: plain(t.similarPost), value: 'post', style: 'primary' },
        { type: 'button', action_id: MODAL_ACTIONS.askDrop, text: plain(t.similarDrop), value: 'drop' },
      ],
    },
    context(t.similarHint),
    { type: 'divider' },
    ...askInputs(lang, meta.v, values),
  ];
  return modal(ASK_VIEW, t.askTitle, blocks, meta, t.check, t.cancel);
}

export interface AnswerMeta { team?: string | undefined; question: string; v: number }

export function answerModal(lang: Lang, meta: AnswerMeta, body?: string, error?: string, questionTitle?: string): ModalView {
  const t = communityText(lang);
  return modal(ANSWER_VIEW, t.answerTitle, [
    ...(questionTitle ? [section(`*${escapeMrkdwn(questionTitle)}*`)] : []),
    context(t.rules),
    ...errorBlock(error),
    textInput('body', meta.v, t.fieldAnswer, { initial: body, multiline: true, max: 3000 }),
  ], meta, t.check, t.cancel);
}

export function answerReviewModal(lang: Lang, meta: AnswerMeta, body: string, review: MessageView): ModalView {
  const t = communityText(lang);
  return modal(ANSWER_VIEW, t.answerTitle, [
    ...viewBlocks(review),
    context(t.reviewHint),
    {
      type: 'actions', block_id: 'review',
      elements: [
        { type: 'button', action_id: MODAL_ACTIONS.answerEdit, text: plain(t.reviewEdit), value: 'edit' },
        { type: 'button', action_id: MODAL_ACTIONS.answerMask, text: plain(t.reviewMask), value: 'mask', style: 'primary' },
      ],
    },
    { type: 'divider' },
    textInput('body', meta.v, t.fieldAnswer, { initial: body, multiline: true, max: 3000 }),
  ], meta, t.check, t.cancel);
}

/** A closing screen: what happened, and anything worth seeing (similar questions). */
export function resultModal(lang: Lang, title: string, lines: string[], extra: MessageView | null = null): ModalView {
  const t = communityText(lang);
  return modal(RESULT_VIEW, title, [...lines.map((l) => section(escapeMrkdwn(l))), ...(extra ? viewBlocks(extra) : [])], {}, undefined, t.close);
}

export function checkingModal(lang: Lang, title: string): ModalView {
  return modal(RESULT_VIEW, title, [section(`⏳ ${communityText(lang).checking}`)], {});
}

export function reportModal(lang: Lang, meta: { team?: string | undefined; subject: string }): ModalView {
  const t = communityText(lang);
  return modal(REPORT_VIEW, t.reportTitle, [textInput('reason', 1, t.reportReason, { multiline: true, max: 500 })], meta, t.send, t.cancel);
}

/** `event` is set when the form edits an existing study group. */
export interface EventMeta { team?: string | undefined; tz: string; event?: string | undefined }

/** What the study group form starts with when editing (the organisation's wall-clock date and time). */
export interface EventInitial {
  title: string; description: string; startDate: string; startTime: string; durationMinutes: number; location: string;
  capacity: number; deadlineDate: string | null; deadlineTime: string | null; goingCount: number;
}

/** A new study group, or (with `initial` and `meta.event`) the organiser's edit of one, prefilled. */
export function eventModal(lang: Lang, meta: EventMeta, initial?: EventInitial): ModalView {
  const t = communityText(lang);
  const date = (id: string, label: string, optional = false, value?: string | null): KnownBlock =>
    ({ type: 'input', block_id: id, optional, label: plain(label), element: { type: 'datepicker', action_id: id, ...(value ? { initial_date: value } : {}) } }) as KnownBlock;
  const time = (id: string, label: string, optional = false, value?: string | null): KnownBlock =>
    ({ type: 'input', block_id: id, optional, label: plain(label), element: { type: 'timepicker', action_id: id, timezone: meta.tz, ...(value ? { initial_time: value } : {}) } }) as KnownBlock;
  const number = (id: string, label: string, min: string, max: string, initial?: string): KnownBlock =>
    ({ type: 'input', block_id: id, label: plain(label), element: { type: 'number_input', action_id: id, is_decimal_allowed: false, min_value: min, max_value: max, ...(initial ? { initial_value: initial } : {}) } }) as KnownBlock;
  const editing = Boolean(initial && meta.event);
  return modal(editing ? EVENT_EDIT_VIEW : EVENT_VIEW, editing ? t.eventEditTitle : t.eventTitle, [
    ...(editing ? [context(t.eventEditNote)] : []),
    textInput('title', 1, t.fieldTitle, { max: 150, initial: initial?.title }),
    textInput('description', 1, t.eventDescription, { multiline: true, max: 3000, optional: true, initial: initial?.description }),
    date('start_date', t.eventStartDate, false, initial?.startDate),
    time('start_time', t.eventStartTime(meta.tz), false, initial?.startTime),
    number('duration', t.eventDuration, '5', '1440', String(initial?.durationMinutes ?? 90)),
    textInput('location', 1, t.eventLocation, { max: 500, initial: initial?.location }),
    number('capacity', t.eventCapacity, String(Math.max(1, initial?.goingCount ?? 1)), '10000', String(initial?.capacity ?? 20)),
    date('deadline_date', t.eventDeadlineDate, true, initial?.deadlineDate),
    time('deadline_time', t.eventDeadlineTime(meta.tz), true, initial?.deadlineTime),
  ], meta, editing ? t.saveChanges : t.create, t.cancel);
}

export function attendanceModal(lang: Lang, meta: { team?: string | undefined; event: string }, title: string): ModalView {
  const t = communityText(lang);
  return modal(ATTENDANCE_VIEW, t.attendanceTitle, [
    section(`*${escapeMrkdwn(title)}*`),
    { type: 'input', block_id: 'attendees', optional: true, label: plain(t.attendees), element: { type: 'multi_users_select', action_id: 'attendees' } } as KnownBlock,
  ], meta, t.save, t.cancel);
}

export type { StateValues };
