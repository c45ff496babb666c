/**
 * The practice picker submitted (`/mamori-practice`): a bad value is answered under its field; otherwise the
 * modal closes and the session's opening is posted in the trainee's DM with the bot.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { PICKER_FIELDS } from '../../../../flows/practice/picker-screen.js';
import { startPracticeFromPicker } from '../../../../flows/practice/practice-in-chat.js';
import { fieldErrors } from '../../blocks/screen.js';
import { stateOf, type StateValues } from '../../community/modals.js';
import { errorName, type SlackContext } from '../../context.js';
import { postPracticeViews } from '../../practice.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function practicePickerSubmitted(ctx: SlackContext) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const meta = JSON.parse(view.private_metadata || '{}') as { teamId?: string; lang?: string };
    const lang = meta.lang === 'en' ? 'en' : 'ja';
    const values = view.state.values as StateValues;
    const picked = Object.fromEntries(Object.values(PICKER_FIELDS).map((id) => [id, stateOf(values, id)?.selected_option?.value ?? undefined]));
    const user = body.user.id;
    try {
      const started = await startPracticeFromPicker(ctx.deps, { org: ctx.orgRef(meta.teamId ?? body.team?.id), trainee: user, lang, values: picked });
      if (!started.ok) {
        await ack({ response_action: 'errors', errors: fieldErrors(started.screen) });
        return;
      }
      await ack();
      const dm = await ctx.client.conversations.open({ users: user });
      await postPracticeViews(ctx, dm.channel?.id ?? user, started.views);
    } catch (err) {
      logger.error(`practice start failed: ${errorName(err)}`);
      await ack().catch(() => {});
    }
  };
}
