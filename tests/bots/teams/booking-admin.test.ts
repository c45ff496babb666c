/**
 * The booking admin's commands in Teams, as Slack's `/mamori-admin bookings` / `invoice-rights`, over the
 * fake Bot Connector: the overview is followed by the CSV of every booking behind a one-time download
 * link; `予約一覧 admin policy` shows and changes the booking policy (the same screen as Slack's);
 * `請求書払い @member 会社名` lets a member pay by invoice and `off` clears it. Members are refused.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { members } from '../../../src/db/schema/index.js';
import { waitFor } from '../../helpers/test-database.js';
import { personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
let orgId = '';
const ADMIN: User = { id: '29:ba-admin', aad: 'aad-ba-admin', name: '管理 者', chat: 'a:ba-admin-chat' };
const GRAD: User = { id: '29:ba-grad', aad: 'aad-ba-grad', name: '派遣 さん', chat: 'a:ba-grad-chat' };

beforeAll(async () => {
  h = await startHarness({ publicBaseUrl: true });
  orgId = (await h.bot.store.organisation(TENANT)).id;
  await ensureMember(h.tdb.database.db, orgId, { platformUserId: ADMIN.aad, displayName: ADMIN.name, roles: ['admin'] });
  await ensureMember(h.tdb.database.db, orgId, { platformUserId: GRAD.aad, displayName: GRAD.name, roles: ['graduate'] });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

const json = (x: unknown) => JSON.stringify(x ?? null);
const mention = (u: User) => ({ type: 'mention', mentioned: { id: u.id, aadObjectId: u.aad, name: u.name }, text: `<at>${u.name}</at>` });

/** `text` from `user` in personal chat; the bot's replies once `pattern` is among them. */
async function say(user: User, text: string, pattern: RegExp, over: Record<string, unknown> = {}): Promise<any[]> {
  const before = h.connector.activities.length;
  expect((await h.post(personal(h, user, { text, ...over }))).status).toBeLessThan(300);
  await waitFor(`a reply to "${text}" matching ${pattern}`, () =>
    h.connector.activities.slice(before).find((a) => a.op === 'create' && a.conversationId.startsWith(user.chat) && pattern.test(json(a.body))));
  return h.connector.activities.slice(before).filter((a) => a.conversationId.startsWith(user.chat)).map((a) => a.body);
}

describe('Teams: bookings admin', () => {
  it('the overview is followed by every booking as CSV, downloaded once through its link', async () => {
    await say(ADMIN, '予約一覧 admin', /続くメッセージのボタン/);
    const csvMessage = (await waitFor('the CSV message', () =>
      h.connector.activities.find((a) => a.conversationId.startsWith(ADMIN.chat) && /予約の一覧（CSV）/.test(json(a.body)))))!.body;
    const url = new RegExp(`${h.baseUrl}/downloads/[A-Za-z0-9._-]+`).exec(json(csvMessage))?.[0];
    expect(url, json(csvMessage)).toBeTruthy();
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/mamori-bookings-\d{4}-\d{2}-\d{2}\.csv/);
    const csv = await res.text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('booking_id,start_utc,when_local,kind,status,trainee,instructor,payment,total_yen,refund_yen,invoice_number,invoice_status');
    expect((await fetch(url!)).status).toBe(404);
  });

  it('a member gets neither the overview nor the CSV', async () => {
    const replies = await say(GRAD, 'bookings admin', /管理者だけ/);
    expect(json(replies)).not.toMatch(/CSV|downloads/);
  });
});

describe('Teams: the booking policy', () => {
  it('only admins; shows it; refuses a bad change (nothing saved); saves a good one', async () => {
    await say(GRAD, '予約一覧 admin policy', /管理者だけ/);
    const shown = json(await say(ADMIN, '予約一覧 admin policy', /予約のルール/));
    expect(shown).toMatch(/開始の24時間前まで/);
    expect(shown).toMatch(/予約一覧 admin policy deadline=48/); // the usage, in Teams' words

    const bad = json(await say(ADMIN, '予約一覧 admin policy deadline=48 late-refund=150 colour=red', /何も変更していません/));
    expect(bad).toMatch(/late-refund: 150 は範囲外です/);
    expect(bad).toMatch(/「colour」という項目はありません/);
    expect(json(await say(ADMIN, 'bookings admin policy', /予約のルール/))).toMatch(/開始の24時間前まで/);

    const saved = json(await say(ADMIN, 'bookings admin policy deadline=96 late-move=on', /予約のルールを変更しました/));
    expect(saved).toMatch(/開始の96時間前まで/);
  });
});

describe('Teams: invoice payment', () => {
  const grad = async () => (await h.tdb.database.db.select().from(members).where(eq(members.platformUserId, GRAD.aad)))[0]!;

  it('an admin lets a member pay by invoice for their company, and clears it; a member cannot', async () => {
    const who = { entities: [mention(GRAD)] };
    await say(GRAD, `請求書払い <at>${GRAD.name}</at> 株式会社テスト`, /管理者だけ/, who);
    expect(await grad()).toMatchObject({ mayPayByInvoice: false });

    const granted = json(await say(ADMIN, `請求書払い <at>${GRAD.name}</at> 株式会社テスト`, /請求書払いを許可しました/, who));
    expect(granted).toContain(GRAD.name);
    expect(granted).toContain('株式会社テスト');
    expect(await grad()).toMatchObject({ mayPayByInvoice: true, sponsorCompany: '株式会社テスト' });

    await say(ADMIN, `invoice-rights <at>${GRAD.name}</at> off`, /請求書払いを取り消しました/, who);
    expect(await grad()).toMatchObject({ mayPayByInvoice: false, sponsorCompany: null });
    await say(ADMIN, '請求書払い', /使い方/);
  });
});
