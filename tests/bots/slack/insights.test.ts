/**
 * Insights in Slack, end to end: App Home shows each person the dashboard their roles allow (staff:
 * own analyses; supervisors: their own team only; admins: quota, reports and the feedback to review),
 * within Block Kit's limits; 採用 by an admin suppresses the phrase for the next analysis, a
 * non-admin is refused; /mamori-export gives admins (only) a short-lived link.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, analyses, feedback, feedbackReviews, members, submissions, suppressedPhrases } from '../../../src/db/schema/index.js';
import { LIMITS } from '../../../src/bots/slack/blocks/limits.js';
import { suppressionPostFilter } from '../../../src/flows/insights/suppression.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { dmFileEvent, startHarness, waitFor, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;
let seq = 0;

beforeAll(async () => {
  h = await startHarness({ env: { PUBLIC_BASE_URL: 'https://mamori.example.com/' }, postFilter: suppressionPostFilter });
  h.slack.admins.add('UADMIN');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

function command(cmd: string, text: string, user: string) {
  const id = `r${++seq}`;
  return {
    id,
    res: h.signer.command({
      token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-any', channel_name: 'any', user_id: user, user_name: user.toLowerCase(),
      command: cmd, text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
    }),
  };
}
const response = (id: string) => waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body);

function pressInMessage(actionId: string, value: string, user: string, channel: string, ts: string) {
  return h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${++seq}`,
    user: { id: user, team_id: 'T1', username: 'x', name: 'x' }, team: { id: 'T1', domain: 'test' },
    channel: { id: channel, name: 'x' }, container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
    message: { type: 'message', ts, text: '' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
}

/** A button pressed on App Home: no channel, no response_url. */
function pressOnHome(actionId: string, value: string, user: string) {
  return h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${++seq}`,
    user: { id: user, team_id: 'T1', username: 'x', name: 'x' }, team: { id: 'T1', domain: 'test' },
    container: { type: 'view', view_id: `VHOME-${user}` },
    view: { id: `VHOME-${user}`, type: 'home', team_id: 'T1', blocks: [], hash: 'h', state: { values: {} } },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
}

const publishesTo = (user: string) => h.slack.callsOf('views.publish').filter((c) => c.args.user_id === user);

/** Opens App Home and returns the published view once it is there. */
async function openHome(user: string): Promise<any> {
  const before = publishesTo(user).length;
  await h.signer.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' });
  const call = await waitFor(`home of ${user}`, () => publishesTo(user)[before]);
  return call.args.view;
}

function expectWithinLimits(view: any): void {
  expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.homeBlocks);
  for (const b of view.blocks) {
    if (b.type === 'section' && b.text) expect(Array.from(b.text.text as string).length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === 'header') expect(Array.from(b.text.text as string).length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === 'actions') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
  }
}

function buttonValue(blocks: any[] | undefined, actionId: string): string {
  for (const b of blocks ?? []) for (const e of b.elements ?? []) if (e.action_id === actionId) return e.value;
  throw new Error(`no ${actionId} button`);
}

const json = (x: unknown) => JSON.stringify(x ?? null);

async function share(fileId: string, name: string, user: string, content = VTT) {
  h.slack.addFile({ id: fileId, name, mimetype: 'text/vtt', filetype: 'vtt', content });
  const { event, ts, channel } = dmFileEvent(h, fileId, user);
  await h.signer.event(event, { eventId: `Ev-${fileId}` });
  return { answer: await waitForThreadText(h, channel, ts, /慰謝料|通常|カスハラ/), channel };
}

let strongest = '';
let threatText = '';

describe('insights in Slack', () => {
  it('setup: two teams, a harassing call in each, a false-positive report', async () => {
    const a = command('/mamori-admin', 'supervisor <@USTAFF|staff> <@UBOSS|boss>', 'UADMIN');
    expect((await a.res).status).toBe(200);
    await response(a.id);
    const b = command('/mamori-admin', 'supervisor <@UOTHER|other> <@UBOSS2|boss2>', 'UADMIN');
    await response(b.id);

    const mine = await share('F-STAFF', 'staff-call.vtt', 'USTAFF');
    await share('F-OTHER', 'other-call.vtt', 'UOTHER');
    await waitFor('alerts to both supervisors', () => h.slack.messages.some((m) => m.channel === 'DBOSS') && h.slack.messages.some((m) => m.channel === 'DBOSS2'));

    const analysisId = buttonValue(mine.answer.blocks, 'report_false_positive');
    await pressInMessage('report_false_positive', analysisId, 'USTAFF', mine.channel, mine.answer.ts);
    await waitFor('feedback row', async () => (await h.t.database.db.select().from(feedback)).length > 0);
    const [a1] = await h.t.database.db.select().from(analyses).where(eq(analyses.id, analysisId));
    // What 採用 suppresses by default: the strongest passage that is not a threat, violence or sexual remark
    // (those are never suppressed, so a report cannot silence an alert).
    const protectedCats = ['physical', 'threat', 'sexual'];
    strongest = [...a1!.result.excerpts].filter((e) => !e.categories.some((c) => protectedCats.includes(c))).sort((x, y) => y.score - x.score)[0]!.text;
    threatText = a1!.result.excerpts.find((e) => e.categories.includes('threat'))!.text;
    expect(strongest.length).toBeGreaterThan(1);
  });

  it('staff see their own recent analyses and how to share a call, nothing of supervisors or admins', async () => {
    const view = await openHome('USTAFF');
    const text = json(view.blocks);
    expect(view.type).toBe('home');
    expect(text).toMatch(/あなたの最近の解析/);
    expect(text).toMatch(/staff-call\.vtt/);
    expect(text).not.toMatch(/other-call\.vtt/);
    expect(text).toMatch(/consult_supervisor/);
    expect(text).toMatch(/DM に送って/);
    expect(text).not.toMatch(/チームの未対応アラート|チームの負担|mamori 管理|insights_accept_feedback/);
    // What App Home already showed stays: the community button and the settings.
    expect(text).toMatch(/community_ask_open/);
    expect(text).toMatch(/設定/);
    expectWithinLimits(view);
  });

  it('a supervisor sees their own team only (open alerts and load), never the other team', async () => {
    const boss = json((await openHome('UBOSS')).blocks);
    expect(boss).toMatch(/チームの未対応アラート/);
    expect(boss).toMatch(/staff-call\.vtt/);
    expect(boss).toMatch(/USTAFF/);
    expect(boss).toMatch(/acknowledge_alert/);
    expect(boss).toMatch(/チームの負担の指標/);
    expect(boss).not.toMatch(/other-call\.vtt|UOTHER/);
    expect(boss).not.toMatch(/insights_accept_feedback|mamori 管理/);

    const boss2 = json((await openHome('UBOSS2')).blocks);
    expect(boss2).toMatch(/other-call\.vtt/);
    expect(boss2).not.toMatch(/staff-call\.vtt|USTAFF/);
  });

  it('対応済み pressed on App Home takes the alert and refreshes the supervisor\'s dashboard', async () => {
    const view = await openHome('UBOSS2');
    const analysisId = buttonValue(view.blocks, 'acknowledge_alert');
    const before = publishesTo('UBOSS2').length;
    await pressOnHome('acknowledge_alert', analysisId, 'UBOSS2');
    const refreshed = await waitFor('App Home refreshed', () => publishesTo('UBOSS2')[before]);
    const text = json(refreshed.args.view.blocks);
    expect(text).toMatch(/未対応のアラートはありません/);
    expect(text).not.toMatch(/acknowledge_alert/);
  });

  it('an admin sees quota use, thresholds, the report archive and the reports to review', async () => {
    const view = await openHome('UADMIN');
    const text = json(view.blocks);
    expect(text).toMatch(/mamori 管理/);
    expect(text).toMatch(/今月の解析時間/);
    expect(text).toMatch(/月次レポート/);
    expect(text).toMatch(/確認待ちの報告（1件）/);
    expect(text).toMatch(/insights_accept_feedback/);
    expect(text).toMatch(/insights_reject_feedback/);
    expectWithinLimits(view);
  });

  it('a non-admin pressing 採用 is refused privately and nothing is decided', async () => {
    const [f] = await h.t.database.db.select().from(feedback);
    await pressOnHome('insights_accept_feedback', f!.id, 'UBOSS');
    await waitFor('refusal in the DM', () => h.slack.messages.find((m) => m.channel === 'UBOSS' && /管理者だけ/.test(m.text ?? '')));
    await pressInMessage('insights_reject_feedback', f!.id, 'USTAFF', 'C-any', '1.1');
    await waitFor('ephemeral refusal', () => h.slack.callsOf('chat.postEphemeral').find((c) => c.args.user === 'USTAFF' && /管理者だけ/.test(String(c.args.text))));
    expect(await h.t.database.db.select().from(feedbackReviews)).toHaveLength(0);
    expect(await h.t.database.db.select().from(suppressedPhrases)).toHaveLength(0);
  });

  it('採用 by an admin suppresses the phrase: App Home refreshes and the next analysis no longer flags it', async () => {
    const [f] = await h.t.database.db.select().from(feedback);
    const before = publishesTo('UADMIN').length;
    await pressOnHome('insights_accept_feedback', f!.id, 'UADMIN');
    const refreshed = await waitFor('App Home refreshed', () => publishesTo('UADMIN')[before]);
    expect(json(refreshed.args.view.blocks)).toMatch(/確認待ちの報告（0件）/);
    const [review] = await h.t.database.db.select().from(feedbackReviews);
    expect(review).toMatchObject({ feedbackId: f!.id, decision: 'accepted' });
    const phrases = (await h.t.database.db.select().from(suppressedPhrases)).map((p) => p.phrase);
    expect(phrases).toHaveLength(1);

    // The same call again: the accepted phrase is gone from the new result.
    await share('F-AGAIN', 'again.vtt', 'USTAFF');
    const [again] = await waitFor('second analysis', async () => {
      const rows = await h.t.database.db.select({ a: analyses }).from(analyses).innerJoin(submissions, eq(submissions.id, analyses.submissionId))
        .where(eq(submissions.fileName, 'again.vtt'));
      return rows.length > 0 ? rows : undefined;
    });
    const texts = again!.a.result.excerpts.map((e) => e.text);
    expect(texts).not.toContain(strongest);
    expect(texts).toContain(threatText);
    expect(again!.a.result.warnings.join(' ')).toMatch(/suppressed/);

    // Deciding twice is told, not done twice.
    await pressOnHome('insights_reject_feedback', f!.id, 'UADMIN');
    await waitFor('already decided', () => h.slack.messages.find((m) => m.channel === 'UADMIN' && /判断済み/.test(m.text ?? '')));
  });

  it('/mamori-export: an admin gets a one-time link under PUBLIC_BASE_URL; others are refused', async () => {
    const no = command('/mamori-export', '', 'USTAFF');
    expect(String((await response(no.id)).text)).toMatch(/管理者だけ/);
    const yes = command('/mamori-export', '', 'UADMIN');
    const body = await response(yes.id);
    expect(body.response_type).toBe('ephemeral');
    // The link is in the blocks (a button and the text beside it); the notification text says what and how long.
    expect(JSON.stringify(body.blocks)).toMatch(/https:\/\/mamori\.example\.com\/exports\/[A-Za-z0-9_-]{20,}/);
    expect(String(body.text)).toMatch(/15分間/);
  });
  it('a supervisor who is also an admin, with many alerts and reports, still gets a valid App Home', async () => {
    const db = h.t.database.db;
    const [boss] = await db.select().from(members).where(eq(members.platformUserId, 'UBOSS'));
    const [staff] = await db.select().from(members).where(eq(members.platformUserId, 'USTAFF'));
    await db.update(members).set({ roles: ['supervisor', 'admin'] }).where(eq(members.id, boss!.id));
    for (let k = 0; k < 30; k += 1) {
      const result = fakeAnalyser('risk=90;dur=600', `bulk-${k}.vtt`);
      const [sub] = await db.insert(submissions).values({
        orgId: boss!.orgId, submittedBy: staff!.id, source: 'cli', platformFileId: `bulk-${k}`, fileName: `bulk-${k}.vtt`,
        fileType: 'text/vtt', sizeBytes: 10, replyTo: { channel: 'C1' }, status: 'analysed',
      }).returning();
      const [a] = await db.insert(analyses).values({
        submissionId: sub!.id, orgId: boss!.orgId, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
        categories: result.categories, durationSec: result.durationSec, result,
      }).returning();
      await db.insert(alerts).values({ orgId: boss!.orgId, analysisId: a!.id, recipientId: boss!.id });
      await db.insert(feedback).values({ orgId: boss!.orgId, analysisId: a!.id, memberId: staff!.id, kind: 'missed', comment: 'x'.repeat(2500) });
    }
    const view = await openHome('UBOSS');
    expectWithinLimits(view);
    const text = json(view.blocks);
    expect(text).toMatch(/チームの未対応アラート/);
    expect(text).toMatch(/mamori 管理/);
    // The settings App Home always showed are still there, at the end.
    expect(text).toMatch(/mamori の設定/);
    expect(view.blocks.at(-1).type).toBe('context');
  });
});
