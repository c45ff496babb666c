/**
 * The community's slash commands: `/mamori-ask` (the question form), `/mamori-faq WORDS` (resolved
 * questions, privately), `/mamori-event` (instructors: a new study group; `manage`, `mine`).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs, types } from '@slack/bolt';
import { myEvents, organisedEvents } from '../../../../flows/community/events.js';
import { searchFaq } from '../../../../flows/community/questions.js';
import { formatEventTime } from '../../../../time/event-time.js';
import { escapeMrkdwn } from '../../blocks/limits.js';
import { context, renderView, section } from '../../blocks/render.js';
import { communityDeps, isInstructorRole, slackActor, whoIs } from '../../community/deps.js';
import { askModal, eventModal } from '../../community/modals.js';
import { communityText } from '../../community/text.js';
import { errorName, type SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';

export const ASK_COMMAND = '/mamori-ask';
export const FAQ_COMMAND = '/mamori-faq';
export const EVENT_COMMAND = '/mamori-event';
export const EVENT_ACTIONS = { edit: 'community_event_edit', cancel: 'community_event_cancel', attendance: 'community_event_attendance' } as const;

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

export function mamoriAsk(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    try {
      const who = await whoIs(ctx, command.team_id, command.user_id);
      await ctx.client.views.open({ trigger_id: command.trigger_id, view: askModal(who.lang, { team: command.team_id, v: 1 }, { title: command.text.trim().slice(0, 150) }) });
    } catch (err) {
      logger.error(`ask form not opened: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: communityText('ja').failed }).catch(() => {});
    }
  };
}

export function mamoriFaq(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    try {
      const who = await whoIs(ctx, command.team_id, command.user_id);
      const words = command.text.trim();
      if (!words) {
        await respond({ response_type: 'ephemeral', text: communityText(who.lang).faqUsage });
        return;
      }
      const out = await searchFaq(communityDeps(ctx), slackActor(ctx, command.team_id, command.user_id, command.user_name), words);
      if (out.status === 'refused') {
        await respond({ response_type: 'ephemeral', text: out.message });
        return;
      }
      const r = renderView(out.view, { surface: 'message' });
      await respond({ response_type: 'ephemeral', text: r.text, blocks: r.blocks });
    } catch (err) {
      logger.error(`faq search failed: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: communityText('ja').failed }).catch(() => {});
    }
  };
}

export function mamoriEvent(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    try {
      const who = await whoIs(ctx, command.team_id, command.user_id);
      const t = communityText(who.lang);
      const sub = command.text.trim().toLowerCase();
      if (sub === 'mine') {
        const out = await myEvents(communityDeps(ctx), slackActor(ctx, command.team_id, command.user_id, command.user_name));
        const r = renderView(out.view, { surface: 'message' });
        await respond({ response_type: 'ephemeral', text: r.text, blocks: r.blocks });
        return;
      }
      if (sub === 'help') {
        await respond({ response_type: 'ephemeral', text: t.eventUsage });
        return;
      }
      if (!isInstructorRole(who.roles)) {
        await respond({ response_type: 'ephemeral', text: t.notInstructor });
        return;
      }
      if (sub === 'manage') {
        const blocks = await manageBlocks(ctx, command.team_id, command.user_id, command.user_name, who.lang);
        await respond({ response_type: 'ephemeral', text: t.manageTitle, blocks });
        return;
      }
      await ctx.client.views.open({ trigger_id: command.trigger_id, view: eventModal(who.lang, { team: command.team_id, tz: who.timeZone }) });
    } catch (err) {
      logger.error(`event command failed: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: communityText('ja').failed }).catch(() => {});
    }
  };
}

/** The organiser's upcoming and recent study groups, each with 編集 (before it starts), 中止する and 出席を記録. */
async function manageBlocks(ctx: SlackContext, teamId: string | undefined, userId: string, userName: string | undefined, lang: Lang): Promise<types.KnownBlock[]> {
  const t = communityText(lang);
  const out = await organisedEvents(communityDeps(ctx), slackActor(ctx, teamId, userId, userName));
  if (out.status === 'refused') return [section(escapeMrkdwn(out.message))];
  if (out.events.length === 0) return [section(t.manageNone)];
  const blocks: types.KnownBlock[] = [section(`*${t.manageTitle}*`)];
  for (const e of out.events) {
    blocks.push(section(`*${escapeMrkdwn(e.title)}*\n${formatEventTime(e.startsAt, out.timeZone, lang)} ・ ${e.goingCount}/${e.capacity}`));
    blocks.push({
      type: 'actions',
      elements: [
        ...(e.started ? [] : [{ type: 'button' as const, action_id: EVENT_ACTIONS.edit, value: e.id, text: { type: 'plain_text' as const, text: t.editEvent } }]),
        { type: 'button', action_id: EVENT_ACTIONS.attendance, value: e.id, text: { type: 'plain_text', text: t.recordAttendance } },
        {
          type: 'button', action_id: EVENT_ACTIONS.cancel, value: e.id, style: 'danger', text: { type: 'plain_text', text: t.cancelEvent },
          confirm: { title: { type: 'plain_text', text: t.cancelEvent }, text: { type: 'plain_text', text: t.confirmCancel }, confirm: { type: 'plain_text', text: t.cancelEvent }, deny: { type: 'plain_text', text: t.close } },
        },
      ],
    });
  }
  blocks.push(context(t.eventUsage));
  return blocks;
}
