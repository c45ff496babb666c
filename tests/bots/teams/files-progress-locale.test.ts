/**
 * Teams, over real HTTP (activities posted to the running app's /api/messages, replies recorded by
 * the fake Bot Connector, files fetched from the app's own /downloads/ route):
 * - files a Teams message cannot carry (a study group's .ics, a booking's .ics and invoice PDF) come
 *   as one-time download buttons; the bytes are gone once fetched or expired; without a public URL
 *   the card says how to get them;
 * - the progress message moves through the stages (受付 → 文字起こし / 解析) and becomes the answer;
 * - the answer follows the sender's Teams locale;
 * - a meeting whose transcript is published late is re-checked until it is there.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsText } from '../../../src/bots/teams/messages.js';
import { teamsHousekeeping } from '../../../src/bots/teams/runtime.js';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { members, outbox, submissions } from '../../../src/db/schema/index.js';
import { progressForFile } from '../../../src/flows/actions/progress.js';
import { loadBookingConfig } from '../../../src/flows/booking/config.js';
import { japaneseHoliday } from '../../../src/time/holidays.js';
import { addDays, localDate, zonedToUtc } from '../../../src/time/zone.js';
import { communityConfigFromEnv } from '../../../src/flows/community/config.js';
import { createEvent } from '../../../src/flows/community/events.js';
import { loadJapaneseTokenizer } from '../../../src/text/japanese.js';
import { configureCommunity } from '../../../src/flows/community/questions.js';
import { outboxFiles } from '../../../src/flows/download-links.js';
import { silentLogger } from '../../../src/logger.js';
import { FakeBotConnector, type RecordedActivity } from '../../helpers/fake-bot-connector.js';
import { FakeGraph } from '../../helpers/fake-graph.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { waitFor } from '../../helpers/test-database.js';
import { addMeeting, cardAction, fileMessage, meetingEnd, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
const ja = teamsText('ja');
const en = teamsText('en');

const ADMIN: User = { id: '29:f-admin', aad: 'aad-f-admin', name: '管理 太郎', chat: 'a:f-admin-chat' };
const GRAD: User = { id: '29:f-grad', aad: 'aad-f-grad', name: '修了 花子', chat: 'a:f-grad-chat' };
const GRAD2: User = { id: '29:f-grad2', aad: 'aad-f-grad2', name: '修了 次郎', chat: 'a:f-grad2-chat' };
const TEACH: User = { id: '29:f-teach', aad: 'aad-f-teach', name: '講師 先生', chat: 'a:f-teach-chat' };
const PAYER: User = { id: '29:f-payer', aad: 'aad-f-payer', name: '請求 さん', chat: 'a:f-payer-chat' };
const STAFF: User = { id: '29:f-staff', aad: 'aad-f-staff', name: '山田 花子', chat: 'a:f-staff-chat' };
const ENGLISH: User = { id: '29:f-en', aad: 'aad-f-en', name: 'Alex Smith', chat: 'a:f-en-chat' };
const ORGANIZER: User = { id: '29:f-org', aad: 'aad-f-org', name: '鈴木 一郎', chat: 'a:f-org-chat' };

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    publicBaseUrl: true,
    // Re-checks 0.6 s, 1.8 s and 3 s after a meeting's end (production: 5, 15, 30, 60 minutes).
    transcriptRecheckMinutes: '0.01,0.03,0.05',
    booking: {
      payments: null,
      config: loadBookingConfig({ MAMORI_INVOICE_ISSUER_NAME: 'mamori 研修事務局', MAMORI_INVOICE_REGISTRATION_NUMBER: 'T9234567890123' }),
    },
    // The worker takes a file only once its progress message is in place (in production it almost
    // always is: the workers are woken after it is posted), so the stages are seen deterministically.
    beforeFetch: async (ref) => {
      if (ref.source !== 'teams_file') return;
      await waitFor('the progress message', () => progressForFile(h.tdb.database, ref.orgId, ref.platformFileId).then((p) => p ?? undefined), 5000)
        .catch(() => undefined);
    },
  });
  await loadJapaneseTokenizer(); // the booking topic guard's dictionary, before the timed requests
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

const json = (x: unknown) => JSON.stringify(x ?? null);
const text = (a: RecordedActivity) => FakeBotConnector.textOf(a);
const cardOf = (a: RecordedActivity) => a.body.attachments?.[0]?.content;
const openUrls = (a: RecordedActivity): Array<{ title: string; url: string }> =>
  (h.connector.activities.filter((x) => x.activityId === a.activityId && x.conversationId === a.conversationId).flatMap((x) => (cardOf(x)?.actions ?? []) as any[]))
    .filter((x) => x.type === 'Action.OpenUrl');
const orgId = async () => (await h.bot.store.organisation(TENANT)).id;

async function download(url: string): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
}

/** The outbox message a card was rendered from (by its recorded activity). */
async function outboxOf(a: RecordedActivity) {
  const rows = await h.tdb.database.db.select().from(outbox).where(eq(outbox.platformMessageRef, `${a.conversationId}|${a.activityId}`));
  return rows[0]!;
}

/** Sends `over` as the user and waits for the bot's next message in their chat matching `pattern`. */
async function say(user: User, over: Record<string, unknown>, pattern: RegExp) {
  const before = h.connector.activities.length;
  expect((await h.post(personal(h, user, over))).status).toBe(200);
  return waitFor(`a reply to ${user.name} matching ${pattern}`, () =>
    h.connector.activities.slice(before).find((a) => a.op === 'create' && a.conversationId === user.chat && pattern.test(json(a.body))), 30_000);
}
const submitData = (a: RecordedActivity, title?: string): Record<string, any> => {
  const act = (cardOf(a)?.actions ?? []).find((x: any) => x.type === 'Action.Submit' && (!title || x.title === title));
  if (!act) throw new Error(`no Action.Submit ${title ?? ''} in ${json(a.body)}`);
  return act.data;
};

function dateAhead(days: number): string {
  let d = addDays(localDate(new Date(), 'Asia/Tokyo'), days);
  while (japaneseHoliday(d)) d = addDays(d, 1);
  return d;
}
const at = (date: string, hhmm: string) => {
  const [hh, mm] = hhmm.split(':').map(Number);
  return zonedToUtc(date, hh! * 60 + mm!, 'Asia/Tokyo').toISOString();
};

describe('files as download links', () => {
  let eventId = '';
  const communityDeps = () => ({ database: h.tdb.database, queue: h.pipeline.queue, config: communityConfigFromEnv({}), orgDefaults: ORG_DEFAULTS, logger: silentLogger });

  beforeAll(async () => {
    const id = await orgId();
    await ensureMember(h.tdb.database.db, id, { platformUserId: ADMIN.aad, displayName: ADMIN.name, roles: ['admin', 'instructor'] });
    for (const g of [GRAD, GRAD2]) await ensureMember(h.tdb.database.db, id, { platformUserId: g.aad, displayName: g.name, roles: ['graduate'] });
    const actor = { platform: 'teams' as const, platformTeamId: TENANT, platformUserId: ADMIN.aad };
    expect((await configureCommunity(communityDeps(), actor, { channel: '19:community@thread.tacv2' })).status).toBe('configured');
    const created = await createEvent(communityDeps(), actor, {
      title: 'カスハラ対応 勉強会', startsAt: new Date(Date.now() + 7 * 86_400_000), durationMinutes: 60, location: 'https://meet.example.com/study', capacity: 10,
    });
    expect(created.status).toBe('created');
    eventId = (created as { eventId: string }).eventId;
  });

  it('joining a study group: the DM has 「カレンダーに追加 (.ics)」; the link gives the .ics once, then the bytes are gone', async () => {
    const res = await h.post(cardAction(h, GRAD, 'event_join', eventId));
    expect(res.status).toBe(200);
    const dm = await waitFor('the study group DM', () => h.connector.activities.find((a) => a.conversationId === GRAD.chat && a.op === 'create' && text(a).includes('勉強会「カスハラ対応 勉強会」への参加を受け付けました')));
    const [button, ...others] = openUrls(dm);
    expect(others).toHaveLength(0);
    expect(button!.title).toBe('カレンダーに追加 (.ics)');
    expect(button!.url.startsWith(`${h.baseUrl}/downloads/`)).toBe(true);
    expect(text(dm)).toContain('1 回限り');

    // A link preview (Teams unfurling it) does not use the link up.
    const preview = await fetch(button!.url, { headers: { 'user-agent': 'Mozilla/5.0 SkypeUriPreview Preview/0.5' } });
    expect(preview.status).toBe(200);
    const file = await download(button!.url);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/calendar/);
    expect(file.disposition).toMatch(/attachment; filename=/);
    expect(file.body.toString('utf8')).toMatch(/BEGIN:VCALENDAR[\s\S]*カスハラ対応 勉強会/);
    // Once: the second click is refused with an explanation, and the bytes are no longer stored.
    const again = await download(button!.url);
    expect(again.status).toBe(404);
    expect(again.body.toString('utf8')).toContain('管理者にお問い合わせください');
    const row = await outboxOf(dm);
    expect(outboxFiles(row.payload)).toEqual([expect.objectContaining({ fileName: expect.stringMatching(/\.ics$/), removed: true })]);
    expect(json(row.payload)).not.toContain('BEGIN:VCALENDAR');
    // A guessed token gets nothing.
    expect((await download(`${h.baseUrl}/downloads/${row.id}.0.${'A'.repeat(32)}`)).status).toBe(404);
  });

  it('a booking paid by invoice: the trainee gets 「カレンダーに追加 (.ics)」 and 「請求書 (PDF)」, the instructor the .ics; expired links lose their files', async () => {
    const id = await orgId();
    await ensureMember(h.tdb.database.db, id, { platformUserId: TEACH.aad, displayName: TEACH.name, roles: ['instructor'] });
    await ensureMember(h.tdb.database.db, id, { platformUserId: PAYER.aad, displayName: PAYER.name, roles: ['trainee'] });
    await h.tdb.database.db.update(members).set({ mayPayByInvoice: true, sponsorCompany: '株式会社サンプル' }).where(eq(members.platformUserId, PAYER.aad));

    const day = dateAhead(3);
    const hours = ['月', '火', '水', '木', '金', '土', '日'].map((d) => `${d} 09:00-18:00`).join('\n');
    const form = await say(TEACH, { text: '受付時間' }, /受付時間の設定/);
    await say(TEACH, { value: { ...submitData(form), hours, daysOff: '', meetingUrl: 'https://meet.example.com/teach' } }, /受付時間を保存しました/);

    const first = await say(PAYER, { text: '予約' }, /空き枠を見る/);
    const slots = await say(PAYER, { value: { ...submitData(first), kind: 'consultation', instructor: '*', date: day, payment: 'invoice' } }, /"id":"slot"/);
    const reply = await say(PAYER, { value: { ...submitData(slots, '予約する'), slot: at(day, '14:00'), topic: '' } }, /「請求書 \(PDF\)」ボタン/);
    expect(json(reply.body)).toContain('予約が確定しました');

    const dm = await waitFor('the trainee confirmation with its files', () => h.connector.activities.find((a) =>
      a.conversationId === PAYER.chat && a.op === 'create' && (cardOf(a)?.actions ?? []).some((x: any) => x.type === 'Action.OpenUrl')), 30_000);
    const buttons = openUrls(dm);
    expect(buttons.map((b) => b.title)).toEqual(['カレンダーに追加 (.ics)', '請求書 (PDF)']);
    const pdf = await download(buttons[1]!.url);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.disposition).toMatch(/invoice-/);
    expect((await download(buttons[1]!.url)).status).toBe(404);
    const ics = await download(buttons[0]!.url);
    expect(ics.body.toString('utf8')).toContain('BEGIN:VCALENDAR');

    // The instructor's confirmation: the .ics only; nobody fetches it, and the link expires.
    const teach = await waitFor('the instructor confirmation', () => h.connector.activities.find((a) =>
      a.conversationId === TEACH.chat && a.op === 'create' && openUrls(a).length > 0), 30_000);
    expect(openUrls(teach).map((b) => b.title)).toEqual(['カレンダーに追加 (.ics)']);
    const housekeeping = { database: h.tdb.database, queue: h.pipeline.queue, logger: silentLogger, realertSeconds: 0, progressTimeoutSeconds: 3600 };
    expect((await teamsHousekeeping(h.bot, housekeeping)).filesDeleted).toBe(0);
    const later = () => new Date(Date.now() + (h.config!.fileLinkHours + 1) * 3600_000);
    expect((await teamsHousekeeping(h.bot, { ...housekeeping, now: later })).filesDeleted).toBeGreaterThanOrEqual(1);
    const row = await outboxOf(teach);
    expect(outboxFiles(row.payload).every((f) => f.removed)).toBe(true);
    expect(row.payload.downloadLinks).toBeUndefined();
    expect((await download(openUrls(teach)[0]!.url)).status).toBe(404);
  });

  it('without a public URL the card says how to get the file, and the bytes are not kept', async () => {
    const saved = h.config!.publicBaseUrl;
    h.config!.publicBaseUrl = undefined;
    try {
      await h.post(cardAction(h, GRAD2, 'event_join', eventId));
      const dm = await waitFor('the study group DM', () => h.connector.activities.find((a) => a.conversationId === GRAD2.chat && a.op === 'create' && text(a).includes('への参加を受け付けました')));
      expect(openUrls(dm)).toHaveLength(0);
      expect(text(dm)).toContain('管理者にお問い合わせください');
      expect(text(dm)).toContain('PUBLIC_BASE_URL');
      expect(text(dm)).toMatch(/\.ics/);
      const row = await waitFor('the files discarded', async () => {
        const r = await outboxOf(dm);
        return r && outboxFiles(r.payload).every((f) => f.removed) ? r : undefined;
      });
      expect(json(row.payload)).not.toContain('BEGIN:VCALENDAR');
    } finally {
      h.config!.publicBaseUrl = saved;
    }
  });
});

describe('progress', () => {
  /** Every operation on the progress message (created, updated in place), in order. */
  const history = (chat: string, needle: string) => {
    const created = h.connector.activities.find((a) => a.conversationId === chat && a.op === 'create' && text(a).includes(needle));
    return created ? h.connector.activities.filter((a) => a.conversationId === chat && a.activityId === created.activityId) : [];
  };

  it('a transcript: 受付 → 解析, then the same message becomes the answer card', async () => {
    h.connector.files.set('progress-call.vtt', { body: VTT });
    expect((await h.post(fileMessage(h, STAFF, 'progress-call.vtt', 'progress-file-1'))).status).toBe(200);
    const ops = await waitFor('the answer in place of the progress message', () => {
      const hist = history(STAFF.chat, ja.received('progress-call.vtt'));
      return hist.some((a) => a.body.attachments) ? hist : undefined;
    });
    expect(ops.map((a) => a.op)).toEqual(['create', 'update', 'update']);
    expect(String(ops[0]!.body.text)).toContain('**受付** → 解析');
    expect(String(ops[1]!.body.text)).toBe(ja.analysing('progress-call.vtt'));
    expect(json(cardOf(ops[2]!))).toContain('カスハラの可能性が高い対応です');
  });

  it('a recording: 受付 → 文字起こし, then the outcome in the same message', async () => {
    h.connector.files.set('progress-call.mp3', { body: Buffer.from('ID3 not really audio') });
    expect((await h.post(fileMessage(h, STAFF, 'progress-call.mp3', 'progress-file-2'))).status).toBe(200);
    const ops = await waitFor('the outcome in place of the progress message', () => {
      const hist = history(STAFF.chat, ja.received('progress-call.mp3', true));
      return hist.some((a) => String(a.body.text).startsWith('⚠️')) ? hist : undefined;
    });
    expect(ops.map((a) => a.op)).toEqual(['create', 'update', 'update']);
    expect(String(ops[0]!.body.text)).toContain('**受付** → 文字起こし → 解析');
    expect(String(ops[1]!.body.text)).toBe(ja.transcribing('progress-call.mp3'));
    expect(String(ops[2]!.body.text)).toContain('OPENAI_API_KEY'); // transcription is not configured here
  });
});

describe('locale', () => {
  it('an en-US user in a Japanese organisation is answered in English, from the acknowledgement to the card', async () => {
    h.connector.files.set('english-user.vtt', { body: VTT });
    const activity = { ...fileMessage(h, ENGLISH, 'english-user.vtt', 'locale-file-1'), locale: 'en-US' };
    expect((await h.post(activity)).status).toBe(200);
    const inChat = () => h.connector.activities.filter((a) => a.conversationId === ENGLISH.chat);
    expect(inChat().some((a) => a.op === 'create' && String(a.body.text) === en.received('english-user.vtt'))).toBe(true);
    const answer = await waitFor('the answer card', () => inChat().find((a) => a.body.attachments));
    const card = json(cardOf(answer));
    expect(card).toContain('Likely customer harassment');
    expect(card).not.toContain('カスハラの可能性が高い対応です');
    expect(inChat().some((a) => String(a.body.text) === en.analysing('english-user.vtt'))).toBe(true);
    const [sub] = await h.tdb.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'locale-file-1'));
    expect(sub!.replyTo.language).toBe('en');
    // Commands follow the locale too.
    await h.post(personal(h, ENGLISH, { text: 'help', locale: 'en-GB' }));
    await waitFor('English help', () => inChat().find((a) => String(a.body.text).includes('protects frontline staff')));
  });
});

describe('meeting transcripts published late', () => {
  it('an empty transcript list at the meeting end is checked again later, and the transcript published then is analysed', async () => {
    h.connector.installedUsers.add(ORGANIZER.aad);
    addMeeting(h, 'MEET-LATE', 'graph-late', '長い会議', ORGANIZER);
    const meeting = { transcripts: [] as Array<{ id: string; createdDateTime: string; vtt: string }> };
    h.graph.meetings.set(FakeGraph.key(ORGANIZER.aad, 'graph-late'), meeting);
    const list = 'GET /v1.0/users/aad-f-org/onlineMeetings/graph-late/transcripts';
    const lists = () => h.graph.requests.filter((r) => r === list).length;

    const event = meetingEnd(h, 'MEET-LATE', '長い会議', ORGANIZER);
    expect((await h.post(event)).status).toBe(200);
    // The check at the end and the first re-check find nothing; then Teams publishes the transcript.
    await waitFor('two empty checks', () => lists() >= 2);
    meeting.transcripts.push({ id: 'tr-late', createdDateTime: '2026-11-02T11:30:00Z', vtt: VTT.replace('慰謝料5万払え', '慰謝料5万払えや') });

    const organiserChat = `a:personal-${ORGANIZER.aad}`;
    const answer = await waitFor('the organiser answer', () => h.connector.activities.find((a) => a.conversationId === organiserChat && text(a).includes('慰謝料5万払えや')));
    expect(answer.body.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(h.graph.requests).toContain(`${list}/tr-late/content?$format=text/vtt`);
    expect(h.connector.activities.some((a) => text(a).includes(ja.fetch.no_transcript('長い会議')))).toBe(false);

    // Redelivered meeting-end event: no second watch, no second answer.
    const count = h.connector.activities.length;
    const listed = lists();
    await h.post(event);
    await new Promise((r) => setTimeout(r, 700)); // longer than the first re-check delay
    expect(lists()).toBe(listed);
    expect(h.connector.activities.length).toBe(count);
  });
});
