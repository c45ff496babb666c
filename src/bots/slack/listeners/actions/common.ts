/** What the button listeners share: who pressed, where, in which language. */
import type { BlockAction } from '@slack/bolt';
import { intakeContext } from '../../../../flows/actions/settings.js';
import type { SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';

export interface Pressed {
  analysisId: string;
  userId: string;
  teamId: string | undefined;
  channel: string | undefined;
  lang: Lang;
}

/** `action.value`: the analysis id (a button's value, or what a select carries in its block id). */
export async function pressed(ctx: SlackContext, body: BlockAction, action: { value?: string | undefined }): Promise<Pressed> {
  const teamId = body.team?.id ?? body.user.team_id;
  const channel = body.channel?.id;
  const where = await intakeContext(ctx.deps, ctx.orgRef(teamId), channel ?? '-');
  return { analysisId: action.value ?? '', userId: body.user.id, teamId, channel, lang: await ctx.languageFor(body.user.id, where.language) };
}

/** A short answer only the presser sees (in a DM, a normal message works too). */
export async function tell(ctx: SlackContext, p: Pressed, text: string, threadTs?: string): Promise<void> {
  if (!p.channel) return;
  await ctx.client.chat.postEphemeral({ channel: p.channel, user: p.userId, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
}
