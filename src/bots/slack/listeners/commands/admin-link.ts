/**
 * `/mamori-admin link`, `/mamori-admin link CODE`, `/mamori-admin unlink` (issue 5): share the
 * language, alert level, quota and retention with the organisation's Teams tenant through a one-time
 * code (src/flows/actions/org-links.ts). Returns false when the verb is not ours.
 */
import type { RespondFn, SlashCommand } from '@slack/bolt';
import type { Actor } from '../../../../flows/actions/deps.js';
import { runLinkCommand } from '../../../../flows/actions/org-links.js';
import type { SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';

export async function adminLinkCommand(
  ctx: SlackContext, command: SlashCommand, input: { verb: string; args: string; lang: Lang; by: Actor }, respond: RespondFn,
): Promise<boolean> {
  const text = await runLinkCommand(ctx.deps, { org: ctx.orgRef(command.team_id), by: input.by, language: input.lang, verb: input.verb, args: input.args });
  if (text === null) return false;
  await respond({ response_type: 'ephemeral', text });
  return true;
}
