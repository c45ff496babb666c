/**
 * The graduates' community on Slack, end to end: signed commands, modal submissions and button
 * presses in; recorded Web API calls out (modals, posts in the community channel, DMs, .ics uploads).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, communityAnswers, communityQuestions } from '../../../src/db/schema/index.js';
import { startHarness, waitFor, type Harness } from './harness.js';

let h: Harness;
const COMM = 'CCOMM';

beforeAll(async () => {
  h = await startHarness();
  // The fake answers views.open/publish; modals here are also updated (views.update).
  const fake = h.slack as unknown as { answer: (m: string, a: Record<string, any>) => Record<string, unknown> };
  const answer = fake.answer.bind(h.slack);
  fake.answer = (method, a) => (method === 'views.update' ? { ok: true, view: { id: a.view_id } } : answer(method, a));
  h.slack.admins.add('UADMIN');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

let seq = 0;
function command(cmd: string, text: string, user: string) {
  const id = `r${++seq}`;
  return {
    id,
    res: h.signer.command({
      token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-any', channel_name: 'any', user_id: user, user_name: `${user.toLowerCase()}-name`,
      command: cmd, text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
    }),
  };
}
const response = (id: string) => waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body);

function submit(callbackId: string, user: string, values: Record<string, any>, meta: object, viewId = `V-${++seq}`) {
  return h.signer.interaction({
    type: 'view_submission', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${seq}`,
    user: { id: user, team_id: 'T1', username: `${user.toLowerCase()}-name`, name: `${user.toLowerCase()}-name` }, team: { id: 'T1', domain: 'test' },
    view: { id: viewId, type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(meta), title: { type: 'plain_text', text: 'x' }, state: { values }, hash: 'h' },
  });
}

function press(actionId: string, value: string, user: string, where: { channel: string; ts: string; thread?: string; ephemeral?: boolean }) {
  const id = `r${++seq}`;
  return {
    id,
    res: h.signer.interaction({
      type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${id}`, response_url: `${h.slack.base}/respond/${id}`,
      user: { id: user, team_id: 'T1', username: `${user.toLowerCase()}-name`, name: `${user.toLowerCase()}-name` }, team: { id: 'T1', domain: 'test' },
      channel: { id: where.channel, name: 'x' }, container: { type: 'message', message_ts: where.ts, channel_id: where.channel, is_ephemeral: where.ephemeral ?? false },
      message: { type: 'message', ts: where.ts, text: '', ...(where.thread ? { thread_ts: where.thread } : {}) },
      actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
    }),
  };
}

function pressInModal(actionId: string, user: string, view: { id: string; callback_id: string; private_metadata: string }, values: Record<string, any>) {
  return h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${++seq}`,
    user: { id: user, team_id: 'T1', username: `${user.toLowerCase()}-name`, name: `${user.toLowerCase()}-name` }, team: { id: 'T1', domain: 'test' },
    container: { type: 'view', view_id: view.id },
    view: { ...view, type: 'modal', title: { type: 'plain_text', text: 'x' }, state: { values }, hash: 'h' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'review', value: 'x', text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
}

const json = (x: unknown) => JSON.stringify(x ?? null);
function buttonValue(blocks: any[] | undefined, actionId: string): string {
  for (const b of blocks ?? []) for (const e of b.elements ?? []) if (e.action_id === actionId) return e.value;
  throw new Error(`no ${actionId} button`);
}
const updatesOf = (viewId: string) => h.slack.callsOf('views.update').filter((c) => c.args.view_id === viewId).map((c) => c.args.view);
const ephemeralTo = (user: string, pattern: RegExp) =>
  waitFor(`ephemeral to ${user} matching ${pattern}`, () => h.slack.callsOf('chat.postEphemeral').find((c) => c.args.user === user && pattern.test(String(c.args.text))));
const rootOf = (pattern: RegExp) => waitFor(`a root message matching ${pattern}`, () => h.slack.messages.find((m) => m.channel === COMM && !m.thread_ts && pattern.test(json(m.blocks))));

const askValues = (title: string, body: string, anonymous: boolean) => ({
  'title~1': { title: { type: 'plain_text_input', value: title } },
  'body~1': { body: { type: 'plain_text_input', value: body } },
  'tags~1': { tags: { type: 'multi_static_select', selected_options: [{ value: '暴言', text: { type: 'plain_text', text: '暴言' } }] } },
  'industry~1': { industry: { type: 'static_select', selected_option: { value: '小売', text: { type: 'plain_text', text: '小売' } } } },
  'anonymous~1': { anonymous: { type: 'checkboxes', selected_options: anonymous ? [{ value: 'anonymous' }] : [] } },
});

let rootTs = '';
let questionId = '';

describe('community Q&A on Slack', () => {
  it('an admin configures the channel and gives roles; someone else is refused', async () => {
    const a = command('/mamori-admin', 'community <#CCOMM|community> <#CINSTR|instructors>', 'UADMIN');
    expect((await a.res).status).toBe(200);
    expect(json(await response(a.id))).toMatch(/CCOMM/);
    const g = command('/mamori-admin', 'graduate <@UASK|ask> <@UPEER|peer> <@U1|a> <@U2|b> <@U3|c> <@U4|d>', 'UADMIN');
    expect(json(await response(g.id))).toMatch(/6/);
    const i = command('/mamori-admin', 'instructor <@UTEACH|teach>', 'UADMIN');
    await response(i.id);
    const no = command('/mamori-admin', 'community <#CEVIL|evil>', 'UPEER');
    expect(json(await response(no.id))).toMatch(/管理者だけ/);
  });

  it('a question with a finding is held until 伏せ字にして投稿, then posted masked and anonymously', async () => {
    const c = command('/mamori-ask', '', 'UASK');
    await c.res;
    await waitFor('ask modal', () => h.slack.callsOf('views.open').find((x) => x.args.trigger_id === `trig-${c.id}`));
    const values = askValues('店長への暴言が続くときの対応', '株式会社ヤマダ商事の田中様から毎日電話で暴言を受けています。記録の取り方を教えてください。', true);
    const meta = { team: 'T1', v: 1 };
    const res = await submit('community_ask', 'UASK', values, meta, 'V-ASK');
    expect(JSON.parse(res.text).response_action).toBe('update');
    const review = await waitFor('guard review', () => updatesOf('V-ASK').find((v) => /community_ask_mask/.test(json(v))));
    expect(json(review)).toMatch(/株式会社ヤマダ商事/); // the member sees what was found
    expect(json(review)).toMatch(/匿名の修了生/);
    expect(h.slack.messages.filter((m) => m.channel === COMM)).toHaveLength(0); // nothing posted yet

    await pressInModal('community_ask_mask', 'UASK', { id: 'V-ASK', callback_id: 'community_ask', private_metadata: review.private_metadata }, values);
    const root = await rootOf(/店長への暴言/);
    expect(json(root.blocks)).toMatch(/〇〇/);
    expect(json(root.blocks)).not.toMatch(/田中|ヤマダ/);
    expect(json(root.blocks)).toMatch(/匿名の修了生/);
    expect(json(root.blocks)).not.toMatch(/uask-name|UASK/);
    expect(json(root.blocks)).toMatch(/未回答/);
    await waitFor('done screen', () => updatesOf('V-ASK').find((v) => /伏せ字にして投稿しました/.test(json(v))));
    rootTs = root.ts;
    questionId = buttonValue(root.blocks, 'community_answer');
  });

  it('質問者を確認 (message shortcut): an admin is told privately who asked, audited; a member is refused privately', async () => {
    await shortcut('community_reveal_asker', 'UPEER', COMM, rootTs);
    const no = await ephemeralTo('UPEER', /管理者だけ/);
    expect(json(no.args)).not.toMatch(/UASK|uask-name/);
    expect(await h.t.database.db.select().from(auditLog).where(eq(auditLog.subject, `community_question:${questionId}`))).toHaveLength(0);

    await shortcut('community_reveal_asker', 'UADMIN', COMM, rootTs);
    const yes = await ephemeralTo('UADMIN', /<@UASK>/);
    expect(yes.args.channel).toBe(COMM);
    expect(String(yes.args.text)).toMatch(/監査ログ/);
    const audited = await h.t.database.db.select().from(auditLog).where(eq(auditLog.subject, `community_question:${questionId}`));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.detail).toMatchObject({ revealed: 'asker', anonymous: true });
    // Nothing was said in the channel.
    expect(h.slack.messages.some((m) => m.channel === COMM && /UASK/.test(json(m)))).toBe(false);
  });

  it('App Home has a 質問する button that opens the form; 編集する goes back to the form with the text', async () => {
    await h.signer.event({ type: 'app_home_opened', user: 'UPEER', channel: 'DPEER', tab: 'home' });
    const home = await waitFor('home published', () => h.slack.callsOf('views.publish').find((c) => c.args.user_id === 'UPEER'));
    const value = buttonValue(home.args.view.blocks, 'community_ask_open');
    const p = press('community_ask_open', value, 'UPEER', { channel: 'DPEER', ts: '1.0' });
    await p.res;
    const open = await waitFor('ask modal from home', () => h.slack.callsOf('views.open').find((x) => x.args.trigger_id === `trig-${p.id}`));
    expect(json(open.args.view)).toMatch(/匿名で投稿/);
    expect(json(open.args.view)).toMatch(/管理者だけ/); // the form says admins can see who asked

    const values = askValues('鈴木さんへの対応', '鈴木さんという常連のお客様への対応を相談したいです。', false);
    await submit('community_ask', 'UPEER', values, { team: 'T1', v: 1 }, 'V-EDIT');
    const review = await waitFor('review', () => updatesOf('V-EDIT').find((v) => /community_ask_edit/.test(json(v))));
    await pressInModal('community_ask_edit', 'UPEER', { id: 'V-EDIT', callback_id: 'community_ask', private_metadata: review.private_metadata }, values);
    const form = await waitFor('form again', () => updatesOf('V-EDIT').find((v) => !/community_ask_edit/.test(json(v)) && /鈴木さんという常連/.test(json(v))));
    expect(form.callback_id).toBe('community_ask');
    expect(h.slack.messages.filter((m) => m.channel === COMM && /鈴木/.test(json(m.blocks)))).toHaveLength(0);
  });

  it('someone outside the community is refused in the form; nothing is posted', async () => {
    await submit('community_ask', 'UNOBODY', askValues('質問です', '記録の取り方', false), { team: 'T1', v: 1 }, 'V-NOBODY');
    await waitFor('refusal in the form', () => updatesOf('V-NOBODY').find((v) => /修了生・講師・管理者/.test(json(v))));
    expect(h.slack.messages.filter((m) => m.channel === COMM && !m.thread_ts)).toHaveLength(1);
  });

  it('an answer through the form goes in the thread; a thread reply is recorded; 解決済み updates the root', async () => {
    const p = press('community_answer', questionId, 'UPEER', { channel: COMM, ts: rootTs });
    await p.res;
    await waitFor('answer modal', () => h.slack.callsOf('views.open').find((x) => x.args.trigger_id === `trig-${p.id}`));
    await submit('community_answer_modal', 'UPEER', { 'body~1': { body: { type: 'plain_text_input', value: 'まずは日時と発言をそのまま記録し、上長に共有しましょう。' } } }, { team: 'T1', question: questionId, v: 1 }, 'V-ANS');
    const answer = await waitFor('answer in the thread', () => h.slack.threadMessages(COMM, rootTs).find((m) => /日時と発言/.test(json(m.blocks))));
    await waitFor('root shows 回答あり', () => /回答あり/.test(json(h.slack.message(COMM, rootTs)?.blocks)));

    // A reply typed in the thread by an instructor counts as an answer (once, even if redelivered).
    const reply = { type: 'message', channel: COMM, channel_type: 'channel', user: 'UTEACH', ts: '1900000001.000100', thread_ts: rootTs, text: '録音も有効です。' };
    await h.signer.event(reply, { eventId: 'Ev-reply' });
    await h.signer.event(reply, { eventId: 'Ev-reply', retryNum: 1 });
    await waitFor('thread reply recorded', async () => (await h.t.database.db.select().from(communityAnswers)).length === 2);
    await waitFor('root shows 2 answers', () => /回答\*\\n2/.test(json(h.slack.message(COMM, rootTs)?.blocks)));

    // A peer may not mark it resolved; the asker may.
    const answerId = buttonValue(answer.blocks, 'community_resolve');
    await press('community_resolve', answerId, 'UPEER', { channel: COMM, ts: answer.ts, thread: rootTs }).res;
    await ephemeralTo('UPEER', /権限/);
    await press('community_resolve', answerId, 'UASK', { channel: COMM, ts: answer.ts, thread: rootTs }).res;
    await ephemeralTo('UASK', /解決済み/);
    await waitFor('root resolved with the accepted answer', () => {
      const b = json(h.slack.message(COMM, rootTs)?.blocks);
      return /解決済み/.test(b) && /採用された回答/.test(b) && /日時と発言/.test(b);
    });
    await waitFor('answer marked accepted', () => /✅/.test(json(h.slack.message(COMM, answer.ts)?.blocks)));
    // The root links the accepted answer (its permalink, in the question's thread; & escaped as mrkdwn wants it).
    const link = `https://fake.slack.test/archives/${COMM}/p${answer.ts.replace('.', '')}?thread_ts=${rootTs}&amp;cid=${COMM}`;
    expect(json(h.slack.message(COMM, rootTs)?.blocks)).toContain(link);
    expect(json(h.slack.message(COMM, rootTs)?.blocks)).toMatch(/採用された回答を開く/);
  });

  it('/mamori-faq shows matches privately', async () => {
    const f = command('/mamori-faq', '暴言 記録', 'UPEER');
    const body = await response(f.id);
    expect(body.response_type).toBe('ephemeral');
    expect(json(body)).toMatch(/店長への暴言/);
    const empty = command('/mamori-faq', '', 'UPEER');
    expect(json(await response(empty.id))).toMatch(/使い方/);
  });

  it('asking something like a resolved question shows it before posting: やめる posts nothing, 投稿する posts', async () => {
    const values = askValues('暴言の記録について', '店長への暴言を記録するとき、何を残せばよいですか。', false);
    const postedRoots = () => h.slack.messages.filter((m) => m.channel === COMM && !m.thread_ts && /暴言の記録について/.test(json(m.blocks)));
    const stored = async () => (await h.t.database.db.select().from(communityQuestions).where(eq(communityQuestions.title, '暴言の記録について'))).length;

    await submit('community_ask', 'UPEER', values, { team: 'T1', v: 1 }, 'V-SIMILAR');
    const shown = await waitFor('similar questions, before posting', () => updatesOf('V-SIMILAR').find((v) => /community_ask_post/.test(json(v))));
    expect(json(shown)).toMatch(/似た解決済みの質問/);
    expect(json(shown)).toMatch(/店長への暴言が続くときの対応/);
    expect(json(shown)).toMatch(/まだ何も投稿されていません/);
    expect(json(shown)).toMatch(/community_ask_drop/);
    expect(postedRoots()).toHaveLength(0);
    expect(await stored()).toBe(0);

    await pressInModal('community_ask_drop', 'UPEER', { id: 'V-SIMILAR', callback_id: 'community_ask', private_metadata: shown.private_metadata }, values);
    await waitFor('not posted', () => updatesOf('V-SIMILAR').find((v) => /投稿しませんでした/.test(json(v))));
    expect(postedRoots()).toHaveLength(0);
    expect(await stored()).toBe(0);

    await submit('community_ask', 'UPEER', values, { team: 'T1', v: 1 }, 'V-SIMILAR2');
    const again = await waitFor('similar questions again', () => updatesOf('V-SIMILAR2').find((v) => /community_ask_post/.test(json(v))));
    await pressInModal('community_ask_post', 'UPEER', { id: 'V-SIMILAR2', callback_id: 'community_ask', private_metadata: again.private_metadata }, values);
    await waitFor('posted', () => updatesOf('V-SIMILAR2').find((v) => /投稿しました/.test(json(v))));
    const root = await rootOf(/暴言の記録について/);
    expect(json(root.blocks)).toMatch(/upeer-name/); // not anonymous: the asker's name is shown
    expect(await stored()).toBe(1);
  });
});

function shortcut(callbackId: string, user: string, channel: string, ts: string, thread?: string) {
  return h.signer.interaction({
    type: 'message_action', token: 'legacy', api_app_id: 'A1', callback_id: callbackId, trigger_id: `trig-${++seq}`, response_url: `${h.slack.base}/respond/s${seq}`,
    user: { id: user, team_id: 'T1', name: `${user.toLowerCase()}-name` }, team: { id: 'T1', domain: 'test' }, channel: { id: channel, name: 'x' },
    message_ts: ts, message: { type: 'message', ts, text: '', user, ...(thread ? { thread_ts: thread } : {}) },
  });
}

describe('community moderation on Slack', () => {
  it('the asker accepts a reply typed in the thread with the 解決済みにする shortcut', async () => {
    await shortcut('community_resolve_message', 'UASK', COMM, '1900000001.000100', rootTs);
    await waitFor('root shows the typed reply as accepted', () => /録音も有効/.test(json(h.slack.message(COMM, rootTs)?.blocks)));
  });

  it('a member reports the question; an instructor sees the report and hides it; the question can no longer be answered', async () => {
    const r = press('community_report', questionId, 'UPEER', { channel: COMM, ts: rootTs });
    await r.res;
    await waitFor('report modal', () => h.slack.callsOf('views.open').find((x) => x.args.trigger_id === `trig-${r.id}`));
    const empty = await submit('community_report_modal', 'UPEER', { 'reason~1': { reason: { type: 'plain_text_input', value: '  ' } } }, { team: 'T1', subject: questionId });
    expect(JSON.parse(empty.text)).toMatchObject({ response_action: 'errors', errors: { 'reason~1': expect.stringMatching(/入力してください/) } });
    const ok = await submit('community_report_modal', 'UPEER', { 'reason~1': { reason: { type: 'plain_text_input', value: '個人が特定できそうです' } } }, { team: 'T1', subject: questionId });
    expect(ok.text).toMatch(/報告を受け付けました/);

    const graduate = command('/mamori-admin', 'community reports', 'UPEER');
    expect(json(await response(graduate.id))).toMatch(/講師または管理者/);
    const list = command('/mamori-admin', 'community reports', 'UTEACH');
    const body = await response(list.id);
    expect(json(body)).toMatch(/個人が特定できそうです/);
    const subject = buttonValue(body.blocks, 'community_hide');
    const p = press('community_hide', subject, 'UTEACH', { channel: 'C-any', ts: '1.0', ephemeral: true });
    expect(json(await response(p.id))).toMatch(/非表示にしました/);
    await waitFor('root says it was hidden', () => {
      const b = json(h.slack.message(COMM, rootTs)?.blocks);
      return /非表示になりました/.test(b) && !/店長への暴言/.test(b);
    });
    await submit('community_answer_modal', 'UPEER', { 'body~1': { body: { type: 'plain_text_input', value: '追加の回答です' } } }, { team: 'T1', question: questionId, v: 1 }, 'V-HIDDEN');
    await waitFor('answer refused in the modal', () => updatesOf('V-HIDDEN').find((v) => /非表示になっているため/.test(json(v))));
  });
});

describe('replies typed in a question\'s thread on Slack', () => {
  let root = { ts: '', id: '' };
  const LEAK = /佐藤|090-2222-3333/;

  it('a leaky typed reply, once accepted, shows only masked in the root message and in /mamori-faq', async () => {
    await submit('community_ask', 'UASK', askValues('深夜の長電話への対応', '閉店後も長電話を続けるお客様への区切り方を知りたいです。', false), { team: 'T1', v: 1 }, 'V-LONGCALL');
    const r = await rootOf(/深夜の長電話への対応/);
    root = { ts: r.ts, id: buttonValue(r.blocks, 'community_answer') };

    const ts = '1900000002.000100';
    await h.signer.event({ type: 'message', channel: COMM, channel_type: 'channel', user: 'UTEACH', ts, thread_ts: root.ts, text: '佐藤様の件と同じく、長電話は 090-2222-3333 に回さず、時間を区切って丁寧に終えましょう。' }, { eventId: 'Ev-leak' });
    // The author is asked to edit their message (mamori cannot change it) …
    await waitFor('the author is warned by DM', () => h.slack.messages.some((m) => m.channel === 'DTEACH' && /編集してください/.test(json(m.blocks))));
    await shortcut('community_resolve_message', 'UASK', COMM, ts, root.ts);
    // … and what mamori repeats of it is the masked text.
    await waitFor('root resolved with the typed reply', () => {
      const b = json(h.slack.message(COMM, root.ts)?.blocks);
      return /解決済み/.test(b) && /時間を区切って/.test(b);
    });
    const b = json(h.slack.message(COMM, root.ts)?.blocks);
    expect(b).not.toMatch(LEAK);
    expect(b).toMatch(/〇〇様/);
    expect(b).toContain(`https://fake.slack.test/archives/${COMM}/p1900000002000100?thread_ts=${root.ts}&amp;cid=${COMM}`);

    const f = command('/mamori-faq', '長電話', 'UPEER');
    const found = await response(f.id);
    expect(json(found)).toMatch(/深夜の長電話への対応/);
    expect(json(found)).toMatch(/時間を区切って/);
    expect(json(found)).not.toMatch(LEAK);
  });

  it('hiding typed replies: mamori stops counting and showing them, and tells the moderator it cannot delete them', async () => {
    const answers = () => json(h.slack.message(COMM, root.ts)?.blocks).match(/回答\*\\n(\d+)/)?.[1];
    const ts = '1900000003.000100';
    await h.signer.event({ type: 'message', channel: COMM, channel_type: 'channel', user: 'UPEER', ts, thread_ts: root.ts, text: '終わりの時刻を先に伝えるのも有効です。' }, { eventId: 'Ev-second' });
    await waitFor('root counts two answers', () => answers() === '2');

    await shortcut('community_hide_message', 'UTEACH', COMM, ts, root.ts);
    const told = await ephemeralTo('UTEACH', /削除も編集もできず/);
    expect(told.args.thread_ts).toBe(root.ts);
    await waitFor('root counts one answer', () => answers() === '1');

    // The accepted one: out of the root message and the FAQ.
    await shortcut('community_hide_message', 'UTEACH', COMM, '1900000002.000100', root.ts);
    await waitFor('root back to 回答あり without the hidden text', () => {
      const b = json(h.slack.message(COMM, root.ts)?.blocks);
      return /回答あり/.test(b) && !/時間を区切って/.test(b) && answers() === '0';
    });
    const f = command('/mamori-faq', '長電話', 'UPEER');
    expect(json(await response(f.id))).not.toMatch(/時間を区切って/);
    // mamori never tries to delete a member's own message.
    expect(h.slack.callsOf('chat.delete').filter((c) => [ts, '1900000002.000100'].includes(c.args.ts))).toHaveLength(0);
  });
});

describe('study groups on Slack', () => {
  const tokyoDate = (daysAhead: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + daysAhead * 86_400_000));
  const eventValues = (date: string, capacity: string) => ({
    'title~1': { title: { type: 'plain_text_input', value: '冬の勉強会' } },
    'description~1': { description: { type: 'plain_text_input', value: '事例検討' } },
    start_date: { start_date: { type: 'datepicker', selected_date: date } },
    start_time: { start_time: { type: 'timepicker', selected_time: '19:00' } },
    duration: { duration: { type: 'number_input', value: '90' } },
    'location~1': { location: { type: 'plain_text_input', value: 'https://meet.example.com/abc' } },
    capacity: { capacity: { type: 'number_input', value: capacity } },
    deadline_date: { deadline_date: { type: 'datepicker', selected_date: null } },
    deadline_time: { deadline_time: { type: 'timepicker', selected_time: null } },
  });
  let announcement = { ts: '', eventId: '' };

  it('a graduate cannot create one; an instructor gets the form; a date in the past is refused under the field', async () => {
    const no = command('/mamori-event', '', 'UPEER');
    expect(json(await response(no.id))).toMatch(/講師または管理者/);
    const yes = command('/mamori-event', '', 'UTEACH');
    await yes.res;
    const open = await waitFor('event modal', () => h.slack.callsOf('views.open').find((x) => x.args.trigger_id === `trig-${yes.id}`));
    expect(json(open.args.view)).toMatch(/Asia\/Tokyo/);
    const past = await submit('community_event', 'UTEACH', eventValues(tokyoDate(-2), '2'), { team: 'T1', tz: 'Asia/Tokyo' });
    expect(JSON.parse(past.text)).toMatchObject({ response_action: 'errors', errors: { start_date: expect.stringMatching(/過去/) } });
  });

  it('announces, seats two, waitlists the third, promotes on cancel with a DM and the .ics', async () => {
    const ok = await submit('community_event', 'UTEACH', eventValues(tokyoDate(5), '2'), { team: 'T1', tz: 'Asia/Tokyo' });
    expect(JSON.parse(ok.text).response_action).toBe('update');
    const a = await rootOf(/冬の勉強会/);
    announcement = { ts: a.ts, eventId: buttonValue(a.blocks, 'event_join') };
    expect(json(a.blocks)).toMatch(/0\/2名/);

    for (const u of ['U1', 'U2']) await press('event_join', announcement.eventId, u, { channel: COMM, ts: announcement.ts }).res;
    await waitFor('two DMs with the details', () => ['D1', 'D2'].every((d) => h.slack.messages.some((m) => m.channel === d && /参加を受け付けました/.test(json(m.blocks)))));
    await waitFor('two .ics uploads', () => h.slack.callsOf('files.completeUploadExternal').filter((c) => ['D1', 'D2'].includes(c.args.channel_id)).length === 2);
    expect(json(h.slack.callsOf('files.getUploadURLExternal'))).toMatch(/study-group\.ics/);
    await waitFor('count 2/2', () => /2\/2名/.test(json(h.slack.message(COMM, announcement.ts)?.blocks)));

    await press('event_join', announcement.eventId, 'U3', { channel: COMM, ts: announcement.ts }).res;
    await ephemeralTo('U3', /キャンセル待ち（1番目）/);
    await waitFor('waitlist shown', () => /キャンセル待ち/.test(json(h.slack.message(COMM, announcement.ts)?.blocks)));
    expect(h.slack.callsOf('files.completeUploadExternal').some((c) => c.args.channel_id === 'D3')).toBe(false);

    await press('event_cancel_rsvp', announcement.eventId, 'U1', { channel: COMM, ts: announcement.ts }).res;
    await waitFor('U3 promoted by DM', () => h.slack.messages.some((m) => m.channel === 'D3' && /キャンセルが出た/.test(json(m.blocks))));
    await waitFor('U3 gets the .ics', () => h.slack.callsOf('files.completeUploadExternal').some((c) => c.args.channel_id === 'D3'));
    await waitFor('count still 2/2, no waitlist', () => {
      const b = json(h.slack.message(COMM, announcement.ts)?.blocks);
      return /2\/2名/.test(b) && !/キャンセル待ち/.test(b);
    });
  });

  it('the organiser cancels it; a later press is refused', async () => {
    const m = command('/mamori-event', 'manage', 'UTEACH');
    const list = await response(m.id);
    const eventId = buttonValue(list.blocks, 'community_event_cancel');
    expect(eventId).toBe(announcement.eventId);
    const p = press('community_event_cancel', eventId, 'UTEACH', { channel: 'C-any', ts: '1.0', ephemeral: true });
    expect(json(await response(p.id))).toMatch(/中止しました/);
    await waitFor('announcement shows it was cancelled', () => {
      const b = json(h.slack.message(COMM, announcement.ts)?.blocks);
      return /中止になりました/.test(b) && !/event_join/.test(b);
    });
    await press('event_join', eventId, 'U4', { channel: COMM, ts: announcement.ts }).res;
    await ephemeralTo('U4', /中止になったため/);
  });

  it('the organiser edits one from the manage list (a prefilled form); everyone signed up is told; others are refused', async () => {
    const spring = { ...eventValues(tokyoDate(9), '5'), 'title~1': { title: { type: 'plain_text_input', value: '春の勉強会' } } };
    await submit('community_event', 'UTEACH', spring, { team: 'T1', tz: 'Asia/Tokyo' });
    const a = await rootOf(/春の勉強会/);
    const eventId = buttonValue(a.blocks, 'event_join');
    await press('event_join', eventId, 'U1', { channel: COMM, ts: a.ts }).res;
    await press('event_join', eventId, 'U2', { channel: COMM, ts: a.ts }).res;
    await waitFor('count 2/5', () => /2\/5名/.test(json(h.slack.message(COMM, a.ts)?.blocks)));

    const m = command('/mamori-event', 'manage', 'UTEACH');
    const list = await response(m.id);
    expect(buttonValue(list.blocks, 'community_event_edit')).toBe(eventId);

    // A graduate pressing 編集 (a forwarded list, a crafted request) is refused privately.
    const no = press('community_event_edit', eventId, 'UPEER', { channel: 'C-any', ts: '1.0', ephemeral: true });
    expect(json(await response(no.id))).toMatch(/講師または管理者/);

    const p = press('community_event_edit', eventId, 'UTEACH', { channel: 'C-any', ts: '1.0', ephemeral: true });
    await p.res;
    const open = await waitFor('the edit form', () => h.slack.callsOf('views.open').find((x) => x.args.trigger_id === `trig-${p.id}`));
    const form = open.args.view;
    expect(form.callback_id).toBe('community_event_edit_modal');
    expect(JSON.parse(form.private_metadata)).toMatchObject({ event: eventId, tz: 'Asia/Tokyo' });
    const initial = (id: string) => form.blocks.find((b: any) => b.block_id === id || String(b.block_id).startsWith(`${id}~`))?.element;
    expect(initial('title').initial_value).toBe('春の勉強会');
    expect(initial('start_date').initial_date).toBe(tokyoDate(9));
    expect(initial('start_time').initial_time).toBe('19:00');
    expect(initial('location').initial_value).toBe('https://meet.example.com/abc');
    expect(initial('capacity').initial_value).toBe('5');

    // A capacity below the two going is refused under the field; nothing changes.
    const tooSmall = await submit('community_event_edit_modal', 'UTEACH', { ...spring, capacity: { capacity: { type: 'number_input', value: '1' } } }, JSON.parse(form.private_metadata));
    expect(JSON.parse(tooSmall.text)).toMatchObject({ response_action: 'errors', errors: { capacity: expect.stringMatching(/2名/) } });

    const edited = {
      ...spring,
      start_time: { start_time: { type: 'timepicker', selected_time: '20:00' } },
      'location~1': { location: { type: 'plain_text_input', value: 'https://meet.example.com/new-room' } },
    };
    const saved = await submit('community_event_edit_modal', 'UTEACH', edited, JSON.parse(form.private_metadata));
    expect(JSON.parse(saved.text)).toMatchObject({ response_action: 'update' });
    expect(saved.text).toMatch(/更新しました/);
    await waitFor('both people signed up are told, with the new place', () =>
      ['D1', 'D2'].every((d) => h.slack.messages.some((x) => x.channel === d && /内容が変更されました/.test(json(x.blocks)) && /new-room/.test(json(x.blocks)) && /20:00/.test(json(x.blocks)))));
    await waitFor('the announcement shows the change', () => /new-room/.test(json(h.slack.message(COMM, a.ts)?.blocks)));
    expect(h.slack.messages.some((x) => x.channel === 'DPEER' && /内容が変更されました/.test(json(x.blocks)))).toBe(false);
  });
});
