/** An analysis of the organisation, for views opened later (全文を見る). */
import { eq } from 'drizzle-orm';
import type { AnalysisResult } from '../../analysis/result.js';
import { ensureOrganisation } from '../../db/repo/organisations.js';
import { analyses } from '../../db/schema/index.js';
import type { ActionDeps, OrgRef } from './deps.js';
import { isUuid } from './feedback.js';

export async function findAnalysis(deps: Pick<ActionDeps, 'database' | 'orgDefaults'>, org: OrgRef, analysisId: string): Promise<AnalysisResult | null> {
  if (!isUuid(analysisId)) return null;
  const o = await ensureOrganisation(deps.database.db, org, deps.orgDefaults);
  const [row] = await deps.database.db.select({ orgId: analyses.orgId, result: analyses.result }).from(analyses).where(eq(analyses.id, analysisId));
  return row && row.orgId === o.id ? row.result : null;
}
