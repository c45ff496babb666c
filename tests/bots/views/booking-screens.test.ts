/**
 * The view contract for booking: every booking screen rendered on both platforms shows the same
 * facts (title, labels, choices, values, errors, buttons and what they send back), stays within that
 * platform's limits, and shows what members typed as typed (no Slack broadcast, no Teams link).
 */
import { describe, expect, it } from 'vitest';
import type { MyBooking } from '../../../src/flows/booking/mine.js';
import { adminOverviewScreen } from '../../../src/flows/booking/screens/admin-overview.js';
import { bookChoicesScreen, bookFormScreen, bookSlotScreen } from '../../../src/flows/booking/screens/book-form.js';
import { availabilityScreen } from '../../../src/flows/booking/screens/availability.js';
import { availabilityFormScreen } from '../../../src/flows/booking/screens/availability-form.js';
import { cancelScreen } from '../../../src/flows/booking/screens/cancel.js';
import { topicReviewScreen } from '../../../src/flows/booking/screens/topic-review.js';
import { policyScreen } from '../../../src/flows/booking/screens/policy.js';
import { meetingUrlSavedScreen, meetingUrlScreen } from '../../../src/flows/booking/screens/meeting-url.js';
import { bookedScreen, movedScreen, paymentScreen } from '../../../src/flows/booking/screens/outcome.js';
import { mineScreen } from '../../../src/flows/booking/screens/mine.js';
import { moveDateScreen, moveScreen, moveSlotScreen, moveSummary } from '../../../src/flows/booking/screens/move.js';
import { fieldsOf, said, typed, type Screen, type Span } from '../../../src/flows/views/screen.js';
import { LIMITS } from '../../../src/bots/slack/blocks/limits.js';
import { fieldErrors, screenMessage, screenModal } from '../../../src/bots/slack/blocks/screen.js';
import { TEAMS_LIMITS } from '../../../src/bots/teams/limits.js';
import { screenCard } from '../../../src/bots/teams/screen-card.js';

const HOSTILE = 'Acme <!here> [pay](https://evil.example) *x*';
const TZ = { language: 'ja', timeZone: 'Asia/Tokyo' } as const;

const row = (i: number, name = `研修生${i}`) => ({
  id: `b${i}`, when: `2026-12-${String((i % 28) + 1).padStart(2, '0')} 10:00`, start: '', kind: '個別相談', status: '確定', trainee: name,
  instructor: HOSTILE, paymentMethod: 'カード', totalYen: 5500, refundYen: 0, invoiceNumber: i % 2 ? `INV-${i}` : null, invoiceStatus: null,
});

function overview(n: number) {
  return {
    upcoming: Array.from({ length: n }, (_, i) => row(i)),
    past: Array.from({ length: n }, (_, i) => row(i + 100)),
    unpaidInvoices: Array.from({ length: n }, (_, i) => ({ id: `inv-${i}`, number: `INV-${i}`, company: HOSTILE, totalYen: 5500, dueOn: '2026-12-31', overdue: i % 3 === 0, bookingId: `b${i}` })),
    revenue: Array.from({ length: Math.min(n, 14) }, (_, i) => ({ month: `2026-${String((i % 12) + 1).padStart(2, '0')}`, sessions: i, cardYen: 1000, invoiceYen: 2000, refundedYen: 0, netYen: 3000, unpaidInvoiceYen: 500 })),
    paymentMismatches: n > 0 ? [{ bookingId: 'b1', recordedAt: '2026-12-01', text: 'checkout cs_1 paid 5,500円, booking says 0円' }] : [],
  };
}

function mine(n: number): MyBooking[] {
  return Array.from({ length: n }, (_, i) => ({
    booking: { id: `bk-${i}`, kind: 'consultation', status: 'confirmed', startsAt: new Date(Date.UTC(2026, 11, 1 + (i % 28), 1)), endsAt: new Date(Date.UTC(2026, 11, 1 + (i % 28), 1, 30)) } as MyBooking['booking'],
    asInstructor: i % 2 === 0, counterpart: HOSTILE, actions: i % 2 ? ['booking_move', 'booking_cancel'] : ['booking_cancel', 'booking_held', 'booking_no_show'], canSetMeetingUrl: i % 2 === 0,
  }));
}

const offer = {
  kinds: [{ kind: 'consultation' as const, label: '個別相談 30分 5,500円（税込）' }, { kind: 'orientation' as const, label: 'オリエンテーション 30分 無料' }],
  instructors: Array.from({ length: 120 }, (_, i) => ({ platformUserId: `U${i}`, name: i === 0 ? HOSTILE : `講師${i}` })),
  payments: { card: true, invoice: true }, confidentialityReminder: 'お客様の個人情報は書かないでください。', today: '2026-12-01', lastDay: '2027-01-30',
};
const slots = Array.from({ length: 130 }, (_, i) => ({ start: `2026-12-02T${String(i % 24).padStart(2, '0')}:00:00.000Z`, time: `${i}:00`, instructorId: 'm1', instructorName: HOSTILE }));
const choices = { kind: 'consultation' as const, instructor: null, date: '2026-12-02', slot: slots[3]!.start, topic: HOSTILE, payment: 'invoice' as const };

/** A form with every kind of field, each refused, to hold the renderers' field handling to the contract. */
const everyField: Screen<{ booking: string }> = {
  title: '相談を予約する', error: '時間を選んでください。',
  blocks: [
    { type: 'field', field: { kind: 'select', id: 'kind', label: '種類', look: 'radio', value: 'orientation', choices: [{ value: 'consultation', label: said('個別相談') }, { value: 'orientation', label: said('オリエンテーション') }] } },
    { type: 'field', field: { kind: 'select', id: 'instructor', label: '講師', choices: [{ value: 'U1', label: typed(HOSTILE) }], error: '講師を選んでください。' } },
    { type: 'field', field: { kind: 'date', id: 'date', label: '日付', value: '2026-12-01', min: '2026-11-30', error: '日付は今日以降を選んでください。' } },
    { type: 'field', field: { kind: 'time', id: 'at', label: '時刻', value: '10:30', error: '10:00 から 17:00 の間で。' } },
    { type: 'field', field: { kind: 'number', id: 'buffer', label: '間隔（分）', value: 10, min: 0, max: 60, error: '0 から 60 で。' } },
    { type: 'field', field: { kind: 'text', id: 'topic', label: '相談したいこと', multiline: true, maxLength: 1000, value: HOSTILE, hint: '個人情報は書かないでください。', error: '長すぎます。' } },
    { type: 'field', field: { kind: 'text', id: 'url', label: '会議URL', url: true, maxLength: 500, value: 'https://meet.example/abc', optional: true } },
  ],
  submit: { label: '予約する', value: { booking: 'bk-1' }, style: 'primary' },
  fallbackText: '相談を予約する',
};

const POLICY = { cancelDeadlineHours: 24, lateCancelRefundPercent: 50, lateMoveAllowed: false, minNoticeMinutes: 1440, bufferMinutes: 10, holdMinutes: 30 };

/** Every booking screen, small and as large as it gets. */
const SCREENS: Array<[string, Screen<unknown>, 'modal' | 'message']> = [
  ['cancel', cancelScreen('ja', { booking: 'bk-1', refund: 5500 }, [{ label: '日時', value: '12月1日 10:00' }, { label: '講師', value: HOSTILE }], '期限前のため 5,500円を全額返金します。\n返金には数日かかります。'), 'modal'],
  ['cancel, terms changed', cancelScreen('en', { booking: 'bk-1', refund: 0 }, [], 'No refund is due.', 'The terms changed.'), 'modal'],
  ['admin overview, empty', adminOverviewScreen('ja', overview(0), 'CSV はDMで'), 'message'],
  ['admin overview, full', adminOverviewScreen('en', overview(150), 'CSV by DM'), 'message'],
  ['mine, one', mineScreen('ja', TZ, mine(1), { meetingUrl: true, footnote: '/mamori-book mine', max: 15 }), 'message'],
  ['mine, many', mineScreen('en', TZ, mine(40), { meetingUrl: true, footnote: 'bookings', max: 15 }), 'message'],
  ['booking form, no date', bookFormScreen('ja', offer, {}, null), 'modal'],
  ['booking form, no slots', bookFormScreen('en', offer, { ...choices, kind: 'orientation' }, [], 'That slot was just taken.'), 'modal'],
  ['booking form, every slot', bookFormScreen('ja', offer, choices, slots), 'modal'],
  ['booking choices', bookChoicesScreen('ja', offer, choices, '日付を選んでください。'), 'modal'],
  ['booking slot', bookSlotScreen('en', { ...choices, instructor: 'U0' }, slots, HOSTILE, 'invoice', 'form-1', 'Please choose a time.'), 'modal'],
  ['move, no date', moveScreen('ja', moveSummary('ja', { when: '12月1日 10:00', kind: 'consultation', instructorName: HOSTILE }), null, null), 'modal'],
  ['move, every slot', moveScreen('en', 'Dec 1 10:00', '2026-12-02', slots, 'That slot was just taken.'), 'modal'],
  ['move, the date', moveDateScreen('ja', 'bk-1', HOSTILE, '2026-12-01', '2026-12-02', '日付は今日以降を選んでください。'), 'modal'],
  ['move, the slot', moveSlotScreen('en', 'bk-1', HOSTILE, '2026-12-02', slots), 'modal'],
  ['booked', bookedScreen('ja', '予約が確定しました。', [{ label: '講師', value: HOSTILE }], ['確認のメッセージをお送りします。', '請求書番号: INV-1']), 'modal'],
  ['awaiting payment', paymentScreen('en', 'Held for you until 2026-12-01 10:30.', [{ label: 'Instructor', value: HOSTILE }], 'https://checkout.stripe.com/c/pay/cs_test_1'), 'modal'],
  ['moved', movedScreen('en', 'Moved.', [{ label: 'Instructor', value: HOSTILE }]), 'modal'],
  ['availability saved', availabilityScreen('ja', { hours: ['月 10:00-12:00', '火 13:00-17:00'], daysOff: ['2026-12-28', '2026-12-29'], meetingUrl: 'https://zoom.example/j/1?[x](https://evil.example)' }, true), 'modal'],
  ['availability, nothing set', availabilityScreen('en', { hours: [], daysOff: [], meetingUrl: null }, false), 'message'],
  ['hours form, per weekday', availabilityFormScreen('ja', { hours: 'per_weekday', byWeekday: { 1: '10:00-12:00', 3: '13:00-17:00' }, daysOff: '2026-12-28', meetingUrl: 'https://zoom.example/j/1' }, { daysOff: '日付は 2026-12-01 の形で。' }), 'modal'],
  ['hours form, lines', availabilityFormScreen('en', { hours: 'lines', lines: 'Mon 10:00-12:00', daysOff: '', meetingUrl: 'ftp://x' }, { meetingUrl: 'The meeting URL must start with https://.' }, 'Hours could not be read.'), 'modal'],
  ['topic review', topicReviewScreen('ja', '相談内容に個人情報が含まれている可能性があります。', ['電話番号: 090-1234-5678', HOSTILE], '電話番号: ***', { mask: { masked: true }, rewrite: { masked: false } }), 'modal'],
  ['every field', everyField as Screen<unknown>, 'modal'],
  ['session meeting URL', meetingUrlScreen('ja', { booking: 'bk-1' }, [{ label: '日時', value: '12月1日 10:00' }, { label: '種類', value: HOSTILE }], 'https://meet.example/now', 'https://zoom.example/j/1'), 'modal'],
  ['session meeting URL, refused', meetingUrlScreen('en', { booking: 'bk-1' }, [], 'ftp://x', null, 'Enter a URL starting with https://.'), 'modal'],
  ['session meeting URL saved', meetingUrlSavedScreen('ja', '会議URLを保存しました。', '12月1日 10:00', 'https://meet.example/[x](https://evil.example)', true), 'modal'],
  ['session meeting URL cleared', meetingUrlSavedScreen('en', 'The meeting URL was cleared.', 'Dec 1 10:00', null, false), 'message'],
  ['policy', policyScreen('ja', { status: 'ok', policy: POLICY, changed: [], message: '' }, '使い方: bookings admin policy deadline=48'), 'message'],
  ['policy, changed', policyScreen('en', { status: 'ok', policy: { ...POLICY, lateMoveAllowed: true }, changed: ['lateMoveAllowed'], message: '' }, 'Usage: bookings admin policy late-move=on'), 'message'],
  ['policy, refused', policyScreen('ja', { status: 'invalid', problems: [{ key: 'late-refund', reason: 'out_of_range', value: '150' }, { key: 'colour', reason: 'unknown', value: 'red' }], message: '' }, '使い方'), 'message'],
];

const lines = (spans: readonly Span[]) => spans.flatMap((s) => s.text.split('\n')).map((l) => l.trim()).filter(Boolean);

/** What a person must find on either platform. */
function factsOf(screen: Screen<unknown>): string[] {
  const out = [screen.title, ...(screen.error ? [screen.error] : [])];
  for (const b of screen.blocks) {
    if (b.type === 'text' || b.type === 'note') out.push(...lines(b.spans));
    if (b.type === 'facts') for (const f of b.facts) out.push(f.label, ...lines([f.value]));
    if (b.type === 'list') out.push(b.title, ...b.items.flatMap(lines), ...(b.items.length === 0 && !b.count ? [b.empty] : []));
    if (b.type === 'row') out.push(...lines(b.spans), ...b.buttons.flatMap((x) => [x.label, x.value, x.id]));
  }
  for (const f of fieldsOf(screen)) {
    out.push(f.label, ...(f.hint ? [f.hint] : []), ...(f.error ? [f.error] : []));
    if (f.kind === 'select') out.push(...f.choices.flatMap((c) => [c.value, c.label.text]));
    if (f.value !== undefined) out.push(String(f.value));
  }
  if (screen.submit) out.push(screen.submit.label, ...Object.values(screen.submit.value as object).map(String));
  for (const l of screen.links ?? []) out.push(l.label, l.url);
  return out;
}

/** A step's way back is a button on Teams; on Slack the modal's close button is the way back. */
const backOf = (screen: Screen<unknown>) => (screen.back ? [screen.back.label, ...Object.values(screen.back.value as object).map(String)] : []);

/** Every string and number in a rendering, unescaped, as one text to search. */
function textOf(rendered: unknown, unescape: (s: string) => string): string {
  const leaves: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') leaves.push(unescape(v));
    else if (typeof v === 'number' || typeof v === 'boolean') leaves.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(rendered);
  return leaves.join('\n');
}

const slackText = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const teamsText = (s: string) => s.replace(/\u200B/g, '');

function slackOf(screen: Screen<unknown>, surface: 'modal' | 'message') {
  return surface === 'modal' ? screenModal(screen, { callbackId: 'booking_test', meta: { team: 'T1' }, close: '閉じる', version: 3 }) : screenMessage(screen);
}
const teamsOf = (screen: Screen<unknown>) => screenCard(screen, (v) => ({ mamoriBooking: 1, step: 'test', ...(v as object) }));

type Node = Record<string, unknown> & { type?: string };
function nodes(v: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(v)) v.forEach((x) => nodes(x, out));
  else if (v && typeof v === 'object') {
    out.push(v as Node);
    Object.values(v).forEach((x) => nodes(x, out));
  }
  return out;
}
const len = (s: unknown) => Array.from(String(s ?? '')).length;

function slackWithinLimits(rendered: ReturnType<typeof slackOf>, surface: 'modal' | 'message'): string[] {
  const problems: string[] = [];
  const blocks = (rendered as unknown as { blocks: Node[] }).blocks;
  if (blocks.length > (surface === 'modal' ? LIMITS.modalBlocks : LIMITS.messageBlocks)) problems.push(`${blocks.length} blocks`);
  if (surface === 'modal') {
    const m = rendered as unknown as { title: { text: string }; submit?: { text: string }; close: { text: string }; private_metadata: string };
    if (len(m.title.text) > LIMITS.modalTitle) problems.push('modal title');
    if (len(m.submit?.text) > LIMITS.modalButton || len(m.close.text) > LIMITS.modalButton) problems.push('modal button');
    if (len(m.private_metadata) > LIMITS.privateMetadata) problems.push('private_metadata');
  }
  for (const b of blocks) {
    const text = (b.text as { text?: string } | undefined)?.text;
    if (b.type === 'section' && len(text) > LIMITS.sectionText) problems.push('section text');
    if (b.type === 'header' && len(text) > LIMITS.headerText) problems.push('header');
    const fields = b.fields as Array<{ text: string }> | undefined;
    if (fields && (fields.length > LIMITS.sectionFields || fields.some((f) => len(f.text) > LIMITS.fieldText))) problems.push('fields');
    if (b.type === 'actions' && (b.elements as unknown[]).length > LIMITS.actionsElements) problems.push('actions');
  }
  for (const n of nodes(blocks)) {
    if (n.type === 'button' && (len((n.text as { text: string }).text) > LIMITS.buttonText || len(n.value) > LIMITS.buttonValue)) problems.push('button');
    if (typeof n.action_id === 'string' && len(n.action_id) > LIMITS.actionId) problems.push('action_id');
    if (Array.isArray(n.options) && (n.options.length > 100 || (n.options as Array<{ text: { text: string }; value: string }>).some((o) => len(o.text.text) > 75 || len(o.value) > 150))) problems.push('options');
  }
  return problems;
}

function teamsWithinLimits(card: unknown): string[] {
  const problems: string[] = [];
  if (Buffer.byteLength(JSON.stringify(card)) > TEAMS_LIMITS.maxCardBytes) problems.push(`${Buffer.byteLength(JSON.stringify(card))} bytes`);
  if ((card as { version: string }).version !== TEAMS_LIMITS.cardVersion) problems.push('version');
  for (const n of nodes(card)) {
    if (n.type === 'TextBlock' && len(n.text) > TEAMS_LIMITS.maxTextChars) problems.push('TextBlock');
    if (Array.isArray(n.actions) && n.actions.length > TEAMS_LIMITS.maxActions) problems.push('actions');
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && len(n.title) > TEAMS_LIMITS.maxActionTitleChars) problems.push('action title');
  }
  return problems;
}

describe.each(SCREENS)('the booking screen "%s"', (_name, screen, surface) => {
  const slack = slackOf(screen, surface);
  const teams = teamsOf(screen);

  it('shows the same facts on Slack and on Teams', () => {
    const onSlack = textOf(slack, slackText);
    const onTeams = textOf(teams, teamsText);
    const missing = (text: string) => factsOf(screen).filter((f) => !text.includes(f));
    expect(missing(onSlack), 'missing on Slack').toEqual([]);
    expect(missing(onTeams), 'missing on Teams').toEqual([]);
    expect(backOf(screen).filter((f) => !onTeams.includes(f)), 'way back missing on Teams').toEqual([]);
  });

  it("stays within each platform's limits", () => {
    expect(slackWithinLimits(slack, surface)).toEqual([]);
    expect(teamsWithinLimits(teams)).toEqual([]);
  });

  it('shows typed text as typed: no Slack broadcast, no Teams link', () => {
    // plain_text (labels, options, initial values) is never read as markup; mrkdwn is
    const mrkdwn = nodes(slack).filter((n) => n.type === 'mrkdwn').map((n) => String(n.text));
    expect(mrkdwn.filter((t) => t.includes('<!') || t.includes('<http'))).toEqual([]);
    // likewise, Teams reads markdown in TextBlocks and facts, not in choices or input values
    const markdown = nodes(teams).flatMap((n) => (n.type === 'TextBlock' ? [String(n.text)] : n.type === 'FactSet' ? (n.facts as Array<{ value: string }>).map((f) => f.value) : []));
    expect(markdown.filter((t) => t.includes('](http'))).toEqual([]);
  });
});

describe('answers and refusals', () => {
  it('each field comes back under its id on both platforms, its refusal where each platform shows it', () => {
    const modal = screenModal(everyField, { callbackId: 'booking_test', meta: { team: 'T1' }, close: '閉じる', version: 3 });
    const inputs = modal.blocks.filter((b) => b.type === 'input') as Array<{ block_id: string; element: { action_id: string } }>;
    const card = JSON.stringify(teamsOf(everyField as Screen<unknown>));
    for (const f of fieldsOf(everyField)) {
      expect(inputs.some((b) => b.block_id === `${f.id}~3` && b.element.action_id === f.id)).toBe(true);
      expect(card).toContain(`"id":"${f.id}"`);
    }
    expect(fieldErrors(everyField, 3)).toEqual({ 'instructor~3': '講師を選んでください。', 'date~3': '日付は今日以降を選んでください。', 'at~3': '10:00 から 17:00 の間で。', 'buffer~3': '0 から 60 で。', 'topic~3': '長すぎます。' });
  });

  it("the submit's answer travels in Slack's private_metadata and Teams' Action.Submit data", () => {
    const screen = cancelScreen('ja', { booking: 'bk-9', refund: 2750 }, [], 'x');
    expect(JSON.parse(screenModal(screen, { callbackId: 'booking_cancel_modal', meta: { team: 'T1' }, close: '戻る' }).private_metadata ?? '')).toEqual({ team: 'T1', booking: 'bk-9', refund: 2750 });
    const submit = nodes(teamsOf(screen)).find((n) => n.type === 'Action.Submit');
    expect(submit?.data).toEqual({ mamoriBooking: 1, step: 'test', booking: 'bk-9', refund: 2750 });
  });

  it("a screen with two answers shows both as buttons in Slack's modal, with the listeners' action ids", () => {
    const screen = topicReviewScreen('en', 'Found something.', ['a phone number'], '***', { mask: {}, rewrite: {} });
    const modal = screenModal(screen, { callbackId: 'booking_book_review', close: 'Close', answerButtons: { submit: 'booking_mask', back: 'booking_rewrite' } });
    expect(modal.submit).toBeUndefined();
    const buttons = nodes(modal.blocks).filter((n) => n.type === 'button').map((n) => [n.action_id, (n.text as { text: string }).text]);
    expect(buttons).toEqual([['booking_rewrite', 'Rewrite'], ['booking_mask', 'Book masked']]);
  });

  it('body buttons send the same action id and value as message buttons', () => {
    const screen = adminOverviewScreen('ja', overview(1), 'x');
    expect(JSON.stringify(screenMessage(screen).blocks)).toContain('"action_id":"booking_invoice_paid","value":"inv-0"');
    expect(JSON.stringify(teamsOf(screen))).toContain('"data":{"mamori":1,"action":"booking_invoice_paid","value":"inv-0"}');
  });
});
