/**
 * Booking on App Home and the admins' policy command, end to end on Slack: app_home_opened →
 * views.publish (instructors: hours, days off, 受付時間を設定, 会議URLを設定 per session; trainees
 * and graduates: their bookings, 予約する; admins: the figures and the CSV), the buttons pressed on
 * App Home, one booking's meeting URL (the trainee told by DM), and `/mamori-admin bookings policy`
 * changing what the cancel and move forms say.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/bots/slack/blocks/limits.js';
import { bookings, members, outbox } from '../../../src/db/schema/index.js';
import { loadBookingConfig } from '../../../src/flows/booking/config.js';
import { japaneseHoliday } from '../../../src/time/holidays.js';
import { addDays, localDate, zonedToUtc } from '../../../src/time/zone.js';
import { command, homePublishes, openHome, response, startHarness, waitFor, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    booking: {
      payments: null,
      config: loadBookingConfig({ MAMORI_INVOICE_ISSUER_NAME: '一般社団法人まもり研修', MAMORI_INVOICE_REGISTRATION_NUMBER: 'T9234567890123' }),
      topicGuard: () => ({ findings: [], masked: '' }),
    },
  });
  const fake = h.slack as unknown as { answer: (m: string, a: Record<string, any>) => Record<string, unknown> };
  const answer = fake.answer.bind(h.slack);
  fake.answer = (method, a) => (method === 'views.update' ? { ok: true, view: { id: a.view_id } } : answer(method, a));
  h.slack.admins.add('UADMIN');
  h.slack.admins.add('UADMEN');
  h.slack.locales.set('UADMEN', 'en-US');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

let seq = 0;
const user = (id: string) => ({ id, team_id: 'T1', username: `${id.toLowerCase()}-name`, name: `${id.toLowerCase()}-name` });
const json = (x: unknown) => JSON.stringify(x ?? null);


function submit(callbackId: string, userId: string, values: Record<string, any>, meta: object, viewId: string) {
  return h.signer.interaction({
    type: 'view_submission', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${++seq}`,
    user: user(userId), team: { id: 'T1', domain: 'test' },
    view: { id: viewId, type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(meta), title: { type: 'plain_text', text: 'x' }, state: { values }, hash: 'h', blocks: [] },
  });
}

/** A button pressed on App Home (no channel, no response_url): what it opens is its answer. */
function pressOnHome(actionId: string, value: string, userId: string) {
  const trigger = `trig-home-${++seq}`;
  const res = h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: trigger,
    user: user(userId), team: { id: 'T1', domain: 'test' },
    container: { type: 'view', view_id: `VHOME-${userId}` },
    view: { id: `VHOME-${userId}`, type: 'home', team_id: 'T1', blocks: [], hash: 'h', state: { values: {} } },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
  return { res, opened: () => waitFor(`views.open after ${actionId}`, () => h.slack.callsOf('views.open').find((c) => c.args.trigger_id === trigger)?.args.view) };
}

/** A button pressed in a DM message: refusals come back as ephemeral messages. */
function pressInDm(actionId: string, value: string, userId: string) {
  const id = `r${++seq}`;
  const res = h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${id}`, response_url: `${h.slack.base}/respond/${id}`,
    user: user(userId), team: { id: 'T1', domain: 'test' },
    channel: { id: 'D-dm', name: 'x' }, container: { type: 'message', message_ts: '1.0', channel_id: 'D-dm', is_ephemeral: false },
    message: { type: 'message', ts: '1.0', text: '' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
  return { res, opened: () => waitFor(`views.open after ${actionId}`, () => h.slack.callsOf('views.open').find((c) => c.args.trigger_id === `trig-${id}`)?.args.view) };
}
const ephemeralTo = (userId: string, pattern: RegExp) =>
  waitFor(`ephemeral to ${userId} matching ${pattern}`, () => h.slack.callsOf('chat.postEphemeral').find((c) => c.args.user === userId && pattern.test(String(c.args.text))));


function expectWithinLimits(view: any): void {
  expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.homeBlocks);
  for (const b of view.blocks) {
    if (b.type === 'section' && b.text) expect(Array.from(b.text.text as string).length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === 'actions') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
    for (const e of [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]) {
      if (e.type === 'button') expect(Array.from(e.text.text as string).length).toBeLessThanOrEqual(LIMITS.buttonText);
    }
  }
}

function buttonValues(blocks: any[] | undefined, actionId: string): string[] {
  const out: string[] = [];
  for (const b of blocks ?? []) {
    for (const e of [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]) if (e.action_id === actionId) out.push(e.value);
  }
  return out;
}

function dateAhead(days: number): string {
  let d = addDays(localDate(new Date(), 'Asia/Tokyo'), days);
  while (japaneseHoliday(d)) d = addDays(d, 1);
  return d;
}
const at = (date: string, hhmm: string) => {
  const [hh, mm] = hhmm.split(':').map(Number);
  return zonedToUtc(date, hh! * 60 + mm!, 'Asia/Tokyo').toISOString();
};
function bookValues(o: { kind: 'consultation' | 'orientation'; date: string; slot: string; payment?: 'invoice' }) {
  return {
    'kind~1': { booking_kind: { type: 'static_select', selected_option: { value: o.kind } } },
    'instructor~1': { booking_instructor: { type: 'static_select', selected_option: { value: '*' } } },
    'date~1': { booking_date: { type: 'datepicker', selected_date: o.date } },
    'slot~1': { slot: { type: 'static_select', selected_option: { value: o.slot } } },
    'topic~1': { topic: { type: 'plain_text_input', value: '' } },
    ...(o.payment ? { 'payment~1': { payment: { type: 'radio_buttons', selected_option: { value: o.payment } } } } : {}),
  };
}
const bookingOf = async (trainee: string) =>
  (await h.t.database.db.select({ b: bookings }).from(bookings).innerJoin(members, eq(members.id, bookings.traineeId)).where(eq(members.platformUserId, trainee))).map((r) => r.b);

const DAY = dateAhead(3);
let orientationId = '';

describe('booking on App Home', () => {
  it('a graduate sees 予約する and no bookings yet; the button opens the booking form', async () => {
    await response(h, command(h, '/mamori-admin', 'instructor <@UTEACH|teach>', 'UADMIN').id);
    await response(h, command(h, '/mamori-admin', 'graduate <@UGRAD|grad>', 'UADMIN').id);
    const hours = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`hours_${d}`, { [`hours_${d}`]: { type: 'plain_text_input', value: '09:00-12:00, 13:00-18:00' } }]));
    const saved = await submit('booking_availability', 'UTEACH', { ...hours, meeting_url: { meeting_url: { type: 'url_text_input', value: 'https://meet.example/teach' } } }, { team: 'T1' }, 'V-AV');
    expect(JSON.parse(saved.text).response_action).toBe('update');

    const home = await openHome(h, 'UGRAD');
    expectWithinLimits(home);
    const text = json(home.blocks);
    expect(text).toMatch(/個別相談/);
    expect(text).toMatch(/今後の予約はありません/);
    expect(buttonValues(home.blocks, 'booking_book_open')).toHaveLength(1);
    expect(buttonValues(home.blocks, 'booking_availability_open')).toHaveLength(0);
    expect(buttonValues(home.blocks, 'booking_admin_csv')).toHaveLength(0);

    const form = await pressOnHome('booking_book_open', 'open', 'UGRAD').opened();
    expect(form.callback_id).toBe('booking_book');
    expect(json(form)).toMatch(/オリエンテーション 30分 無料/);
  });

  it('the graduate’s booking is listed on their App Home; plain staff see no booking part', async () => {
    await submit('booking_book', 'UGRAD', bookValues({ kind: 'orientation', date: DAY, slot: at(DAY, '10:00') }), { team: 'T1', v: 1 }, 'V-BOOK1');
    const [b] = await waitFor('the booking', async () => ((await bookingOf('UGRAD')).length === 1 ? bookingOf('UGRAD') : undefined));
    expect(b!.status).toBe('confirmed');
    orientationId = b!.id;

    const home = await openHome(h, 'UGRAD');
    const text = json(home.blocks);
    expect(text).toMatch(/あなたの予約/);
    expect(text).toMatch(/講師: (UTEACH|teach|uteach-name) ・ 確定/);
    expect(text).toMatch(/オリエンテーション/);

    const staff = await openHome(h, 'USTAFF');
    expect(json(staff.blocks)).not.toMatch(/booking_book_open|個別相談/);
  });

  it('the instructor sees hours, meeting URL, 受付時間を設定 (the availability form) and 会議URLを設定 per session', async () => {
    const home = await openHome(h, 'UTEACH');
    expectWithinLimits(home);
    const text = json(home.blocks);
    expect(text).toMatch(/月 09:00-12:00, 13:00-18:00/);
    expect(text).toContain('https://meet.example/teach');
    expect(text).toMatch(/相談者: (UGRAD|grad|ugrad-name) ・ 確定/);
    expect(buttonValues(home.blocks, 'booking_meeting_url')).toEqual([orientationId]);

    const form = await pressOnHome('booking_availability_open', 'open', 'UTEACH').opened();
    expect(form.callback_id).toBe('booking_availability');
    expect(json(form)).toContain('09:00-12:00, 13:00-18:00'); // the current hours, to edit
    expect(JSON.parse(form.private_metadata)).toMatchObject({ home: true });

    // Not an instructor: told in a small modal (App Home has no channel to answer in).
    const refused = await pressOnHome('booking_availability_open', 'open', 'UGRAD').opened();
    expect(json(refused)).toMatch(/講師だけ/);
  });

  it('会議URLを設定 opens a modal; a bad URL is told under the field; saving tells the trainee and refreshes App Home', async () => {
    const modal = await pressOnHome('booking_meeting_url', orientationId, 'UTEACH').opened();
    expect(modal.callback_id).toBe('booking_meeting_url_modal');
    expect(json(modal)).toContain('https://meet.example/teach'); // the fallback named in the hint
    const meta = JSON.parse(modal.private_metadata);
    expect(meta).toMatchObject({ booking: orientationId, home: true });

    const bad = await submit('booking_meeting_url_modal', 'UTEACH', { meeting_url: { meeting_url: { type: 'url_text_input', value: 'zoom 123' } } }, meta, 'V-MU');
    expect(JSON.parse(bad.text)).toMatchObject({ response_action: 'errors', errors: { meeting_url: expect.stringMatching(/https:\/\//) } });
    expect((await bookingOf('UGRAD'))[0]!.meetingUrl).toBeNull();

    const homesBefore = homePublishes(h, 'UTEACH').length;
    const ok = await submit('booking_meeting_url_modal', 'UTEACH', { meeting_url: { meeting_url: { type: 'url_text_input', value: 'https://zoom.example/j/42' } } }, meta, 'V-MU');
    const answer = JSON.parse(ok.text);
    expect(answer.response_action).toBe('update');
    expect(json(answer.view)).toMatch(/会議URLを保存しました/);
    expect(json(answer.view)).toMatch(/相談者にDMでお知らせしました/);
    expect((await bookingOf('UGRAD'))[0]!.meetingUrl).toBe('https://zoom.example/j/42');

    const told = await waitFor('the DM to the trainee', async () => {
      const rows = await h.t.database.db.select().from(outbox).where(and(eq(outbox.kind, 'booking')));
      return rows.find((r) => (r.payload as { event?: string }).event === 'meeting_url');
    });
    expect(told.target).toMatchObject({ platformUserId: 'UGRAD' });
    expect(json(told.payload)).toContain('https://zoom.example/j/42');
    const refreshed = await waitFor('App Home published again', () => homePublishes(h, 'UTEACH')[homesBefore]);
    expect(json(refreshed.args.view)).toContain('https://zoom.example/j/42');

    // Someone else's booking: refused, nothing opened but the reason.
    const stranger = await pressOnHome('booking_meeting_url', orientationId, 'USTAFF').opened();
    expect(stranger.callback_id).not.toBe('booking_meeting_url_modal');
    expect(json(stranger)).toMatch(/講師だけ/);
  });

  it('/mamori-book mine gives the instructor 会議URLを設定 too', async () => {
    const c = command(h, '/mamori-book', 'mine', 'UTEACH');
    const blocks = (await response(h, c.id)).blocks;
    expect(buttonValues(blocks, 'booking_meeting_url')).toEqual([orientationId]);
    const trainee = command(h, '/mamori-book', 'mine', 'UGRAD');
    expect(buttonValues((await response(h, trainee.id)).blocks, 'booking_meeting_url')).toEqual([]);
  });

  it('an admin sees the figures and gets the CSV in their DM from the button', async () => {
    const home = await openHome(h, 'UADMIN');
    expectWithinLimits(home);
    const text = json(home.blocks);
    expect(text).toMatch(/予約の状況（管理者）/);
    expect(text).toMatch(/今後の予約: 1件/);
    expect(text).toMatch(/未入金の請求書: 0件/);
    expect(text).toMatch(/今月（\d{4}-\d{2}）の売上/);
    const uploads = h.slack.callsOf('files.completeUploadExternal').length;
    await pressOnHome('booking_admin_csv', 'csv', 'UADMIN').res;
    await waitFor('CSV upload', () => h.slack.callsOf('files.completeUploadExternal').length > uploads);
    expect(json(h.slack.callsOf('files.completeUploadExternal').at(-1)!.args)).toMatch(/mamori-bookings-\d{4}-\d{2}-\d{2}\.csv/);

    const en = await openHome(h, 'UADMEN');
    expect(json(en.blocks)).toMatch(/Bookings \(admins\)/);
    expect(json(en.blocks)).toMatch(/Upcoming bookings: 1/);
  });
});

describe('/mamori-admin bookings policy', () => {
  it('only admins; shows the policy; refuses a bad change (nothing saved); replies in the admin’s language', async () => {
    expect(json(await response(h, command(h, '/mamori-admin', 'bookings policy', 'UGRAD').id))).toMatch(/管理者だけ/);
    expect(json(await response(h, command(h, '/mamori-admin', 'bookings policy deadline=1', 'UGRAD').id))).toMatch(/管理者だけ/);

    const shown = json(await response(h, command(h, '/mamori-admin', 'bookings policy', 'UADMIN').id));
    expect(shown).toMatch(/予約のルール/);
    expect(shown).toMatch(/開始の24時間前まで/);
    expect(shown).toMatch(/期限後の日時変更（late-move）: できない/);
    expect(shown).toMatch(/late-refund=50/); // the usage

    const bad = json(await response(h, command(h, '/mamori-admin', 'bookings policy deadline=48 late-refund=150 colour=red', 'UADMIN').id));
    expect(bad).toMatch(/何も変更していません/);
    expect(bad).toMatch(/late-refund: 150 は範囲外です/);
    expect(bad).toMatch(/「colour」という項目はありません/);
    expect(json(await response(h, command(h, '/mamori-admin', 'bookings policy', 'UADMIN').id))).toMatch(/開始の24時間前まで/);

    const en = json(await response(h, command(h, '/mamori-admin', 'bookings policy hold=10', 'UADMEN').id));
    expect(en).toMatch(/hold: 10 is out of range \(30–1380 minutes\)/);
  });

  it('after a change the cancel form states the organisation’s late policy before confirming, and moving follows late-move', async () => {
    await response(h, command(h, '/mamori-admin', 'invoice-rights <@UGRAD|grad> 株式会社テスト', 'UADMIN').id);
    await submit('booking_book', 'UGRAD', bookValues({ kind: 'consultation', date: DAY, slot: at(DAY, '14:00'), payment: 'invoice' }), { team: 'T1', v: 1 }, 'V-BOOK2');
    const invoiceBooking = await waitFor('the invoice booking', async () => (await bookingOf('UGRAD')).find((b) => b.paymentMethod === 'invoice'));

    const saved = json(await response(h, command(h, '/mamori-admin', 'bookings policy deadline=96 late-refund=0 late-move=off', 'UADMIN').id));
    expect(saved).toMatch(/予約のルールを変更しました/);
    expect(saved).toMatch(/開始の96時間前まで/);

    const cancel = await pressInDm('booking_cancel', invoiceBooking.id, 'UGRAD').opened();
    expect(cancel.callback_id).toBe('booking_cancel_modal');
    expect(json(cancel)).toMatch(/キャンセル期限（.+）を過ぎています。組織の規定により、請求書のお支払いが必要です。/);

    await pressInDm('booking_move', invoiceBooking.id, 'UGRAD').res;
    await ephemeralTo('UGRAD', /変更期限（.+）を過ぎたため/);

    await response(h, command(h, '/mamori-admin', 'bookings policy late-move=on late-refund=100', 'UADMIN').id);
    const move = await pressInDm('booking_move', invoiceBooking.id, 'UGRAD').opened();
    expect(move.callback_id).toBe('booking_move_modal');
    const cancel2 = await pressInDm('booking_cancel', invoiceBooking.id, 'UGRAD').opened();
    expect(json(cancel2)).toMatch(/組織の規定により、請求書は取り消されます。/);
  });
});
