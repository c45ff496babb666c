/**
 * The buttons of an analysis answer and of a supervisor alert: 上長に相談, 誤検知を報告 / 見逃しを報告,
 * 対応済み, the staff member the call is recorded for, and 全文を見る (the whole analysis as cards).
 */
import type { Organisation } from '../../../../flows/actions/people.js';
import { acknowledgeAlert, consultSupervisor } from '../../../../flows/actions/alerts.js';
import { analysisForbiddenMessage } from '../../../../flows/actions/analysis-access.js';
import { findAnalysis } from '../../../../flows/actions/analysis-lookup.js';
import { reportFeedback } from '../../../../flows/actions/feedback.js';
import { chargeCallTo, chargedMessage } from '../../../../flows/insights/charge-staff.js';
import { buildAnalysisView } from '../../../../flows/views/analysis-view.js';
import { renderAdaptiveCards, type CardActionData } from '../../adaptive-card.js';
import { teamsText } from '../../messages.js';
import { cardActivity } from '../../messenger.js';
import { actorOf, languageFor, orgRef, type Ctx, type HandlerDeps } from '../context.js';

export const ANALYSIS_CARD_ACTIONS = ['consult_supervisor', 'report_false_positive', 'report_missed', 'acknowledge_alert', 'charge_staff', 'show_all'] as const;

/** A button of the analysis answer or an alert; the reply's text for the presser. */
export async function runAnalysisAction(deps: HandlerDeps, ctx: Ctx, org: Organisation, data: CardActionData): Promise<string> {
  const a = ctx.activity;
  const t = teamsText(languageFor(org, a));
  const input = { org: orgRef(org.platformTeamId), analysisId: data.value, by: actorOf(deps, a) };
  switch (data.action) {
    case 'consult_supervisor': {
      const out = await consultSupervisor(deps.actions, input);
      return out.status === 'sent' ? t.consultSent(out.supervisors) : out.status === 'already_sent' ? t.consultAlready()
        : out.status === 'no_supervisor' ? t.noSupervisor() : t.notFound();
    }
    case 'report_false_positive':
    case 'report_missed': {
      const out = await reportFeedback(deps.actions, { ...input, kind: data.action === 'report_missed' ? 'missed' : 'false_positive' });
      return out.status === 'recorded' ? t.feedbackThanks() : out.status === 'forbidden' ? analysisForbiddenMessage(languageFor(org, a)) : t.notFound();
    }
    case 'acknowledge_alert': {
      const out = await acknowledgeAlert(deps.actions, input);
      if (out.status === 'acknowledged') return t.ackDone();
      if (out.status === 'already') {
        const names = await deps.store.displayNames(org.id, out.byPlatformUserId ? [out.byPlatformUserId] : []);
        return t.ackAlready(names.get(out.byPlatformUserId ?? '') ?? out.byPlatformUserId ?? '?');
      }
      return t.notFound();
    }
    case 'charge_staff': {
      if (!data.member) return t.notFound();
      const out = await chargeCallTo(deps.actions, { ...input, staff: { platformUserId: data.member } });
      return out.status === 'charged' ? chargedMessage(languageFor(org, a), out)
        : out.status === 'forbidden' ? analysisForbiddenMessage(languageFor(org, a)) : t.notFound();
    }
    case 'show_all': {
      const found = await findAnalysis(deps.actions, input.org, data.value, input.by);
      if (found.status === 'forbidden') return analysisForbiddenMessage(languageFor(org, a));
      if (found.status !== 'ok') return t.notFound();
      const view = buildAnalysisView({ ...found.result, language: languageFor(org, a) }, { analysisId: data.value, withActions: false });
      for (const card of renderAdaptiveCards(view, { continued: t.continued })) await ctx.send(cardActivity(card, view.fallbackText));
      return '✓';
    }
    default:
      return t.notFound();
  }
}
