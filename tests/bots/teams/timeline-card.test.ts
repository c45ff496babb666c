/**
 * The timeline picture in the Teams answer card: a short call carries it inline; a 60-minute call,
 * whose answer would be pushed onto a second card by the inline picture, shows it by URL from the
 * app's own download route, so the answer stays one card, and the picture has its risk curve.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../../src/db/schema/index.js';
import { cardBytes } from '../../../src/bots/teams/adaptive-card.js';
import { TEAMS_LIMITS } from '../../../src/bots/teams/limits.js';
import { FakeBotConnector, type RecordedActivity } from '../../helpers/fake-bot-connector.js';
import { countColour, decodePng } from '../../helpers/png-pixels.js';
import { waitFor } from '../../helpers/test-database.js';
import { fileMessage, STAFF, startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ publicBaseUrl: true });
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

const clock = (sec: number) => {
  const hh = String(Math.floor(sec / 3600)).padStart(2, '0');
  const mm = String(Math.floor((sec % 3600) / 60)).padStart(2, '0');
  const ss = String(sec % 60).padStart(2, '0');
  return `${hh}:${mm}:${ss}.000`;
};

/**
 * A 60-minute call: a polite exchange every minute and an outburst every six (abuse, threats, money,
 * 土下座); `ranting` makes each outburst a long tirade, so the card's quotes leave no room for an inline picture.
 */
function sixtyMinuteCall(ranting = false): string {
  const outbursts = [
    'ふざけんなよ！お前じゃ話にならねえんだよ。この無能が。',
    '森っつったな。フルネーム言えよ。ネットに名前晒してやるからな。',
    '交換とかで済むと思ってんの？慰謝料5万払え。',
    '土下座しろ。今すぐ店に来て土下座しろよ。',
    'お前の家まで行ってやるからな、覚えとけよ。',
  ];
  const rant = 'だいたいお前らの会社はいつもそうなんだよ、何回電話したと思ってるんだ、こっちの時間を返せよ。';
  const cues: string[] = ['WEBVTT', ''];
  for (let minute = 0; minute < 60; minute++) {
    const t = minute * 60;
    cues.push(`${clock(t + 1)} --> ${clock(t + 8)}`, '<v 森 美咲>大変申し訳ございません。確認いたしますので少々お待ちください。</v>', '');
    const outburst = outbursts[(minute / 6) % outbursts.length | 0]!;
    const customer = minute % 6 === 5 ? (ranting ? `${outburst}${rant.repeat(12)}` : outburst) : 'はい、それで、いつ届くんですか。';
    cues.push(`${clock(t + 20)} --> ${clock(t + 28)}`, `<v 石田 浩>${customer}</v>`, '');
  }
  cues.push(`${clock(3595)} --> ${clock(3600)}`, '<v 森 美咲>失礼いたします。</v>', '');
  return cues.join('\n');
}

const answersIn = (conversation: string) =>
  h.connector.activities.filter((a) => a.conversationId === conversation && a.op !== 'delete' && Array.isArray(a.body.attachments) && a.body.attachments.length > 0);

function images(a: RecordedActivity): string[] {
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Image' && typeof o.url === 'string') urls.push(o.url);
      Object.values(o).forEach(walk);
    }
  };
  walk(a.body.attachments);
  return urls;
}

/** The answer to `name`, once its outbox message is delivered (all its pages sent). */
async function answerTo(name: string, body: string, uniqueId: string): Promise<RecordedActivity[]> {
  h.connector.files.set(name, { body });
  const before = answersIn(STAFF.chat).length;
  await h.post(fileMessage(h, STAFF, name, uniqueId));
  await waitFor('the answer card', () => answersIn(STAFF.chat).slice(before).find((a) => FakeBotConnector.textOf(a).includes('カスハラの可能性が高い対応です')));
  await waitFor('the delivery', async () => (await h.tdb.database.db.select({ id: outbox.id }).from(outbox)
    .where(and(eq(outbox.kind, 'analysis_result'), eq(outbox.status, 'pending'))).limit(1)).length === 0);
  return answersIn(STAFF.chat).slice(before);
}

/** The picture's pixels: from the data URL in the card, or fetched from its link. */
async function pictureAt(url: string) {
  if (url.startsWith('data:image/png;base64,')) return decodePng(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64'));
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  return decodePng(new Uint8Array(await res.arrayBuffer()));
}

function expectOneCardWithPicture(pages: RecordedActivity[]): string {
  expect(pages).toHaveLength(1);
  expect(FakeBotConnector.textOf(pages[0]!)).not.toMatch(/\(2\/\d\)/);
  expect(cardBytes(pages[0]!.body.attachments[0].content)).toBeLessThanOrEqual(TEAMS_LIMITS.maxCardBytes);
  const [url, ...more] = images(pages[0]!);
  expect(more).toHaveLength(0);
  expect(url).toBeDefined();
  return url!;
}

async function expectRiskCurve(url: string): Promise<void> {
  const pixels = await pictureAt(url);
  expect({ width: pixels.width, height: pixels.height }).toEqual({ width: TEAMS_LIMITS.timelineWidth, height: TEAMS_LIMITS.timelineHeight });
  // The red of the risk curve above 70: the outbursts' bumps.
  expect(countColour(pixels, '#f87171').count).toBeGreaterThan(200);
}

describe('the timeline picture in the Teams answer', () => {
  it('a 60-minute call: one card, its picture inline, the risk curve drawn', async () => {
    const url = expectOneCardWithPicture(await answerTo('long-call.vtt', sixtyMinuteCall(), 'file-long-call'));
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    await expectRiskCurve(url);
  });

  it('a 60-minute call whose quotes fill the card: still one card, the picture by URL from the download route, served to every viewer', async () => {
    const url = expectOneCardWithPicture(await answerTo('long-rant.vtt', sixtyMinuteCall(true), 'file-long-rant'));
    expect(url, url).toMatch(new RegExp(`^${h.baseUrl}/downloads/`));
    // Every Teams client showing the card fetches the picture (desktop, then phone): the link serves both.
    await expectRiskCurve(url);
    await expectRiskCurve(url);
  });
});
