/**
 * The weekly digest in each community channel: questions asked in the last 7 days, those still
 * open, and those resolved in the last 7 days. One per organisation and week (by the date it is
 * sent in the digest's time zone), however often the job runs.
 */
import { digestQuestions } from '../../db/repo/community-questions.js';
import { communitySettings, organisations } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { nowOf, send, type CommunityDeps } from './deps.js';
import { postMessage } from './outbox.js';
import { localDate } from '../../time/event-time.js';
import { digestView } from './views/lists-view.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export async function sendWeeklyDigests(deps: CommunityDeps): Promise<{ sent: number }> {
  const now = nowOf(deps);
  const since = new Date(now.getTime() - WEEK_MS);
  const orgs = await deps.database.db
    .select({ org: organisations, settings: communitySettings })
    .from(communitySettings)
    .innerJoin(organisations, eq(organisations.id, communitySettings.orgId));
  let sent = 0;
  for (const { org, settings } of orgs) {
    await deps.database.db.transaction(async (tx) => {
      const lists = await digestQuestions(tx, org.id, since);
      const status = (s: string) => (s === 'resolved' ? '✅' : s === 'answered' ? '💬' : '❓');
      const view = digestView(
        {
          created: lists.created.map((q) => `${status(q.status)} ${q.title}`),
          open: lists.open.map((q) => `${status(q.status)} ${q.title}`),
          resolved: lists.resolved.map((q) => `✅ ${q.title}`),
        },
        org.language,
      );
      const week = localDate(now, deps.config.digestTimeZone);
      await send(tx, deps, [postMessage(org.id, { type: 'channel', channel: settings.channel }, view, `community:digest:${org.id}:${week}`, { digestWeek: week })]);
    });
    sent += 1;
  }
  return { sent };
}
