/**
 * What the Teams adapter remembers between activities, as a port: conversation references it may post
 * to later, the inputs behind its submissions (with why fetching one failed), and the activities it
 * posted for an outbox message. db/repo/teams.ts implements it and the server hands it to the adapter,
 * which so holds no SQL of its own.
 */
import type { Organisation } from '../db/repo/organisations.js';
import type { StoredConversation, StoredInput } from '../db/repo/teams.js';
import type { TeamsConversationType, TeamsFetchFailure, TeamsInputKind } from '../db/schema/index.js';

export type { StoredConversation, StoredInput, TeamsConversationType, TeamsFetchFailure, TeamsInputKind };
/** The part number recordPosted uses for a whole message, once every part of it was posted. */
export { TEAMS_FETCH_FAILURES, TEAMS_POSTED_COMPLETE } from '../db/schema/index.js';

export interface TeamsStore {
  /** The organisation of a Teams tenant, created on first sight. */
  organisation(tenantId: string): Promise<Organisation>;
  organisationById(orgId: string): Promise<Organisation | null>;

  saveConversation(row: {
    orgId: string; conversationId: string; conversationType: TeamsConversationType; serviceUrl: string; botId: string;
    userAadId?: string | null | undefined; userBotId?: string | null | undefined;
  }): Promise<void>;
  /** The app was removed from the conversation: nothing is posted there any more. */
  markRemoved(orgId: string, conversationId: string): Promise<void>;
  conversation(orgId: string, conversationId: string): Promise<StoredConversation | null>;
  /** The user's personal chat with the app, if they ever talked to it or installed it (and did not remove it). */
  personalConversation(orgId: string, userAadId: string): Promise<StoredConversation | null>;
  /** The most recently seen Bot Connector endpoint and bot id of the organisation. */
  latestEndpoint(orgId: string): Promise<{ serviceUrl: string; botId: string } | null>;

  /** Records what a submission will need to fetch its content (a new share refreshes the download URL). */
  saveInput(row: {
    orgId: string; fileId: string; kind: TeamsInputKind; downloadUrl?: string; content?: string; organizerAadId?: string; meetingId?: string;
  }): Promise<void>;
  input(orgId: string, fileId: string): Promise<StoredInput | null>;
  /** Counts a fetch attempt; returns the attempt number (1 for the first). */
  countAttempt(orgId: string, fileId: string): Promise<number>;
  recordFailure(orgId: string, fileId: string, reason: TeamsFetchFailure | null): Promise<void>;
  /** The recorded fetch failure of a submission's input, with what the user knows it by. */
  failureOf(submissionId: string): Promise<{ reason: TeamsFetchFailure; fileName: string } | null>;
  /** The language a submission's sharer is answered in when it is not the organisation's (their Teams locale). */
  answerLanguage(submissionId: string): Promise<'ja' | 'en' | null>;

  /** Records an activity created for an outbox message (part n, or the whole message). */
  recordPosted(outboxId: string, part: number, ref: string): Promise<void>;
  /** What earlier attempts recorded for an outbox message, by part. */
  postedParts(outboxId: string): Promise<Map<number, string>>;

  displayNames(orgId: string, platformUserIds: string[]): Promise<Map<string, string>>;
  /** Supervisors of the organisation with no personal chat with the app: alerts cannot reach them. */
  supervisorsWithoutApp(orgId: string): Promise<Array<{ platformUserId: string; displayName: string | null }>>;
}
