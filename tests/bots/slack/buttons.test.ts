/**
 * The buttons under an answer, pressed over signed HTTP: 上長に相談 DMs the sharer's supervisor,
 * 全文を見る opens the modal (and, when the excerpts do not fit it, uploads them all into the
 * thread as a text file), 見逃しを報告 stores the feedback and acknowledges it (with an optional note).
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { feedback } from '../../../src/db/schema/index.js';
import {
  buttonValue, dmFileEvent, press, settled, slashCommand, startHarness, waitFor, waitForThreadText, type Harness,
} from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
const COMPLAINT = readFileSync(new URL('../../../samples/ja-complaint.txt', import.meta.url), 'utf8');
const HUGE = 400;
let h: Harness;

/** A file whose name says "huge" gets 400 long excerpts: more than a 100-block modal can hold. */
async function hugeResult(_tx: unknown, _orgId: string, r: AnalysisResult): Promise<AnalysisResult> {
  if (!r.file.includes('huge')) return r;
  return {
    ...r,
    excerpts: Array.from({ length: HUGE }, (_, i) => ({
      start: i * 10, end: i * 10 + 5, line: i + 1, speaker: '石田 浩', text: `発言${i}番 ${'ふざけんなよ'.repeat(160)}`, categories: ['abuse' as const], score: 80,
    })),
  };
}

beforeAll(async () => {
  h = await startHarness({ env: { MAMORI_THREAD_EXCERPTS: '2' }, postFilter: hugeResult });
  h.slack.admins.add('UADMIN');
  expect((await slashCommand(h, '/mamori-admin', 'supervisor <@USTAFF|staff> <@UBOSS|boss>', 'UADMIN')).status).toBe(200);
  await waitFor('supervisor saved', () => h.slack.responses.some((r) => /UBOSS/.test(JSON.stringify(r.body))));
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

async function shareAndAnswer(id: string, name: string, content: string, pattern: RegExp) {
  h.slack.addFile({ id, name, mimetype: name.endsWith('.vtt') ? 'text/vtt' : 'text/plain', filetype: name.endsWith('.vtt') ? 'vtt' : 'text', content });
  const { event, ts, channel } = dmFileEvent(h, id, 'USTAFF');
  expect((await h.signer.event(event, { eventId: `Ev-${id}` })).status).toBe(200);
  const answer = await waitForThreadText(h, channel, ts, pattern);
  await settled(h);
  return { answer, ts, channel };
}

const ephemeralTo = (user: string, pattern: RegExp) =>
  h.slack.callsOf('chat.postEphemeral').find((c) => c.args.user === user && pattern.test(String(c.args.text)));

describe('the buttons of an answer', () => {
  it('上長に相談 (consult_supervisor): the supervisor gets a DM naming who asked; the presser is told, once', async () => {
    // A legitimate complaint: no alert of its own, so the DM comes from the button alone.
    const { answer, channel } = await shareAndAnswer('F-CONSULT', 'complaint.txt', COMPLAINT, /正当な苦情/);
    expect(h.slack.messages.some((m) => m.channel === 'DBOSS')).toBe(false);
    const id = buttonValue(answer.blocks, 'consult_supervisor');
    expect((await press(h, 'consult_supervisor', id, 'USTAFF', channel, answer)).status).toBe(200);
    const dm = await waitFor('the supervisor DM', () => h.slack.messages.find((m) => m.channel === 'DBOSS'));
    const shown = JSON.stringify(dm.blocks);
    expect(shown).toMatch(/<@USTAFF> さんから相談がありました/);
    expect(shown).toMatch(/acknowledge_alert/);
    expect(buttonValue(dm.blocks, 'acknowledge_alert')).toBe(id);
    await waitFor('the presser told', () => ephemeralTo('USTAFF', /上長（1 名）に相談の連絡をしました/));

    // Pressed again: no second DM, the presser hears it was already sent.
    await press(h, 'consult_supervisor', id, 'USTAFF', channel, answer);
    await waitFor('already told', () => ephemeralTo('USTAFF', /すでに上長に連絡済み/));
    await settled(h);
    expect(h.slack.messages.filter((m) => m.channel === 'DBOSS')).toHaveLength(1);
  });

  it('全文を見る (show_all): views.open with every excerpt of the call', async () => {
    const { answer, channel } = await shareAndAnswer('F-SHOW', 'show.vtt', VTT.replace('慰謝料', '慰謝料V'), /consult_supervisor/);
    const id = buttonValue(answer.blocks, 'show_all');
    expect((await press(h, 'show_all', id, 'USTAFF', channel, answer)).status).toBe(200);
    const open = await waitFor('views.open', () => h.slack.callsOf('views.open').find((c) => /慰謝料V5万払え/.test(JSON.stringify(c.args.view))));
    expect(open.args.trigger_id).toMatch(/^trig-show_all/);
    const modal = JSON.stringify(open.args.view);
    for (const quote of ['慰謝料V5万払え', 'この無能が', 'ネットに名前晒してやる', '帰り道、気をつけろよ']) expect(modal).toContain(quote);
    expect(modal).not.toMatch(/consult_supervisor/);
    await settled(h);
    expect(h.slack.callsOf('files.getUploadURLExternal').some((c) => c.args.filename === 'mamori-excerpts.txt')).toBe(false);
  });

  it('全文を見る on a result too long for a modal: the modal says where the rest are and the thread gets every excerpt as a file, once', async () => {
    const { answer, ts, channel } = await shareAndAnswer('F-HUGE', 'huge.vtt', VTT.replace('慰謝料', '慰謝料H'), /発言0番/);
    const id = buttonValue(answer.blocks, 'show_all');
    await press(h, 'show_all', id, 'USTAFF', channel, answer);
    const open = await waitFor('views.open', () => h.slack.callsOf('views.open').find((c) => /発言0番/.test(JSON.stringify(c.args.view))));
    const blocks = open.args.view.blocks as any[];
    expect(blocks.length).toBeLessThanOrEqual(100);
    const modal = JSON.stringify(blocks);
    const inModal = Array.from({ length: HUGE }, (_, i) => modal.includes(`発言${i}番 `)).filter(Boolean).length;
    expect(inModal).toBeLessThan(HUGE);
    expect(modal).toContain(`ほか ${HUGE - inModal} 件`);
    expect(modal).toContain('mamori-excerpts.txt');

    const complete = await waitFor('the file in the thread', () => h.slack.callsOf('files.completeUploadExternal')
      .find((c) => (c.args.files as Array<{ title?: string }>)[0]?.title === '該当する発言（全件）'));
    expect(complete.args.channel_id).toBe(channel);
    expect(complete.args.thread_ts).toBe(ts);
    expect(h.slack.callsOf('files.getUploadURLExternal').filter((c) => c.args.filename === 'mamori-excerpts.txt')).toHaveLength(1);
    const uploadedBytes = h.slack.uploads.find((u) => u.fileId === (complete.args.files as Array<{ id: string }>)[0]!.id)!.bytes;
    expect(uploadedBytes).toBeGreaterThan(HUGE * 160 * 'ふざけんなよ'.length * 3); // every excerpt, in UTF-8

    // Pressed again: the modal again, not a second copy of the file.
    await press(h, 'show_all', id, 'USTAFF', channel, answer);
    await waitFor('second views.open', () => h.slack.callsOf('views.open').filter((c) => /発言0番/.test(JSON.stringify(c.args.view))).length === 2);
    await settled(h);
    expect(h.slack.callsOf('files.getUploadURLExternal').filter((c) => c.args.filename === 'mamori-excerpts.txt')).toHaveLength(1);
  });

  it('見逃しを報告 (report_missed): the feedback is stored against the analysis and acknowledged; the note is added', async () => {
    const { answer, channel } = await shareAndAnswer('F-MISSED', 'missed.vtt', VTT.replace('慰謝料', '慰謝料X'), /consult_supervisor/);
    const id = buttonValue(answer.blocks, 'report_missed');
    expect((await press(h, 'report_missed', id, 'USTAFF', channel, answer)).status).toBe(200);
    const [row] = await waitFor('feedback row', async () => {
      const rows = await h.t.database.db.select().from(feedback).where(eq(feedback.analysisId, id));
      return rows.length > 0 ? rows : undefined;
    });
    expect(row!.kind).toBe('missed');
    const open = await waitFor('the acknowledgement modal', () => h.slack.callsOf('views.open').find((c) => c.args.view?.callback_id === 'feedback_note'
      && /見逃しの報告を受け付けました/.test(JSON.stringify(c.args.view))));
    expect(open.args.view.title.text).toBe('見逃しを報告');

    // The optional note, submitted from that modal.
    const res = await h.signer.interaction({
      type: 'view_submission', token: 'legacy', api_app_id: 'A1', trigger_id: 'trig-note', team: { id: 'T1', domain: 'test' },
      user: { id: 'USTAFF', team_id: 'T1', username: 'x', name: 'x' },
      view: {
        id: 'V-note', type: 'modal', callback_id: 'feedback_note', private_metadata: open.args.view.private_metadata, team_id: 'T1', app_id: 'A1', bot_id: 'B1',
        blocks: [], title: open.args.view.title, hash: 'h',
        state: { values: { note: { note: { type: 'plain_text_input', value: '01:30 の「覚えてろよ」も脅迫だと思います' } } } },
      },
    });
    expect(res.status).toBe(200);
    await waitFor('note stored', async () => {
      const [r] = await h.t.database.db.select().from(feedback).where(eq(feedback.analysisId, id));
      return r?.comment === '01:30 の「覚えてろよ」も脅迫だと思います' && r.kind === 'missed';
    });
    expect(await h.t.database.db.select().from(feedback).where(eq(feedback.analysisId, id))).toHaveLength(1);
  });

  it('an analysis id is not a key: a colleague who presses 全文を見る or 誤検知を報告 is refused; the supervisor is let in', async () => {
    const { answer, channel } = await shareAndAnswer('F-PRIVATE', 'private.vtt', VTT.replace('慰謝料', '慰謝料P'), /consult_supervisor/);
    const id = buttonValue(answer.blocks, 'show_all');
    // Same workspace, holding the id (a forwarded or channel message), but neither the sharer, their supervisor nor an admin.
    await press(h, 'show_all', id, 'UCOLLEAGUE', channel, answer);
    const refused = await waitFor('the refusal modal', () => h.slack.callsOf('views.open').find((c) => /共有した本人・その上長・管理者だけ/.test(JSON.stringify(c.args.view))));
    expect(JSON.stringify(refused.args.view)).not.toMatch(/慰謝料P5万払え/);
    await press(h, 'report_false_positive', id, 'UCOLLEAGUE', channel, answer);
    await waitFor('the refusal to the presser', () => ephemeralTo('UCOLLEAGUE', /共有した本人・その上長・管理者だけ/));
    expect(await h.t.database.db.select().from(feedback).where(eq(feedback.analysisId, id))).toEqual([]);
    // The sharer's supervisor may.
    await press(h, 'show_all', id, 'UBOSS', 'DBOSS', answer);
    await waitFor('the excerpts for the supervisor', () => h.slack.callsOf('views.open').find((c) => /慰謝料P5万払え/.test(JSON.stringify(c.args.view))));
  });
});
