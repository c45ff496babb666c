import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, feedback } from '../../../src/db/schema/index.js';
import { dmFileEvent, startHarness, waitFor, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.slack.admins.add('UADMIN');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

function command(text: string, user = 'UADMIN') {
  return h.signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-admin', channel_name: 'admin', user_id: user, user_name: 'x',
    command: '/mamori-admin', text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${Math.random().toString(36).slice(2)}`, trigger_id: 'trig',
  });
}

function press(actionId: string, value: string, user: string, channel: string, ts: string) {
  return h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${actionId}`,
    user: { id: user, team_id: 'T1', username: 'x', name: 'x' }, team: { id: 'T1', domain: 'test' },
    channel: { id: channel, name: 'x' }, container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
    message: { type: 'message', ts, text: '' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
}

function buttonValue(blocks: any[] | undefined, actionId: string): string {
  for (const b of blocks ?? []) for (const e of b.elements ?? []) if (e.action_id === actionId) return e.value;
  throw new Error(`no ${actionId} button`);
}

describe('alerts and buttons', () => {
  it('an admin maps a supervisor and names the department channel; a non-admin is refused', async () => {
    expect((await command('supervisor <@USTAFF|staff> <@UBOSS|boss>')).status).toBe(200);
    expect((await command('channel <#CDEPT|dept>')).status).toBe(200);
    await waitFor('two admin answers', () => h.slack.responses.length >= 2);
    expect(JSON.stringify(h.slack.responses.at(-1)!.body)).toMatch(/CDEPT/);
    await command('alert-level medium', 'UNOBODY');
    await waitFor('refusal', () => h.slack.responses.some((r) => /管理者だけ/.test(JSON.stringify(r.body))));
    await command('alert-level high');
    await waitFor('home published', () => h.slack.callsOf('views.publish').length > 0);
  });

  it('a high-risk call DMs the supervisor and posts to the department channel; 対応済み updates every copy', async () => {
    h.slack.addFile({ id: 'F-HIGH', name: 'call.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT });
    const { event, ts, channel } = dmFileEvent(h, 'F-HIGH', 'USTAFF');
    await h.signer.event(event, { eventId: 'Ev-high' });
    const answer = await waitForThreadText(h, channel, ts, /慰謝料/);
    const dm = await waitFor('supervisor DM', () => h.slack.messages.find((m) => m.channel === 'DBOSS'));
    const dept = await waitFor('department post', () => h.slack.messages.find((m) => m.channel === 'CDEPT'));
    expect(JSON.stringify(dm.blocks)).toMatch(/<@USTAFF>/);
    expect(JSON.stringify(dm.blocks)).not.toMatch(/慰謝料/); // the DM says only what the supervisor needs
    const analysisId = buttonValue(dm.blocks, 'acknowledge_alert');
    expect(analysisId).toBe(buttonValue(answer.blocks, 'consult_supervisor'));

    expect((await press('acknowledge_alert', analysisId, 'UBOSS', dm.channel, dm.ts)).status).toBe(200);
    await waitFor('both copies show who took it', () =>
      [dm, dept].every((m) => /UBOSS/.test(JSON.stringify(h.slack.message(m.channel, m.ts)?.blocks)) && !/acknowledge_alert/.test(JSON.stringify(h.slack.message(m.channel, m.ts)?.blocks))));
    const rows = await h.t.database.db.select().from(alerts);
    expect(rows.every((r) => r.status === 'acknowledged' && r.acknowledgedAt)).toBe(true);
  });

  it('誤検知を報告 stores feedback against the analysis; 上長に相談 DMs the supervisor', async () => {
    h.slack.addFile({ id: 'F-FB', name: 'fb.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT.replace('慰謝料', '慰謝料ね') });
    const { event, ts, channel } = dmFileEvent(h, 'F-FB', 'USTAFF');
    await h.signer.event(event, { eventId: 'Ev-fb' });
    const answer = await waitForThreadText(h, channel, ts, /慰謝料ね/);
    const id = buttonValue(answer.blocks, 'report_false_positive');
    await press('report_false_positive', id, 'USTAFF', channel, answer.ts);
    const [row] = await waitFor('feedback row', async () => {
      const r = await h.t.database.db.select().from(feedback);
      return r.length > 0 ? r : undefined;
    });
    expect(row!.kind).toBe('false_positive');
    expect(row!.analysisId).toBe(id);
    await waitFor('note modal', () => h.slack.callsOf('views.open').length > 0);
  });
});
