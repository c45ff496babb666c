/**
 * The one table of card buttons and card forms. A press arrives as Action.Execute (`card.action`, answered
 * in place) or, from older clients and the forms, as Action.Submit (a message whose value is the data);
 * both are looked up here once:
 * - a button's data is `{ mamori: 1, action, value }`: the action names its handler;
 * - a form's data names its kind: `mamoriCommunity` (a question's draft), `mamoriEvent` (a study group
 *   step), `mamoriBooking` (a booking step), `mamoriPractice` (the role-play practice picker).
 */
import type { Activity } from '@microsoft/teams.api';
import type { Organisation } from '../../../../flows/actions/people.js';
import { BOOKING_CARD_ACTIONS, isBookingAction, isStep, runBookingAction, runBookingStep } from '../../booking/cards.js';
import { words as bookingWords } from '../../booking/words.js';
import { COMMUNITY_CARD_ACTIONS, isCommunityAction, isDraft, runCommunityAction, runDraft } from '../../community/questions.js';
import { isEventStep, runEventStep } from '../../community/study-groups.js';
import { INSIGHTS_CARD_ACTIONS, isInsightsAction, runInsightsAction } from '../../insights/dashboard.js';
import type { MamoriTeamsApp } from '../../teams-app.js';
import { firstDelivery } from '../../../../flows/actions/inbox.js';
import { invokeReply, isPersonal, langOf, sendReply, tenantOf, type Ctx, type HandlerDeps, type Reply } from '../context.js';
import { ANALYSIS_CARD_ACTIONS, runAnalysisAction } from './analysis.js';
import type { CardActionData } from '../../adaptive-card.js';
import type { Guarded } from '../guard.js';
import { isPracticePick, practicePicked } from '../../practice.js';

interface CardHandler {
  run(deps: HandlerDeps, ctx: Ctx, org: Organisation, data: any): Promise<Reply>;
  /** Sent as a message (Action.Submit) outside the personal chat, it is refused with this text (bookings are private). */
  personalOnly?: (org: Organisation) => string;
}

const text = (t: string): Reply => ({ text: t });

const analysis: CardHandler = { run: async (deps, ctx, org, data: CardActionData) => text(await runAnalysisAction(deps, ctx, org, data)) };
const community: CardHandler = { run: (deps, ctx, org, data) => runCommunityAction(deps, org, ctx.activity, data) };
const booking: CardHandler = {
  run: (deps, ctx, org, data) => runBookingAction(deps, org, ctx.activity, data),
  personalOnly: (org) => bookingWords[langOf(org)].personalOnly,
};
const insights: CardHandler = { run: async (deps, ctx, org, data) => text(await runInsightsAction(deps, org, ctx.activity, data)) };

/** Buttons, by action. */
const ACTIONS: Record<string, CardHandler> = Object.fromEntries([
  ...ANALYSIS_CARD_ACTIONS.map((a) => [a, analysis]),
  ...COMMUNITY_CARD_ACTIONS.map((a) => [a, community]),
  ...BOOKING_CARD_ACTIONS.map((a) => [a, booking]),
  ...INSIGHTS_CARD_ACTIONS.map((a) => [a, insights]),
]);

/** The handler a card's data is for; null when it is no card of mamori's. */
function handlerFor(data: unknown): CardHandler | null {
  if (isDraft(data)) return { run: (deps, ctx, org, d) => runDraft(deps, org, ctx.activity, d) };
  if (isEventStep(data)) return { run: (deps, ctx, org, d) => runEventStep(deps, org, ctx.activity, d) };
  if (isPracticePick(data)) return { run: (deps, ctx, org, d) => practicePicked(deps, ctx.activity, org, d) };
  if (isStep(data)) return { run: (deps, ctx, org, d) => runBookingStep(deps, org, ctx.activity, d), personalOnly: booking.personalOnly! };
  if (isCommunityAction(data) || isBookingAction(data) || isInsightsAction(data)) return ACTIONS[data.action]!;
  // Any other `{ mamori: 1, action, value }` is an analysis button (an unknown one is answered "not found").
  if (isButton(data)) return ACTIONS[data.action] ?? analysis;
  return null;
}

function isButton(v: unknown): v is CardActionData {
  return !!v && typeof v === 'object' && (v as CardActionData).mamori === 1 && typeof (v as CardActionData).action === 'string' && typeof (v as CardActionData).value === 'string';
}

/** Action.Submit: a message carrying a card's data. False when the message is not a card's. */
export async function onCardSubmit(deps: HandlerDeps, ctx: Ctx): Promise<boolean> {
  const a = ctx.activity as Activity & { value?: unknown };
  const handler = handlerFor(a.value);
  const tenant = tenantOf(a);
  if (!handler || !tenant) return false;
  // A redelivered activity (same id) changes nothing and sends nothing twice.
  if (!(await firstDelivery(deps.actions, 'teams', a.id))) return true;
  const org = await deps.store.organisation(tenant);
  if (handler.personalOnly && !isPersonal(a)) {
    await sendReply(ctx, { text: handler.personalOnly(org) });
    return true;
  }
  await sendReply(ctx, await handler.run(deps, ctx, org, a.value));
  return true;
}

/** Action.Execute: answered in place, with a message or the next card. */
export async function onCardAction(deps: HandlerDeps, ctx: Ctx) {
  const a = ctx.activity as Activity & { value?: { action?: { data?: unknown } } };
  const tenant = tenantOf(a);
  const data = a.value?.action?.data;
  const handler = handlerFor(data);
  if (!tenant || !handler) return invokeReply({ text: 'unknown action' });
  const org = await deps.store.organisation(tenant);
  return invokeReply(await handler.run(deps, ctx, org, data));
}

export function register(app: MamoriTeamsApp, deps: HandlerDeps, guarded: Guarded): void {
  app.on('card.action', (ctx) => guarded('card.action', () => onCardAction(deps, ctx), FAILED as never));
}

/** What Teams is told when a button's handler failed (it shows the presser an error). */
const FAILED = { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'error', message: 'failed' } };
