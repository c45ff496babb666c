/** The booking topic goes through the community's confidentiality guard before anything is booked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSession } from '../../../src/flows/booking/book.js';
import { communityTopicGuard } from '../../../src/flows/booking/topic-guard.js';
import { loadJapaneseTokenizer } from '../../../src/text/japanese.js';
import { INSTRUCTOR, ORG, openWorld, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await openWorld();
  w.deps.topicGuard = communityTopicGuard(await loadJapaneseTokenizer());
}, 120_000);
afterAll(async () => w?.close());

describe('confidential details in the topic', () => {
  it('stops the booking and offers the masked text; booking with it stores only the masked text', async () => {
    const who = await w.trainee(1);
    const req = { org: ORG, trainee: who, kind: 'orientation' as const, instructor: INSTRUCTOR.platformUserId, start: w.at(w.date(3), '10:00').toISOString(), requestKey: 'g1', topic: 'お客様から090-1234-5678に何度も電話があります' };
    const first = await bookSession(w.deps, req);
    expect(first).toMatchObject({ status: 'topic_confidential', findings: ['phone'] });
    if (first.status !== 'topic_confidential') return;
    expect(first.masked).not.toContain('090-1234-5678');
    const second = await bookSession(w.deps, { ...req, acceptMaskedTopic: true });
    expect(second.status).toBe('confirmed');
    if (second.status !== 'confirmed') return;
    expect((await w.booking(second.booking.id)).topic).toBe(first.masked);
    const clean = await bookSession(w.deps, { ...req, requestKey: 'g2', start: w.at(w.date(3), '11:00').toISOString(), topic: '長時間の電話への対応について' });
    expect(clean.status).toBe('confirmed');
  });
});
