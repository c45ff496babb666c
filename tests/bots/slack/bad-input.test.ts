import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dmFileEvent, settled, startHarness, waitFor, waitForThreadText, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  // A 1-minute monthly quota: a 2-minute call is refused.
  h = await startHarness({ env: { MAMORI_MAX_FILE_MB: '1' }, quota: 1 });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

async function share(id: string, file: { name: string; mimetype: string; filetype: string; content: string | Uint8Array; size?: number; gone?: boolean }) {
  h.slack.addFile({ id, ...file });
  const { event, ts, channel } = dmFileEvent(h, id);
  expect((await h.signer.event(event, { eventId: `Ev-${id}` })).status).toBe(200);
  return { ts, channel };
}

/** The thread ends with one specific reply and no progress message left. */
async function replied(where: { ts: string; channel: string }, pattern: RegExp) {
  const m = await waitForThreadText(h, where.channel, where.ts, pattern);
  await waitFor('no hanging progress message', () => h.slack.threadMessages(where.channel, where.ts).every((x) => !/受付|解析中|文字起こし中/.test(x.text ?? '')));
  return m;
}

describe('bad input gets a short specific reply in the thread', () => {
  it('too large (checked before download)', async () => {
    const where = await share('F-BIG', { name: 'big.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: 'WEBVTT', size: 5 * 1024 * 1024 });
    await replied(where, /大きすぎる.*1 MB/);
    expect(h.slack.downloads.some((d) => d.fileId === 'F-BIG')).toBe(false);
  });

  it('unsupported type', async () => {
    await replied(await share('F-PDF', { name: 'memo.pdf', mimetype: 'application/pdf', filetype: 'pdf', content: '%PDF' }), /対応していない形式/);
  });

  it('corrupt transcript', async () => {
    await replied(await share('F-BAD', { name: 'x.json', mimetype: 'application/json', filetype: 'json', content: '{"segments": [' }), /読み取れません/);
  });

  it('no speech', async () => {
    await replied(await share('F-EMPTY', { name: 'empty.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: 'WEBVTT\n\n' }), /読み取れません|空|発話/);
  });

  it('expired download (404)', async () => {
    await replied(await share('F-GONE', { name: 'gone.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: 'WEBVTT', gone: true }), /取得できません/);
  });

  it('audio with no transcriber configured: the reply says what to configure', async () => {
    const m = await replied(await share('F-MP3', { name: 'call.mp3', mimetype: 'audio/mpeg', filetype: 'mp3', content: new Uint8Array([0xff, 0xfb, 0x90, 0x00]) }), /文字起こし.*設定されていません/);
    expect(m.text).toMatch(/OPENAI_API_KEY/);
    expect(m.text).toMatch(/OPENAI_BASE_URL/);
  });

  it('quota full', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v 客>もしもし\n\n00:02:00.000 --> 00:02:05.000\n<v 店員>はい\n';
    await replied(await share('F-QUOTA', { name: 'long.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: vtt }), /上限/);
  });

  it('honours rate limits (Retry-After) on chat.postMessage', async () => {
    h.slack.inject('chat.postMessage', { status: 429, retryAfter: 1 });
    const where = await share('F-RL', { name: 'memo.docx', mimetype: 'application/msword', filetype: 'docx', content: 'x' });
    await replied(where, /対応していない形式/);
    const calls = h.slack.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === where.ts);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
  });
});

describe('a retried event (X-Slack-Retry-Num, same event_id) never gets a second reply', () => {
  it('unsupported and too-large files: one reply each, whether the retry comes during or after the first delivery', async () => {
    h.slack.addFile({ id: 'F-R-PDF', name: 'retry.pdf', mimetype: 'application/pdf', filetype: 'pdf', content: '%PDF' });
    h.slack.addFile({ id: 'F-R-BIG', name: 'retry-big.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: 'WEBVTT', size: 5 * 1024 * 1024 });
    const { event, ts, channel } = dmFileEvent(h, 'F-R-PDF');
    (event.files as unknown[]).push(h.slack.fileObject('F-R-BIG'));
    const deliveries = await Promise.all([
      h.signer.event(event, { eventId: 'Ev-r-files' }),
      h.signer.event(event, { eventId: 'Ev-r-files', retryNum: 1 }),
    ]);
    expect(deliveries.map((r) => r.status)).toEqual([200, 200]);
    await waitForThreadText(h, channel, ts, /対応していない形式/);
    await waitForThreadText(h, channel, ts, /大きすぎる/);
    expect((await h.signer.event(event, { eventId: 'Ev-r-files', retryNum: 2 })).status).toBe(200);
    await settled(h);
    const replies = h.slack.threadMessages(channel, ts).map((m) => m.text ?? '');
    expect(replies.filter((t) => /対応していない形式/.test(t))).toHaveLength(1);
    expect(replies.filter((t) => /大きすぎる/.test(t))).toHaveLength(1);
    expect(replies).toHaveLength(2);
  });

  it('the help text in the DM and after a mention: once', async () => {
    const dm = { type: 'message', channel: 'DHELP', channel_type: 'im', user: 'U-help', ts: '1700100001.000100', text: 'こんにちは' };
    const mention = { type: 'app_mention', channel: 'CHELP', user: 'U-help', ts: '1700100002.000100', text: '<@UBOT> これは何？' };
    for (const retryNum of [undefined, 1, 2]) {
      expect((await h.signer.event(dm, { eventId: 'Ev-r-help', ...(retryNum ? { retryNum } : {}) })).status).toBe(200);
      expect((await h.signer.event(mention, { eventId: 'Ev-r-mention', ...(retryNum ? { retryNum } : {}) })).status).toBe(200);
    }
    await waitForThreadText(h, 'DHELP', dm.ts, /共有/);
    await waitForThreadText(h, 'CHELP', mention.ts, /共有/);
    await settled(h);
    expect(h.slack.threadMessages('DHELP', dm.ts)).toHaveLength(1);
    expect(h.slack.threadMessages('CHELP', mention.ts)).toHaveLength(1);
  });
});
