/**
 * `/mamori-practice` (issue 18): opens the practice picker (the shared screen, src/flows/practice/picker-screen.ts)
 * as a modal; its submission (listeners/views/practice-picker.ts) starts the session in the trainee's DM with
 * the bot. `/mamori-practice stop` (or 終了) ends the session under way with its summary so far.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { intakeContext } from '../../../../flows/actions/settings.js';
import { isStopWord, practicePicker, stopPracticeInChat } from '../../../../flows/practice/practice-in-chat.js';
import { screenModal } from '../../blocks/screen.js';
import { errorName, type SlackContext } from '../../context.js';
import { postPracticeViews } from '../../practice.js';

export const PRACTICE_COMMAND = '/mamori-practice';
export const PRACTICE_VIEW = 'mamori_practice_picker';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

const FAILED = { ja: '練習を開始できませんでした。しばらくしてからもう一度お試しください。', en: 'Practice could not be started. Please try again in a moment.' } as const;

export function mamoriPractice(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    let lang: 'ja' | 'en' = 'ja';
    try {
      const where = await intakeContext(ctx.deps, ctx.orgRef(command.team_id), command.channel_id);
      lang = await ctx.languageFor(command.user_id, where.language);
      if (isStopWord(command.text ?? '')) {
        const dm = await ctx.client.conversations.open({ users: command.user_id });
        await postPracticeViews(ctx, dm.channel?.id ?? command.user_id, await stopPracticeInChat(ctx.deps, { org: ctx.orgRef(command.team_id), trainee: command.user_id, lang }));
        return;
      }
      await ctx.client.views.open({
        trigger_id: command.trigger_id,
        view: screenModal(practicePicker(lang), { callbackId: PRACTICE_VIEW, meta: { teamId: command.team_id }, close: lang === 'ja' ? '閉じる' : 'Close' }),
      });
    } catch (err) {
      logger.error(`practice picker failed: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: FAILED[lang] }).catch(() => {});
    }
  };
}
