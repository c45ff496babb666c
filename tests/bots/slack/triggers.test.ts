/**
 * Every way to hand mamori a call, end to end over signed HTTP: a file with an @mention in a channel,
 * a file in a channel configured for intake, the message shortcut 「カスハラ解析」 (also where mamori
 * was never invited), and a transcript pasted as text in the DM, at the top or as a thread reply.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, submissions } from '../../../src/db/schema/index.js';
import { botThreadMessages, settled, slashCommand, startHarness, waitFor, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.slack.admins.add('UADMIN');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

let seq = 0;
function nextTs(): string {
  seq += 1;
  return `1700200${String(seq).padStart(3, '0')}.000100`;
}

function vttFile(id: string, marker: string) {
  h.slack.addFile({ id, name: `${id}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: VTT.replace('慰謝料', marker) });
  return h.slack.fileObject(id);
}

async function submissionsOf(fileId: string) {
  return h.t.database.db.select().from(submissions).where(eq(submissions.platformFileId, fileId));
}

/** Slack escapes &, < and > in message text. */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function shortcut(channel: string, message: Record<string, unknown>, responseId: string) {
  return h.signer.interaction({
    type: 'message_action', callback_id: 'analyse_call', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${responseId}`,
    action_ts: String(Date.now() / 1000), team: { id: 'T1', domain: 'test' }, user: { id: 'U-staff', team_id: 'T1', username: 'x', name: 'x' },
    channel: { id: channel, name: 'x' }, message_ts: message.ts, message: { type: 'message', ...message },
    response_url: `${h.slack.base}/respond/${responseId}`,
  });
}

describe('the triggers of an analysis', () => {
  it('a file shared with an @mention in a channel: answered in its thread, once although Slack also sends the message event', async () => {
    const ts = nextTs();
    const file = vttFile('F-MENTION', '慰謝料M');
    const text = '<@UBOT> この通話を見てください';
    const mention = { type: 'app_mention', channel: 'C-SUPPORT', user: 'U-staff', ts, text, files: [file] };
    const message = { type: 'message', subtype: 'file_share', channel: 'C-SUPPORT', channel_type: 'channel', user: 'U-staff', ts, text, files: [file] };
    expect((await h.signer.event(mention, { eventId: 'Ev-mention-file' })).status).toBe(200);
    expect((await h.signer.event(message, { eventId: 'Ev-mention-message' })).status).toBe(200);
    const answer = await waitForThreadText(h, 'C-SUPPORT', ts, /慰謝料M5万払え/);
    expect(JSON.stringify(answer.blocks)).toMatch(/上長に相談/);
    await settled(h);
    expect(await submissionsOf('F-MENTION')).toHaveLength(1);
    expect(h.slack.threadMessages('C-SUPPORT', ts)).toHaveLength(1);
  });

  it('a file in a channel configured for intake (/mamori-admin intake), without a mention; other channels are left alone', async () => {
    expect((await slashCommand(h, '/mamori-admin', 'intake <#CINTAKE|intake> on', 'UADMIN')).status).toBe(200);
    await waitFor('intake saved', () => h.slack.responses.some((r) => /設定を保存/.test(JSON.stringify(r.body)) && /CINTAKE/.test(JSON.stringify(r.body))));

    const ts = nextTs();
    const event = { type: 'message', subtype: 'file_share', channel: 'CINTAKE', channel_type: 'channel', user: 'U-staff', ts, text: '', files: [vttFile('F-INTAKE', '慰謝料I')] };
    expect((await h.signer.event(event, { eventId: 'Ev-intake' })).status).toBe(200);
    await waitForThreadText(h, 'CINTAKE', ts, /慰謝料I5万払え/);

    const otherTs = nextTs();
    const other = { type: 'message', subtype: 'file_share', channel: 'C-OTHER', channel_type: 'channel', user: 'U-staff', ts: otherTs, text: '', files: [vttFile('F-NOT-INTAKE', '慰謝料N')] };
    expect((await h.signer.event(other, { eventId: 'Ev-not-intake' })).status).toBe(200);
    await settled(h);
    expect(h.slack.threadMessages('C-OTHER', otherTs)).toHaveLength(0);
    expect(await submissionsOf('F-NOT-INTAKE')).toHaveLength(0);
  });

  it('the message shortcut 「カスハラ解析」 (callback analyse_call) on a message with a file: answered in its thread', async () => {
    const ts = nextTs();
    const res = await shortcut('C-SHORTCUT', { ts, user: 'U-colleague', text: '昨日の通話です', files: [vttFile('F-SHORTCUT', '慰謝料S')] }, 'sc-ok');
    expect(res.status).toBe(200);
    const answer = await waitForThreadText(h, 'C-SHORTCUT', ts, /慰謝料S5万払え/);
    expect(answer.metadata?.event_type).toBe('mamori_outbox');
    expect((await submissionsOf('F-SHORTCUT'))[0]?.source).toBe('slack_file');
  });

  it('the shortcut in a channel mamori is not in: the presser alone is told to invite mamori, nothing is queued', async () => {
    await settled(h);
    h.slack.inject('conversations.history', { error: 'not_in_channel' });
    const ts = nextTs();
    expect((await shortcut('C-NOT-MEMBER', { ts, user: 'U-colleague', text: '', files: [vttFile('F-OUTSIDE', '慰謝料O')] }, 'sc-outside')).status).toBe(200);
    const told = await waitFor('an answer only the presser sees', () => h.slack.responses.find((r) => r.id === 'sc-outside'));
    expect(told.body.response_type).toBe('ephemeral');
    expect(told.body.text).toMatch(/\/invite @mamori/);
    expect(told.body.text).toMatch(/DM/);
    await settled(h);
    expect(await submissionsOf('F-OUTSIDE')).toHaveLength(0);
    expect(h.slack.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C-NOT-MEMBER')).toHaveLength(0);
  });

  it('a transcript pasted as text in the DM', async () => {
    const ts = nextTs();
    const text = slackEscape(VTT.replace('慰謝料', '慰謝料P'));
    h.slack.userMessages.push({ channel: 'D-paste', ts, text, user: 'U-staff' });
    const event = { type: 'message', channel: 'D-paste', channel_type: 'im', user: 'U-staff', ts, text };
    expect((await h.signer.event(event, { eventId: 'Ev-paste' })).status).toBe(200);
    const answer = await waitForThreadText(h, 'D-paste', ts, /慰謝料P5万払え/);
    expect(JSON.stringify(answer.blocks)).not.toMatch(/取得できません/);
  });

  it('a transcript pasted as a reply in a DM thread is read back from the thread (conversations.replies)', async () => {
    const parent = nextTs();
    const ts = nextTs();
    const text = slackEscape(VTT.replace('慰謝料', '慰謝料T'));
    // A reply in a thread: conversations.history never returns it, only conversations.replies does.
    h.slack.messages.push({ channel: 'D-thread', ts, thread_ts: parent, text, user: 'U-staff' });
    const event = { type: 'message', channel: 'D-thread', channel_type: 'im', user: 'U-staff', ts, thread_ts: parent, text };
    expect((await h.signer.event(event, { eventId: 'Ev-paste-thread' })).status).toBe(200);
    const answer = await waitFor('the answer in the thread', () =>
      botThreadMessages(h, 'D-thread', parent).find((m) => /慰謝料T5万払え|取得できません/.test(`${m.text} ${JSON.stringify(m.blocks ?? [])}`) && !/受付|解析中/.test(m.text ?? '')));
    expect(JSON.stringify(answer.blocks)).toMatch(/慰謝料T5万払え/);
    expect(h.slack.callsOf('conversations.replies').some((c) => c.args.channel === 'D-thread')).toBe(true);
  });

  it('a file shared in a group DM mamori was added to (mpim:history, message.mpim): answered in its thread; chat there is left alone', async () => {
    const ts = nextTs();
    const event = { type: 'message', subtype: 'file_share', channel: 'G-GROUP-DM', channel_type: 'mpim', user: 'U-staff', ts, text: '', files: [vttFile('F-MPIM', '慰謝料G')] };
    expect((await h.signer.event(event, { eventId: 'Ev-mpim' })).status).toBe(200);
    await waitForThreadText(h, 'G-GROUP-DM', ts, /慰謝料G5万払え/);
    const chatTs = nextTs();
    const chat = { type: 'message', channel: 'G-GROUP-DM', channel_type: 'mpim', user: 'U-staff', ts: chatTs, text: '了解です\n後で確認します\nよろしく' };
    expect((await h.signer.event(chat, { eventId: 'Ev-mpim-chat' })).status).toBe(200);
    await settled(h);
    expect(h.slack.threadMessages('G-GROUP-DM', chatTs)).toHaveLength(0);
  });

  it('a supervisor who mentions the staff member with the file names them: the call is theirs, and the answer shows them in a select', async () => {
    const ts = nextTs();
    const file = vttFile('F-NAMED', '慰謝料S');
    const text = '<@UBOT> <@U0MORI> さんの通話です';
    const mention = { type: 'app_mention', channel: 'C-SUPPORT', user: 'U-boss', ts, text, files: [file] };
    expect((await h.signer.event(mention, { eventId: 'Ev-named' })).status).toBe(200);
    const answer = await waitForThreadText(h, 'C-SUPPORT', ts, /慰謝料S5万払え/);
    expect(JSON.stringify(answer.blocks)).toMatch(/"initial_user":"U0MORI"/);
    const [sub] = await submissionsOf('F-NAMED');
    const [mori] = await h.t.database.db.select().from(members).where(eq(members.platformUserId, 'U0MORI'));
    expect(sub!.staffMemberId).toBe(mori!.id);
  });

  it('help in the DM is per role: a staff member is shown no admin command, an admin the /mamori-admin ones', async () => {
    const ask = async (user: string, channel: string) => {
      const ts = nextTs();
      expect((await h.signer.event({ type: 'message', channel, channel_type: 'im', user, ts, text: '使い方は？' }, { eventId: `Ev-help-${user}` })).status).toBe(200);
      return JSON.stringify((await waitForThreadText(h, channel, ts, /DM に共有/)).blocks ?? []);
    };
    const staff = await ask('U-staff', 'D-HELP-STAFF');
    expect(staff).toContain('/mamori-book');
    expect(staff).not.toContain('/mamori-admin');
    expect(staff).not.toContain('/mamori-export');
    const admin = await ask('UADMIN', 'D-HELP-ADMIN');
    expect(admin).toContain('/mamori-admin');
    expect(admin).toContain('/mamori-export');
  });
});
