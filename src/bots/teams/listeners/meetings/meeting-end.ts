/**
 * A meeting ended: its transcript is submitted for analysis (after the meeting watch has waited for
 * Teams to publish it), and the organiser gets the answer, or the reason there is none, privately.
 */
import type { Activity } from '@microsoft/teams.api';
import { firstDelivery } from '../../../../flows/actions/inbox.js';
import { submitMeeting } from '../../meeting-watch.js';
import { teamsText } from '../../messages.js';
import { textActivity } from '../../messenger.js';
import { errorSummary, tenantOf, type Ctx, type HandlerDeps } from '../context.js';

/** meetingEnd: submit the meeting's transcript; the organiser gets the answer (or the reason) privately. */
export async function onMeetingEnd(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity as Activity & { value?: { Id?: string; Title?: string } };
  const tenant = tenantOf(a);
  const meetingId = a.value?.Id ?? (a.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id;
  if (!tenant || !meetingId) return;
  const org = await deps.store.organisation(tenant);
  const t = teamsText(org.language === 'en' ? 'en' : 'ja');
  const eventId = a.id || `meetingEnd:${meetingId}`;
  let organizer: string | undefined;
  let organizerName: string | undefined;
  let graphMeetingId: string | undefined;
  let title = a.value?.Title;
  try {
    const info = await ctx.api.meetings.getById(meetingId);
    organizer = info.organizer?.aadObjectId;
    organizerName = info.organizer?.name;
    graphMeetingId = info.details?.msGraphResourceId;
    title = info.details?.title || title;
  } catch (err) {
    deps.actions.logger.warn({ err: errorSummary(err) }, 'meeting details unavailable');
  }
  if (!organizer || !graphMeetingId) {
    if (await firstDelivery(deps.actions, 'teams', eventId)) await ctx.send(textActivity(t.meetingUnknown()));
    return;
  }
  const fileId = `meeting:${graphMeetingId}`.slice(0, 500);
  await deps.store.saveInput({ orgId: org.id, fileId, kind: 'meeting', organizerAadId: organizer, meetingId: graphMeetingId });
  const meeting = {
    tenantId: tenant, eventId, fileId, organizerAadId: organizer, organizerName, graphMeetingId,
    fileName: `${(title || 'Teams meeting').replace(/[\r\n]+/g, ' ').slice(0, 200)}.vtt`,
  };
  if (deps.meetingWatch) {
    // Transcripts are published some minutes after the meeting (later for long ones): wait for it.
    await deps.meetingWatch.start(meeting);
    return;
  }
  await submitMeeting({ actions: deps.actions, onQueued: deps.onQueued }, meeting);
  await firstDelivery(deps.actions, 'teams', eventId);
}
