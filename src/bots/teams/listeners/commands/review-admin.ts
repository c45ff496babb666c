/**
 * The AI review's admin commands in Teams (issue 8), typed to the bot like its other commands:
 * `ai` (settings and this month's usage), `ai on|off`, `ai model NAME|default`, `ai tokens IN OUT|default`,
 * `ai usage`, `manual <the manual's text>` (pasted: up to 200 KB; Teams files shared in chat go to
 * analysis) and `manual clear`. Same flows and words as Slack (src/flows/review-messages.ts).
 *
 * Routed by the command table (./index.ts).
 */
import type { Language } from '../../../../analysis/result.js';
import type { ActionDeps, Actor, OrgRef } from '../../../../flows/actions/deps.js';
import { parseReviewCommand, runReviewCommand } from '../../../../flows/review-messages.js';

/** The answer's text, or null when the message is not an AI-review command. */
export async function teamsAdminAi(
  deps: Pick<ActionDeps, 'database' | 'orgDefaults' | 'logger' | 'now'>,
  input: { org: OrgRef; by: Actor; language: Language; text: string },
): Promise<string | null> {
  // Mentions (<at>mamori</at>) are removed; the manual keeps its line breaks.
  const text = input.text.replace(/<at>[^<]*<\/at>/g, ' ').replace(/^\s+/, '');
  const m = /^(\S+)(?:[ \t]+|\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) return null;
  const cmd = parseReviewCommand(m[1]!, m[2] ?? '');
  if (!cmd) return null;
  return runReviewCommand(deps, { org: input.org, by: input.by, language: input.language, platform: 'teams' }, cmd);
}
