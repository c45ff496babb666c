/**
 * The App Home settings modals submitted: field errors under the fields (nothing written); someone
 * not an admin sees a refusal (nothing written); otherwise the modal closes, the same settings flows
 * as `/mamori-admin` save each change, and App Home is published again for the admin.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import {
  checkAdmin, getSettings, removeSupervisors, setAlertLevel, setDepartmentChannel, setLanguage, setSupervisors, type OrganisationSettings, type SettingsOutcome,
} from '../../../../flows/actions/settings.js';
import type { Actor, OrgRef } from '../../../../flows/actions/deps.js';
import { errorName, type SlackContext } from '../../context.js';
import { noticeModal, readAlertForm, readSupervisorsForm, type Read, type SettingsMeta } from '../../home-settings.js';
import { publishHome } from '../../home.js';
import { textFor, type Lang } from '../../text.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;
type Values = Parameters<typeof readAlertForm>[0];

/** `settings`: as they were when the form was submitted (read once, for the language and what changed). */
interface Submitted<T> { org: OrgRef; by: Actor; form: T; lang: Lang; settings: OrganisationSettings }

/**
 * Reads the form and checks the admin within the ack (errors or a refusal answer it); `save` then
 * runs after the modal has closed, and App Home is republished.
 */
function settingsSubmitted<T>(ctx: SlackContext, what: string, read: (v: Values, lang: Lang) => Read<T>, save: (s: Submitted<T>) => Promise<void>) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const meta = JSON.parse(view.private_metadata || '{}') as SettingsMeta;
    const teamId = meta.teamId ?? body.team?.id ?? body.user.team_id;
    const userId = body.user.id;
    let acked = false;
    try {
      const org = ctx.orgRef(teamId);
      const settings = await getSettings(ctx.deps, org);
      const lang = await ctx.languageFor(userId, settings.language);
      const t = textFor(lang);
      const form = read(view.state.values as Values, lang);
      if ('errors' in form) {
        acked = true;
        await ack({ response_action: 'errors', errors: form.errors });
        return;
      }
      const by = { platformUserId: userId, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(userId) };
      if ((await checkAdmin(ctx.deps, org, by)).status !== 'ok') {
        acked = true;
        await ack({ response_action: 'update', view: noticeModal(lang, t.settingsTitle(), t.notAdmin()) });
        return;
      }
      acked = true;
      await ack();
      await save({ org, by, form: form.ok, lang, settings });
      await publishHome(ctx, teamId, userId).catch((err) => logger.warn(`home not refreshed: ${errorName(err)}`));
    } catch (err) {
      logger.error(`${what} failed: ${errorName(err)}`);
      if (!acked) await ack({ response_action: 'update', view: noticeModal('ja', textFor('ja').settingsTitle(), textFor('ja').failed()) }).catch(() => {});
    }
  };
}

/** A flow's refusal after the checks above (the admin lost the role meanwhile, a bad value): logged, the rest not tried. */
function expectOk(out: SettingsOutcome, what: string): void {
  if (out.status !== 'ok') throw new Error(`${what}: ${out.status}`);
}

// One submission, one transaction (with several supervisors, one write each let a reader see half a mapping).
export const supervisorsSubmitted = (ctx: SlackContext) => settingsSubmitted(ctx, 'supervisors', readSupervisorsForm, async ({ org, by, form }) => {
  const input = { org, by, staff: form.staff, supervisors: form.supervisors };
  if (form.mode === 'remove') expectOk(await removeSupervisors(ctx.deps, input), 'unsupervise');
  else expectOk(await setSupervisors(ctx.deps, input), 'supervisor');
});

export const alertSettingsSubmitted = (ctx: SlackContext) => settingsSubmitted(ctx, 'alert settings', readAlertForm, async ({ org, by, form, settings: before }) => {
  // Only what changed is written (each change is audited).
  if (form.channel !== before.departmentChannel) expectOk(await setDepartmentChannel(ctx.deps, { org, by, channel: form.channel }), 'channel');
  if (form.level && form.level !== before.alertLevel) expectOk(await setAlertLevel(ctx.deps, { org, by, level: form.level }), 'alert-level');
  if (form.language !== before.language) expectOk(await setLanguage(ctx.deps, { org, by, language: form.language }), 'language');
});
