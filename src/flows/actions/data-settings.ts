/**
 * How long an organisation's data is kept and how many minutes it may analyse a month: the admin
 * command, the same words on both platforms (Slack: `/mamori-admin retention …`, Teams: `retention …`
 * to the bot; 保存期間 and 上限 work as the verbs too):
 *   retention                   the retention period and this month's quota use
 *   retention DAYS              keep transcripts and results DAYS days (30–3650); shortening it deletes
 *                               older records at the next sweep, so it must be confirmed: `retention 30 confirm`
 *   quota MINUTES               minutes analysed per month (0 or `unlimited`: no limit)
 * Admins only, reading included (asAdmin); every change is audited with the values before and after.
 * Both are shared settings: a linked organisation's change is written on its settings owner (org-links).
 * An organisation keeps what it has until an admin changes it here; MAMORI_RETENTION_DAYS and
 * MAMORI_MONTHLY_MINUTE_QUOTA only seed organisations seen for the first time.
 */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { effectiveSettings } from '../../db/repo/org-links.js';
import { currentUsage, quotaCheck } from '../../db/repo/usage.js';
import { auditLog, organisations } from '../../db/schema/index.js';
import type { ActionDeps, Actor, OrgRef } from './deps.js';
import { asAdmin } from './settings.js';

type Lang = 'ja' | 'en';
type Deps = Pick<ActionDeps, 'database' | 'orgDefaults' | 'logger' | 'now'>;

/** The shortest retention accepted: what the product promises customers (issue 14). */
export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;
export const MAX_MONTHLY_MINUTES = 10_000_000;

export type DataCommand =
  | { kind: 'show' }
  | { kind: 'help' }
  | { kind: 'retention'; days: number; confirmed: boolean }
  | { kind: 'quota'; minutes: number }
  | { kind: 'bad_number'; text: string };

const RETENTION = /^(retention|保存期間)$/i;
const QUOTA = /^(quota|上限|解析上限)$/i;
const CONFIRM = /^(confirm|確認|はい|yes)$/i;
const UNLIMITED = /^(unlimited|none|off|無制限|なし)$/i;

/** A whole number as typed: full-width digits, thousands separators and a unit (日 / days, 分 / minutes) allowed. */
function wholeNumber(text: string, unit: RegExp): number | null {
  const t = text.normalize('NFKC').replace(/,/g, '').replace(unit, '');
  return /^\d{1,9}$/.test(t) ? Number(t) : null;
}

/** The command in `verb args`, or null when the verb is not `retention` / `quota` (or their Japanese words). */
export function parseDataCommand(verb: string, args: string): DataCommand | null {
  const v = verb.normalize('NFKC');
  const words = args.trim().split(/\s+/).filter(Boolean).map((w) => w.normalize('NFKC'));
  if (RETENTION.test(v)) {
    // "365 days" as well as "365days" / "365日".
    const rest = words.length >= 2 && /^(日|days?)$/i.test(words[1]!) ? [words[0]!, ...words.slice(2)] : words;
    if (rest.length === 0) return { kind: 'show' };
    if (rest.length > 2 || (rest.length === 2 && !CONFIRM.test(rest[1]!))) return { kind: 'help' };
    const days = wholeNumber(rest[0]!, /(日|days?)$/i);
    if (days === null) return /^(show|表示)$/i.test(rest[0]!) && rest.length === 1 ? { kind: 'show' } : { kind: 'bad_number', text: rest[0]! };
    return { kind: 'retention', days, confirmed: rest.length === 2 };
  }
  if (QUOTA.test(v)) {
    const rest = words.length >= 2 && /^(分|minutes?|min)$/i.test(words[1]!) ? [words[0]!, ...words.slice(2)] : words;
    if (rest.length === 0) return { kind: 'show' };
    if (rest.length > 1) return { kind: 'help' };
    if (UNLIMITED.test(rest[0]!)) return { kind: 'quota', minutes: 0 };
    if (/^(show|表示)$/i.test(rest[0]!)) return { kind: 'show' };
    const minutes = wholeNumber(rest[0]!, /(分|minutes?|min)$/i);
    return minutes === null ? { kind: 'bad_number', text: rest[0]! } : { kind: 'quota', minutes };
  }
  return null;
}

interface Shown {
  retentionDays: number;
  usedMinutes: number;
  limitMinutes: number;
  remainingMinutes: number | null;
}

const fmt = (n: number) => n.toLocaleString('en-US');

const TEXT = {
  ja: {
    notAdmin: 'データの保存期間と解析時間の上限は mamori の管理者だけが確認・変更できます。',
    title: '*データの保存期間と解析時間の上限*',
    lines: (s: Shown) => [
      `・保存期間: ${fmt(s.retentionDays)}日（文字起こし・解析結果・抜粋・送信済みメッセージは、これより古くなると毎日の削除で消えます。録音そのものは解析が終わるとすぐに削除します）`,
      s.limitMinutes === 0
        ? `・解析時間の上限: なし（今月 ${fmt(s.usedMinutes)}分 使用）`
        : `・解析時間の上限: 月 ${fmt(s.limitMinutes)}分（今月 ${fmt(s.usedMinutes)}分 使用、残り ${fmt(s.remainingMinutes ?? 0)}分）`,
    ],
    usage: (p: { retention: string; quota: string }) => [
      '*使い方*',
      `\`${p.retention}\` 現在の設定`,
      `\`${p.retention} 日数\` 保存期間（${MIN_RETENTION_DAYS}〜${fmt(MAX_RETENTION_DAYS)}日、例: \`${p.retention} 365\`）`,
      `\`${p.quota} 分数\` 月あたりの解析時間の上限（\`${p.quota} 0\` または \`${p.quota} 無制限\` で上限なし）`,
    ],
    badNumber: (t: string) => `「${t}」は日数・分数として読めません。`,
    tooShort: (d: number) => `保存期間は${MIN_RETENTION_DAYS}日以上にしてください（指定: ${fmt(d)}日）。お客様へのお約束として、記録は少なくとも${MIN_RETENTION_DAYS}日保存します。`,
    tooLong: () => `保存期間は${fmt(MAX_RETENTION_DAYS)}日（約10年）までです。`,
    quotaTooLarge: () => `上限は${fmt(MAX_MONTHLY_MINUTES)}分までです。上限をなくすには 0 を指定してください。`,
    confirmShorter: (from: number, to: number, cmd: string) =>
      `保存期間を${fmt(from)}日から${fmt(to)}日に短くすると、次回の削除（毎日）で${fmt(to)}日より古い文字起こし・解析結果が削除され、元に戻せません。よろしければ \`${cmd} ${to} 確認\` と送ってください。`,
    savedRetention: (from: number, to: number) => `保存期間を${fmt(from)}日から${fmt(to)}日に変更しました。`,
    savedQuota: (from: number, to: number) =>
      `解析時間の上限を${from === 0 ? 'なし' : `月 ${fmt(from)}分`}から${to === 0 ? 'なし' : `月 ${fmt(to)}分`}に変更しました。`,
    same: '現在と同じ値のため、変更はありません。',
    unchanged: '設定は変更していません。',
  },
  en: {
    notAdmin: 'Only mamori admins can view or change how long data is kept and the monthly minutes.',
    title: '*Data retention and monthly minutes*',
    lines: (s: Shown) => [
      `• Retention: ${fmt(s.retentionDays)} days (transcripts, results, excerpts and sent messages older than this are deleted by the daily sweep; recordings themselves are deleted as soon as their analysis ends)`,
      s.limitMinutes === 0
        ? `• Monthly minutes: no limit (${fmt(s.usedMinutes)} min used this month)`
        : `• Monthly minutes: ${fmt(s.limitMinutes)} (${fmt(s.usedMinutes)} used this month, ${fmt(s.remainingMinutes ?? 0)} left)`,
    ],
    usage: (p: { retention: string; quota: string }) => [
      '*Usage*',
      `\`${p.retention}\` current settings`,
      `\`${p.retention} DAYS\` retention (${MIN_RETENTION_DAYS}–${fmt(MAX_RETENTION_DAYS)} days, e.g. \`${p.retention} 365\`)`,
      `\`${p.quota} MINUTES\` minutes analysed per month (\`${p.quota} 0\` or \`${p.quota} unlimited\`: no limit)`,
    ],
    badNumber: (t: string) => `"${t}" is not a number of days or minutes.`,
    tooShort: (d: number) => `Retention must be at least ${MIN_RETENTION_DAYS} days (you gave ${fmt(d)}). Records are kept at least ${MIN_RETENTION_DAYS} days, as promised to customers.`,
    tooLong: () => `Retention can be at most ${fmt(MAX_RETENTION_DAYS)} days (about ten years).`,
    quotaTooLarge: () => `The limit can be at most ${fmt(MAX_MONTHLY_MINUTES)} minutes. Use 0 for no limit.`,
    confirmShorter: (from: number, to: number, cmd: string) =>
      `Shortening retention from ${fmt(from)} to ${fmt(to)} days deletes transcripts and results older than ${fmt(to)} days at the next (daily) sweep, for good. To go ahead, send \`${cmd} ${to} confirm\`.`,
    savedRetention: (from: number, to: number) => `Retention changed from ${fmt(from)} to ${fmt(to)} days.`,
    savedQuota: (from: number, to: number) =>
      `Monthly minutes changed from ${from === 0 ? 'no limit' : fmt(from)} to ${to === 0 ? 'no limit' : fmt(to)}.`,
    same: 'That is the current value: nothing changed.',
    unchanged: 'Nothing was changed.',
  },
} as const;

/**
 * Runs `retention …` / `quota …` for `by` and returns the answer's text, or null when the verb is not
 * ours. `prefix` is how the command is typed on the platform (`/mamori-admin` in Slack, '' in Teams).
 */
export async function runDataCommand(
  deps: Deps, input: { org: OrgRef; by: Actor; language: Lang; verb: string; args: string; prefix: string },
): Promise<string | null> {
  const cmd = parseDataCommand(input.verb, input.args);
  if (!cmd) return null;
  const t = TEXT[input.language];
  const p = (word: string) => (input.prefix ? `${input.prefix} ${word}` : word);
  const names = { retention: p('retention'), quota: p('quota') };
  const usage = t.usage(names).join('\n');
  const now = deps.now?.() ?? new Date();

  // Audited here rather than by asAdmin, to keep the values before and after.
  const out = await asAdmin<{ text: string }>(deps, input.org, input.by, null, async (tx, o, admin) => {
    const current = await effectiveSettings(tx, o);
    const show = async (retentionDays: number, limitMinutes: number) => {
      const q = quotaCheck({ monthlyMinuteQuota: limitMinutes }, await currentUsage(tx, current, now), 0);
      return [t.title, ...t.lines({ retentionDays, usedMinutes: q.usedMinutes, limitMinutes, remainingMinutes: q.remainingMinutes })].join('\n');
    };
    if (cmd.kind === 'show') return { status: 'ok', text: `${await show(current.retentionDays, current.monthlyMinuteQuota)}\n\n${usage}` };
    if (cmd.kind === 'help') return { status: 'invalid', reason: usage };
    if (cmd.kind === 'bad_number') return { status: 'invalid', reason: `${t.badNumber(cmd.text)} ${t.unchanged}\n\n${usage}` };

    // The row that holds these settings: the owner's when linked (effectiveSettings already read it).
    const owner = current.settingsOwner?.id ?? o.id;
    if (cmd.kind === 'retention') {
      if (cmd.days < MIN_RETENTION_DAYS) return { status: 'invalid', reason: `${t.tooShort(cmd.days)} ${t.unchanged}` };
      if (cmd.days > MAX_RETENTION_DAYS) return { status: 'invalid', reason: `${t.tooLong()} ${t.unchanged}` };
      const before = current.retentionDays;
      if (cmd.days === before) return { status: 'ok', text: `${t.same}\n${await show(before, current.monthlyMinuteQuota)}` };
      if (cmd.days < before && !cmd.confirmed) return { status: 'invalid', reason: `${t.confirmShorter(before, cmd.days, names.retention)} ${t.unchanged}` };
      await tx.update(organisations).set({ retentionDays: cmd.days, updatedAt: sql`now()` }).where(eq(organisations.id, owner));
      await audit(tx, { orgId: o.id, actor: admin.id, subject: 'retention_days', before, after: cmd.days, owner });
      deps.logger.info({ orgId: o.id, setting: 'retention_days' }, 'settings changed');
      return { status: 'ok', text: `${t.savedRetention(before, cmd.days)}\n${await show(cmd.days, current.monthlyMinuteQuota)}` };
    }
    if (cmd.minutes > MAX_MONTHLY_MINUTES) return { status: 'invalid', reason: `${t.quotaTooLarge()} ${t.unchanged}` };
    const before = current.monthlyMinuteQuota;
    if (cmd.minutes === before) return { status: 'ok', text: `${t.same}\n${await show(current.retentionDays, before)}` };
    await tx.update(organisations).set({ monthlyMinuteQuota: cmd.minutes, updatedAt: sql`now()` }).where(eq(organisations.id, owner));
    await audit(tx, { orgId: o.id, actor: admin.id, subject: 'monthly_minute_quota', before, after: cmd.minutes, owner });
    deps.logger.info({ orgId: o.id, setting: 'monthly_minute_quota' }, 'settings changed');
    return { status: 'ok', text: `${t.savedQuota(before, cmd.minutes)}\n${await show(current.retentionDays, cmd.minutes)}` };
  });
  if (out.status === 'not_admin') return t.notAdmin;
  if (out.status === 'invalid') return out.reason;
  return out.text;
}

async function audit(
  tx: Tx,
  row: { orgId: string; actor: string; subject: string; before: number; after: number; owner: string },
): Promise<void> {
  await tx.insert(auditLog).values({
    orgId: row.orgId, actor: row.actor, action: 'settings_change', subject: row.subject,
    // Where it was written, when that is the settings owner on the other platform.
    detail: { before: row.before, after: row.after, ...(row.owner !== row.orgId ? { settingsOwner: row.owner } : {}) },
  });
}
