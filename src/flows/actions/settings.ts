/**
 * The organisation's settings an admin changes from chat (slash command, App Home): who supervises
 * whom, the department channel, the alert level, the answer language and intake channels. Every
 * change needs an admin (the platform's workspace admins, or members given the admin role) and is
 * written to the audit log.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { ensureMember, ensureOrganisation, type Member, type Organisation } from '../../db/repo/organisations.js';
import { effectiveSettings, settingsOwnerId } from '../../db/repo/org-links.js';
import { lockUsage, quotaCheck } from '../../db/repo/usage.js';
import { auditLog, intakeChannels, members, organisationLinks, organisations, supervisorLinks, type MemberRole, type Platform } from '../../db/schema/index.js';
import { resolveUnroutedAlerts } from '../unrouted-alerts.js';
import type { ActionDeps, Actor, OrgRef } from './deps.js';

export type AlertLevel = 'all' | 'high' | 'medium' | 'low';
/**
 * The risk at which each level starts (as the analysis scores it: src/analysis/verdict.ts levelOf).
 * Only calls judged harassment alert at all, so `all` (0) alerts on every one of them: the default,
 * because a call with 土下座しろ and a threat to post the staff member online can score 65.
 */
export const ALERT_THRESHOLDS: Record<AlertLevel, number> = { all: 0, high: 70, medium: 45, low: 20 };
export const DEFAULT_ALERT_LEVEL: AlertLevel = 'all';

export function alertLevelOf(threshold: number): AlertLevel | 'custom' {
  const found = (Object.keys(ALERT_THRESHOLDS) as AlertLevel[]).find((l) => ALERT_THRESHOLDS[l] === threshold);
  return found ?? 'custom';
}

export type SettingsOutcome<T = object> = ({ status: 'ok' } & T) | { status: 'not_admin' } | { status: 'invalid'; reason: string };

type OrgDeps = Pick<ActionDeps, 'database' | 'orgDefaults' | 'logger'>;

/**
 * Runs `change` in one transaction when `by` is an admin (a workspace admin is given the role on first
 * use); an ok outcome is audited under `action` (null: a read, not audited).
 */
export async function asAdmin<T>(
  deps: OrgDeps, org: OrgRef, by: Actor, action: string | null,
  change: (tx: Tx, o: Organisation, admin: Member) => Promise<SettingsOutcome<T>>,
): Promise<SettingsOutcome<T>> {
  return deps.database.db.transaction(async (tx) => {
    const o = await ensureOrganisation(tx, org, deps.orgDefaults);
    const admin = await ensureMember(tx, o.id, { platformUserId: by.platformUserId });
    if (!admin.roles.includes('admin')) {
      if (!by.isWorkspaceAdmin) return { status: 'not_admin' } as const;
      await addRole(tx, admin, 'admin');
    }
    const out = await change(tx, o, admin);
    if (out.status === 'ok' && action) {
      await tx.insert(auditLog).values({ orgId: o.id, actor: admin.id, action: 'settings_change', subject: action, detail: {} });
      deps.logger.info({ orgId: o.id, setting: action }, 'settings changed');
    }
    return out;
  });
}

/** Whether `by` may change the settings (the same check every change makes; nothing is written but a workspace admin's role). */
export async function checkAdmin(deps: OrgDeps, org: OrgRef, by: Actor): Promise<SettingsOutcome> {
  return asAdmin(deps, org, by, null, async () => ({ status: 'ok' }));
}

async function addRole(tx: Tx, m: Member, role: MemberRole): Promise<void> {
  if (m.roles.includes(role)) return;
  await tx.update(members).set({ roles: sql`array_append(${members.roles}, ${role})` }).where(eq(members.id, m.id));
}

/** Makes `supervisor` a supervisor of every one of `staff` (adds to existing links). */
export async function setSupervisor(
  deps: OrgDeps, input: { org: OrgRef; by: Actor; staff: string[]; supervisor: string },
): Promise<SettingsOutcome> {
  return setSupervisors(deps, { org: input.org, by: input.by, staff: input.staff, supervisors: [input.supervisor] });
}

/**
 * Makes each of `supervisors` a supervisor of every one of `staff` (adds to existing links), in one
 * transaction: a reader (an alert being routed, App Home) sees all of the new links or none.
 */
export async function setSupervisors(
  deps: OrgDeps, input: { org: OrgRef; by: Actor; staff: string[]; supervisors: string[] },
): Promise<SettingsOutcome> {
  if (input.staff.length === 0) return { status: 'invalid', reason: 'no_staff' };
  if (input.supervisors.length === 0) return { status: 'invalid', reason: 'no_supervisor' };
  if (input.supervisors.some((b) => input.staff.includes(b))) return { status: 'invalid', reason: 'self' };
  return asAdmin(deps, input.org, input.by, 'supervisor', async (tx, o) => {
    const staff: Member[] = [];
    for (const s of input.staff) staff.push(await ensureMember(tx, o.id, { platformUserId: s }));
    for (const supervisor of input.supervisors) {
      const boss = await ensureMember(tx, o.id, { platformUserId: supervisor, roles: ['supervisor'] });
      await addRole(tx, boss, 'supervisor');
      await tx.insert(supervisorLinks).values(staff.map((m) => ({ memberId: m.id, supervisorId: boss.id }))).onConflictDoNothing();
    }
    // Alerts have somebody to go to again (the dashboard stops listing those that had nobody).
    await resolveUnroutedAlerts(tx, o.id);
    return { status: 'ok' };
  });
}

/** Removes the links between `staff` and `supervisor` (or all of the staff's links when no supervisor is named). */
export async function removeSupervisor(
  deps: OrgDeps, input: { org: OrgRef; by: Actor; staff: string[]; supervisor?: string | undefined },
): Promise<SettingsOutcome> {
  return removeSupervisors(deps, { org: input.org, by: input.by, staff: input.staff, supervisors: input.supervisor ? [input.supervisor] : [] });
}

/** Removes the links between `staff` and each of `supervisors` (all of the staff's links when none is named), in one transaction. */
export async function removeSupervisors(
  deps: OrgDeps, input: { org: OrgRef; by: Actor; staff: string[]; supervisors: string[] },
): Promise<SettingsOutcome> {
  return asAdmin(deps, input.org, input.by, 'supervisor_remove', async (tx, o) => {
    const staff = await tx.select({ id: members.id }).from(members).where(and(eq(members.orgId, o.id), inArray(members.platformUserId, input.staff)));
    if (staff.length === 0) return { status: 'ok' };
    const bosses = input.supervisors.length > 0
      ? await tx.select({ id: members.id }).from(members).where(and(eq(members.orgId, o.id), inArray(members.platformUserId, input.supervisors)))
      : null;
    if (bosses && bosses.length === 0) return { status: 'ok' };
    await tx.delete(supervisorLinks).where(and(
      inArray(supervisorLinks.memberId, staff.map((s) => s.id)), bosses ? inArray(supervisorLinks.supervisorId, bosses.map((b) => b.id)) : undefined));
    return { status: 'ok' };
  });
}

export async function setDepartmentChannel(deps: OrgDeps, input: { org: OrgRef; by: Actor; channel: string | null }): Promise<SettingsOutcome> {
  return asAdmin(deps, input.org, input.by, 'department_channel', async (tx, o) => {
    await tx.update(organisations).set({ departmentChannel: input.channel, updatedAt: sql`now()` }).where(eq(organisations.id, o.id));
    if (input.channel) await resolveUnroutedAlerts(tx, o.id);
    return { status: 'ok' };
  });
}

export async function setAlertLevel(deps: OrgDeps, input: { org: OrgRef; by: Actor; level: AlertLevel }): Promise<SettingsOutcome> {
  return asAdmin(deps, input.org, input.by, 'alert_level', async (tx, o) => {
    // Shared with a linked organisation: written on the settings owner (src/db/repo/org-links.ts).
    const owner = await settingsOwnerId(tx, o.id);
    await tx.update(organisations).set({ alertThreshold: ALERT_THRESHOLDS[input.level], updatedAt: sql`now()` }).where(eq(organisations.id, owner));
    return { status: 'ok' };
  });
}

export async function setLanguage(deps: OrgDeps, input: { org: OrgRef; by: Actor; language: 'ja' | 'en' }): Promise<SettingsOutcome> {
  return asAdmin(deps, input.org, input.by, 'language', async (tx, o) => {
    const owner = await settingsOwnerId(tx, o.id); // shared, as the alert level
    await tx.update(organisations).set({ language: input.language, updatedAt: sql`now()` }).where(eq(organisations.id, owner));
    return { status: 'ok' };
  });
}

export async function setIntakeChannel(deps: OrgDeps, input: { org: OrgRef; by: Actor; channel: string; enabled: boolean }): Promise<SettingsOutcome> {
  return asAdmin(deps, input.org, input.by, 'intake_channel', async (tx, o) => {
    if (input.enabled) await tx.insert(intakeChannels).values({ orgId: o.id, channel: input.channel }).onConflictDoNothing();
    else await tx.delete(intakeChannels).where(and(eq(intakeChannels.orgId, o.id), eq(intakeChannels.channel, input.channel)));
    return { status: 'ok' };
  });
}

export interface OrganisationSettings {
  language: 'ja' | 'en';
  alertLevel: AlertLevel | 'custom';
  alertThreshold: number;
  departmentChannel: string | null;
  /** Staff (platform user id) → their supervisors (platform user ids). */
  supervisors: Array<{ staff: string; supervisors: string[] }>;
  intakeChannels: string[];
  quota: { usedMinutes: number; limitMinutes: number; remainingMinutes: number | null };
  retentionDays: number;
  /**
   * Set when the organisation shares its settings with one on the other platform: 'owner' (its
   * settings are used there too) or 'linked' (it uses the owner's). Language, alert level, quota and
   * retention are shared; the department channel and supervisors stay per platform.
   */
  link: { role: 'owner' | 'linked'; platforms: Platform[] } | null;
}

/** Everything the App Home shows. Anyone in the organisation may read it. */
export async function getSettings(deps: OrgDeps & { now?: () => Date }, org: OrgRef): Promise<OrganisationSettings> {
  return deps.database.db.transaction(async (tx) => {
    const o = await effectiveSettings(tx, await ensureOrganisation(tx, org, deps.orgDefaults));
    const owned = await tx.select({ platform: organisations.platform }).from(organisationLinks)
      .innerJoin(organisations, eq(organisations.id, organisationLinks.linkedOrgId)).where(eq(organisationLinks.ownerOrgId, o.id));
    const link: OrganisationSettings['link'] = o.settingsOwner
      ? { role: 'linked', platforms: [o.settingsOwner.platform] }
      : owned.length ? { role: 'owner', platforms: owned.map((r) => r.platform) } : null;
    const links = await tx.execute<{ staff: string; supervisor: string }>(sql`
      select s.platform_user_id as staff, b.platform_user_id as supervisor
      from supervisor_links l join members s on s.id = l.member_id join members b on b.id = l.supervisor_id
      where s.org_id = ${o.id} order by s.platform_user_id, b.platform_user_id`);
    const grouped = new Map<string, string[]>();
    for (const l of rowsOf<{ staff: string; supervisor: string }>(links)) grouped.set(l.staff, [...(grouped.get(l.staff) ?? []), l.supervisor]);
    const intake = await tx.select({ channel: intakeChannels.channel }).from(intakeChannels).where(eq(intakeChannels.orgId, o.id)).orderBy(intakeChannels.channel);
    const usage = await lockUsage(tx, o, deps.now?.() ?? new Date());
    const q = quotaCheck(o, usage, 0);
    return {
      language: o.language, alertLevel: alertLevelOf(o.alertThreshold), alertThreshold: o.alertThreshold,
      departmentChannel: o.departmentChannel,
      supervisors: [...grouped].map(([staff, supervisors]) => ({ staff, supervisors })),
      intakeChannels: intake.map((i) => i.channel),
      quota: { usedMinutes: q.usedMinutes, limitMinutes: q.limitMinutes, remainingMinutes: q.remainingMinutes },
      retentionDays: o.retentionDays,
      link,
    };
  });
}

/** The organisation's answer language and whether the channel takes every shared file (for the event listeners). */
export async function intakeContext(deps: OrgDeps, org: OrgRef, channel: string): Promise<{ orgId: string; language: 'ja' | 'en'; intake: boolean }> {
  const o = await effectiveSettings(deps.database.db, await ensureOrganisation(deps.database.db, org, deps.orgDefaults));
  const [row] = await deps.database.db.select({ c: intakeChannels.channel }).from(intakeChannels)
    .where(and(eq(intakeChannels.orgId, o.id), eq(intakeChannels.channel, channel)));
  return { orgId: o.id, language: o.language, intake: Boolean(row) };
}

function rowsOf<T>(res: unknown): T[] {
  return Array.isArray(res) ? (res as T[]) : ((res as { rows?: T[] }).rows ?? []);
}

/** The organisation's chosen answer language (alerts, notices without a progress message). */
export async function organisationLanguage(database: OrgDeps['database'], orgId: string): Promise<'ja' | 'en'> {
  return (await organisationClock(database, orgId)).language;
}

/** The organisation's language and clock (times in alerts and notices), from one read of its row. */
export async function organisationClock(database: OrgDeps['database'], orgId: string): Promise<{ language: 'ja' | 'en'; timeZone: string }> {
  const [o] = await database.db.select().from(organisations).where(eq(organisations.id, orgId));
  // Every stored organisation has a zone (the column defaults to Tokyo); only a vanished one falls back to it.
  if (!o) return { language: 'ja', timeZone: 'Asia/Tokyo' };
  return { language: (await effectiveSettings(database.db, o)).language, timeZone: o.timeZone };
}
