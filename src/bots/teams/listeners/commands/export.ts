/**
 * `export` / `書き出し` (admins, in the personal chat: the link is a secret): a download link for all of
 * the organisation's data, valid MAMORI_EXPORT_LINK_MINUTES and for one download, audited; the same
 * flow and view as Slack's `/mamori-export` (src/flows/insights/export-link.ts). The link is
 * `<PUBLIC_BASE_URL>/exports/<token>`, served by this server (src/bots/http/export-download.ts).
 */
import { exportLinkView, requestExportLink } from '../../../../flows/insights/export-link.js';
import { exportDownloadUrl } from '../../../http/export-download.js';
import { renderAdaptiveCards } from '../../adaptive-card.js';
import { teamsText } from '../../messages.js';
import { actorOf, isPersonal, languageFor } from '../context.js';
import type { CommandHandler } from './command.js';

export const exportData: CommandHandler = async (c) => {
  const lang = languageFor(c.org, c.ctx.activity);
  if (!isPersonal(c.ctx.activity)) return { text: teamsText(lang).exportPersonalOnly() };
  const by = actorOf(c.deps, c.ctx.activity);
  const base = c.deps.config.publicBaseUrl;
  const out = await requestExportLink(c.deps.actions, {
    org: c.org, person: { platformUserId: by.platformUserId, ...(c.ctx.activity.from?.name ? { displayName: c.ctx.activity.from.name.slice(0, 300) } : {}) },
    platformSaysAdmin: () => by.isWorkspaceAdmin === true, minutes: c.deps.config.exportLinkMinutes, urlFor: base ? (token) => exportDownloadUrl(base, token) : null,
  });
  const view = exportLinkView(lang, c.org.timeZone, out);
  if (out.status !== 'ok') return { text: view.fallbackText };
  return { card: renderAdaptiveCards(view)[0]!, fallback: view.fallbackText };
};
