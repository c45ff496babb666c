/**
 * The pipeline's FileSource for Teams submissions:
 * - a file sent in personal chat: downloaded from the pre-authorised URL Teams gave with it;
 * - a pasted transcript: the text kept with the submission;
 * - a meeting: its transcript from Microsoft Graph as WebVTT.
 * A failure that will not get better (expired link, transcription off, …) is recorded with its
 * reason and thrown as FileGoneError, so the user gets a message saying exactly that; others are
 * retried by the job, and the last attempt turns them into a reasoned failure too (never silence).
 * On the way it moves the submission's progress message on (受付 → 文字起こし / 解析), as Slack's does.
 */
import type { ActionDeps } from '../../flows/actions/deps.js';
import { progressForFile } from '../../flows/actions/progress.js';
import { FileGoneError, type FileRef, type FileSource } from '../../flows/ports.js';
import { isMedia } from '../../flows/run-analysis-job.js';
import type { Logger } from '../../logger.js';
import { isLoopbackUrl, type TeamsConfig } from './config.js';
import { fetchMeetingTranscript, TranscriptFetchError } from './graph-transcripts.js';
import { TEAMS_LIMITS } from './limits.js';
import { teamsText, type FetchReason } from './messages.js';
import type { TeamsStore } from '../../flows/teams-store.js';
import type { MamoriTeamsApp } from './teams-app.js';

export interface TeamsFileSourceDeps {
  store: TeamsStore;
  app: MamoriTeamsApp;
  config: TeamsConfig;
  logger: Logger;
  /** Attempts an analysis job gets (retry limit + 1): the last one gives up with a reason. */
  analysisAttempts: number;
  sleep?: (ms: number) => Promise<void>;
  maxDownloadBytes?: number;
  /**
   * Meetings are submitted only once their transcript was published or the re-checks gave up
   * (./meeting-watch.ts): an empty transcript list is then final, not worth the job's retries.
   */
  meetingsWatched?: boolean;
  /** Replaces the progress message (a Teams message reference) with a text: the Messenger's replaceWithText. */
  updateProgress?: (orgId: string, ref: string, text: string) => Promise<void>;
  /** Where the progress messages are recorded (with updateProgress). */
  actions?: Pick<ActionDeps, 'database'>;
}

class TransientFetchError extends Error {
  override name = 'TransientFetchError';
  constructor(readonly reason: FetchReason, message: string) {
    super(message);
  }
}

export class TeamsFileSource implements FileSource {
  constructor(private readonly deps: TeamsFileSourceDeps) {}

  async fetch(ref: FileRef): Promise<Uint8Array> {
    if (ref.source !== 'teams_file' && ref.source !== 'teams_meeting') throw new Error(`not a Teams submission: ${ref.source}`);
    const { store } = this.deps;
    const input = await store.input(ref.orgId, ref.platformFileId);
    if (!input) throw new FileGoneError('the Teams input of this submission is gone');
    if (input.kind === 'text') {
      await this.stage(ref, 'analysing');
      return new TextEncoder().encode(input.content ?? '');
    }
    if (input.kind === 'download') await this.stage(ref, isMedia(ref.fileName, '') ? 'transcribing' : 'analysing');
    const attempt = await store.countAttempt(ref.orgId, ref.platformFileId);
    const last = attempt >= this.deps.analysisAttempts;
    try {
      const bytes = input.kind === 'meeting'
        ? await this.meetingTranscript(ref.orgId, input.organizerAadId ?? '', input.meetingId ?? '')
        : await this.download(input.downloadUrl);
      if (input.failure) await store.recordFailure(ref.orgId, ref.platformFileId, null);
      return bytes;
    } catch (err) {
      const reason = err instanceof TranscriptFetchError || err instanceof TransientFetchError
        ? err.reason
        : err instanceof FileGoneError ? 'download_failed' : input.kind === 'meeting' ? 'graph_error' : 'download_failed';
      const permanent = err instanceof FileGoneError || (err instanceof TranscriptFetchError && err.permanent)
        || (this.deps.meetingsWatched === true && input.kind === 'meeting' && reason === 'no_transcript');
      this.deps.logger.info({ orgId: ref.orgId, reason, attempt, permanent }, 'teams input fetch failed');
      await store.recordFailure(ref.orgId, ref.platformFileId, reason);
      if (permanent || last) throw new FileGoneError(`teams input unavailable: ${reason}`);
      throw err instanceof Error ? err : new Error(String(err));
    }
  }

  /** Moves the progress message on; never fails the job. */
  private async stage(ref: FileRef, stage: 'transcribing' | 'analysing'): Promise<void> {
    if (!this.deps.updateProgress || !this.deps.actions) return;
    try {
      const p = await progressForFile(this.deps.actions.database, ref.orgId, ref.platformFileId);
      if (!p) return;
      const t = teamsText(p.language);
      await this.deps.updateProgress(ref.orgId, p.ref, stage === 'transcribing' ? t.transcribing(ref.fileName) : t.analysing(ref.fileName));
    } catch (err) {
      this.deps.logger.debug({ err: { name: (err as Error).name } }, 'progress update failed');
    }
  }

  private async meetingTranscript(orgId: string, organizerId: string, meetingId: string): Promise<Uint8Array> {
    const org = await this.deps.store.organisationById(orgId);
    if (!org || !organizerId || !meetingId) throw new TranscriptFetchError('meeting_expired', true, 'meeting details missing');
    const graph = this.deps.app.graphHttp(org.platformTeamId, this.deps.config.graphBaseUrl);
    const vtt = await fetchMeetingTranscript(graph, { organizerId, meetingId }, { sleep: this.deps.sleep });
    return new TextEncoder().encode(vtt);
  }

  private async download(url: string | null): Promise<Uint8Array> {
    if (!url) throw new TransientFetchError('url_expired', 'no download URL kept');
    if (!isAllowedDownloadUrl(url, this.deps.config.allowUnauthenticated)) {
      throw new FileGoneError('download URL refused');
    }
    const max = this.deps.maxDownloadBytes ?? TEAMS_LIMITS.maxDownloadBytes;
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
    } catch (err) {
      throw new TransientFetchError('download_failed', `download failed: ${(err as Error).name}`);
    }
    if ([401, 403, 404, 410].includes(res.status)) {
      await res.body?.cancel();
      throw new TranscriptFetchError('url_expired', true, `download answered ${res.status}`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      if (res.status >= 400 && res.status < 500 && res.status !== 429) throw new TranscriptFetchError('download_failed', true, `download answered ${res.status}`);
      throw new TransientFetchError('download_failed', `download answered ${res.status}`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > max) {
      await res.body?.cancel();
      throw new TranscriptFetchError('too_large', true, `file of ${declared} bytes`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    if (!reader) return new Uint8Array();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        throw new TranscriptFetchError('too_large', true, `file over ${max} bytes`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }
}

/**
 * Where a Teams file may be downloaded from: https anywhere Teams points (SharePoint/OneDrive hosts
 * vary by tenant), and in the unauthenticated development mode only loopback, so an unauthenticated
 * sender cannot make the bot fetch an address of their choosing.
 */
export function isAllowedDownloadUrl(url: string, unauthenticatedMode: boolean): boolean {
  if (unauthenticatedMode) return isLoopbackUrl(url);
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
