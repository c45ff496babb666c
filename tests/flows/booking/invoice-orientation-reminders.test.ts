/**
 * Invoice bookings (company-sent members only; gapless consecutive numbers; the PDF's content read
 * back with pdf.js), the free orientation, the first free instructor, concurrent requests through
 * the flow, reminders 24 h and 1 h before exactly once, moves, held/no-show, and the admin views.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInvoices } from '../../../src/db/schema/index.js';
import { listFreeSlots, setAvailability } from '../../../src/flows/booking/availability.js';
import { adminBookingOverview, bookingsCsv, markInvoicePaid, setInvoiceRights } from '../../../src/flows/booking/admin.js';
import { bookSession } from '../../../src/flows/booking/book.js';
import { cancelBooking, moveBooking, recordSessionOutcome } from '../../../src/flows/booking/changes.js';
import { runBookingSweep } from '../../../src/flows/booking/sweep.js';
import { ADMIN, INSTRUCTOR, ORG, openWorld, type World } from './harness.js';

let w: World;
let n = 0;

beforeAll(async () => {
  w = await openWorld();
}, 120_000);
afterAll(async () => w?.close());

async function pdfText(base64: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), disableFontFace: true, useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('\n');
}

const book = (who: { platformUserId: string; displayName: string }, date: string, time: string, extra: Record<string, unknown> = {}) =>
  bookSession(w.deps, { org: ORG, trainee: who, kind: 'consultation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, time).toISOString(), requestKey: `r${++n}`, ...extra });

describe('invoice payment', () => {
  it('is refused to a member not marked as sent by their company (and logged)', async () => {
    const who = await w.trainee(1);
    expect(await book(who, w.date(3), '09:00', { payment: 'invoice' })).toMatchObject({ status: 'invoice_not_allowed' });
    const slots = await listFreeSlots(w.deps, { org: ORG, date: w.date(3) });
    expect(slots.status === 'ok' && slots.slots[0]!.time).toBe('09:00');
  });

  it('confirms at once with a qualified invoice PDF and consecutive numbers', async () => {
    const admin = await setInvoiceRights(w.deps, { org: ORG, actor: ADMIN, member: { platformUserId: 'U-trainee-2', displayName: '受講者2' }, company: '株式会社テスト商事' });
    expect(admin).toMatchObject({ status: 'saved', mayPayByInvoice: true });
    expect(await setInvoiceRights(w.deps, { org: ORG, actor: await w.trainee(99), member: { platformUserId: 'U-x' }, company: 'X' })).toMatchObject({ status: 'forbidden' });
    const who = { platformUserId: 'U-trainee-2', displayName: '受講者2' };
    const a = await book(who, w.date(3), '10:00', { payment: 'invoice' });
    const b = await book(who, w.date(3), '11:00', { payment: 'invoice' });
    expect(a).toMatchObject({ status: 'confirmed', invoiceNumber: 'MMR-000001' });
    expect(b).toMatchObject({ status: 'confirmed', invoiceNumber: 'MMR-000002' });
    if (a.status !== 'confirmed') return;
    const msg = (await w.messages(a.booking.id)).find((m) => m.payload.recipient === 'trainee' && m.payload.event === 'confirmed')!;
    const pdf = msg.payload.attachments.find((x) => x.mimeType === 'application/pdf')!;
    expect(pdf.fileName).toBe('invoice-MMR-000001.pdf');
    const text = await pdfText(pdf.contentBase64);
    const invoice = (await w.t.database.db.select().from(bookingInvoices)).find((i) => i.displayNumber === 'MMR-000001')!;
    for (const expected of [
      '請求書（適格請求書）', '請求書番号: MMR-000001', '株式会社テスト商事 御中', '一般社団法人まもり研修', '登録番号: T9234567890123',
      '6,000円', '消費税（10%）', '600円', '6,600円', '10%対象 小計（税抜）', 'まもり銀行 本店 普通 1234567',
    ]) expect(text).toContain(expected);
    const [y, m, d] = invoice.dueOn.split('-').map(Number);
    expect(text).toContain(`お支払期限: ${y}年${m}月${d}日`);
    const [ty, tm, td] = w.date(3).split('-').map(Number);
    expect(text).toContain(`${ty}年${tm}月${td}日`); // the transaction date
    // The instructor's copy carries no invoice.
    const toInstructor = (await w.messages(a.booking.id)).find((m) => m.payload.recipient === 'instructor')!;
    expect(toInstructor.payload.attachments.map((x) => x.mimeType)).toEqual(['text/calendar']);
  });

  it('numbers stay unique and gapless under concurrent invoicing', async () => {
    const who = { platformUserId: 'U-trainee-2', displayName: '受講者2' };
    const times = ['13:00', '13:30', '14:00', '14:30', '15:00', '15:30'];
    // 13:00 and 13:30 clash through the buffer: some are refused, the rest are numbered without gaps.
    const results = await Promise.all(times.map((t) => book(who, w.date(4), t, { payment: 'invoice' })));
    const numbers = (await w.t.database.db.select().from(bookingInvoices)).map((i) => i.number).sort((x, y) => x - y);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBe(2 + results.filter((r) => r.status === 'confirmed').length);
  });

  it('an admin marks it paid; cancelling before the deadline voids it', async () => {
    const [inv1, inv2] = (await w.t.database.db.select().from(bookingInvoices)).sort((x, y) => x.number - y.number);
    expect(await markInvoicePaid(w.deps, { org: ORG, actor: ADMIN, invoiceId: inv1!.id })).toMatchObject({ status: 'paid', number: 'MMR-000001' });
    expect(await markInvoicePaid(w.deps, { org: ORG, actor: ADMIN, invoiceId: inv1!.id })).toMatchObject({ status: 'already_paid' });
    expect(await markInvoicePaid(w.deps, { org: ORG, actor: INSTRUCTOR, invoiceId: inv1!.id })).toMatchObject({ status: 'forbidden' });
    const out = await cancelBooking(w.deps, { org: ORG, actor: { platformUserId: 'U-trainee-2' }, bookingId: inv2!.bookingId });
    expect(out).toMatchObject({ status: 'cancelled', refundYen: 0 });
    const after = (await w.t.database.db.select().from(bookingInvoices)).find((i) => i.id === inv2!.id)!;
    expect(after.status).toBe('void');
  });
});

describe('orientation and instructors', () => {
  it('books the free orientation at once with the first free instructor', async () => {
    const second = { platformUserId: 'U-inst-2', displayName: '鈴木 講師' };
    const { ensureMember, ensureOrganisation } = await import('../../../src/db/repo/organisations.js');
    const org = await ensureOrganisation(w.t.database.db, ORG, w.deps.orgDefaults);
    await ensureMember(w.t.database.db, org.id, { ...second, roles: ['instructor'] });
    await setAvailability(w.deps, { org: ORG, instructor: second, hoursText: '月-日 09:00-12:00' });
    const date = w.date(10);
    const first = await bookSession(w.deps, { org: ORG, trainee: await w.trainee(10), kind: 'orientation', start: w.at(date, '09:00').toISOString(), requestKey: 'o1' });
    const next = await bookSession(w.deps, { org: ORG, trainee: await w.trainee(11), kind: 'orientation', start: w.at(date, '09:00').toISOString(), requestKey: 'o2' });
    const third = await bookSession(w.deps, { org: ORG, trainee: await w.trainee(12), kind: 'orientation', start: w.at(date, '09:00').toISOString(), requestKey: 'o3' });
    expect(first).toMatchObject({ status: 'confirmed', booking: { instructorName: '佐藤 講師', totalYen: 0, paymentMethod: 'free' } });
    expect(next).toMatchObject({ status: 'confirmed', booking: { instructorName: '鈴木 講師' } });
    expect(third).toMatchObject({ status: 'slot_unavailable', reason: 'taken' });
    expect(await setAvailability(w.deps, { org: ORG, instructor: await w.trainee(10), hoursText: '月 10:00-11:00' })).toMatchObject({ status: 'forbidden' });
    expect(await setAvailability(w.deps, { org: ORG, instructor: second, hoursText: '月曜 25:00-26:00' })).toMatchObject({ status: 'invalid' });
  });

  it('lets exactly one of six concurrent requests for one slot through the flow', async () => {
    const date = w.date(11);
    const who = await Promise.all([20, 21, 22, 23, 24, 25].map((i) => w.trainee(i)));
    const results = await Promise.all(who.map((p, i) => bookSession(w.deps, { org: ORG, trainee: p, kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, '16:00').toISOString(), requestKey: `c${i}` })));
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'slot_unavailable')).toHaveLength(5);
  });

  it('refuses slots in the past, too soon, outside hours and on holidays with a reason', async () => {
    const who = await w.trainee(30);
    const o = (start: Date) => bookSession(w.deps, { org: ORG, trainee: who, kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: start.toISOString(), requestKey: `x${++n}` });
    expect(await o(new Date(w.clock.now.getTime() - 3_600_000))).toMatchObject({ status: 'slot_unavailable', reason: 'past' });
    expect(await o(new Date(w.clock.now.getTime() + 3 * 3_600_000))).toMatchObject({ status: 'slot_unavailable', reason: 'too_soon' });
    expect(await o(w.at(w.date(12), '20:00'))).toMatchObject({ status: 'slot_unavailable', reason: 'outside_hours' });
    expect(await o(w.at(w.date(12), '10:10'))).toMatchObject({ status: 'slot_unavailable', reason: 'outside_hours' });
  });
});

describe('reminders, moves and outcomes', () => {
  it('reminds both people 24 h and 1 h before, once each, even with concurrent sweeps', async () => {
    const who = await w.trainee(40);
    const date = w.date(13);
    const out = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, '17:00').toISOString(), requestKey: 'rem' });
    if (out.status !== 'confirmed') throw new Error(out.status);
    const startAt = w.at(date, '17:00').getTime();
    const real = w.clock.now;
    const events = async () => (await w.messages(out.booking.id)).map((m) => `${m.payload.event}:${m.payload.recipient}`).filter((e) => e.startsWith('reminder')).sort();
    try {
      w.clock.now = new Date(startAt - 25 * 3_600_000);
      await runBookingSweep(w.deps);
      expect(await events()).toEqual([]);
      w.clock.now = new Date(startAt - 24 * 3_600_000 + 60_000);
      await Promise.all([runBookingSweep(w.deps), runBookingSweep(w.deps), runBookingSweep(w.deps)]);
      expect(await events()).toEqual(['reminder_24h:instructor', 'reminder_24h:trainee']);
      w.clock.now = new Date(startAt - 2 * 3_600_000);
      await runBookingSweep(w.deps);
      expect(await events()).toHaveLength(2);
      w.clock.now = new Date(startAt - 59 * 60_000);
      await Promise.all([runBookingSweep(w.deps), runBookingSweep(w.deps)]);
      await runBookingSweep(w.deps);
      expect(await events()).toEqual(['reminder_1h:instructor', 'reminder_1h:trainee', 'reminder_24h:instructor', 'reminder_24h:trainee']);
      // After the session the instructor records the outcome.
      expect(await recordSessionOutcome(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: out.booking.id, outcome: 'completed' })).toMatchObject({ status: 'too_early' });
      w.clock.now = new Date(startAt + 31 * 60_000);
      expect(await recordSessionOutcome(w.deps, { org: ORG, actor: who, bookingId: out.booking.id, outcome: 'no_show' })).toMatchObject({ status: 'forbidden' });
      expect(await recordSessionOutcome(w.deps, { org: ORG, actor: INSTRUCTOR, bookingId: out.booking.id, outcome: 'no_show' })).toMatchObject({ status: 'recorded', outcome: 'no_show' });
      expect((await w.booking(out.booking.id)).status).toBe('no_show');
    } finally {
      w.clock.now = real;
    }
  });

  it('moves a booking to a free slot (new calendar version) and refuses a taken one', async () => {
    const who = await w.trainee(50);
    const date = w.date(14);
    const a = await bookSession(w.deps, { org: ORG, trainee: who, kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, '09:00').toISOString(), requestKey: 'mv1' });
    const b = await bookSession(w.deps, { org: ORG, trainee: await w.trainee(51), kind: 'orientation', instructor: INSTRUCTOR.platformUserId, start: w.at(date, '11:00').toISOString(), requestKey: 'mv2' });
    if (a.status !== 'confirmed' || b.status !== 'confirmed') throw new Error('setup');
    expect(await moveBooking(w.deps, { org: ORG, actor: who, bookingId: a.booking.id, start: w.at(date, '11:00').toISOString() })).toMatchObject({ status: 'slot_unavailable', reason: 'taken' });
    expect(await moveBooking(w.deps, { org: ORG, actor: who, bookingId: a.booking.id, start: w.at(date, '10:30').toISOString() })).toMatchObject({ status: 'slot_unavailable', reason: 'taken' });
    const moved = await moveBooking(w.deps, { org: ORG, actor: who, bookingId: a.booking.id, start: w.at(date, '09:30').toISOString() });
    expect(moved).toMatchObject({ status: 'moved' });
    const row = await w.booking(a.booking.id);
    expect(row.startsAt.toISOString()).toBe(w.at(date, '09:30').toISOString());
    const ics = (await w.messages(a.booking.id)).find((m) => m.payload.event === 'moved')!.payload.attachments[0]!;
    expect(Buffer.from(ics.contentBase64, 'base64').toString()).toContain('SEQUENCE:1');
  });
});

describe('admin', () => {
  it('lists bookings, unpaid invoices, revenue per month and exports CSV', async () => {
    expect(await adminBookingOverview(w.deps, { org: ORG, actor: INSTRUCTOR })).toMatchObject({ status: 'forbidden' });
    const view = await adminBookingOverview(w.deps, { org: ORG, actor: ADMIN });
    if (view.status !== 'ok') throw new Error(view.status);
    expect(view.upcoming.length).toBeGreaterThan(3);
    expect(view.unpaidInvoices.map((i) => i.company)).toContain('株式会社テスト商事');
    expect(view.unpaidInvoices.map((i) => i.number)).not.toContain('MMR-000001'); // paid
    const total = view.revenue.reduce((s, r) => s + r.invoiceYen, 0);
    const live = (await w.t.database.db.select().from(bookingInvoices)).filter((i) => i.status !== 'void');
    expect(total).toBe(live.length * 6600);
    expect(view.revenue.every((r) => r.netYen === r.cardYen + r.invoiceYen - r.refundedYen)).toBe(true);
    const csv = await bookingsCsv(w.deps, { org: ORG, actor: ADMIN });
    if (csv.status !== 'ok') throw new Error(csv.status);
    expect(csv.csv.startsWith('\uFEFFbooking_id,start_utc,when_local')).toBe(true);
    expect(csv.csv).toContain('MMR-000001');
    expect(csv.csv.split('\r\n').length).toBeGreaterThan(5);
  });
});
