/** The note added to a feedback report (the report itself was stored when the button was pressed). */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { reportFeedback } from '../../../../flows/actions/feedback.js';
import { errorName, type SlackContext } from '../../context.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function feedbackNote(ctx: SlackContext) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    await ack();
    try {
      const meta = JSON.parse(view.private_metadata || '{}') as { analysisId?: string; kind?: 'false_positive' | 'missed'; teamId?: string };
      const note = view.state.values.note?.note?.value ?? '';
      if (!meta.analysisId || !meta.kind || !note.trim()) return;
      await reportFeedback(ctx.deps, { org: ctx.orgRef(meta.teamId ?? body.team?.id), analysisId: meta.analysisId, kind: meta.kind, by: { platformUserId: body.user.id, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(body.user.id) }, note });
    } catch (err) {
      logger.error(`feedback note failed: ${errorName(err)}`);
    }
  };
}
