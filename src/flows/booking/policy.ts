/**
 * The organisation's booking policy (`/mamori-admin bookings policy`): the cancellation deadline, the
 * share refunded after it, whether a booking may still be moved after it, the minimum notice, the
 * buffer between sessions and how long a slot is held during card payment. Seeded from the
 * environment's defaults on first use (booking_settings), then the organisation's own: admins only.
 */
import { eq, sql } from 'drizzle-orm';
import type { BookingSettingsRow } from '../../db/repo/booking.js';
import { ensureMember, ensureOrganisation } from '../../db/repo/organisations.js';
import { bookingSettings } from '../../db/schema/index.js';
import { isAdmin, settingsFor } from './availability.js';
import type { BookingDeps, OrgRef, Person } from './deps.js';
import { bookingMessages } from './messages.js';

export const POLICY_KEYS = ['deadline', 'late-refund', 'late-move', 'notice', 'buffer', 'hold'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** The policy as people read it (hours, percent, minutes). */
export interface BookingPolicy {
  cancelDeadlineHours: number;
  lateCancelRefundPercent: number;
  lateMoveAllowed: boolean;
  minNoticeMinutes: number;
  bufferMinutes: number;
  holdMinutes: number;
}

/**
 * Allowed ranges, as the database's checks (booking_settings_*_ck) allow them. The hold stops at
 * 23 h: Stripe closes a Checkout 24 h after it opens at the latest, and ours closes a minute after the hold.
 */
export const POLICY_RANGES: Record<Exclude<PolicyKey, 'late-move'>, { min: number; max: number }> = {
  deadline: { min: 0, max: 720 },
  'late-refund': { min: 0, max: 100 },
  notice: { min: 0, max: 720 * 60 },
  buffer: { min: 0, max: 240 },
  hold: { min: 30, max: 1380 },
};

export type PolicyChange = Partial<BookingPolicy>;
export type PolicyProblem = { key: string; reason: 'unknown' | 'not_a_number' | 'out_of_range' | 'not_yes_no' | 'repeated'; value: string };

export type PolicyOutcome =
  | { status: 'ok'; policy: BookingPolicy; changed: Array<keyof BookingPolicy>; message: string }
  | { status: 'invalid'; problems: PolicyProblem[]; message: string }
  | { status: 'forbidden'; message: string };

const policyOf = (s: BookingSettingsRow): BookingPolicy => ({
  cancelDeadlineHours: s.cancelDeadlineHours,
  lateCancelRefundPercent: s.lateCancelRefundPercent,
  lateMoveAllowed: s.lateMoveAllowed,
  minNoticeMinutes: s.minNoticeMinutes,
  bufferMinutes: s.bufferMinutes,
  holdMinutes: s.holdMinutes,
});

const KEY_ALIASES: Record<string, PolicyKey> = {
  deadline: 'deadline', 'cancel-deadline': 'deadline', キャンセル期限: 'deadline', 期限: 'deadline',
  'late-refund': 'late-refund', refund: 'late-refund', 返金: 'late-refund', 期限後返金: 'late-refund', 返金率: 'late-refund',
  'late-move': 'late-move', move: 'late-move', 期限後変更: 'late-move', 変更: 'late-move',
  notice: 'notice', 'min-notice': 'notice', 締切: 'notice', 予約締切: 'notice',
  buffer: 'buffer', 間隔: 'buffer', 休憩: 'buffer',
  hold: 'hold', 仮押さえ: 'hold', 仮予約: 'hold',
};

const YES = /^(on|yes|true|allow(ed)?|可|はい|許可|する)$/i;
const NO = /^(off|no|false|deny|不可|いいえ|禁止|しない)$/i;

/**
 * Reads `deadline=48 late-refund=50 late-move=on notice=24 buffer=10 hold=30` (also `key:value`,
 * full-width ＝, and the Japanese names). Units: deadline and notice in hours (notice also `90m`),
 * late-refund in percent, buffer and hold in minutes; a trailing h / % / m / 時間 / 分 is accepted.
 */
export function parsePolicyChange(text: string): { change: PolicyChange } | { problems: PolicyProblem[] } {
  const change: PolicyChange = {};
  const problems: PolicyProblem[] = [];
  const seen = new Set<PolicyKey>();
  const normalised = text.normalize('NFKC').replace(/\s*[=:]\s*/g, '=').trim();
  for (const token of normalised.split(/[\s,、]+/).filter(Boolean)) {
    const eqAt = token.indexOf('=');
    const rawKey = (eqAt < 0 ? token : token.slice(0, eqAt)).toLowerCase();
    const value = eqAt < 0 ? '' : token.slice(eqAt + 1);
    const key = Object.hasOwn(KEY_ALIASES, rawKey) ? KEY_ALIASES[rawKey] : undefined;
    if (!key) { problems.push({ key: rawKey, reason: 'unknown', value }); continue; }
    if (seen.has(key)) { problems.push({ key, reason: 'repeated', value }); continue; }
    seen.add(key);
    if (key === 'late-move') {
      if (YES.test(value)) change.lateMoveAllowed = true;
      else if (NO.test(value)) change.lateMoveAllowed = false;
      else problems.push({ key, reason: 'not_yes_no', value });
      continue;
    }
    const m = /^(\d{1,6})(h|時間|%|m|min|分)?$/i.exec(value);
    if (!m) { problems.push({ key, reason: 'not_a_number', value }); continue; }
    const unit = (m[2] ?? '').toLowerCase();
    let n = Number(m[1]);
    const fits = (u: string[]) => unit === '' || u.includes(unit);
    if (key === 'notice') {
      if (!fits(['h', '時間', 'm', 'min', '分'])) { problems.push({ key, reason: 'not_a_number', value }); continue; }
      if (unit === '' || unit === 'h' || unit === '時間') n *= 60;
    } else if (!fits(key === 'deadline' ? ['h', '時間'] : key === 'late-refund' ? ['%'] : ['m', 'min', '分'])) {
      problems.push({ key, reason: 'not_a_number', value });
      continue;
    }
    const range = POLICY_RANGES[key];
    if (n < range.min || n > range.max) { problems.push({ key, reason: 'out_of_range', value }); continue; }
    if (key === 'deadline') change.cancelDeadlineHours = n;
    else if (key === 'late-refund') change.lateCancelRefundPercent = n;
    else if (key === 'notice') change.minNoticeMinutes = n;
    else if (key === 'buffer') change.bufferMinutes = n;
    else change.holdMinutes = n;
  }
  return problems.length > 0 ? { problems } : { change };
}

async function asAdmin(deps: BookingDeps, input: { org: OrgRef; actor: Person }) {
  const { db } = deps.database;
  const org = await ensureOrganisation(db, input.org, deps.orgDefaults);
  const member = await ensureMember(db, org.id, { platformUserId: input.actor.platformUserId, roles: [] });
  return { org, admin: isAdmin(member, input.actor) };
}

/** The policy in force (admins only: it is the organisation's setting, not a secret, but its screen is theirs). */
export async function bookingPolicy(deps: BookingDeps, input: { org: OrgRef; actor: Person }): Promise<PolicyOutcome> {
  const { org, admin } = await asAdmin(deps, input);
  const m = bookingMessages(org.language);
  if (!admin) return { status: 'forbidden', message: m.notAdmin };
  const policy = policyOf(await settingsFor(deps.database.db, org, deps.config));
  return { status: 'ok', policy, changed: [], message: m.policyLines(policy).join('\n') };
}

/**
 * Changes the policy: `change` is either parsed text (the command's arguments) or values. Everything
 * is checked first; nothing is written unless all of it is valid. Bookings already made keep the
 * buffer they were made with; the new deadline and refund apply to every later cancellation.
 */
export async function setBookingPolicy(deps: BookingDeps, input: { org: OrgRef; actor: Person; change: string | PolicyChange }): Promise<PolicyOutcome> {
  const { org, admin } = await asAdmin(deps, input);
  const m = bookingMessages(org.language);
  if (!admin) return { status: 'forbidden', message: m.notAdmin };
  const parsed = typeof input.change === 'string' ? parsePolicyChange(input.change) : checkChange(input.change);
  if ('problems' in parsed) return { status: 'invalid', problems: parsed.problems, message: m.policyInvalid(parsed.problems) };
  const change = parsed.change;
  const changed = (Object.keys(change) as Array<keyof BookingPolicy>).filter((k) => change[k] !== undefined);
  if (changed.length === 0) return { status: 'invalid', problems: [], message: m.policyInvalid([]) };
  const policy = await deps.database.db.transaction(async (tx) => {
    await settingsFor(tx, org, deps.config);
    const [row] = await tx.update(bookingSettings).set({ ...change, updatedAt: sql`now()` }).where(eq(bookingSettings.orgId, org.id)).returning();
    return policyOf(row!);
  });
  deps.logger.info({ orgId: org.id, changed }, 'booking policy changed');
  return { status: 'ok', policy, changed, message: m.policyLines(policy).join('\n') };
}

/** Values given directly (not text): the same ranges. */
function checkChange(c: PolicyChange): { change: PolicyChange } | { problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const check = (key: Exclude<PolicyKey, 'late-move'>, v: number | undefined) => {
    if (v === undefined) return;
    const r = POLICY_RANGES[key];
    if (!Number.isInteger(v) || v < r.min || v > r.max) problems.push({ key, reason: 'out_of_range', value: String(v) });
  };
  check('deadline', c.cancelDeadlineHours);
  check('late-refund', c.lateCancelRefundPercent);
  check('notice', c.minNoticeMinutes);
  check('buffer', c.bufferMinutes);
  check('hold', c.holdMinutes);
  return problems.length > 0 ? { problems } : { change: c };
}
