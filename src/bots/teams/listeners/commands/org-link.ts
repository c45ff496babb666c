/**
 * Linking the tenant's settings with the organisation's Slack workspace (issue 5), typed to the bot:
 * `link` (a one-time code for the Slack admin), `link CODE` (a code issued in Slack), `unlink`.
 * Same flows and words as Slack (src/flows/actions/org-links.ts). Routed by the command table (./index.ts).
 */
import type { ActionDeps, Actor, OrgRef } from '../../../../flows/actions/deps.js';
import { runLinkCommand } from '../../../../flows/actions/org-links.js';
import { organisationLanguage } from '../../../../flows/actions/settings.js';

/** The answer's text, or null when the message is not a link command. */
export async function teamsAdminLink(
  deps: Pick<ActionDeps, 'database' | 'orgDefaults' | 'logger' | 'now'>,
  input: { orgId: string; org: OrgRef; by: Actor; text: string },
): Promise<string | null> {
  const [verb = '', ...rest] = input.text.replace(/<at>[^<]*<\/at>/g, ' ').trim().split(/\s+/);
  if (!/^(link|unlink|連携|連携解除)$/i.test(verb)) return null;
  // The shared language (the Slack owner's, once linked), not this tenant's stored one.
  const language = await organisationLanguage(deps.database, input.orgId);
  return runLinkCommand(deps, { org: input.org, by: input.by, language, verb, args: rest.join(' ') });
}
