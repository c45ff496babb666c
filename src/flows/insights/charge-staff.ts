/**
 * 記録先を変更: whoever may open an analysis (its sharer, their supervisors, admins: analysis-access.ts)
 * says who the staff member in the call really was. The call's stress moves to them at once (off the
 * balance it was on), and the call's staff speaker is remembered as them for the next call.
 */
import { eq } from 'drizzle-orm';
import { ensureMember, ensureOrganisation } from '../../db/repo/organisations.js';
import { analyses, submissions } from '../../db/schema/index.js';
import { countCall, uncountCall } from './stress.js';
import { rememberSpeaker, staffSpeakerLabels } from '../staff-member.js';
import { analysisAccess } from '../actions/analysis-access.js';
import type { ActionDeps, Actor, OrgRef } from '../actions/deps.js';

export type ChargeOutcome =
  | { status: 'charged'; platformUserId: string; name: string | null; label: string | null }
  | { status: 'not_found' }
  | { status: 'forbidden' };

export async function chargeCallTo(
  deps: ActionDeps,
  input: { org: OrgRef; analysisId: string; by: Actor; staff: { platformUserId: string; displayName?: string | undefined } },
): Promise<ChargeOutcome> {
  return deps.database.db.transaction(async (tx) => {
    const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
    const access = await analysisAccess(tx, org, input.analysisId, input.by);
    if (access.status !== 'allowed') return access;
    const [row] = await tx.select({ a: analyses, sub: submissions }).from(analyses)
      .innerJoin(submissions, eq(submissions.id, analyses.submissionId)).where(eq(analyses.id, input.analysisId))
      .for('update', { of: submissions });
    if (!row) return { status: 'not_found' } as const;
    const staff = await ensureMember(tx, org.id, input.staff);
    const by = access.memberId ?? (await ensureMember(tx, org.id, { platformUserId: input.by.platformUserId })).id;
    await tx.update(submissions).set({ staffMemberId: staff.id === row.sub.submittedBy ? null : staff.id }).where(eq(submissions.id, row.sub.id));
    const label = staffSpeakerLabels(row.a.result)[0] ?? null;
    if (label !== null) await rememberSpeaker(tx, org.id, label, staff.id, by);
    // Counted already (the stress job ran): take it off the old balance and add it to the new one now.
    if (await uncountCall(tx, row.a.id)) await countCall(tx, deps, row.a.id);
    deps.logger.info({ analysisId: row.a.id }, 'call charged to another member');
    return { status: 'charged', platformUserId: staff.platformUserId, name: staff.displayName, label } as const;
  });
}

export function chargedMessage(language: string, out: Extract<ChargeOutcome, { status: 'charged' }>): string {
  const who = out.name ?? (language === 'en' ? 'the member you chose' : '選んだ方');
  if (language === 'en') {
    return `This call's stress is now recorded for ${who}.${out.label ? ` Calls with the speaker "${out.label}" will be recorded for them from now on.` : ''}`;
  }
  return `この通話の負荷の記録先を ${who} に変更しました。${out.label ? `話者「${out.label}」の通話は、次回から自動でこの方に記録します。` : ''}`;
}
