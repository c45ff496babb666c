/**
 * Booking on Slack, end to end: signed commands, modal submissions and button presses in; recorded
 * Web API calls out (modals, their updates, ephemeral replies, the CSV upload), on the in-memory
 * database and a local fake Stripe. The confirmation DMs are asserted on their outbox rows.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingDeps } from '../../../src/bots/slack/booking/deps.js';
import { bookings, members, outbox } from '../../../src/db/schema/index.js';
import { loadBookingConfig } from '../../../src/flows/booking/config.js';
import { japaneseHoliday } from '../../../src/time/holidays.js';
import { addDays, localDate, zonedToUtc } from '../../../src/time/zone.js';
import { stripePayments } from '../../../src/payments/stripe-payments.js';
import { FakeStripe } from '../../helpers/fake-stripe.js';
import { command, response, startHarness, waitFor, type Harness } from './harness.js';

const INVOICE_ENV = {
  MAMORI_INVOICE_ISSUER_NAME: '一般社団法人まもり研修',
  MAMORI_INVOICE_REGISTRATION_NUMBER: 'T9234567890123',
};

let h: Harness;
let stripe: FakeStripe;

beforeAll(async () => {
  stripe = await new FakeStripe().start();
  h = await startHarness({ booking: { payments: stripePayments(stripe.settings()), config: loadBookingConfig(INVOICE_ENV) } });
  const fake = h.slack as unknown as { answer: (m: string, a: Record<string, any>) => Record<string, unknown> };
  const answer = fake.answer.bind(h.slack);
  fake.answer = (method, a) => (method === 'views.update' ? { ok: true, view: { id: a.view_id } } : answer(method, a));
  h.slack.admins.add('UADMIN');
  await bookingDeps(h.adapter.ctx, true); // loads the guard's dictionary once, before the timed requests
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await stripe?.close();
});

let seq = 0;
const responses = (id: string) => h.slack.responses.filter((r) => r.id === id).map((r) => r.body);
const opened = (id: string) => waitFor(`views.open for ${id}`, () => h.slack.callsOf('views.open').find((c) => c.args.trigger_id === `trig-${id}`)?.args.view);
const user = (id: string) => ({ id, team_id: 'T1', username: `${id.toLowerCase()}-name`, name: `${id.toLowerCase()}-name` });

function submit(callbackId: string, userId: string, values: Record<string, any>, meta: object, viewId: string) {
  return h.signer.interaction({
    type: 'view_submission', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${++seq}`,
    user: user(userId), team: { id: 'T1', domain: 'test' },
    view: { id: viewId, type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(meta), title: { type: 'plain_text', text: '予約' }, state: { values }, hash: 'h', blocks: [] },
  });
}

function pressInModal(action: Record<string, unknown>, userId: string, view: { id: string; callback_id: string; private_metadata: string }, values: Record<string, any>) {
  return h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${++seq}`,
    user: user(userId), team: { id: 'T1', domain: 'test' },
    container: { type: 'view', view_id: view.id },
    view: { ...view, type: 'modal', title: { type: 'plain_text', text: 'x' }, state: { values }, hash: 'h', blocks: [] },
    actions: [{ block_id: 'b', action_ts: String(Date.now() / 1000), ...action }],
  });
}

function press(actionId: string, value: string, userId: string, channel = 'D-dm') {
  const id = `r${++seq}`;
  return {
    id,
    trigger: `trig-${id}`,
    res: h.signer.interaction({
      type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${id}`, response_url: `${h.slack.base}/respond/${id}`,
      user: user(userId), team: { id: 'T1', domain: 'test' },
      channel: { id: channel, name: 'x' }, container: { type: 'message', message_ts: '1.0', channel_id: channel, is_ephemeral: false },
      message: { type: 'message', ts: '1.0', text: '' },
      actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
    }),
  };
}

const json = (x: unknown) => JSON.stringify(x ?? null);
const updatesOf = (viewId: string) => h.slack.callsOf('views.update').filter((c) => c.args.view_id === viewId).map((c) => c.args.view);
const lastUpdate = (viewId: string, pattern: RegExp) => waitFor(`views.update of ${viewId} matching ${pattern}`, () => updatesOf(viewId).reverse().find((v) => pattern.test(json(v))));
const ephemeralTo = (userId: string, pattern: RegExp) =>
  waitFor(`ephemeral to ${userId} matching ${pattern}`, () => h.slack.callsOf('chat.postEphemeral').find((c) => c.args.user === userId && pattern.test(String(c.args.text))));

/** A weekday-or-weekend date `days` ahead on the Tokyo calendar that is not a national holiday. */
function dateAhead(days: number): string {
  let d = addDays(localDate(new Date(), 'Asia/Tokyo'), days);
  while (japaneseHoliday(d)) d = addDays(d, 1);
  return d;
}
const at = (date: string, hhmm: string) => {
  const [hh, mm] = hhmm.split(':').map(Number);
  return zonedToUtc(date, hh! * 60 + mm!, 'Asia/Tokyo').toISOString();
};

function bookValues(v: number, o: { kind: 'consultation' | 'orientation'; date: string; slot?: string; topic?: string; payment?: 'card' | 'invoice'; instructor?: string }) {
  return {
    [`kind~${v}`]: { booking_kind: { type: 'static_select', selected_option: { value: o.kind } } },
    [`instructor~${v}`]: { booking_instructor: { type: 'static_select', selected_option: { value: o.instructor ?? '*' } } },
    [`date~${v}`]: { booking_date: { type: 'datepicker', selected_date: o.date } },
    ...(o.slot ? { [`slot~${v}`]: { slot: { type: 'static_select', selected_option: { value: o.slot } } } } : {}),
    [`topic~${v}`]: { topic: { type: 'plain_text_input', value: o.topic ?? '' } },
    ...(o.payment ? { [`payment~${v}`]: { payment: { type: 'radio_buttons', selected_option: { value: o.payment } } } } : {}),
  };
}

async function orgBookings() {
  return h.t.database.db.select({ b: bookings, trainee: members.platformUserId }).from(bookings).innerJoin(members, eq(members.id, bookings.traineeId));
}

const DAY = dateAhead(3);
let orientationId = '';

describe('booking on Slack', () => {
  it('an instructor sets weekly hours, days off and the meeting URL in the modal; others are refused', async () => {
    const g = command(h, '/mamori-admin', 'instructor <@UTEACH|teach>', 'UADMIN');
    await response(h, g.id);

    const no = command(h, '/mamori-availability', '', 'UT1');
    expect(json(await response(h, no.id))).toMatch(/講師だけ/);

    const c = command(h, '/mamori-availability', '', 'UTEACH');
    const form = await opened(c.id);
    expect(form.callback_id).toBe('booking_availability');
    expect(json(form)).toMatch(/hours_7/);

    const hours = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`hours_${d}`, { [`hours_${d}`]: { type: 'plain_text_input', value: '09:00-12:00, 13:00-18:00' } }]));
    const bad = await submit('booking_availability', 'UTEACH', { ...hours, hours_2: { hours_2: { type: 'plain_text_input', value: '9時から' } } }, { team: 'T1' }, 'V-AV0');
    expect(JSON.parse(bad.text)).toMatchObject({ response_action: 'errors', errors: { hours_2: expect.stringMatching(/10:00-12:00/) } });

    const dayOff = dateAhead(10);
    const ok = await submit('booking_availability', 'UTEACH', {
      ...hours,
      days_off: { days_off: { type: 'plain_text_input', value: dayOff } },
      meeting_url: { meeting_url: { type: 'url_text_input', value: 'https://meet.example/teach' } },
    }, { team: 'T1' }, 'V-AV1');
    const saved = JSON.parse(ok.text);
    expect(saved.response_action).toBe('update');
    expect(json(saved.view)).toMatch(/保存しました/);
    expect(json(saved.view)).toMatch(/月 09:00-12:00/);
    expect(json(saved.view)).toContain(dayOff);

    const show = command(h, '/mamori-availability', 'show', 'UTEACH');
    const shown = json(await response(h, show.id));
    expect(shown).toMatch(/13:00-18:00/);
    expect(shown).toContain('https://meet.example/teach');
  });

  it('the booking form refreshes the free slots of the chosen date, then books a free orientation once however often it is submitted', async () => {
    const c = command(h, '/mamori-book', '', 'UT1', 'C-lobby');
    const form = await opened(c.id);
    expect(form.callback_id).toBe('booking_book');
    expect(json(form)).toMatch(/個別相談 30分 6,600円/);
    expect(json(form)).toMatch(/オリエンテーション 30分 無料/);
    expect(json(form)).toMatch(/特定できる情報/); // the confidentiality reminder

    const view = { id: 'V-B1', callback_id: 'booking_book', private_metadata: form.private_metadata };
    await pressInModal({ type: 'datepicker', action_id: 'booking_date', selected_date: DAY }, 'UT1', view, bookValues(1, { kind: 'orientation', date: DAY }));
    const refreshed = await lastUpdate('V-B1', /slot~2/);
    expect(json(refreshed)).toMatch(/"10:00/);
    expect(json(refreshed)).toContain(at(DAY, '10:00'));
    expect(json(refreshed)).not.toMatch(/"12:00/); // lunch is not offered

    const meta = JSON.parse(refreshed.private_metadata);
    const values = bookValues(meta.v, { kind: 'orientation', date: DAY, slot: at(DAY, '10:00'), topic: 'クレーム対応の研修について知りたい' });
    const [a, b] = await Promise.all([submit('booking_book', 'UT1', values, meta, 'V-B1'), submit('booking_book', 'UT1', values, meta, 'V-B1')]);
    expect(JSON.parse(a.text).response_action).toBe('update');
    expect(JSON.parse(b.text).response_action).toBe('update');
    const done = await lastUpdate('V-B1', /予約が確定しました/);
    expect(json(done)).toMatch(/オリエンテーション/);

    const mine = (await orgBookings()).filter((r) => r.trainee === 'UT1');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.b).toMatchObject({ status: 'confirmed', paymentMethod: 'free', requestKey: 'slack:V-B1' });
    orientationId = mine[0]!.b.id;

    // Both get the confirmation DM (with the .ics), written once each.
    const dms = await waitFor('confirmation DMs', async () => {
      const rows = await h.t.database.db.select().from(outbox).where(and(eq(outbox.kind, 'booking')));
      const confirmed = rows.filter((r) => (r.payload as { bookingId?: string; event?: string }).bookingId === orientationId && (r.payload as { event?: string }).event === 'confirmed');
      return confirmed.length === 2 ? confirmed : undefined;
    });
    expect(dms.map((r) => (r.target as { platformUserId: string }).platformUserId).sort()).toEqual(['UT1', 'UTEACH']);
    expect(json(dms[0]!.payload)).toMatch(/mamori-booking\.ics/);
    expect(json(dms[0]!.payload)).toMatch(/booking_cancel/);
  });

  it('a slot taken while the form was open, or already past, is told in the form; nothing is written', async () => {
    const before = (await orgBookings()).length;
    const meta = { team: 'T1', channel: 'C-lobby', v: 2 };
    await submit('booking_book', 'UT4', bookValues(2, { kind: 'orientation', date: DAY, slot: at(DAY, '10:00') }), meta, 'V-TAKEN');
    const taken = await lastUpdate('V-TAKEN', /先に予約されました/);
    expect(taken.callback_id).toBe('booking_book'); // the form again, to choose another slot
    expect(json(taken)).not.toContain(at(DAY, '10:00')); // the taken slot is no longer offered
    expect(json(taken)).toContain(at(DAY, '11:00'));

    const yesterday = addDays(localDate(new Date(), 'Asia/Tokyo'), -1);
    await submit('booking_book', 'UT4', bookValues(2, { kind: 'orientation', date: yesterday, slot: at(yesterday, '10:00') }), meta, 'V-PAST');
    const past = await lastUpdate('V-PAST', /過ぎています|時間前まで/);
    expect(past.callback_id).toBe('booking_book');
    expect((await orgBookings()).length).toBe(before);

    const noSlot = await submit('booking_book', 'UT4', bookValues(2, { kind: 'orientation', date: DAY }), meta, 'V-NOSLOT');
    expect(JSON.parse(noSlot.text)).toMatchObject({ response_action: 'errors' });
  });

  it('a card consultation holds the slot and replies with the Stripe Checkout link and the hold expiry', async () => {
    const meta = { team: 'T1', channel: 'C-lobby', v: 2 };
    await submit('booking_book', 'UT2', bookValues(2, { kind: 'consultation', date: DAY, slot: at(DAY, '14:00'), payment: 'card' }), meta, 'V-CARD');
    const held = await lastUpdate('V-CARD', /仮予約しました/);
    const session = [...stripe.sessions.values()].at(-1)!;
    expect(session.amount_total).toBe(6600);
    expect(json(held)).toContain(session.url!);
    const told = await ephemeralTo('UT2', /仮予約しました/);
    expect(told.args.channel).toBe('C-lobby');
    expect(String(told.args.text)).toContain(session.url!);
    expect(String(told.args.text)).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} までに/);
    const row = (await orgBookings()).find((r) => r.trainee === 'UT2')!.b;
    expect(row).toMatchObject({ status: 'held', paymentMethod: 'card', totalYen: 6600 });
  });

  it('Stripe unreachable: the form again with the reason, the slot not kept', async () => {
    stripe.down = true;
    try {
      const meta = { team: 'T1', channel: 'C-lobby', v: 2 };
      await submit('booking_book', 'UT6', bookValues(2, { kind: 'consultation', date: DAY, slot: at(DAY, '11:00'), payment: 'card' }), meta, 'V-DOWN');
      const form = await lastUpdate('V-DOWN', /決済サービスに接続できませんでした/);
      expect(form.callback_id).toBe('booking_book');
    } finally {
      stripe.down = false;
    }
    const rows = (await orgBookings()).filter((r) => r.trainee === 'UT6');
    expect(rows.every((r) => r.b.status === 'expired')).toBe(true);
  });

  it('invoice payment is refused without rights (nothing written), and confirmed once an admin grants them', async () => {
    const meta = { team: 'T1', channel: 'C-lobby', v: 2 };
    const values = bookValues(2, { kind: 'consultation', date: DAY, slot: at(DAY, '15:00'), payment: 'invoice' });
    await submit('booking_book', 'UT3', values, meta, 'V-INV1');
    const refused = await lastUpdate('V-INV1', /会社から派遣/);
    expect(refused.callback_id).toBe('booking_book');
    expect((await orgBookings()).filter((r) => r.trainee === 'UT3')).toHaveLength(0);

    const notAdmin = command(h, '/mamori-admin', 'invoice-rights <@UT3|t3> 株式会社テスト', 'UT1');
    expect(json(await response(h, notAdmin.id))).toMatch(/管理者だけ/);
    const grant = command(h, '/mamori-admin', 'invoice-rights <@UT3|t3> 株式会社テスト', 'UADMIN');
    expect(json(await response(h, grant.id))).toMatch(/株式会社テスト/);

    await submit('booking_book', 'UT3', values, meta, 'V-INV2');
    const confirmed = await lastUpdate('V-INV2', /予約が確定しました/);
    expect(json(confirmed)).toMatch(/請求書番号: MMR-\d{6}/);
  });

  it('a topic with confidential details is held for review: 書き直す goes back to the form, 伏せ字で予約 books the masked text', async () => {
    const topic = '株式会社ヤマダ商事の田中様から毎日電話で暴言を受けています。';
    const meta = { team: 'T1', channel: 'C-lobby', v: 2 };
    const values = bookValues(2, { kind: 'orientation', date: DAY, slot: at(DAY, '16:00'), topic });
    await submit('booking_book', 'UT5', values, meta, 'V-G1');
    const review = await lastUpdate('V-G1', /booking_mask/);
    expect(review.callback_id).toBe('booking_book_review');
    expect(json(review)).toMatch(/booking_rewrite/);
    expect(json(review)).toMatch(/〇〇/);
    expect((await orgBookings()).filter((r) => r.trainee === 'UT5')).toHaveLength(0);

    await pressInModal({ type: 'button', action_id: 'booking_rewrite', value: 'rewrite' }, 'UT5', { id: 'V-G1', callback_id: 'booking_book_review', private_metadata: review.private_metadata }, {});
    const back = await lastUpdate('V-G1', /"callback_id":"booking_book"/);
    expect(json(back)).toContain('田中様から毎日電話で'); // the text as written, to edit
    expect(json(back)).toContain(at(DAY, '16:00'));

    await submit('booking_book', 'UT5', values, meta, 'V-G2');
    const review2 = await lastUpdate('V-G2', /booking_mask/);
    await pressInModal({ type: 'button', action_id: 'booking_mask', value: 'mask' }, 'UT5', { id: 'V-G2', callback_id: 'booking_book_review', private_metadata: review2.private_metadata }, {});
    await lastUpdate('V-G2', /予約が確定しました/);
    const row = (await orgBookings()).find((r) => r.trainee === 'UT5')!.b;
    expect(row.topic).not.toMatch(/田中|ヤマダ/);
    expect(row.topic).toMatch(/〇〇/);
  });

  it('日時変更 in the DM: the same instructor’s free slots of a chosen date, then the booking moves', async () => {
    const row = (await orgBookings()).find((r) => r.trainee === 'UT3')!.b;
    const p = press('booking_move', row.id, 'UT3');
    await p.res;
    const modal = await waitFor('move modal', () => h.slack.callsOf('views.open').find((c) => c.args.trigger_id === p.trigger)?.args.view);
    expect(modal.callback_id).toBe('booking_move_modal');
    const view = { id: 'V-MOVE', callback_id: 'booking_move_modal', private_metadata: modal.private_metadata };
    await pressInModal({ type: 'datepicker', action_id: 'booking_move_date', selected_date: DAY }, 'UT3', view, { 'date~1': { booking_move_date: { type: 'datepicker', selected_date: DAY } } });
    const slots = await lastUpdate('V-MOVE', /slot~2/);
    expect(json(slots)).toContain(at(DAY, '17:00'));
    expect(json(slots)).not.toContain(at(DAY, '14:00')); // held by another trainee
    await submit('booking_move_modal', 'UT3', {
      'date~2': { booking_move_date: { type: 'datepicker', selected_date: DAY } },
      'slot~2': { slot: { type: 'static_select', selected_option: { value: at(DAY, '17:00') } } },
    }, JSON.parse(slots.private_metadata), 'V-MOVE');
    await lastUpdate('V-MOVE', /日時が変更されました/);
    const moved = (await orgBookings()).find((r) => r.b.id === row.id)!.b;
    expect(moved.startsAt.toISOString()).toBe(at(DAY, '17:00'));
  });

  it('キャンセル in the DM shows the policy first; confirming cancels and frees the slot', async () => {
    const p = press('booking_cancel', orientationId, 'UT1');
    await p.res;
    const modal = await waitFor('cancel modal', () => h.slack.callsOf('views.open').find((c) => c.args.trigger_id === p.trigger)?.args.view);
    expect(modal.callback_id).toBe('booking_cancel_modal');
    expect(json(modal)).toMatch(/キャンセル期限/);

    const stranger = press('booking_cancel', orientationId, 'UT4');
    await ephemeralTo('UT4', /権限がありません/);
    void stranger;

    const early = press('booking_held', orientationId, 'UTEACH');
    await early.res;
    await ephemeralTo('UTEACH', /開始時刻を過ぎてから/);

    await submit('booking_cancel_modal', 'UT1', {}, JSON.parse(modal.private_metadata), 'V-CANCEL');
    await lastUpdate('V-CANCEL', /キャンセルされました/);
    const row = (await orgBookings()).find((r) => r.b.id === orientationId)!.b;
    expect(row.status).toBe('cancelled');
  });

  it('/mamori-book mine lists the person’s bookings with their buttons', async () => {
    const c = command(h, '/mamori-book', 'mine', 'UT3');
    const out = json((await response(h, c.id)).blocks);
    expect(out).toMatch(/あなたの予約/);
    expect(out).toMatch(/booking_move/);
    expect(out).toMatch(/booking_cancel/);
    const i = command(h, '/mamori-book', 'mine', 'UTEACH');
    const mine = json((await response(h, i.id)).blocks);
    expect(mine).toMatch(/相談者: ut3-name/);
    expect(mine).not.toMatch(/booking_move/); // the instructor cancels; moving is the trainee's
  });

  it('/mamori-admin bookings: the overview privately (unpaid invoices with 入金済み) and the CSV uploaded to the admin’s DM', async () => {
    const no = command(h, '/mamori-admin', 'bookings', 'UT1');
    expect(json(await response(h, no.id))).toMatch(/管理者だけ/);

    const uploadsBefore = h.slack.callsOf('files.completeUploadExternal').length;
    const c = command(h, '/mamori-admin', 'bookings', 'UADMIN', 'C-admin');
    const overview = await response(h, c.id);
    expect(overview.response_type).toBe('ephemeral');
    const text = json(overview.blocks);
    expect(text).toMatch(/今後の予約/);
    expect(text).toMatch(/未入金の請求書\*（1）/);
    expect(text).toMatch(/booking_invoice_paid/);
    expect(text).toMatch(/月別の売上/);
    await waitFor('CSV upload', () => h.slack.callsOf('files.completeUploadExternal').length > uploadsBefore);
    const upload = h.slack.callsOf('files.completeUploadExternal').at(-1)!;
    expect(json(upload.args)).toMatch(/mamori-bookings-\d{4}-\d{2}-\d{2}\.csv/);
    expect(json(upload.args)).not.toMatch(/C-admin/); // never into the channel: it names trainees

    const invoiceId = JSON.parse(text.replace(/^.*?"action_id":"booking_invoice_paid","value":"([^"]+)".*$/s, '"$1"'));
    const paid = press('booking_invoice_paid', invoiceId, 'UADMIN', 'C-admin');
    await paid.res;
    await ephemeralTo('UADMIN', /入金済みにしました/);
  });
});
