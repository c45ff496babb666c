/**
 * The response manual modal (`/mamori-admin manual`) submitted: an uploaded .txt/.md file (downloaded
 * with the bot token, up to 200 KB of UTF-8) or the pasted text is stored as the organisation's
 * manual; the admin check is the flow's. Missing input or a file over the limit is answered in the
 * modal; otherwise the modal closes at once and the outcome arrives as a DM from the bot.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { reviewMessages, runReviewCommand } from '../../../../flows/review-messages.js';
import { REVIEW_MANUAL_MAX_BYTES } from '../../../../flows/review-settings.js';
import { errorName, type SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function reviewManualSubmitted(ctx: SlackContext) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const meta = JSON.parse(view.private_metadata || '{}') as { teamId?: string; lang?: Lang };
    const lang: Lang = meta.lang === 'en' ? 'en' : 'ja';
    const m = reviewMessages(lang);
    const file = view.state.values.file?.file?.files?.[0];
    const pasted = view.state.values.text?.text?.value ?? '';
    if (!file && !pasted.trim()) {
      await ack({ response_action: 'errors', errors: { text: m.manualNeeded } });
      return;
    }
    const size = (file as { size?: number } | undefined)?.size;
    if (file && typeof size === 'number' && size > REVIEW_MANUAL_MAX_BYTES + 3) {
      await ack({ response_action: 'errors', errors: { file: m.invalid('manual_too_large') } });
      return;
    }
    await ack();
    const user = body.user.id;
    let text: string;
    try {
      const content = file ? await downloadText(ctx, file.id) : pasted;
      text = typeof content !== 'string'
        ? m.invalid(`manual_${content.problem}`)
        : await runReviewCommand(ctx.deps, {
          org: ctx.orgRef(meta.teamId ?? body.team?.id), by: { platformUserId: user, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(user) },
          language: lang, platform: 'slack',
        }, { kind: 'manual', text: content });
    } catch (err) {
      logger.error(`manual upload failed: ${errorName(err)}`);
      text = m.manualFileUnreadable;
    }
    await ctx.client.chat.postMessage({ channel: user, text }).catch((err) => logger.warn(`manual answer not sent: ${errorName(err)}`));
  };
}

/** The file's text, or why it cannot be a manual. Throws when it cannot be fetched. */
async function downloadText(ctx: SlackContext, fileId: string): Promise<string | { problem: 'too_large' | 'binary' }> {
  const info = await ctx.client.files.info({ file: fileId });
  const url = info.file?.url_private_download ?? info.file?.url_private;
  if (!url) throw new Error('file has no download URL');
  if ((info.file?.size ?? 0) > REVIEW_MANUAL_MAX_BYTES + 3) return { problem: 'too_large' }; // + a BOM
  const res = await fetch(url, { headers: { Authorization: `Bearer ${ctx.config.botToken}` }, redirect: 'follow', signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`download failed (${res.status})`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > REVIEW_MANUAL_MAX_BYTES + 3) return { problem: 'too_large' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'binary' };
  }
}
