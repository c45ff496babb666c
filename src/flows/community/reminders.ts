/**
 * Reminders a day and an hour before a study group, once each, however many instances run the
 * sweep at the same moment: a reminder is claimed by inserting its (event, kind, start time) row,
 * which only one transaction can do, and the DMs are written in that same transaction. An event
 * created less than a day ahead gets only the hour reminder; a moved event is reminded again.
 */
import { claimReminder, eventsDueForReminder, signedUp } from '../../db/repo/community-events.js';
import { organisations, REMINDER_KINDS } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { nowOf, send, type CommunityDeps } from './deps.js';
import { eventViewModel } from './events.js';
import { communityMessages } from './messages.js';
import { postMessage } from './outbox.js';
import { eventDmView } from './views/event-view.js';

export async function sendEventReminders(deps: CommunityDeps): Promise<{ reminders: number; messages: number }> {
  const now = nowOf(deps);
  let reminders = 0;
  let messages = 0;
  for (const kind of REMINDER_KINDS) {
    for (const e of await eventsDueForReminder(deps.database.db, kind, now)) {
      const written = await deps.database.db.transaction(async (tx) => {
        if (!(await claimReminder(tx, e.id, kind, e.startsAt))) return null;
        const [org] = await tx.select().from(organisations).where(eq(organisations.id, e.orgId));
        const m = communityMessages(org!.language);
        const sentence = kind === 'day' ? m.reminderDay(e.title) : m.reminderHour(e.title);
        const view = eventDmView(await eventViewModel(tx, e), sentence, org!.timeZone, org!.language);
        const going = await signedUp(tx, e.id, ['going']);
        await send(
          tx,
          deps,
          going.map((p) =>
            postMessage(e.orgId, { type: 'user', platformUserId: p.platformUserId }, view, `community:reminder:${e.id}:${kind}:${e.startsAt.toISOString()}:${p.rsvp.memberId}`, { eventId: e.id, reminder: kind }),
          ),
        );
        return going.length;
      });
      if (written === null) continue; // another instance sent it
      reminders += 1;
      messages += written;
    }
  }
  return { reminders, messages };
}
