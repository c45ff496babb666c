/**
 * Slack end to end: a share that failed (the file could not be fetched) is answered with a failure
 * note; when the person shares the same file again in a new message, it is analysed and answered in
 * that message's thread, instead of being dropped as a duplicate.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissions } from '../../../src/db/schema/index.js';
import { dmFileEvent, startHarness, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('Slack: the same file shared again after a failure', () => {
  it('is analysed and answered in the new thread', async () => {
    const file = h.slack.addFile({ id: 'F-RESHARE', name: 'call.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT, gone: true });
    const first = dmFileEvent(h, 'F-RESHARE');
    expect((await h.signer.event(first.event, { eventId: 'Ev-reshare-1' })).status).toBe(200);
    await waitForThreadText(h, first.channel, first.ts, /ファイルを取得できませんでした/);

    file.gone = false; // access given back; the person shares it again in a new message
    const again = dmFileEvent(h, 'F-RESHARE');
    expect((await h.signer.event(again.event, { eventId: 'Ev-reshare-2' })).status).toBe(200);
    await waitForThreadText(h, again.channel, again.ts, /慰謝料5万払え/);

    const subs = await h.t.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'F-RESHARE'));
    expect(subs.map((s) => s.status).sort()).toEqual(['analysed', 'failed']);
    // The first thread keeps its failure note only.
    expect(JSON.stringify(h.slack.threadMessages(first.channel, first.ts))).not.toMatch(/慰謝料5万払え/);
  });
});
