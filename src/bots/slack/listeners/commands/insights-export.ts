/**
 * `/mamori-export` (admins): a download link for all of the organisation's data, valid for
 * MAMORI_EXPORT_LINK_MINUTES and for one download, answered only to the admin (ephemeral). The link
 * is `<PUBLIC_BASE_URL>/exports/<token>` (src/bots/http/export-download.ts serves it); who may ask, the
 * audit row and what is said are the flow's (src/flows/insights/export-link.ts), as on Teams.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { organisationFor } from '../../../../flows/actions/people.js';
import { exportLinkView, exportLinkWords, requestExportLink } from '../../../../flows/insights/export-link.js';
import { exportDownloadUrl } from '../../../http/export-download.js';
import { renderView } from '../../blocks/render.js';
import { errorName, type SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';

export const EXPORT_COMMAND = '/mamori-export';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

export function mamoriExport(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    let lang: Lang = 'ja';
    try {
      const org = await organisationFor(ctx.deps, ctx.orgRef(command.team_id));
      lang = await ctx.languageFor(command.user_id, org.language === 'en' ? 'en' : 'ja');
      const base = ctx.config.publicBaseUrl;
      const out = await requestExportLink(ctx.deps, {
        org, person: { platformUserId: command.user_id }, platformSaysAdmin: () => ctx.isWorkspaceAdmin(command.user_id),
        minutes: ctx.config.exportLinkMinutes, urlFor: base ? (token) => exportDownloadUrl(base, token) : null,
      });
      const { text, blocks } = renderView(exportLinkView(lang, org.timeZone, out), { surface: 'message' });
      // No unfurl: a preview fetch must not be mistaken for the download.
      await respond({ response_type: 'ephemeral', text, blocks, unfurl_links: false, unfurl_media: false });
    } catch (err) {
      logger.error(`export link failed: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: exportLinkWords(lang).failed }).catch(() => {});
    }
  };
}
