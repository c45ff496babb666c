/**
 * The database refuses overlapping active bookings of one instructor, whoever commits first:
 * concurrent transactions for the same slot (and for slots within the buffer) — exactly one wins.
 * Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set (CI does both).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { ensureInstructorProfile, EXCLUSION_VIOLATION, sqlState } from '../../../src/db/repo/booking.js';
import { bookings, type BookingStatus } from '../../../src/db/schema/index.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

let t: TestDatabase;
let orgId: string;
let instructor: { memberId: string; key: number };
let other: { memberId: string; key: number };
const trainees: string[] = [];

beforeAll(async () => {
  t = await openTestDatabase({ pool: 12 });
  const { db } = t.database;
  const org = await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-dbl', name: '研修' }, { monthlyMinuteQuota: 0, retentionDays: 90 });
  orgId = org.id;
  const i1 = await ensureMember(db, orgId, { platformUserId: 'U-i1', roles: ['instructor'] });
  const i2 = await ensureMember(db, orgId, { platformUserId: 'U-i2', roles: ['instructor'] });
  instructor = await ensureInstructorProfile(db, orgId, i1.id);
  other = await ensureInstructorProfile(db, orgId, i2.id);
  for (let i = 0; i < 8; i++) trainees.push((await ensureMember(db, orgId, { platformUserId: `U-t${i}`, roles: ['trainee'] })).id);
}, 120_000);
afterAll(async () => t?.close());

function row(who: { memberId: string; key: number }, trainee: string, start: string, status: BookingStatus = 'confirmed', key = `${start}:${trainee}:${Math.random()}`) {
  const startsAt = new Date(start);
  return {
    orgId, kind: 'orientation' as const, traineeId: trainee, instructorId: who.memberId, instructorKey: who.key,
    startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), blockedUntil: new Date(startsAt.getTime() + 40 * 60_000),
    status, paymentMethod: 'free' as const, priceYen: 0, taxYen: 0, totalYen: 0, requestKey: key,
    cancelledAt: status === 'cancelled' ? new Date() : null,
  };
}

async function attempt(values: ReturnType<typeof row>): Promise<'ok' | 'refused'> {
  try {
    await t.database.db.transaction(async (tx) => {
      await tx.insert(bookings).values(values);
    });
    return 'ok';
  } catch (err) {
    if (sqlState(err) === EXCLUSION_VIOLATION) return 'refused';
    throw err;
  }
}

describe('no two active bookings overlap for one instructor', () => {
  it('lets exactly one of eight concurrent requests for one slot through', async () => {
    const results = await Promise.all(trainees.map((tr) => attempt(row(instructor, tr, '2030-01-08T01:00:00Z'))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 'refused')).toHaveLength(7);
  });

  it('refuses a session inside the buffer, allows one just after it and another instructor’s', async () => {
    expect(await attempt(row(instructor, trainees[0]!, '2030-01-09T01:00:00Z'))).toBe('ok');
    expect(await attempt(row(instructor, trainees[1]!, '2030-01-09T01:35:00Z'))).toBe('refused'); // 5 min after the end
    expect(await attempt(row(instructor, trainees[1]!, '2030-01-09T00:25:00Z'))).toBe('refused'); // ends 5 min before
    expect(await attempt(row(instructor, trainees[1]!, '2030-01-09T01:40:00Z'))).toBe('ok'); // after the buffer
    expect(await attempt(row(other, trainees[2]!, '2030-01-09T01:00:00Z'))).toBe('ok');
  });

  it('ignores cancelled and expired bookings, and refuses re-activating one over a live booking', async () => {
    expect(await attempt(row(instructor, trainees[0]!, '2030-01-10T01:00:00Z', 'cancelled'))).toBe('ok');
    expect(await attempt(row(instructor, trainees[1]!, '2030-01-10T01:00:00Z', 'expired'))).toBe('ok');
    expect(await attempt(row(instructor, trainees[2]!, '2030-01-10T01:00:00Z', 'confirmed'))).toBe('ok');
    const { db } = t.database;
    await expect(db.update(bookings).set({ status: 'confirmed', cancelledAt: null }).where(
      (await import('drizzle-orm')).eq(bookings.status, 'expired'),
    )).rejects.toSatisfy((err: unknown) => sqlState(err) === EXCLUSION_VIOLATION);
  });
});
