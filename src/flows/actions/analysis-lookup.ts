/** An analysis of the organisation, for views opened later (全文を見る), to those who may see it (analysis-access.ts). */
import { eq } from 'drizzle-orm';
import type { AnalysisResult } from '../../analysis/result.js';
import { ensureOrganisation } from '../../db/repo/organisations.js';
import { analyses } from '../../db/schema/index.js';
import { analysisAccess } from './analysis-access.js';
import type { ActionDeps, Actor, OrgRef } from './deps.js';

export type AnalysisLookup = { status: 'ok'; result: AnalysisResult } | { status: 'not_found' } | { status: 'forbidden' };

export async function findAnalysis(deps: Pick<ActionDeps, 'database' | 'orgDefaults'>, org: OrgRef, analysisId: string, by: Actor): Promise<AnalysisLookup> {
  const o = await ensureOrganisation(deps.database.db, org, deps.orgDefaults);
  const access = await analysisAccess(deps.database.db, o, analysisId, by);
  if (access.status !== 'allowed') return access;
  const [row] = await deps.database.db.select({ result: analyses.result }).from(analyses).where(eq(analyses.id, analysisId));
  return row ? { status: 'ok', result: row.result } : { status: 'not_found' };
}
