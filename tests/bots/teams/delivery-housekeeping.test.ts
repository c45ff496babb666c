/**
 * Teams delivery exactly once (an attempt that crashed between the post and mark-sent is not posted
 * again) and the Teams housekeeping (re-alerts, stale progress messages closed with a failure note).
 */
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_AUDIENCES, helpText } from '../../../src/flows/help.js';
import { teamsText } from '../../../src/bots/teams/messages.js';
import { teamsMessageRef } from '../../../src/bots/teams/messenger.js';
import { teamsHousekeeping, teamsHousekeepingSettings } from '../../../src/bots/teams/runtime.js';
import { addToOutbox, claimOutboxMessage } from '../../../src/db/repo/outbox.js';
import { outbox, progressMessages, TEAMS_POSTED_COMPLETE, teamsPostedActivities } from '../../../src/db/schema/index.js';
import { attachProgressMessage } from '../../../src/flows/actions/progress.js';
import { setSupervisor } from '../../../src/flows/actions/settings.js';
import { deliverOutboxMessage } from '../../../src/flows/deliver-outbox.js';
import type { JobQueue, OutgoingMessage } from '../../../src/flows/ports.js';
import { submitForAnalysis } from '../../../src/flows/submit-for-analysis.js';
import { silentLogger } from '../../../src/logger.js';
import { FakeBotConnector } from '../../helpers/fake-bot-connector.js';
import { submission } from '../../helpers/fakes.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { waitFor } from '../../helpers/test-database.js';
import { BOSS, fileMessage, installUpdate, personal, STAFF, startHarness, TENANT, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // The staff member talked to the app: their personal chat is stored.
  expect((await h.post(personal(h, STAFF, { text: 'help' }))).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

const orgId = async () => (await h.bot.store.organisation(TENANT)).id;
const text = (a: { body: Record<string, any> }) => FakeBotConnector.textOf(a as never);
const created = (needle: string) => h.connector.activities.filter((a) => a.op === 'create' && text(a).includes(needle));

/** An outbox message nobody enqueued (the test drives its delivery). */
async function queuedMessage(note: string): Promise<string> {
  const [id] = await addToOutbox(h.tdb.database.db, [{
    orgId: await orgId(), kind: 'quota_warning', target: { type: 'user', platformUserId: STAFF.aad },
    payload: { message: note }, dedupeKey: `test:${note}`,
  }]);
  return id!;
}

/** Attempt 1 as the delivery runs it, up to the post; then the process "dies": no mark-sent, the claim stays. */
async function postThenCrash(outboxId: string): Promise<void> {
  const row = await claimOutboxMessage(h.tdb.database.db, outboxId, 30);
  const message: OutgoingMessage = { id: row!.id, orgId: row!.orgId, kind: row!.kind, target: row!.target, payload: row!.payload };
  await h.bot.messenger.post(message);
  // The claim runs out, so another worker may take over.
  await h.tdb.database.db.update(outbox).set({ claimedUntil: sql`now() - interval '1 second'` }).where(eq(outbox.id, outboxId));
}

const deliveryDeps = () => ({ database: h.tdb.database, messenger: h.bot.messenger, logger: silentLogger, leaseSeconds: 30 });

describe('Teams delivery, exactly once', () => {
  it('a delivery retried after a crash between the post and mark-sent is found, not posted again', async () => {
    const id = await queuedMessage('crash-after-post');
    await postThenCrash(id);
    expect(created('crash-after-post')).toHaveLength(1);

    expect(await deliverOutboxMessage(deliveryDeps(), { outboxId: id })).toBe('recovered');
    expect(created('crash-after-post')).toHaveLength(1);
    const [row] = await h.tdb.database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row).toMatchObject({ status: 'sent', attempts: 2, platformMessageRef: teamsMessageRef(STAFF.chat, created('crash-after-post')[0]!.activityId) });
    // And once sent, a redelivered job does nothing.
    expect(await deliverOutboxMessage(deliveryDeps(), { outboxId: id })).toBe('already_sent');
    expect(created('crash-after-post')).toHaveLength(1);
  });

  it('a crash after a page was recorded but before the whole message: the retry resumes after the recorded pages', async () => {
    const id = await queuedMessage('crash-mid-message');
    await postThenCrash(id);
    // As if the process died after recording page 0 and before recording the whole message.
    await h.tdb.database.db.delete(teamsPostedActivities)
      .where(sql`${teamsPostedActivities.outboxId} = ${id} and ${teamsPostedActivities.part} = ${TEAMS_POSTED_COMPLETE}`);
    expect(await deliverOutboxMessage(deliveryDeps(), { outboxId: id })).toBe('sent');
    expect(created('crash-mid-message')).toHaveLength(1);
    const [row] = await h.tdb.database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row!.platformMessageRef).toBe(teamsMessageRef(STAFF.chat, created('crash-mid-message')[0]!.activityId));
  });

  it('without the record the retry posts again (the record is what prevents it)', async () => {
    const id = await queuedMessage('no-record');
    await postThenCrash(id);
    await h.tdb.database.db.delete(teamsPostedActivities).where(eq(teamsPostedActivities.outboxId, id));
    expect(await deliverOutboxMessage(deliveryDeps(), { outboxId: id })).toBe('sent');
    expect(created('no-record')).toHaveLength(2);
  });

  it('the normal delivery (workers) posts once and records the message', async () => {
    const org = await orgId();
    const [id] = await h.tdb.database.db.transaction(async (tx) => {
      const ids = await addToOutbox(tx, [{
        orgId: org, kind: 'quota_warning', target: { type: 'user', platformUserId: STAFF.aad },
        payload: { message: 'through-workers' }, dedupeKey: 'test:through-workers',
      }]);
      await h.pipeline.queue.enqueueDelivery(tx, ids);
      return ids;
    });
    h.pipeline.workers?.notify();
    await waitFor('delivered', async () => (await h.tdb.database.db.select().from(outbox).where(eq(outbox.id, id!)))[0]?.status === 'sent');
    expect(created('through-workers')).toHaveLength(1);
    const parts = await h.bot.store.postedParts(id!);
    expect([...parts.keys()].sort()).toEqual([TEAMS_POSTED_COMPLETE, 0]);
  });
});

describe('Teams housekeeping', () => {
  const deps = () => ({
    database: h.tdb.database, queue: h.pipeline.queue, logger: silentLogger, notify: () => h.pipeline.workers?.notify(),
    realertSeconds: 60, progressTimeoutSeconds: 60,
  });

  it('reads the delays like Slack (minutes, with defaults)', () => {
    expect(teamsHousekeepingSettings({})).toEqual({ realertSeconds: 1800, progressTimeoutSeconds: 1800 });
    expect(teamsHousekeepingSettings({ MAMORI_REALERT_MINUTES: '0', MAMORI_PROGRESS_TIMEOUT_MINUTES: '5' })).toEqual({ realertSeconds: 0, progressTimeoutSeconds: 300 });
  });

  it('refuses a bad delay with the variable named, as Slack does, instead of clamping it', () => {
    expect(() => teamsHousekeepingSettings({ MAMORI_REALERT_MINUTES: 'soon' })).toThrow(/MAMORI_REALERT_MINUTES/);
    expect(() => teamsHousekeepingSettings({ MAMORI_PROGRESS_TIMEOUT_MINUTES: '100000' })).toThrow(/MAMORI_PROGRESS_TIMEOUT_MINUTES/);
  });

  it('an alert nobody acknowledged is sent again to the supervisor after the delay, once', async () => {
    expect((await h.post(installUpdate(h, BOSS))).status).toBe(200);
    await setSupervisor(
      { database: h.tdb.database, orgDefaults: ORG_DEFAULTS, logger: silentLogger },
      { org: { platform: 'teams', platformTeamId: TENANT, name: 'x' }, by: { platformUserId: 'aad-admin', isWorkspaceAdmin: true }, staff: [STAFF.aad], supervisor: BOSS.aad },
    );
    h.connector.files.set('realert.vtt', { body: VTT });
    expect((await h.post(fileMessage(h, STAFF, 'realert.vtt', 'file-realert'))).status).toBe(200);
    const alertsToBoss = () => h.connector.activities.filter((a) => a.op === 'create' && a.conversationId === BOSS.chat && text(a).includes('カスハラの可能性が高い通話がありました'));
    await waitFor('the alert', () => alertsToBoss().length === 1);

    // Before the delay: nothing.
    expect((await teamsHousekeeping(h.bot, deps())).realerts).toBe(0);
    const later = () => new Date(Date.now() + 3600_000);
    expect((await teamsHousekeeping(h.bot, { ...deps(), now: later })).realerts).toBe(1);
    await waitFor('the reminder', () => alertsToBoss().length === 2);
    expect((await teamsHousekeeping(h.bot, { ...deps(), now: later })).realerts).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(alertsToBoss()).toHaveLength(2);
  });

  it('a progress message whose job was given up on is replaced by a failure note; other platforms are left alone', async () => {
    const noJobs: JobQueue = { enqueueAnalysis: async () => {}, enqueueDelivery: async () => {}, enqueueMeetingCheck: async () => {} };
    const actions = { database: h.tdb.database, queue: noJobs, orgDefaults: ORG_DEFAULTS, logger: silentLogger };
    const stuck = await submitForAnalysis(actions, {
      ...submission({ content: 'risk=10;dur=60;n=stuck-teams' }), source: 'teams_file',
      org: { platform: 'teams', platformTeamId: TENANT, name: `Teams ${TENANT}` }, submitter: { platformUserId: STAFF.aad },
      replyTo: { channel: `user:${STAFF.aad}` },
    } as never);
    const slackStuck = await submitForAnalysis(actions, submission({ content: 'risk=10;dur=60;n=stuck-slack' }));
    if (stuck.status !== 'queued' || slackStuck.status !== 'queued') throw new Error('not queued');
    const progressRef = teamsMessageRef(STAFF.chat, 'act-progress-stuck');
    await attachProgressMessage(h.tdb.database, { submissionId: stuck.submissionId, orgId: await orgId(), channel: STAFF.chat, ref: progressRef, language: 'ja' });
    const slackOrg = (await h.tdb.database.db.execute<{ org_id: string }>(sql`select org_id from submissions where id = ${slackStuck.submissionId}`));
    const slackOrgId = ((Array.isArray(slackOrg) ? slackOrg : (slackOrg as { rows: { org_id: string }[] }).rows) as { org_id: string }[])[0]!.org_id;
    await attachProgressMessage(h.tdb.database, { submissionId: slackStuck.submissionId, orgId: slackOrgId, channel: 'C-calls', ref: 'C-calls:1700000000.000200', language: 'ja' });

    // Young progress messages stay.
    expect((await teamsHousekeeping(h.bot, deps())).stale).toBe(0);
    await h.tdb.database.db.update(progressMessages).set({ createdAt: sql`now() - interval '2 hours'` });
    expect((await teamsHousekeeping(h.bot, deps())).stale).toBe(1);
    const update = h.connector.activities.find((a) => a.op === 'update' && a.activityId === 'act-progress-stuck');
    expect(update?.conversationId).toBe(STAFF.chat);
    expect(text(update!)).toContain(teamsText('ja').stuck());
    // Once closed, not again; the Slack organisation's message is Slack's to close.
    expect((await teamsHousekeeping(h.bot, deps())).stale).toBe(0);
    const [slackRow] = await h.tdb.database.db.select().from(progressMessages).where(eq(progressMessages.submissionId, slackStuck.submissionId));
    expect(slackRow!.state).toBe('progress');
  });
});

describe('Teams help', () => {
  it('lists every command to an admin, in both languages', () => {
    const ja = helpText('teams', 'ja', new Set(HELP_AUDIENCES));
    const en = helpText('teams', 'en', new Set(HELP_AUDIENCES));
    for (const word of ['予約', '予約一覧', '受付時間', 'ダッシュボード', '質問', '検索', 'コミュニティ', '修了生', '講師', 'ai on|off', 'ai model', 'ai tokens', 'ai usage', 'マニュアル', '設定', '上長', '通知レベル', '言語', '部署チャンネル', '未インストール']) {
      expect(ja).toContain(word);
    }
    for (const word of ['book', 'bookings', 'bookings admin', 'availability', 'dashboard', 'ask', 'faq', 'community', 'graduate', 'instructor', 'ai on|off', 'ai model', 'ai tokens', 'ai usage', 'manual', 'manual clear', 'settings', 'supervisor', 'alert', 'language', 'department', 'not-installed', 'help']) {
      expect(en).toContain(`\`${word}`);
    }
  });
});
