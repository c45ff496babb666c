/**
 * 全文を見る: a modal with every excerpt. When they do not all fit its 100 blocks, the modal shows
 * as many as fit and says where the rest are: every excerpt, as a text file uploaded into the thread
 * of the answer (once an hour per analysis and thread in this process, however often the button is
 * pressed), or into the presser's DM when the button was not pressed in a conversation.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { analysisForbiddenMessage } from '../../../../flows/actions/analysis-access.js';
import { findAnalysis } from '../../../../flows/actions/analysis-lookup.js';
import { buildAnalysisView } from '../../../../flows/views/analysis-view.js';
import { renderAllExcerpts, type AllExcerpts } from '../../blocks/excerpts-file.js';
import { clipModalTitle } from '../../blocks/limits.js';
import { notice } from '../../blocks/render.js';
import { errorName, type SlackContext } from '../../context.js';
import { textFor } from '../../text.js';
import { pressed, tell, type Pressed } from './common.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

const UPLOAD_AGAIN_AFTER_MS = 3600_000;

export function showAll(ctx: SlackContext) {
  const uploaded = new Map<string, number>();
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    try {
      const p = await pressed(ctx, body, action);
      const t = textFor(p.lang);
      const found = await findAnalysis(ctx.deps, ctx.orgRef(p.teamId), p.analysisId, { platformUserId: p.userId, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(p.userId) });
      const thread = body.message?.thread_ts ?? body.message?.ts;
      const inThread = Boolean(p.channel && thread);
      const all: AllExcerpts = found.status === 'ok'
        ? renderAllExcerpts(buildAnalysisView({ ...found.result, language: p.lang }, { analysisId: p.analysisId, withActions: false }), p.lang, inThread)
        : { blocks: notice(found.status === 'forbidden' ? analysisForbiddenMessage(p.lang) : t.notFound()).blocks, omittedExcerpts: 0, file: null };
      // The trigger id is valid for 3 s: the modal first, the file after.
      await ctx.client.views.open({
        trigger_id: body.trigger_id,
        view: { type: 'modal', title: { type: 'plain_text', text: clipModalTitle(t.allExcerpts()) }, close: { type: 'plain_text', text: t.close() }, blocks: all.blocks },
      });
      if (!all.file) return;
      const key = `${p.analysisId}:${p.channel ?? p.userId}:${thread ?? ''}`;
      const last = uploaded.get(key);
      if (last !== undefined && Date.now() - last < UPLOAD_AGAIN_AFTER_MS) return; // the file is in the thread already
      try {
        await upload(ctx, p, inThread ? thread : undefined, all.file);
        if (uploaded.size > 1000) uploaded.clear();
        uploaded.set(key, Date.now());
      } catch (err) {
        logger.warn(`excerpts file not uploaded: ${errorName(err)}`);
        await tell(ctx, p, t.excerptsFileFailed(), thread).catch(() => {});
      }
    } catch (err) {
      logger.error(`show all failed: ${errorName(err)}`);
    }
  };
}

async function upload(ctx: SlackContext, p: Pressed, thread: string | undefined, f: NonNullable<AllExcerpts['file']>): Promise<void> {
  const file = { file: Buffer.from(f.text, 'utf8'), filename: f.name, title: f.title };
  if (p.channel && thread) {
    await ctx.client.files.uploadV2({ channel_id: p.channel, thread_ts: thread, ...file });
    return;
  }
  const dm = await ctx.client.conversations.open({ users: p.userId });
  if (!dm.channel?.id) throw new Error('conversations.open returned no channel');
  await ctx.client.files.uploadV2({ channel_id: dm.channel.id, ...file });
}
