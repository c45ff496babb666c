/**
 * Study groups (勉強会) on Teams: the same flows and rules as Slack's `/mamori-event`
 * (src/flows/community/events.ts), in the personal chat with mamori.
 * - `event` / `勉強会` (instructors and admins): a card form (title, description, start date and time
 *   in the organisation's time zone, length, URL or place, capacity, RSVP deadline) → 作成: createEvent
 *   announces it in the community channel with 参加する / キャンセル and the live count. A refusal (a
 *   date in the past, capacity 0, a deadline after the start, …) comes back as the form with the
 *   reason and what was typed; nothing is written.
 * - `event manage` / `勉強会 管理`: the organiser's study groups with 編集 (the form, prefilled; on
 *   saving everyone signed up is told), 中止する (a confirmation, then everyone is told) and 出席を記録
 *   (a card listing those going, to tick who came).
 * - `event mine` / `参加予定`: the study groups the member joined.
 * The cards' buttons are Action.Submit with data `{ mamoriEvent: 1, step, … }` (inputs merged in by
 * Teams); the same data as Action.Execute works too. Every step that writes runs once per card and data
 * (oncePerCard): a double click creates one study group, sends one round of notices.
 */
import { randomUUID } from 'node:crypto';
import type { Activity } from '@microsoft/teams.api';
import type { CardElementArray, IAdaptiveCard, ISubmitAction, ITextBlock } from '@microsoft/teams.cards';
import type { Organisation } from '../../../flows/actions/people.js';
import {
  cancelEvent, createEvent, editEvent, eventAttendees, eventForEditing, myEvents, organisedEvents, recordAttendance, EVENT_LIMITS, type EditableEvent,
} from '../../../flows/community/events.js';
import { eventInputFromForm } from '../../../flows/community/event-form.js';
import { communityMessages } from '../../../flows/community/messages.js';
import { isDuplicate, wroteSomething } from '../../../flows/community/once.js';
import type { Refusal } from '../../../flows/community/refusal.js';
import { formatEventTime, localDate } from '../../../time/event-time.js';
import { cardText, renderAdaptiveCards } from '../adaptive-card.js';
import { langOf, type HandlerDeps, type Lang, type Reply } from '../listeners/context.js';
import { communityActor, oncePerCard, sharedWords, teamsCommunityDeps } from './common.js';

const words = {
  ja: {
    formTitle: '勉強会を作成',
    editTitle: '勉強会を編集',
    editNote: '保存すると、参加者とキャンセル待ちの全員に変更が届きます。',
    create: '作成',
    saveChanges: '保存して通知',
    fieldTitle: 'タイトル',
    description: '説明',
    startDate: '開始日',
    startTime: (tz: string) => `開始時刻（${tz}）`,
    duration: '時間（分）',
    location: 'オンライン会議の URL または場所',
    capacity: '定員',
    deadlineDate: '申込締切日（省略すると開始まで）',
    deadlineTime: (tz: string) => `申込締切時刻（${tz}、省略すると 23:59）`,
    manageTitle: 'あなたが主催する勉強会',
    manageNone: '主催する予定の勉強会はありません。`勉強会` と送ると作成できます。',
    editEvent: '編集',
    cancelEvent: '中止する',
    recordAttendance: '出席を記録',
    confirmCancel: (title: string) => `勉強会「${title}」を中止し、参加者とキャンセル待ちの全員に通知しますか？`,
    attendanceTitle: '出席を記録',
    attendees: '出席した人',
    attendeesNone: '参加予定の人はいませんでした。',
    saveAttendance: '記録',
    usage: '`勉強会`（`event`）勉強会を作成（講師・管理者） ・ `勉強会 管理`（`event manage`）主催する勉強会の編集・中止・出席 ・ `参加予定`（`event mine`）参加する勉強会',
    badForm: 'このカードは古いか壊れています。`勉強会` と送ってやり直してください。',
  },
  en: {
    formTitle: 'New study group',
    editTitle: 'Edit the study group',
    editNote: 'When you save, everyone signed up or on the waitlist is told.',
    create: 'Create',
    saveChanges: 'Save and notify',
    fieldTitle: 'Title',
    description: 'Description',
    startDate: 'Start date',
    startTime: (tz: string) => `Start time (${tz})`,
    duration: 'Length (minutes)',
    location: 'Online meeting URL or place',
    capacity: 'Capacity',
    deadlineDate: 'RSVP deadline date (empty: until the start)',
    deadlineTime: (tz: string) => `RSVP deadline time (${tz}; empty: 23:59)`,
    manageTitle: 'Study groups you organise',
    manageNone: 'You organise no upcoming study group. Send `event` to create one.',
    editEvent: 'Edit',
    cancelEvent: 'Cancel it',
    recordAttendance: 'Record attendance',
    confirmCancel: (title: string) => `Cancel "${title}" and tell everyone signed up or on the waitlist?`,
    attendanceTitle: 'Record attendance',
    attendees: 'Who came',
    attendeesNone: 'Nobody was signed up.',
    saveAttendance: 'Record',
    usage: '`event` (`勉強会`) create a study group (instructors, admins) · `event manage` edit, cancel, record attendance · `event mine` (`参加予定`) the study groups you joined',
    badForm: 'This card is out of date. Send `event` to start again.',
  },
} satisfies Record<Lang, unknown>;

export const EVENT_STEPS = ['create', 'edit_form', 'edit', 'cancel_confirm', 'cancel', 'attendance_form', 'attendance'] as const;
export type EventStep = (typeof EVENT_STEPS)[number];

/** Action.Submit / Action.Execute data of the study group cards, with the form's inputs merged in. */
export interface EventStepData {
  mamoriEvent: 1;
  step: EventStep;
  /** The form card's own id: part of every request it sends (see oncePerCard). */
  form?: string;
  event?: string;
  /** The study group's title, shown by the confirmation (display only). */
  name?: string;
  title?: string;
  description?: string;
  startDate?: string;
  startTime?: string;
  duration?: string;
  location?: string;
  capacity?: string;
  deadlineDate?: string;
  deadlineTime?: string;
  /** Input.ChoiceSet (multi-select): the platform user ids of those who came, comma-separated. */
  attendees?: string;
}

export const isEventStep = (v: unknown): v is EventStepData =>
  !!v && typeof v === 'object' && (v as EventStepData).mamoriEvent === 1 && (EVENT_STEPS as readonly string[]).includes(String((v as EventStepData).step));

const str = (v: unknown, max = 3000): string => (typeof v === 'string' ? v.slice(0, max) : typeof v === 'number' ? String(v) : '');

/** What the form holds, as typed (text), for the flows and for showing the form again. */
interface FormValues {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  duration: string;
  location: string;
  capacity: string;
  deadlineDate: string;
  deadlineTime: string;
}

function formValues(v: EventStepData): FormValues {
  return {
    title: str(v.title, 1000), description: str(v.description, 10_000), startDate: str(v.startDate, 20), startTime: str(v.startTime, 20),
    duration: str(v.duration, 20), location: str(v.location, 2000), capacity: str(v.capacity, 20), deadlineDate: str(v.deadlineDate, 20), deadlineTime: str(v.deadlineTime, 20),
  };
}

const eventInput = (f: FormValues) => eventInputFromForm({ ...f, durationMinutes: f.duration });

function editableValues(e: EditableEvent): FormValues {
  return {
    title: e.title, description: e.description, startDate: e.startDate, startTime: e.startTime, duration: String(e.durationMinutes), location: e.location,
    capacity: String(e.capacity), deadlineDate: e.deadlineDate ?? '', deadlineTime: e.deadlineTime ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// Cards.

function card(body: CardElementArray, actions: ISubmitAction[] = []): IAdaptiveCard {
  return {
    type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    msteams: { width: 'full' }, body, ...(actions.length > 0 ? { actions } : {}),
  };
}

const heading = (text: string): ITextBlock => ({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' });
const para = (text: string, extra: Partial<ITextBlock> = {}): ITextBlock => ({ type: 'TextBlock', text: cardText(text), wrap: true, ...extra });
const problem = (text: string): ITextBlock => para(`⚠️ ${text}`, { color: 'Attention' });
const submit = (title: string, data: EventStepData, style?: 'positive' | 'destructive'): ISubmitAction => ({ type: 'Action.Submit', title, data, ...(style ? { style } : {}) });

/** The study group form: new (no `eventId`) or the organiser's edit (prefilled). */
function formCard(lang: Lang, timeZone: string, today: string, v: Partial<FormValues>, opts: { eventId?: string; form?: string; error?: string } = {}): Reply {
  const w = words[lang];
  const editing = Boolean(opts.eventId);
  const value = (s: string | undefined) => (s ? { value: s } : {});
  const num = (s: string | undefined, fallback: number) => {
    const n = Number(s);
    return { value: s && Number.isFinite(n) ? n : fallback };
  };
  const body: CardElementArray = [
    heading(editing ? w.editTitle : w.formTitle),
    ...(editing ? [para(w.editNote, { isSubtle: true, size: 'Small' })] : []),
    ...(opts.error ? [problem(opts.error)] : []),
    { type: 'Input.Text', id: 'title', label: w.fieldTitle, isRequired: true, maxLength: EVENT_LIMITS.title, ...value(v.title) },
    { type: 'Input.Text', id: 'description', label: w.description, isMultiline: true, maxLength: EVENT_LIMITS.description, ...value(v.description) },
    { type: 'Input.Date', id: 'startDate', label: w.startDate, isRequired: true, min: today, ...value(v.startDate) },
    { type: 'Input.Time', id: 'startTime', label: w.startTime(timeZone), isRequired: true, ...value(v.startTime) },
    { type: 'Input.Number', id: 'duration', label: w.duration, isRequired: true, min: EVENT_LIMITS.minDuration, max: EVENT_LIMITS.maxDuration, ...num(v.duration, 90) },
    { type: 'Input.Text', id: 'location', label: w.location, isRequired: true, maxLength: EVENT_LIMITS.location, ...value(v.location) },
    { type: 'Input.Number', id: 'capacity', label: w.capacity, isRequired: true, min: 1, max: EVENT_LIMITS.capacity, ...num(v.capacity, 20) },
    { type: 'Input.Date', id: 'deadlineDate', label: w.deadlineDate, min: today, ...value(v.deadlineDate) },
    { type: 'Input.Time', id: 'deadlineTime', label: w.deadlineTime(timeZone), ...value(v.deadlineTime) },
  ];
  const data: EventStepData = editing
    ? { mamoriEvent: 1, step: 'edit', event: opts.eventId, form: opts.form ?? randomUUID() }
    : { mamoriEvent: 1, step: 'create', form: opts.form ?? randomUUID() };
  return { card: card(body, [submit(editing ? w.saveChanges : w.create, data, 'positive')]), fallback: editing ? w.editTitle : w.formTitle };
}

/** A refusal about what was typed goes back on the form; any other (role, configuration, cancelled) is told as it is. */
const aboutTheForm = (r: Refusal) => r.reason === 'invalid' || r.reason === 'past_start' || r.reason === 'deadline_after_start' || r.reason === 'capacity_below_going';

async function manageCard(deps: HandlerDeps, org: Organisation, a: Activity): Promise<Reply> {
  const lang = langOf(org);
  const w = words[lang];
  const out = await organisedEvents(teamsCommunityDeps(deps, org.platformTeamId), communityActor(a, org.platformTeamId));
  if (out.status === 'refused') return { text: out.message };
  if (out.events.length === 0) return { text: w.manageNone };
  const body: CardElementArray = [heading(w.manageTitle)];
  for (const e of out.events) {
    const buttons: ISubmitAction[] = [
      ...(e.started ? [] : [submit(w.editEvent, { mamoriEvent: 1, step: 'edit_form', event: e.id })]),
      submit(w.recordAttendance, { mamoriEvent: 1, step: 'attendance_form', event: e.id }),
      submit(w.cancelEvent, { mamoriEvent: 1, step: 'cancel_confirm', event: e.id, name: e.title.slice(0, 150) }, 'destructive'),
    ];
    body.push({
      type: 'Container', separator: true,
      items: [
        para(`**${e.title}**`),
        para(`${formatEventTime(e.startsAt, out.timeZone, lang)} ・ ${communityMessages(lang).people(e.goingCount, e.capacity)}`, { spacing: 'None' }),
        { type: 'ActionSet', actions: buttons },
      ],
    });
  }
  body.push(para(w.usage, { isSubtle: true, size: 'Small' }));
  return { card: card(body), fallback: w.manageTitle };
}

async function attendanceCard(deps: HandlerDeps, org: Organisation, a: Activity, eventId: string): Promise<Reply> {
  const lang = langOf(org);
  const w = words[lang];
  const out = await eventAttendees(teamsCommunityDeps(deps, org.platformTeamId), communityActor(a, org.platformTeamId), eventId);
  if (out.status === 'refused') return { text: out.message };
  const chosen = out.people.filter((p) => p.attended === true).map((p) => p.platformUserId);
  const body: CardElementArray = [
    heading(w.attendanceTitle),
    para(`**${out.title}**\n${formatEventTime(out.startsAt, out.timeZone, lang)}`),
    out.people.length === 0
      ? para(w.attendeesNone, { isSubtle: true })
      : {
          type: 'Input.ChoiceSet', id: 'attendees', label: w.attendees, isMultiSelect: true, style: 'expanded', wrap: true,
          choices: out.people.map((p) => ({ title: (p.displayName ?? p.platformUserId).slice(0, 100), value: p.platformUserId })),
          ...(chosen.length > 0 ? { value: chosen.join(',') } : {}),
        },
  ];
  return { card: card(body, [submit(w.saveAttendance, { mamoriEvent: 1, step: 'attendance', event: eventId }, 'positive')]), fallback: w.attendanceTitle };
}

// ---------------------------------------------------------------------------------------------
// Commands and steps.

const todayIn = (deps: HandlerDeps, timeZone: string) => localDate(deps.actions.now?.() ?? new Date(), timeZone);

/** `event [manage|mine|help]` / `勉強会 [管理|参加予定]` and `参加予定`, in the personal chat. */
export async function runEventCommand(deps: HandlerDeps, org: Organisation, a: Activity, sub: string): Promise<Reply> {
  const lang = langOf(org);
  const w = words[lang];
  const cd = teamsCommunityDeps(deps, org.platformTeamId);
  const actor = communityActor(a, org.platformTeamId);
  const arg = sub.trim().toLowerCase();
  if (arg === 'mine' || arg === '参加予定' || arg === '自分') {
    const out = await myEvents(cd, actor);
    return { cards: renderAdaptiveCards(out.view), fallback: out.view.fallbackText };
  }
  if (arg === 'manage' || arg === '管理') return manageCard(deps, org, a);
  if (arg !== '') return { text: w.usage };
  // Only organisers get the form (the same check the flow makes again on 作成).
  const allowed = await organisedEvents(cd, actor);
  if (allowed.status === 'refused') return { text: allowed.message };
  return formCard(lang, allowed.timeZone, todayIn(deps, allowed.timeZone), {});
}

/** A step of the study group cards (a form submitted, a button of the organiser's list). */
export async function runEventStep(deps: HandlerDeps, org: Organisation, a: Activity, data: EventStepData): Promise<Reply> {
  const lang = langOf(org);
  const w = words[lang];
  const cd = teamsCommunityDeps(deps, org.platformTeamId);
  const actor = communityActor(a, org.platformTeamId);
  const eventId = str(data.event, 100);
  const done = (out: { message: string }): Reply => {
    deps.onQueued?.();
    return { text: out.message };
  };
  switch (data.step) {
    case 'create': {
      const form = str(data.form, 100);
      if (!form) return { text: w.badForm };
      const typed = formValues(data);
      const out = await oncePerCard(cd, a, data, (d) => createEvent(d, actor, eventInput(typed)), wroteSomething);
      if (isDuplicate(out)) return { text: sharedWords[lang].duplicate };
      if (out.status === 'refused') return aboutTheForm(out) ? formCard(lang, org.timeZone, todayIn(deps, org.timeZone), typed, { form, error: out.message }) : { text: out.message };
      return done(out);
    }
    case 'edit_form': {
      const out = await eventForEditing(cd, actor, eventId);
      if (out.status === 'refused') return { text: out.message };
      return formCard(lang, out.event.timeZone, todayIn(deps, out.event.timeZone), editableValues(out.event), { eventId: out.event.id });
    }
    case 'edit': {
      const form = str(data.form, 100);
      if (!form || !eventId) return { text: w.badForm };
      const typed = formValues(data);
      const out = await oncePerCard(cd, a, data, (d) => editEvent(d, actor, eventId, eventInput(typed)), wroteSomething);
      if (isDuplicate(out)) return { text: sharedWords[lang].duplicate };
      if (out.status === 'refused') {
        return aboutTheForm(out) ? formCard(lang, org.timeZone, todayIn(deps, org.timeZone), typed, { eventId, form, error: out.message }) : { text: out.message };
      }
      return done(out);
    }
    case 'cancel_confirm': {
      if (!eventId) return { text: w.badForm };
      return {
        card: card(
          [heading(w.cancelEvent), para(w.confirmCancel(str(data.name, 150)), { weight: 'Bolder' })],
          [submit(w.cancelEvent, { mamoriEvent: 1, step: 'cancel', event: eventId }, 'destructive')],
        ),
        fallback: w.confirmCancel(str(data.name, 150)),
      };
    }
    case 'cancel': {
      const out = await oncePerCard(cd, a, data, (d) => cancelEvent(d, actor, eventId), wroteSomething);
      if (isDuplicate(out)) return { text: sharedWords[lang].duplicate };
      return out.status === 'refused' ? { text: out.message } : done(out);
    }
    case 'attendance_form':
      return attendanceCard(deps, org, a, eventId);
    case 'attendance': {
      const people = str(data.attendees, 20_000).split(',').map((s) => s.trim()).filter(Boolean);
      const out = await oncePerCard(cd, a, data, (d) => recordAttendance(d, actor, eventId, people), wroteSomething);
      if (isDuplicate(out)) return { text: sharedWords[lang].duplicate };
      return { text: out.message };
    }
  }
}
