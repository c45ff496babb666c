/**
 * Sharing admin settings between an organisation's Slack workspace and its Teams tenant (issue 5).
 *
 * An admin on one platform issues a one-time code (`/mamori-admin link` in Slack, `link` in Teams):
 * eight characters, valid 15 minutes, only its SHA-256 stored, usable once. An admin on the other
 * platform redeems it (`link CODE`): their organisation becomes linked to the one that issued the
 * code, which owns the shared settings from then on. `unlink` (from either side) ends it, and each
 * side goes back to its own stored values.
 *
 * Shared (read through effectiveSettings, src/db/repo/org-links.ts; written on the owner): the
 * answer language, the alert level, the monthly quota (one pool of minutes) and retention. Not
 * shared: the department channel and supervisor links, because channels and member ids differ
 * between platforms — each platform's admin keeps setting those on their side.
 *
 * Linking and unlinking are admin-only and audited on both organisations. There are no chains: an
 * organisation that already shares settings (as owner or linked) cannot take part in another link.
 */
import { createHash, randomInt } from 'node:crypto';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { effectiveSettings, type EffectiveOrganisation } from '../../db/repo/org-links.js';
import type { Member, Organisation } from '../../db/repo/organisations.js';
import { auditLog, organisationLinkCodes, organisationLinks, organisations, type Platform } from '../../db/schema/index.js';
import type { ActionDeps, Actor, OrgRef } from './deps.js';
import { asAdmin, type SettingsOutcome } from './settings.js';

export { effectiveSettings, type EffectiveOrganisation };

export const LINK_CODE_TTL_MS = 15 * 60_000;
/** No 0/O, 1/I/L: the code is read on one screen and typed on another. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

type LinkDeps = Pick<ActionDeps, 'database' | 'orgDefaults' | 'logger' | 'now'>;

export type LinkRefusal = 'already_linked' | 'owns_others' | 'same_platform' | 'same_org' | 'bad_code' | 'not_linked' | 'owner_linked';

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');
/** Upper case, without spaces or dashes (`abcd-efgh` as shown is accepted). */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

function newCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

async function linkRows(tx: Tx, orgId: string) {
  return tx.select().from(organisationLinks).where(or(eq(organisationLinks.linkedOrgId, orgId), eq(organisationLinks.ownerOrgId, orgId)));
}

/** The flows refuse with an `invalid` outcome inside asAdmin (nothing written); callers see `refused`. */
function refused<T>(out: SettingsOutcome<T>): SettingsOutcome<T> | { status: 'refused'; reason: LinkRefusal } {
  return out.status === 'invalid' ? { status: 'refused', reason: out.reason as LinkRefusal } : out;
}

async function audit(tx: Tx, orgId: string, admin: Member, subject: string, detail: Record<string, unknown>) {
  await tx.insert(auditLog).values({ orgId, actor: admin.id, action: 'settings_change', subject, detail });
}

/** Issues a one-time code that links another platform's organisation to this one (this one owns the settings). */
export async function issueLinkCode(
  deps: LinkDeps, input: { org: OrgRef; by: Actor },
): Promise<SettingsOutcome<{ code: string; expiresAt: Date }> | { status: 'refused'; reason: LinkRefusal }> {
  const now = deps.now?.() ?? new Date();
  const out = await asAdmin<{ code: string; expiresAt: Date }>(deps, input.org, input.by, 'org_link_code', async (tx, o, admin) => {
    const existing = await linkRows(tx, o.id);
    // A linked organisation cannot own (no chains). An owner may link more (one per platform in practice).
    if (existing.some((l) => l.linkedOrgId === o.id)) {
      return { status: 'invalid', reason: 'already_linked' satisfies LinkRefusal };
    }
    const code = newCode();
    const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
    await tx.insert(organisationLinkCodes).values({ codeHash: hashCode(code), ownerOrgId: o.id, issuedBy: admin.id, expiresAt });
    return { status: 'ok', code, expiresAt };
  });
  return refused(out);
}

/** Redeems a code: this organisation becomes linked to (uses the settings of) the one that issued it. */
export async function redeemLinkCode(
  deps: LinkDeps, input: { org: OrgRef; by: Actor; code: string },
): Promise<SettingsOutcome<{ owner: Pick<Organisation, 'id' | 'platform' | 'name'> }> | { status: 'refused'; reason: LinkRefusal }> {
  const now = deps.now?.() ?? new Date();
  const refuse = (r: LinkRefusal) => ({ status: 'invalid', reason: r }) as const;
  const out = await asAdmin<{ owner: Pick<Organisation, 'id' | 'platform' | 'name'> }>(deps, input.org, input.by, 'org_link', async (tx, o, admin) => {
    const [code] = await tx.select().from(organisationLinkCodes)
      .where(and(eq(organisationLinkCodes.codeHash, hashCode(normaliseCode(input.code))), isNull(organisationLinkCodes.usedAt)))
      .for('update');
    if (!code || code.expiresAt.getTime() <= now.getTime()) return refuse('bad_code');
    if (code.ownerOrgId === o.id) return refuse('same_org');
    // Both organisations locked in a fixed order, so two links made at once cannot form a chain.
    const locked = await tx.select().from(organisations).where(inArray(organisations.id, [o.id, code.ownerOrgId]))
      .orderBy(asc(organisations.id)).for('update');
    const owner = locked.find((r) => r.id === code.ownerOrgId);
    if (!owner) return refuse('bad_code');
    if (owner.platform === o.platform) return refuse('same_platform');
    const mine = await linkRows(tx, o.id);
    if (mine.some((l) => l.ownerOrgId === o.id)) return refuse('owns_others');
    if (mine.length) return refuse('already_linked');
    if ((await linkRows(tx, owner.id)).some((l) => l.linkedOrgId === owner.id)) return refuse('owner_linked');
    await tx.update(organisationLinkCodes).set({ usedAt: now }).where(eq(organisationLinkCodes.codeHash, code.codeHash));
    await tx.insert(organisationLinks).values({ linkedOrgId: o.id, ownerOrgId: owner.id });
    await audit(tx, owner.id, admin, 'org_linked', { linkedOrgId: o.id, linkedPlatform: o.platform, issuedBy: code.issuedBy });
    deps.logger.info({ orgId: o.id, ownerOrgId: owner.id }, 'organisations linked');
    return { status: 'ok', owner: { id: owner.id, platform: owner.platform, name: owner.name } };
  });
  return refused(out);
}

/** Ends this organisation's link (as owner or linked): each side uses its own settings again. */
export async function unlinkOrganisation(
  deps: LinkDeps, input: { org: OrgRef; by: Actor },
): Promise<SettingsOutcome<{ platforms: Platform[] }> | { status: 'refused'; reason: LinkRefusal }> {
  const out = await asAdmin<{ platforms: Platform[] }>(deps, input.org, input.by, 'org_unlink', async (tx, o, admin) => {
    const removed = await tx.delete(organisationLinks)
      .where(or(eq(organisationLinks.linkedOrgId, o.id), eq(organisationLinks.ownerOrgId, o.id))).returning();
    if (removed.length === 0) {
      return { status: 'invalid', reason: 'not_linked' satisfies LinkRefusal };
    }
    const others = removed.map((l) => (l.linkedOrgId === o.id ? l.ownerOrgId : l.linkedOrgId));
    for (const other of others) await audit(tx, other, admin, 'org_unlinked', { by: o.id });
    const platforms = await tx.select({ platform: organisations.platform }).from(organisations).where(inArray(organisations.id, others));
    return { status: 'ok', platforms: platforms.map((p) => p.platform) };
  });
  return refused(out);
}

// ---------------------------------------------------------------------------------------------
// The command, as both platforms offer it: `link` (issue a code), `link CODE` (redeem), `unlink`.

const PLATFORM_NAME: Record<Platform, string> = { slack: 'Slack', teams: 'Teams' };

export function linkMessages(lang: 'ja' | 'en') {
  const ja = lang === 'ja';
  const notShared = ja
    ? '部署チャンネルと上長の割り当ては共有されません（チャンネルとメンバーが Slack と Teams で別のため）。それぞれで設定してください。'
    : 'The department channel and supervisor assignments are not shared (channels and members differ between Slack and Teams): set them on each platform.';
  return {
    notAdmin: ja ? 'この操作は管理者だけが行えます。' : 'Only an admin can do this.',
    code: (code: string, other: string) => ja
      ? `連携コード: *${code}*（15 分間有効・1 回限り）。${other} の管理者が \`link ${code}\` を実行すると、こちらの設定（言語・通知レベル・月間上限・保存期間）が共有されます。`
      : `Link code: *${code}* (valid 15 minutes, once). When an admin in ${other} runs \`link ${code}\`, this side's settings (language, alert level, monthly quota, retention) are shared with it.`,
    linked: (owner: Platform) => ja
      ? `${PLATFORM_NAME[owner]} の組織と連携しました。言語・通知レベル・月間上限・保存期間は ${PLATFORM_NAME[owner]} 側の設定を使い、どちらで変更しても共有されます。${notShared}`
      : `Linked to the ${PLATFORM_NAME[owner]} organisation. Language, alert level, monthly quota and retention now come from ${PLATFORM_NAME[owner]}; a change on either side applies to both. ${notShared}`,
    unlinked: ja ? '連携を解除しました。それぞれの組織が自分の設定を使います。' : 'Unlinked. Each organisation uses its own settings again.',
    refused: (r: LinkRefusal) => ({
      bad_code: ja ? 'コードが正しくないか、期限切れか、使用済みです。新しいコードを発行してください。' : 'That code is wrong, expired or already used. Issue a new one.',
      same_org: ja ? 'このコードは同じ組織で発行されたものです。もう一方のプラットフォームで入力してください。' : 'This code was issued here: enter it on the other platform.',
      same_platform: ja ? '連携できるのは Slack と Teams の組織どうしだけです。' : 'Only a Slack and a Teams organisation can be linked.',
      already_linked: ja ? 'この組織はすでに連携しています。先に `unlink` してください。' : 'This organisation is already linked. Run `unlink` first.',
      owns_others: ja ? 'この組織は他の組織と設定を共有しています（連携の連鎖はできません）。先に `unlink` してください。' : 'This organisation already shares its settings with another (links cannot be chained). Run `unlink` first.',
      owner_linked: ja ? 'コードを発行した組織は別の組織と連携済みです（連携の連鎖はできません）。' : 'The organisation that issued the code is itself linked (links cannot be chained).',
      not_linked: ja ? 'この組織は連携していません。' : 'This organisation is not linked.',
    })[r],
    invalid: ja ? '`link`（コード発行）、`link コード`（連携）、`unlink`（解除）のいずれかを入力してください。' : 'Use `link` (issue a code), `link CODE` (link) or `unlink`.',
  };
}

/** Runs `link`, `link CODE` or `unlink`; null when the verb is none of them (the caller carries on). */
export async function runLinkCommand(
  deps: LinkDeps, input: { org: OrgRef; by: Actor; language: 'ja' | 'en'; verb: string; args: string },
): Promise<string | null> {
  const verb = input.verb.toLowerCase();
  if (verb !== 'link' && verb !== 'unlink' && verb !== '連携' && verb !== '連携解除') return null;
  const m = linkMessages(input.language);
  const code = input.args.trim();
  const other = PLATFORM_NAME[input.org.platform === 'slack' ? 'teams' : 'slack'];
  const out = verb === 'unlink' || verb === '連携解除'
    ? await unlinkOrganisation(deps, input)
    : code ? await redeemLinkCode(deps, { ...input, code }) : await issueLinkCode(deps, input);
  if (out.status === 'not_admin') return m.notAdmin;
  if (out.status === 'refused') return m.refused(out.reason);
  if (out.status === 'invalid') return m.invalid;
  if ('code' in out) return m.code(out.code, other);
  if ('owner' in out) return m.linked(out.owner.platform);
  return m.unlinked;
}
