/**
 * Role-play practice in Slack over real HTTP (issue 18): `/mamori-practice` opens the shared picker as a modal,
 * its submission starts the session in the trainee's DM, and each DM message is judged — feedback after every
 * reply, the summary at the end — for three scenarios played to their end (Japanese and English). A redelivered
 * message is not scored twice; a text with no session under way still goes to analysis (a pasted transcript).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_COMMAND, PRACTICE_VIEW } from '../../../src/bots/slack/listeners/commands/practice-command.js';
import { practiceSessions, submissions } from '../../../src/db/schema/index.js';
import { PICKER_FIELDS } from '../../../src/flows/practice/picker-screen.js';
import { PRACTICE_LABELS } from '../../../src/flows/practice/practice-view.js';
import { builtInScenarios } from '../../../src/practice/library.js';
import { buildSlackManifest } from '../../../src/cli/slack-manifest.js';
import { command, settled, startHarness, waitFor, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => h?.stop());

let seq = 0;
const nextTs = () => `1710000${String(++seq).padStart(3, '0')}.000200`;
const botMessages = (channel: string) => h.slack.messages.filter((m) => m.channel === channel && m.user === h.slack.botUserId);
const shown = (m: { text?: string; blocks?: unknown }) => `${m.text ?? ''} ${JSON.stringify(m.blocks ?? [])}`;

/** The picker submitted with a scenario chosen by id, as Slack posts the modal's state. */
function pick(user: string, view: { callback_id: string; private_metadata: string }, scenarioId: string) {
  const select = (value: string) => ({ type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } });
  return h.signer.interaction({
    type: 'view_submission', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-pick-${++seq}`,
    user: { id: user, team_id: 'T1', username: user, name: user }, team: { id: 'T1', domain: 'test' },
    view: {
      id: `V${seq}`, type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: 'x' }, hash: 'h', blocks: [],
      state: { values: {
        [PICKER_FIELDS.scenario]: { [PICKER_FIELDS.scenario]: select(scenarioId) },
        [PICKER_FIELDS.category]: { [PICKER_FIELDS.category]: select('any') },
        [PICKER_FIELDS.difficulty]: { [PICKER_FIELDS.difficulty]: { type: 'radio_buttons', selected_option: { value: 'any', text: { type: 'plain_text', text: 'any' } } } },
        [PICKER_FIELDS.medium]: { [PICKER_FIELDS.medium]: select('any') },
      } },
    },
  });
}

async function startScenario(user: string, scenarioId: string): Promise<string> {
  const c = command(h, PRACTICE_COMMAND, '', user);
  expect((await c.res).status).toBe(200);
  const modal = await waitFor('the picker modal', () => h.slack.callsOf('views.open').find((o) => o.args.trigger_id === `trig-${c.id}`)?.args.view as any);
  expect(modal.callback_id).toBe(PRACTICE_VIEW);
  expect(JSON.stringify(modal.blocks)).toContain(builtInScenarios().find((s) => s.id === scenarioId)!.title);
  const res = await pick(user, modal, scenarioId);
  expect(res.status).toBe(200);
  const dm = `D${user.replace(/^U/, '')}`;
  const scenario = builtInScenarios().find((s) => s.id === scenarioId)!;
  await waitFor('the opening in the DM', () => botMessages(dm).find((m) => shown(m).includes(scenario.steps[scenario.start]!.customer.slice(0, 10))));
  return dm;
}

async function say(user: string, dm: string, text: string, options: { ts?: string; eventId?: string; retryNum?: number } = {}) {
  const ts = options.ts ?? nextTs();
  const res = await h.signer.event({ type: 'message', channel: dm, channel_type: 'im', user, ts, text }, { ...(options.eventId ? { eventId: options.eventId } : {}), ...(options.retryNum ? { retryNum: options.retryNum } : {}) });
  expect(res.status).toBe(200);
  return ts;
}

const plays: Array<[string, string, string[]]> = [
  ['U0PRJA', 'ja-phone-mailorder-isharyo', [
    'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。',
    '暴言が続くようでしたら、お電話を終了させていただきます。',
    'ご回答は変わりません。これ以上続くようでしたら通話を終了いたします。この通話は録音しております。',
  ]],
  ['U0PREN', 'en-phone-courier-threat', [
    "I'm sorry the parcel didn't reach you. I can book a redelivery for tomorrow, but I can't share our drivers' details.",
    "I take that as a threat. This call is recorded and I'm passing it to my supervisor now.",
  ]],
  ['U0PRHOTEL', 'en-counter-hotel-shouting', [
    "I'm sorry, that's a long day. I can store your bags while the room is cleaned.",
    'Please lower your voice. If the shouting continues I will have to end this conversation and call my manager.',
  ]],
];

describe('role-play practice in Slack', () => {
  it('the manifest carries /mamori-practice', () => {
    const manifest = buildSlackManifest({ socket: true }) as { features: { slash_commands: Array<{ command: string }> } };
    expect(manifest.features.slash_commands.map((c) => c.command)).toContain(PRACTICE_COMMAND);
  });

  for (const [user, id, replies] of plays) {
    it(`plays ${id} to its end in the DM: feedback after each reply, then the summary`, async () => {
      const scenario = builtInScenarios().find((s) => s.id === id)!;
      if (scenario.lang === 'en') h.slack.locales.set(user, 'en-US');
      const L = PRACTICE_LABELS[scenario.lang];
      const dm = await startScenario(user, id);
      for (const [i, reply] of replies.entries()) {
        const before = botMessages(dm).length;
        await say(user, dm, reply);
        const feedback = await waitFor(`feedback on reply ${i + 1}`, () => botMessages(dm).slice(before).find((m) => shown(m).includes(L.score)));
        expect(shown(feedback)).toMatch(/\d+\/100/);
      }
      const summary = await waitFor('the summary', () => botMessages(dm).find((m) => shown(m).includes(L.done)));
      expect(shown(summary)).toContain(L.total);
      expect(shown(summary)).toContain(L.workOn);
      const [row] = await h.t.database.db.select().from(practiceSessions).where(eq(practiceSessions.scenarioId, id));
      expect(row).toMatchObject({ turns: replies.length });
      expect(row!.endedAt).not.toBeNull();
    });
  }

  it('a redelivered message is not scored twice (same event retried, or the same message under another event id)', async () => {
    const user = 'U0PRRETRY';
    const dm = await startScenario(user, 'ja-phone-mailorder-isharyo');
    const reply = 'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。';
    const ts = await say(user, dm, reply, { eventId: 'Ev-prac-1' });
    await waitFor('the feedback', () => botMessages(dm).find((m) => shown(m).includes(PRACTICE_LABELS.ja.score)));
    await say(user, dm, reply, { ts, eventId: 'Ev-prac-1', retryNum: 1 });
    await say(user, dm, reply, { ts, eventId: 'Ev-prac-1-again' });
    await settled(h);
    expect(botMessages(dm).filter((m) => shown(m).includes(PRACTICE_LABELS.ja.score))).toHaveLength(1);
    const open = (await h.t.database.db.select().from(practiceSessions)).filter((r) => r.endedAt === null);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ turns: 1, replyIds: [`slack:${dm}:${ts}`] });
  });

  it('stop: 終了 in the DM ends the session with its summary so far; /mamori-practice stop then says none is under way', async () => {
    const user = 'U0PRSTOP';
    const dm = await startScenario(user, 'ja-phone-mailorder-isharyo');
    await say(user, dm, 'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。');
    await waitFor('the feedback', () => botMessages(dm).find((m) => shown(m).includes(PRACTICE_LABELS.ja.score)));
    await say(user, dm, '終了');
    await waitFor('stopped', () => botMessages(dm).find((m) => shown(m).includes('練習を終了しました')));
    await waitFor('the summary so far', () => botMessages(dm).find((m) => shown(m).includes(PRACTICE_LABELS.ja.done)));
    const c = command(h, PRACTICE_COMMAND, 'stop', user);
    expect((await c.res).status).toBe(200);
    await waitFor('none under way', () => botMessages(dm).find((m) => shown(m).includes('進行中の練習はありません')));
  });

  it('with no session under way (the trainee finished theirs), a pasted transcript still goes to analysis', async () => {
    const user = 'U0PRJA';
    const dm = `D${user.replace(/^U/, '')}`;
    const transcript = ['顧客: 商品が壊れていたんだけど、どうしてくれるの？', '店員: 申し訳ございません。交換させていただきます。', '顧客: ふざけるな、土下座しろ。', '店員: そのようなご要望にはお応えできません。'].join('\n');
    const before = botMessages(dm).length;
    await say(user, dm, transcript);
    await waitFor('a submission for the pasted transcript', async () => (await h.t.database.db.select().from(submissions)).find((s) => s.fileName === 'pasted-transcript.txt'));
    expect(botMessages(dm).slice(before).some((m) => shown(m).includes(PRACTICE_LABELS.ja.score))).toBe(false);
  });
});
