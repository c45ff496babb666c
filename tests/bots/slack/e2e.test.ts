import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissions } from '../../../src/db/schema/index.js';
import { dmFileEvent, startHarness, waitFor, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('Slack over HTTP: a shared VTT', () => {
  it('answers in the thread with the excerpt, replacing the progress message, and uploads the timeline', async () => {
    h.slack.addFile({ id: 'F-VTT1', name: 'call.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT });
    const { event, ts, channel } = dmFileEvent(h, 'F-VTT1');
    const res = await h.signer.event(event, { eventId: 'Ev-vtt-1' });
    expect(res.status).toBe(200);
    const answer = await waitForThreadText(h, channel, ts, /慰謝料5万払え/);
    // The answer replaced the progress message: one bot message in the thread.
    expect(h.slack.threadMessages(channel, ts)).toHaveLength(1);
    const progress = h.slack.callsOf('chat.postMessage').find((c) => c.args.channel === channel && c.args.thread_ts === ts);
    // A transcript file is not transcribed: the progress message names only the analysis still to come.
    expect(progress?.args.text).toBe('⏳ 受付しました: call.vtt（解析）');
    expect(answer.metadata?.event_type).toBe('mamori_outbox');
    expect(JSON.stringify(answer.blocks)).toMatch(/上長に相談/);
    expect((answer.blocks ?? []).length).toBeLessThanOrEqual(50);
    await waitFor('timeline upload', () => h.slack.uploads.length > 0 && h.slack.callsOf('files.completeUploadExternal').length > 0);
    const complete = h.slack.callsOf('files.completeUploadExternal')[0]!;
    expect(complete.args.thread_ts).toBe(ts);
    // The download used the bot token.
    expect(h.slack.downloads.filter((d) => d.fileId === 'F-VTT1').every((d) => d.authorised)).toBe(true);
  });

  it('ignores a retried event (X-Slack-Retry-Num): no second analysis, no second reply', async () => {
    h.slack.addFile({ id: 'F-VTT2', name: 'call2.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT.replace('慰謝料', '慰謝料を') });
    const { event, ts, channel } = dmFileEvent(h, 'F-VTT2');
    expect((await h.signer.event(event, { eventId: 'Ev-retry' })).status).toBe(200);
    expect((await h.signer.event(event, { eventId: 'Ev-retry', retryNum: 1 })).status).toBe(200);
    expect((await h.signer.event(event, { eventId: 'Ev-retry', retryNum: 2 })).status).toBe(200);
    await waitForThreadText(h, channel, ts, /慰謝料を5万払え/);
    const subs = await h.t.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'F-VTT2'));
    expect(subs).toHaveLength(1);
    const posts = h.slack.callsOf('chat.postMessage').filter((c) => c.args.channel === channel && c.args.thread_ts === ts);
    expect(posts).toHaveLength(1);
  });

  it('answers a sharer whose Slack is in English in English, advice included (the lines to say in the call\'s Japanese), in a Japanese organisation', async () => {
    h.slack.locales.set('U-english', 'en-US');
    h.slack.addFile({ id: 'F-VTT-EN', name: 'call-en.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT.replace('慰謝料', 'お詫びの慰謝料') });
    const { event, ts, channel } = dmFileEvent(h, 'F-VTT-EN', 'U-english');
    expect((await h.signer.event(event, { eventId: 'Ev-en' })).status).toBe(200);
    // The explanation follows the reader (English); the line to say follows the caller (Japanese).
    const answer = await waitForThreadText(h, channel, ts, /Do not argue; note the exact words/);
    expect(JSON.stringify(answer.blocks)).toMatch(/「ただいまのご発言は脅迫と受け止めます/);
    expect(JSON.stringify(answer.blocks)).not.toMatch(/I take that as a threat/);
    const [sub] = await h.t.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'F-VTT-EN'));
    expect(sub?.replyTo.language).toBe('en');
  });

  it('refuses unsigned and stale requests with 401', async () => {
    const { event } = dmFileEvent(h, 'F-VTT1');
    expect((await h.signer.event(event, { unsigned: true })).status).toBe(401);
    expect((await h.signer.event(event, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
  });
});
