/**
 * 上長を設定 / 通知設定を変更 on App Home (admins): each opens its modal; anyone else (a forged
 * press) is refused in a small modal only they see, and nothing changes.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { checkAdmin, getSettings, type OrganisationSettings } from '../../../../flows/actions/settings.js';
import { errorName, type SlackContext } from '../../context.js';
import { alertSettingsModal, noticeModal, supervisorsModal, type SettingsMeta } from '../../home-settings.js';
import { textFor, type Lang } from '../../text.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;
type Modal = (lang: Lang, settings: OrganisationSettings, meta: SettingsMeta) => ReturnType<typeof supervisorsModal>;

function openSettingsModal(ctx: SlackContext, what: string, modal: Modal) {
  return async ({ ack, body, logger }: Args): Promise<void> => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id;
    const userId = body.user.id;
    try {
      const org = ctx.orgRef(teamId);
      const settings = await getSettings(ctx.deps, org);
      const lang = await ctx.languageFor(userId, settings.language);
      const t = textFor(lang);
      const admin = await checkAdmin(ctx.deps, org, { platformUserId: userId, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(userId) });
      const view = admin.status === 'ok' ? modal(lang, settings, { teamId }) : noticeModal(lang, t.settingsTitle(), t.notAdmin());
      await ctx.client.views.open({ trigger_id: body.trigger_id, view });
    } catch (err) {
      logger.error(`${what} not opened: ${errorName(err)}`);
    }
  };
}

export const openSupervisors = (ctx: SlackContext) => openSettingsModal(ctx, 'supervisors modal', supervisorsModal);
export const openAlertSettings = (ctx: SlackContext) => openSettingsModal(ctx, 'alert settings modal', alertSettingsModal);
