/**
 * The AI review's part of `/mamori-admin` (issue 8): `ai` (settings and this month's usage), `ai on|off`,
 * `ai model NAME|default`, `ai tokens IN OUT|default`, `ai usage`, and `manual`, which opens a modal
 * with a file input (a .txt/.md file up to 200 KB: Slack's text inputs hold 3000 characters at most)
 * and a text box for a short manual; `manual clear` removes it. Returns false when the verb is not
 * ours, so the dispatcher carries on.
 */
import type { RespondFn, SlashCommand, types } from '@slack/bolt';
import type { Actor } from '../../../../flows/actions/deps.js';
import { parseReviewCommand, reviewMessages, runReviewCommand } from '../../../../flows/review-messages.js';
import { getReviewSettings } from '../../../../flows/review-settings.js';
import { errorName, type SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';

export const REVIEW_MANUAL_VIEW = 'mamori_review_manual';

export interface AdminAiInput {
  verb: string;
  args: string;
  lang: Lang;
  by: Actor;
}

export async function adminAiCommand(ctx: SlackContext, command: SlashCommand, input: AdminAiInput, respond: RespondFn): Promise<boolean> {
  const cmd = parseReviewCommand(input.verb, input.args);
  if (!cmd) return false;
  const m = reviewMessages(input.lang);
  const org = ctx.orgRef(command.team_id);
  if (cmd.kind === 'manual') {
    // Slash commands carry no files and little text: the manual comes through a modal.
    const check = await getReviewSettings(ctx.deps, { org, by: input.by });
    if (check.status !== 'ok') {
      await respond({ response_type: 'ephemeral', text: m.notAdmin });
      return true;
    }
    try {
      await ctx.client.views.open({ trigger_id: command.trigger_id, view: manualModal(input.lang, command.team_id) });
    } catch (err) {
      ctx.logger.warn({ err: errorName(err) }, 'manual modal could not be opened');
      await respond({ response_type: 'ephemeral', text: m.failed });
    }
    return true;
  }
  const text = await runReviewCommand(ctx.deps, { org, by: input.by, language: input.lang, platform: 'slack' }, cmd);
  await respond({ response_type: 'ephemeral', text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } }] });
  return true;
}

export function manualModal(lang: Lang, teamId: string): types.ModalView {
  const m = reviewMessages(lang);
  return {
    type: 'modal',
    callback_id: REVIEW_MANUAL_VIEW,
    private_metadata: JSON.stringify({ teamId, lang }),
    title: { type: 'plain_text', text: m.manualTitle },
    submit: { type: 'plain_text', text: m.manualSubmit },
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: m.manualIntro }] },
      {
        type: 'input', block_id: 'file', optional: true, label: { type: 'plain_text', text: m.manualFile },
        element: { type: 'file_input', action_id: 'file', filetypes: ['txt', 'text', 'md', 'markdown'], max_files: 1 },
      },
      {
        type: 'input', block_id: 'text', optional: true, label: { type: 'plain_text', text: m.manualText },
        element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 3000 },
      },
    ],
  };
}
