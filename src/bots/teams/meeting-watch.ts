/**
 * Teams publishes a meeting's transcript some time after the meeting ends, later for long meetings.
 * The meeting-end event therefore does not submit the meeting at once: it starts a watch, a pg-boss
 * job that asks Graph for the meeting's transcripts. When one is listed (or Graph refuses: the
 * analysis then explains the refusal), the meeting is submitted for analysis as before. While the
 * list is empty the job schedules itself again (`startAfter`) at each of the configured minutes
 * after the meeting's end (TEAMS_TRANSCRIPT_RECHECK_MINUTES, default 5, 15, 30, 60); after the last
 * empty check the meeting is submitted anyway and the organiser is told there is no transcript.
 *
 * Exactly once: the event is recorded and the first check queued in one transaction (the flow
 * flows/actions/transcript-watch.ts); every check has a job id derived from the event and its number,
 * so a check run twice queues the next one once, and the submission is deduplicated on the event id.
 */
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { ActionDeps } from '../../flows/actions/deps.js';
import { startTranscriptWatch } from '../../flows/actions/transcript-watch.js';
import { submitForAnalysis } from '../../flows/submit-for-analysis.js';
import { MEETING_WATCH_QUEUE } from '../../jobs/queues.js';
import { startWorkerLoop, type WorkerLoop } from '../../jobs/worker-loop.js';
import type { Logger } from '../../logger.js';
import type { TeamsConfig } from './config.js';
import { listMeetingTranscripts } from './graph-transcripts.js';
import { USER_CHANNEL_PREFIX } from './messenger.js';
import type { TeamsStore } from '../../flows/teams-store.js';
import type { MamoriTeamsApp } from './teams-app.js';

/** What the meeting-end event knew, carried from check to check. */
export interface MeetingWatchData {
  tenantId: string;
  /** The meeting-end activity id (the submission's platformEventId). */
  eventId: string;
  /** The Teams input's file id (`meeting:<graph id>`), saved before the watch starts. */
  fileId: string;
  organizerAadId: string;
  organizerName?: string | undefined;
  graphMeetingId: string;
  /** File name of the submission (the meeting title + .vtt). */
  fileName: string;
  /** ISO time the meeting ended (the event's arrival): re-checks are counted from it. */
  endedAt: string;
  /** 0 for the check at the meeting's end, n for the re-check at the n-th configured minute. */
  check: number;
}

export interface MeetingWatchDeps {
  boss: PgBoss;
  app: MamoriTeamsApp;
  config: TeamsConfig;
  store: TeamsStore;
  actions: ActionDeps;
  logger: Logger;
  pollingIntervalMs: number;
  /** Waits for a short Graph Retry-After (tests). */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Wakes the analysis workers after the meeting was submitted. */
  onQueued?: (() => void) | undefined;
}

export interface MeetingWatch {
  /** Records the meeting-end event and queues the first check, once; false when the event was seen before. */
  start(data: Omit<MeetingWatchData, 'check' | 'endedAt'>, endedAt?: Date): Promise<boolean>;
  stop(): Promise<void>;
}

/** A stable job id (a UUID) for the n-th check of a meeting-end event. */
export function meetingCheckJobId(eventId: string, check: number): string {
  const h = createHash('sha256').update(`teams-meeting-watch:${eventId}:${check}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function ensureMeetingWatchQueue(boss: PgBoss): Promise<void> {
  const policy = { name: MEETING_WATCH_QUEUE, retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 };
  if (await boss.getQueue(MEETING_WATCH_QUEUE)) return;
  try {
    await boss.createQueue(MEETING_WATCH_QUEUE, policy);
  } catch (err) {
    if (!(await boss.getQueue(MEETING_WATCH_QUEUE))) throw err; // not a lost race
  }
}

/** Submits the meeting for analysis; the organiser gets the answer (or the reason) privately. */
export async function submitMeeting(deps: Pick<MeetingWatchDeps, 'actions' | 'onQueued'>, data: Omit<MeetingWatchData, 'check' | 'endedAt'>): Promise<void> {
  const { actions } = deps;
  const outcome = await submitForAnalysis(
    { database: actions.database, queue: actions.queue, orgDefaults: actions.orgDefaults, logger: actions.logger },
    {
      org: { platform: 'teams', platformTeamId: data.tenantId, name: `Teams ${data.tenantId}` },
      submitter: { platformUserId: data.organizerAadId, ...(data.organizerName ? { displayName: data.organizerName.slice(0, 300) } : {}) },
      source: 'teams_meeting', platformEventId: data.eventId,
      file: { id: data.fileId, name: data.fileName, type: 'text/vtt', sizeBytes: 0 },
      replyTo: { channel: `${USER_CHANNEL_PREFIX}${data.organizerAadId}` },
    },
  );
  if (outcome.status === 'queued') deps.onQueued?.();
}

/** One check: submit when Graph lists a transcript (or refuses), else come back at the next minute. */
export async function checkMeetingTranscript(deps: MeetingWatchDeps, data: MeetingWatchData): Promise<'submitted' | 'rescheduled' | 'gave_up'> {
  const log = deps.logger.child({ component: 'meeting-watch', check: data.check });
  let published: boolean | null;
  try {
    const graph = deps.app.graphHttp(data.tenantId, deps.config.graphBaseUrl);
    published = (await listMeetingTranscripts(graph, { organizerId: data.organizerAadId, meetingId: data.graphMeetingId }, { sleep: deps.sleep })).length > 0;
  } catch (err) {
    // A refusal (transcription off, no permission, throttled, …): the analysis tells the organiser why.
    log.info({ err: { name: (err as Error).name, message: (err as Error).message } }, 'meeting transcript check refused');
    published = null;
  }
  const offsets = deps.config.transcriptRecheckMinutes;
  if (published === false && data.check < offsets.length) {
    const startAfter = new Date(Date.parse(data.endedAt) + offsets[data.check]! * 60_000);
    const next: MeetingWatchData = { ...data, check: data.check + 1 };
    await deps.boss.send(MEETING_WATCH_QUEUE, next, { id: meetingCheckJobId(data.eventId, next.check), startAfter });
    log.info({ startAfter: startAfter.toISOString() }, 'meeting transcript not published yet: checking again later');
    return 'rescheduled';
  }
  await submitMeeting(deps, data);
  if (published === false) log.info('meeting transcript still not published after the last check');
  return published === false ? 'gave_up' : 'submitted';
}

export function startMeetingWatch(deps: MeetingWatchDeps): MeetingWatch {
  const loop: WorkerLoop = startWorkerLoop<MeetingWatchData>(deps.boss, {
    queue: MEETING_WATCH_QUEUE, concurrency: 1, pollingIntervalMs: deps.pollingIntervalMs, logger: deps.logger,
    handler: (job) => checkMeetingTranscript(deps, job.data),
  });
  return {
    async start(input, endedAt = new Date()) {
      const data: MeetingWatchData = { ...input, endedAt: endedAt.toISOString(), check: 0 };
      const started = await startTranscriptWatch(deps.actions, { platform: 'teams', eventId: input.eventId }, { data, jobId: meetingCheckJobId(input.eventId, 0) });
      if (started) loop.notify();
      return started;
    },
    stop: () => loop.stop(),
  };
}
