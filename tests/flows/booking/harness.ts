/** A booking world for tests: a fresh database, an organisation with an instructor and trainees, a fake Stripe, a movable clock. */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../src/db/connection.js';
import { ensureMember, ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { bookings, members, outbox } from '../../../src/db/schema/index.js';
import { setAvailability } from '../../../src/flows/booking/availability.js';
import { loadBookingConfig, type BookingConfig } from '../../../src/flows/booking/config.js';
import type { BookingDeps, OrgRef } from '../../../src/flows/booking/deps.js';
import { japaneseHoliday } from '../../../src/time/holidays.js';
import type { BookingMessagePayload } from '../../../src/flows/booking/notify.js';
import { addDays, localDate, zonedToUtc } from '../../../src/time/zone.js';
import { silentLogger } from '../../../src/logger.js';
import { stripePayments } from '../../../src/payments/stripe-payments.js';
import { FakeStripe } from '../../helpers/fake-stripe.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

export const ORG: OrgRef = { platform: 'slack', platformTeamId: 'T-booking', name: 'まもり研修' };
export const INSTRUCTOR = { platformUserId: 'U-inst', displayName: '佐藤 講師' };
export const ADMIN = { platformUserId: 'U-admin', displayName: '管理者' };

export const TEST_ENV = {
  MAMORI_INVOICE_ISSUER_NAME: '一般社団法人まもり研修',
  MAMORI_INVOICE_REGISTRATION_NUMBER: 'T9234567890123',
  MAMORI_INVOICE_ISSUER_ADDRESS: '東京都千代田区丸の内1-1-1',
  MAMORI_INVOICE_BANK_ACCOUNT: 'まもり銀行 本店 普通 1234567',
};

export interface World {
  t: TestDatabase;
  stripe: FakeStripe;
  deps: BookingDeps;
  config: BookingConfig;
  clock: { now: Date };
  delivered: string[];
  /** A bookable date (not a holiday) `days` ahead, on the Tokyo calendar. */
  date(days: number): string;
  /** The instant of HH:MM Tokyo time on that date. */
  at(date: string, hhmm: string): Date;
  trainee(n: number, opts?: { company?: string }): Promise<{ platformUserId: string; displayName: string }>;
  messages(bookingId?: string): Promise<Array<{ target: unknown; payload: BookingMessagePayload; dedupeKey: string }>>;
  booking(id: string): Promise<typeof bookings.$inferSelect>;
  close(): Promise<void>;
}

export async function openWorld(env: Record<string, string> = {}): Promise<World> {
  const t = await openTestDatabase({ pool: 12 });
  const stripe = await new FakeStripe().start();
  const config = { ...loadBookingConfig({ ...TEST_ENV, ...env }), calendarDomain: 'booking.kaisha.example' };
  const clock = { now: new Date() };
  const delivered: string[] = [];
  const deps: BookingDeps = {
    database: t.database,
    queue: { enqueueDelivery: async (_tx: Tx, ids: string[]) => { delivered.push(...ids); } },
    payments: stripePayments(stripe.settings()),
    config,
    orgDefaults: { monthlyMinuteQuota: 0, retentionDays: 90 },
    logger: silentLogger,
    now: () => clock.now,
  };
  const { db } = t.database;
  const org = await ensureOrganisation(db, ORG, deps.orgDefaults);
  await ensureMember(db, org.id, { ...INSTRUCTOR, roles: ['instructor'] });
  await ensureMember(db, org.id, { ...ADMIN, roles: ['admin'] });
  // Every day 09:00–18:00, so tests can use any date that is not a holiday.
  const set = await setAvailability(deps, { org: ORG, instructor: INSTRUCTOR, hoursText: '月-日 09:00-18:00', meetingUrl: 'https://meet.example/sato' });
  if (set.status !== 'saved') throw new Error(`availability not saved: ${JSON.stringify(set)}`);
  const world: World = {
    t, stripe, deps, config, clock, delivered,
    date(days) {
      let d = addDays(localDate(clock.now, 'Asia/Tokyo'), days);
      while (japaneseHoliday(d)) d = addDays(d, 1);
      return d;
    },
    at(date, hhmm) {
      const [h, m] = hhmm.split(':').map(Number);
      return zonedToUtc(date, h! * 60 + m!, 'Asia/Tokyo');
    },
    async trainee(n, opts = {}) {
      const p = { platformUserId: `U-trainee-${n}`, displayName: `受講者${n}` };
      const member = await ensureMember(db, org.id, { ...p, roles: ['trainee'] });
      if (opts.company) await db.update(members).set({ sponsorCompany: opts.company, mayPayByInvoice: true }).where(eq(members.id, member.id));
      return p;
    },
    async messages(bookingId) {
      const rows = await db.select().from(outbox).where(eq(outbox.kind, 'booking')).orderBy(outbox.createdAt);
      return rows.map((r) => ({ target: r.target, payload: r.payload as BookingMessagePayload, dedupeKey: r.dedupeKey }))
        .filter((r) => !bookingId || r.payload.bookingId === bookingId);
    },
    async booking(id) {
      const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
      return row!;
    },
    async close() {
      await stripe.close();
      await t.close();
    },
  };
  return world;
}

/** Sends a signed event through the real webhook HTTP handler; returns the status code. */
export async function postWebhook(handler: (req: any, res: any) => Promise<void>, body: string, signature?: string): Promise<{ status: number; body: string }> {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  try {
    const res = await fetch(`http://127.0.0.1:${port}/webhooks/stripe`, {
      method: 'POST', body, headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    });
    return { status: res.status, body: await res.text() };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
}
