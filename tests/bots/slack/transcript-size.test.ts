/** A transcript larger than the engine reads is refused from its declared size, before any download. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dmFileEvent, startHarness, waitForThreadText, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(); // MAMORI_MAX_FILE_MB at its default (recordings may be far larger)
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('transcript size', () => {
  it('a 40 MB .vtt is answered with the 5 MB transcript limit and never downloaded', async () => {
    h.slack.addFile({ id: 'F-HUGE-VTT', name: 'huge.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: 'WEBVTT', size: 40 * 1024 * 1024 });
    const { event, ts, channel } = dmFileEvent(h, 'F-HUGE-VTT');
    expect((await h.signer.event(event, { eventId: 'Ev-F-HUGE-VTT' })).status).toBe(200);
    await waitForThreadText(h, channel, ts, /大きすぎる.*5 MB/);
    expect(h.slack.downloads.some((d) => d.fileId === 'F-HUGE-VTT')).toBe(false);
  });
});
