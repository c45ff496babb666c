/**
 * The supervisor alert on Teams links back to the call's answer when it was posted in a channel
 * thread or a group chat, built from the answer's recorded reference (no lookup), as Slack's
 * permalink does; an answer in a personal chat keeps the "private" note (tests/bots/teams/e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsMessageRef } from '../../../src/bots/teams/messenger.js';
import { addToOutbox } from '../../../src/db/repo/outbox.js';
import type { AlertPayload } from '../../../src/flows/actions/alerts.js';
import { attachProgressMessage, recordAnswerRef } from '../../../src/flows/actions/progress.js';
import type { JobQueue } from '../../../src/flows/ports.js';
import { submitForAnalysis } from '../../../src/flows/submit-for-analysis.js';
import { LABELS } from '../../../src/flows/views/labels.js';
import { silentLogger } from '../../../src/logger.js';
import { FakeBotConnector } from '../../helpers/fake-bot-connector.js';
import { submission } from '../../helpers/fakes.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { BOSS, personal, STAFF, startHarness, TENANT, type Harness } from './harness.js';

const CHANNEL = '19:cs-desk@thread.tacv2';
const GROUP = '19:shift-leads@thread.v2';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  expect((await h.post(personal(h, BOSS, { text: 'help' }))).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

const text = (a: { body: Record<string, any> }) => FakeBotConnector.textOf(a as never);

/** A submission whose answer was posted at `answerRef`, in a conversation the app is in. */
async function answeredAt(name: string, conversationType: 'channel' | 'groupChat', conversationId: string, activityId: string): Promise<{ orgId: string; submissionId: string }> {
  const org = await h.bot.store.organisation(TENANT);
  const base = conversationId.split(';messageid=')[0]!;
  await h.bot.store.saveConversation({ orgId: org.id, conversationId: base, conversationType, serviceUrl: h.connector.url, botId: 'bot' });
  const noJobs: JobQueue = { enqueueAnalysis: async () => {}, enqueueDelivery: async () => {}, enqueueMeetingCheck: async () => {} };
  const outcome = await submitForAnalysis({ database: h.tdb.database, queue: noJobs, orgDefaults: ORG_DEFAULTS, logger: silentLogger }, {
    ...submission({ content: `risk=90;dur=60;n=${name}` }), source: 'teams_file',
    org: { platform: 'teams', platformTeamId: TENANT, name: `Teams ${TENANT}` }, submitter: { platformUserId: STAFF.aad },
    replyTo: { channel: base },
  } as never);
  const submissionId = (outcome as { submissionId: string }).submissionId;
  const ref = teamsMessageRef(conversationId, activityId);
  await attachProgressMessage(h.tdb.database, { submissionId, orgId: org.id, channel: conversationId, ref, language: 'ja' });
  await recordAnswerRef(h.tdb.database, submissionId, conversationId, ref);
  return { orgId: org.id, submissionId };
}

/** The alert to the supervisor about that submission, as delivered. */
async function alertCard(orgId: string, submissionId: string): Promise<string> {
  const payload: AlertPayload = { submissionId, analysisId: submissionId, fileName: 'call.vtt', verdict: 'kasuhara', risk: 90, level: 'high', categories: [], staffUserId: STAFF.aad };
  const target = { type: 'user' as const, platformUserId: BOSS.aad };
  const [id] = await addToOutbox(h.tdb.database.db, [{ orgId, kind: 'alert', target, payload: payload as never, dedupeKey: `test:alert:${submissionId}` }]);
  const ref = await h.bot.messenger.post({ id: id!, orgId, kind: 'alert', target, payload: payload as never });
  const activityId = ref.split('|')[1];
  const posted = h.connector.activities.find((a) => a.op === 'create' && a.conversationId === BOSS.chat && a.activityId === activityId);
  return text(posted!) + JSON.stringify(posted!.body);
}

describe('the Teams alert links to the answer', () => {
  it('in a channel thread: the reply, under its thread root, in the tenant', async () => {
    const { orgId, submissionId } = await answeredAt('thread', 'channel', `${CHANNEL};messageid=1700000000001`, '1700000000999');
    const card = await alertCard(orgId, submissionId);
    expect(card).toContain(`https://teams.microsoft.com/l/message/${encodeURIComponent(CHANNEL)}/1700000000999?tenantId=${TENANT}&parentMessageId=1700000000001`);
    expect(card).toContain(LABELS.ja.thread);
    expect(card).not.toContain(LABELS.ja.alertNoLink);
  });

  it('in a group chat: the message, opened as a chat', async () => {
    const { orgId, submissionId } = await answeredAt('group', 'groupChat', GROUP, '1700000000555');
    const card = await alertCard(orgId, submissionId);
    expect(card).toContain(`https://teams.microsoft.com/l/message/${encodeURIComponent(GROUP)}/1700000000555?context=`);
    expect(card).not.toContain(LABELS.ja.alertNoLink);
  });
});
