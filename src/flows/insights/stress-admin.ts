/**
 * The admin command that tunes accumulated stress (stress.ts), the same words on both platforms
 * (Slack: `/mamori-admin stress …`, Teams: `stress …` to the bot; 負担 works as the verb too):
 *   stress                         the current thresholds and half-life, and how to change them
 *   stress threshold WARN [URGENT] the warning (and act-now) thresholds
 *   stress warn N | stress urgent N
 *   stress half-life DAYS          days after which a call's weight has halved (1–365)
 *   stress reset                   back to the defaults
 * Admins only (the platform's workspace admins or members with the admin role: asAdmin), reading
 * included, since the thresholds say how staff are watched; every change is audited. Bilingual.
 */
import { auditLog } from '../../db/schema/index.js';
import type { Actor, ActionDeps, OrgRef } from '../actions/deps.js';
import { asAdmin } from '../actions/settings.js';
import { DEFAULT_STRESS_SETTINGS, stressSettings, updateStressSettings, type StressSettings } from './stress.js';

type Lang = 'ja' | 'en';
type Deps = Pick<ActionDeps, 'database' | 'orgDefaults' | 'logger'>;

/** Largest threshold accepted: one call weighs at most 9, so this is already a hundred heavy calls. */
export const MAX_STRESS_THRESHOLD = 1000;

export type StressCommand =
  | { kind: 'show' }
  | { kind: 'help' }
  | { kind: 'reset' }
  | { kind: 'set'; warn?: number; urgent?: number; halfLife?: number }
  | { kind: 'bad_number'; text: string };

const VERBS = /^(stress|負担)$/i;
const SUB: Record<string, 'show' | 'help' | 'reset' | 'threshold' | 'warn' | 'urgent' | 'half-life'> = {
  show: 'show', '表示': 'show', help: 'help', 'ヘルプ': 'help', reset: 'reset', '初期値': 'reset', '初期化': 'reset',
  threshold: 'threshold', thresholds: 'threshold', 'しきい値': 'threshold', '閾値': 'threshold',
  warn: 'warn', warning: 'warn', '注意': 'warn', urgent: 'urgent', 'act-now': 'urgent', '要対応': 'urgent',
  'half-life': 'half-life', halflife: 'half-life', 'half_life': 'half-life', '半減期': 'half-life',
};

/** A positive number as typed (full-width digits too, "14日" and "14 days" for a half-life). */
function numberOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.normalize('NFKC').replace(/(日|days?)$/i, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** The command in `verb args`, or null when the verb is not `stress` / `負担`. */
export function parseStressCommand(verb: string, args: string): StressCommand | null {
  if (!VERBS.test(verb.normalize('NFKC'))) return null;
  const [word = '', ...rest] = args.trim().split(/\s+/).filter(Boolean);
  if (!word) return { kind: 'show' };
  const sub = SUB[word.normalize('NFKC').toLowerCase()];
  if (!sub) return { kind: 'help' };
  if (sub === 'show' || sub === 'help' || sub === 'reset') return rest.length ? { kind: 'help' } : { kind: sub };
  // "half-life 21 days" as well as "half-life 21days".
  const words = sub === 'half-life' && rest.length === 2 && /^(日|days?)$/i.test(rest[1]!.normalize('NFKC')) ? rest.slice(0, 1) : rest;
  const values = words.map(numberOf);
  const bad = words.find((r, k) => values[k] === null);
  if (bad !== undefined) return { kind: 'bad_number', text: bad };
  const n = values as number[];
  if (sub === 'threshold') return n.length === 1 ? { kind: 'set', warn: n[0]! } : n.length === 2 ? { kind: 'set', warn: n[0]!, urgent: n[1]! } : { kind: 'help' };
  if (n.length !== 1) return { kind: 'help' };
  if (sub === 'warn') return { kind: 'set', warn: n[0]! };
  if (sub === 'urgent') return { kind: 'set', urgent: n[0]! };
  return { kind: 'set', halfLife: n[0]! };
}

type Problem = 'warn_range' | 'urgent_not_above' | 'half_life_range';

/** The settings after the change, or why they cannot be. */
export function nextStressSettings(current: StressSettings, change: { warn?: number; urgent?: number; halfLife?: number }): StressSettings | { problem: Problem } {
  const next = {
    warnThreshold: change.warn ?? current.warnThreshold,
    urgentThreshold: change.urgent ?? current.urgentThreshold,
    halfLifeDays: change.halfLife ?? current.halfLifeDays,
  };
  if (!(next.warnThreshold > 0 && next.warnThreshold <= MAX_STRESS_THRESHOLD)) return { problem: 'warn_range' };
  if (!(next.urgentThreshold > next.warnThreshold && next.urgentThreshold <= MAX_STRESS_THRESHOLD)) return { problem: 'urgent_not_above' };
  if (!(next.halfLifeDays >= 1 && next.halfLifeDays <= 365)) return { problem: 'half_life_range' };
  return next;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

const TEXT = {
  ja: {
    notAdmin: '負担の指標の設定は mamori の管理者だけが確認・変更できます。',
    title: '*負担の指標（蓄積ストレス）の設定*',
    lines: (s: StressSettings, isDefault: boolean) => [
      `・注意のしきい値: ${num(s.warnThreshold)}（超えると上長に 1on1 とケアを提案します）`,
      `・要対応のしきい値: ${num(s.urgentThreshold)}`,
      `・半減期: ${num(s.halfLifeDays)}日（通話1件の重みが半分になるまでの日数）`,
      isDefault ? '（初期値のままです）' : `（初期値: 注意 ${DEFAULT_STRESS_SETTINGS.warnThreshold} / 要対応 ${DEFAULT_STRESS_SETTINGS.urgentThreshold} / 半減期 ${DEFAULT_STRESS_SETTINGS.halfLifeDays}日）`,
      'カスハラ1件の重みは 1〜9（深刻度 × 通話の長さ × その通話でのスタッフの負担）です。',
    ],
    usage: (p: string) => [
      '*使い方*',
      `\`${p}\` 現在の設定`,
      `\`${p} threshold 注意 [要対応]\` しきい値（例: \`${p} threshold 8 16\`）`,
      `\`${p} warn 数値\` / \`${p} urgent 数値\` どちらか一方`,
      `\`${p} half-life 日数\` 半減期（1〜365日）`,
      `\`${p} reset\` 初期値に戻す`,
    ],
    saved: '負担の指標の設定を保存しました。次に数える通話から新しい値で判定します。',
    reset: '負担の指標の設定を初期値に戻しました。',
    badNumber: (t: string) => `「${t}」は数値として読めません。`,
    problem: (p: Problem, s: StressSettings) => ({
      warn_range: `注意のしきい値は 0 より大きく ${MAX_STRESS_THRESHOLD} 以下にしてください。`,
      urgent_not_above: `要対応のしきい値は注意のしきい値より大きく、${MAX_STRESS_THRESHOLD} 以下にしてください（現在: 注意 ${num(s.warnThreshold)} / 要対応 ${num(s.urgentThreshold)}）。両方を変えるときは \`threshold 注意 要対応\` で一度に指定できます。`,
      half_life_range: '半減期は 1〜365 日で指定してください。',
    })[p],
    unchanged: '設定は変更していません。',
  },
  en: {
    notAdmin: 'Only mamori admins can view or change the stress settings.',
    title: '*Accumulated stress settings*',
    lines: (s: StressSettings, isDefault: boolean) => [
      `• Warning threshold: ${num(s.warnThreshold)} (above it, supervisors are asked to offer a one-to-one and aftercare)`,
      `• Act-now threshold: ${num(s.urgentThreshold)}`,
      `• Half-life: ${num(s.halfLifeDays)} days (after which a call's weight has halved)`,
      isDefault ? '(the defaults)' : `(defaults: warning ${DEFAULT_STRESS_SETTINGS.warnThreshold} / act now ${DEFAULT_STRESS_SETTINGS.urgentThreshold} / half-life ${DEFAULT_STRESS_SETTINGS.halfLifeDays} days)`,
      'One harassing call weighs 1–9 (severity × length of the call × the staff member\'s stress in it).',
    ],
    usage: (p: string) => [
      '*Usage*',
      `\`${p}\` current settings`,
      `\`${p} threshold WARN [URGENT]\` thresholds (e.g. \`${p} threshold 8 16\`)`,
      `\`${p} warn N\` / \`${p} urgent N\` one of them`,
      `\`${p} half-life DAYS\` half-life (1–365 days)`,
      `\`${p} reset\` back to the defaults`,
    ],
    saved: 'Stress settings saved. Calls counted from now on are judged with them.',
    reset: 'Stress settings are back to the defaults.',
    badNumber: (t: string) => `"${t}" is not a number.`,
    problem: (p: Problem, s: StressSettings) => ({
      warn_range: `The warning threshold must be above 0 and at most ${MAX_STRESS_THRESHOLD}.`,
      urgent_not_above: `The act-now threshold must be above the warning threshold and at most ${MAX_STRESS_THRESHOLD} (now: warning ${num(s.warnThreshold)} / act now ${num(s.urgentThreshold)}). To change both, give them at once: \`threshold WARN URGENT\`.`,
      half_life_range: 'The half-life must be 1–365 days.',
    })[p],
    unchanged: 'Nothing was changed.',
  },
} as const;

const sameAs = (a: StressSettings, b: StressSettings) =>
  a.warnThreshold === b.warnThreshold && a.urgentThreshold === b.urgentThreshold && a.halfLifeDays === b.halfLifeDays;

/**
 * Runs `stress …` for `by` and returns the answer's text, or null when the verb is not ours.
 * `prefix` is how the command is typed on the platform (`/mamori-admin stress` or `stress`).
 */
export async function runStressCommand(
  deps: Deps, input: { org: OrgRef; by: Actor; language: Lang; verb: string; args: string; prefix: string },
): Promise<string | null> {
  const cmd = parseStressCommand(input.verb, input.args);
  if (!cmd) return null;
  const t = TEXT[input.language];
  const show = (s: StressSettings) => [t.title, ...t.lines(s, sameAs(s, DEFAULT_STRESS_SETTINGS))].join('\n');
  const usage = t.usage(input.prefix).join('\n');
  // Audited here rather than by asAdmin, to keep the values before and after.
  const out = await asAdmin<{ text: string }>(deps, input.org, input.by, null, async (tx, o, admin) => {
    const current = await stressSettings(tx, o.id);
    if (cmd.kind === 'show') return { status: 'ok', text: `${show(current)}\n\n${usage}` };
    if (cmd.kind === 'help') return { status: 'invalid', reason: usage };
    if (cmd.kind === 'bad_number') return { status: 'invalid', reason: `${t.badNumber(cmd.text)} ${t.unchanged}\n\n${usage}` };
    const next = cmd.kind === 'reset' ? DEFAULT_STRESS_SETTINGS : nextStressSettings(current, cmd);
    if ('problem' in next) return { status: 'invalid', reason: `${t.problem(next.problem, current)} ${t.unchanged}` };
    await updateStressSettings(tx, o.id, next);
    await tx.insert(auditLog).values({ orgId: o.id, actor: admin.id, action: 'settings_change', subject: 'stress_settings', detail: { before: current, after: next } });
    deps.logger.info({ orgId: o.id, setting: 'stress_settings' }, 'settings changed');
    return { status: 'ok', text: `${cmd.kind === 'reset' ? t.reset : t.saved}\n${show(next)}` };
  });
  if (out.status === 'not_admin') return t.notAdmin;
  if (out.status === 'invalid') return out.reason;
  return out.text;
}
