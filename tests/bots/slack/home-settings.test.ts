/**
 * Settings on App Home for admins, end to end on Slack: app_home_opened → views.publish with
 * 上長を設定 / 通知設定を変更 (admins only); the buttons → views.open; the modals submitted → the
 * same settings flows as /mamori-admin store them and App Home is published again; field errors under
 * the fields; a forged press or submission by someone not an admin is refused and nothing changes.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/bots/slack/blocks/limits.js';
import { ALERTS_VIEW, HOME_ALERTS_ACTION, HOME_SUPERVISORS_ACTION, SUPERVISORS_VIEW } from '../../../src/bots/slack/home-settings.js';
import { auditLog } from '../../../src/db/schema/index.js';
import { getSettings } from '../../../src/flows/actions/settings.js';
import { homePublishes, openHome, startHarness, waitFor, type Harness } from './harness.js';

let h: Harness;
const ORG = { platform: 'slack' as const, platformTeamId: 'T1', name: 'テスト株式会社' };

beforeAll(async () => {
  h = await startHarness();
  h.slack.admins.add('UADMIN');
  h.slack.admins.add('UADMEN');
  h.slack.locales.set('UADMEN', 'en-US');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

let seq = 0;
const user = (id: string) => ({ id, team_id: 'T1', username: id.toLowerCase(), name: id.toLowerCase() });
const json = (x: unknown) => JSON.stringify(x ?? null);
const settings = () => getSettings(h.deps, ORG);
/** Audit rows of one kind of settings change: each transaction that changes supervisors writes one. */
const audits = async (subject: string) => (await h.t.database.db.select().from(auditLog).where(eq(auditLog.subject, subject))).length;


function homeButtons(view: any): Array<{ action_id: string; text: string }> {
  const out: Array<{ action_id: string; text: string }> = [];
  for (const b of view.blocks) for (const e of b.elements ?? []) if (e.type === 'button') out.push({ action_id: e.action_id, text: e.text.text });
  return out;
}

/** A button pressed on App Home: the modal it opens (or the refusal). */
async function pressOnHome(actionId: string, userId: string): Promise<any> {
  const trigger = `trig-home-${++seq}`;
  await h.signer.interaction({
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: trigger,
    user: user(userId), team: { id: 'T1', domain: 'test' },
    container: { type: 'view', view_id: `VHOME-${userId}` },
    view: { id: `VHOME-${userId}`, type: 'home', team_id: 'T1', blocks: [], hash: 'h', state: { values: {} } },
    actions: [{ type: 'button', action_id: actionId, block_id: 'home_settings', value: 'open', text: { type: 'plain_text', text: 'x' }, action_ts: String(Date.now() / 1000) }],
  });
  return (await waitFor(`views.open after ${actionId}`, () => h.slack.callsOf('views.open').find((c) => c.args.trigger_id === trigger))).args.view;
}

/** A modal submitted; the answer is the ack's body (response_action), empty when the modal just closes. */
async function submit(callbackId: string, userId: string, values: Record<string, any>, meta: object = { teamId: 'T1' }): Promise<any> {
  const res = await h.signer.interaction({
    type: 'view_submission', token: 'legacy', api_app_id: 'A1', trigger_id: `trig-${++seq}`,
    user: user(userId), team: { id: 'T1', domain: 'test' },
    view: { id: `V${seq}`, type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(meta), title: { type: 'plain_text', text: 'x' }, state: { values }, hash: 'h', blocks: [] },
  });
  expect(res.status).toBe(200);
  return res.text ? JSON.parse(res.text) : null;
}

const people = (staff: string[], supervisors: string[], mode: 'set' | 'remove' = 'set') => ({
  staff: { staff: { type: 'multi_users_select', selected_users: staff } },
  supervisors: { supervisors: { type: 'multi_users_select', selected_users: supervisors } },
  mode: { mode: { type: 'radio_buttons', selected_option: { value: mode } } },
});
const alertValues = (v: { channel?: string | null; clear?: boolean; level?: string | null; language: string }) => ({
  channel: { channel: { type: 'conversations_select', selected_conversation: v.channel ?? null } },
  clear_channel: { clear_channel: { type: 'checkboxes', selected_options: v.clear ? [{ value: 'clear' }] : [] } },
  level: { level: { type: 'static_select', selected_option: v.level ? { value: v.level } : null } },
  language: { language: { type: 'radio_buttons', selected_option: { value: v.language } } },
});

function element(view: any, blockId: string): any {
  return view.blocks.find((b: any) => b.block_id === blockId)?.element;
}

function expectModalWithinLimits(view: any): void {
  expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.modalBlocks);
  expect(Array.from(view.title.text as string).length).toBeLessThanOrEqual(LIMITS.modalTitle);
  expect(Array.from(view.submit.text as string).length).toBeLessThanOrEqual(LIMITS.modalButton);
  for (const b of view.blocks) if (b.type === 'section') expect(Array.from(b.text.text as string).length).toBeLessThanOrEqual(LIMITS.sectionText);
}

describe('App Home settings on Slack', () => {
  it('App Home shows 上長を設定 and 通知設定を変更 to admins only (English for an English-locale admin)', async () => {
    expect(homeButtons(await openHome(h, 'UADMIN'))).toEqual(expect.arrayContaining([
      { action_id: HOME_SUPERVISORS_ACTION, text: '上長を設定' }, { action_id: HOME_ALERTS_ACTION, text: '通知設定を変更' },
    ]));
    expect(homeButtons(await openHome(h, 'UADMEN'))).toEqual(expect.arrayContaining([
      { action_id: HOME_SUPERVISORS_ACTION, text: 'Set supervisors' }, { action_id: HOME_ALERTS_ACTION, text: 'Change alert settings' },
    ]));
    const staffHome = await openHome(h, 'U-STAFF');
    expect(homeButtons(staffHome).map((b) => b.action_id)).not.toContain(HOME_SUPERVISORS_ACTION);
    expect(homeButtons(staffHome).map((b) => b.action_id)).not.toContain(HOME_ALERTS_ACTION);
  });

  it('上長を設定: the modal maps staff to supervisors through the settings flow, and App Home is republished', async () => {
    const modal = await pressOnHome(HOME_SUPERVISORS_ACTION, 'UADMIN');
    expect(modal.callback_id).toBe(SUPERVISORS_VIEW);
    expect(element(modal, 'staff').type).toBe('multi_users_select');
    expect(element(modal, 'supervisors').type).toBe('multi_users_select');
    expectModalWithinLimits(modal);

    const before = homePublishes(h, 'UADMIN').length;
    const auditedBefore = await audits('supervisor');
    expect(await submit(SUPERVISORS_VIEW, 'UADMIN', people(['U-S1', 'U-S2'], ['U-B1', 'U-B2']))).toBeNull();
    // The first mapping a reader can see is the whole of it: one submission, one transaction.
    const first = await waitFor('links stored', async () => ((await settings()).supervisors.length > 0 ? (await settings()).supervisors : undefined));
    expect(first).toEqual([
      { staff: 'U-S1', supervisors: ['U-B1', 'U-B2'] }, { staff: 'U-S2', supervisors: ['U-B1', 'U-B2'] },
    ]);
    const home = (await waitFor('home republished', () => homePublishes(h, 'UADMIN')[before])).args.view;
    expect(await audits('supervisor')).toBe(auditedBefore + 1);
    expect(json(home.blocks)).toContain('<@U-S1> → <@U-B1> <@U-B2>');

    // The modal lists the links now in force.
    expect(json((await pressOnHome(HOME_SUPERVISORS_ACTION, 'UADMIN')).blocks)).toContain('<@U-S2> → <@U-B1> <@U-B2>');
  });

  it('上長を設定 can remove one link or all of a staff member\'s links', async () => {
    expect(await submit(SUPERVISORS_VIEW, 'UADMIN', people(['U-S2'], ['U-B2'], 'remove'))).toBeNull();
    await waitFor('one link removed', async () => json((await settings()).supervisors) === json([
      { staff: 'U-S1', supervisors: ['U-B1', 'U-B2'] }, { staff: 'U-S2', supervisors: ['U-B1'] },
    ]));
    expect(await submit(SUPERVISORS_VIEW, 'UADMIN', people(['U-S2'], [], 'remove'))).toBeNull();
    await waitFor('all of U-S2 removed', async () => json((await settings()).supervisors) === json([{ staff: 'U-S1', supervisors: ['U-B1', 'U-B2'] }]));

    // Several supervisors removed from several staff: one transaction too.
    expect(await submit(SUPERVISORS_VIEW, 'UADMIN', people(['U-S5', 'U-S6'], ['U-B1', 'U-B2']))).toBeNull();
    await waitFor('U-S5 and U-S6 linked', async () => (await settings()).supervisors.length === 3);
    const removedBefore = await audits('supervisor_remove');
    const before = homePublishes(h, 'UADMIN').length;
    expect(await submit(SUPERVISORS_VIEW, 'UADMIN', people(['U-S5', 'U-S6'], ['U-B1', 'U-B2'], 'remove'))).toBeNull();
    await waitFor('home republished', () => homePublishes(h, 'UADMIN')[before]);
    expect(json((await settings()).supervisors)).toBe(json([{ staff: 'U-S1', supervisors: ['U-B1', 'U-B2'] }]));
    expect(await audits('supervisor_remove')).toBe(removedBefore + 1);
  });

  it('上長を設定: errors are shown under the fields and nothing is stored', async () => {
    const self = await submit(SUPERVISORS_VIEW, 'UADMIN', people(['U-S3'], ['U-S3']));
    expect(self).toEqual({ response_action: 'errors', errors: { supervisors: 'スタッフ本人を上長にはできません。' } });
    const none = await submit(SUPERVISORS_VIEW, 'UADMEN', people(['U-S3'], []));
    expect(none).toEqual({ response_action: 'errors', errors: { supervisors: 'Choose at least one supervisor.' } });
    const noStaff = await submit(SUPERVISORS_VIEW, 'UADMIN', people([], ['U-B1']));
    expect(Object.keys(noStaff.errors)).toEqual(['staff']);
    expect((await settings()).supervisors.map((l) => l.staff)).toEqual(['U-S1']);
  });

  it('通知設定を変更: prefilled with the current values; saves channel, level and language; the channel can be cleared', async () => {
    const first = await pressOnHome(HOME_ALERTS_ACTION, 'UADMIN');
    expect(first.callback_id).toBe(ALERTS_VIEW);
    expect(element(first, 'channel').type).toBe('conversations_select');
    expect(element(first, 'channel').initial_conversation).toBeUndefined();
    expect(element(first, 'level').type).toBe('static_select');
    expect(element(first, 'level').initial_option.value).toBe('all');
    expect(element(first, 'language').initial_option.value).toBe('ja');
    expectModalWithinLimits(first);

    const before = homePublishes(h, 'UADMIN').length;
    expect(await submit(ALERTS_VIEW, 'UADMIN', alertValues({ channel: 'CDEPT', level: 'medium', language: 'en' }))).toBeNull();
    await waitFor('settings stored', async () => (await settings()).language === 'en');
    const s = await settings();
    expect({ channel: s.departmentChannel, level: s.alertLevel, threshold: s.alertThreshold }).toEqual({ channel: 'CDEPT', level: 'medium', threshold: 45 });
    const home = (await waitFor('home republished', () => homePublishes(h, 'UADMIN')[before])).args.view;
    expect(json(home.blocks)).toContain('<#CDEPT>');

    const again = await pressOnHome(HOME_ALERTS_ACTION, 'UADMIN');
    expect(element(again, 'channel').initial_conversation).toBe('CDEPT');
    expect(element(again, 'level').initial_option.value).toBe('medium');
    expect(element(again, 'language').initial_option.value).toBe('en');
    expect(again.title.text).toBe('Alert settings'); // the organisation now answers in English

    // Cleared (the prefilled channel is still selected), language back to Japanese.
    expect(await submit(ALERTS_VIEW, 'UADMIN', alertValues({ channel: 'CDEPT', clear: true, level: 'medium', language: 'ja' }))).toBeNull();
    await waitFor('channel cleared, language saved', async () => {
      const now = await settings();
      return now.departmentChannel === null && now.language === 'ja';
    });
    expect((await settings()).alertLevel).toBe('medium');
  });

  it('通知設定を変更: a DM or a forged level is an error under its field; nothing is stored', async () => {
    const bad = await submit(ALERTS_VIEW, 'UADMIN', alertValues({ channel: 'DXYZ', level: 'urgent', language: 'ja' }));
    expect(bad.response_action).toBe('errors');
    expect(bad.errors).toEqual({ channel: '公開または非公開のチャンネルを選んでください。', level: '一覧から選んでください。' });
    const s = await settings();
    expect([s.departmentChannel, s.alertLevel]).toEqual([null, 'medium']);
  });

  it('someone not an admin: a forged press shows only a refusal, a forged submission changes nothing', async () => {
    for (const action of [HOME_SUPERVISORS_ACTION, HOME_ALERTS_ACTION]) {
      const refusal = await pressOnHome(action, 'U-STAFF');
      expect(refusal.callback_id).toBeUndefined();
      expect(refusal.submit).toBeUndefined();
      expect(json(refusal.blocks)).toContain('この設定を変えられるのは管理者だけです。');
    }
    const before = await settings();
    const homes = homePublishes(h, 'U-STAFF').length;
    const a = await submit(SUPERVISORS_VIEW, 'U-STAFF', people(['U-STAFF'], ['U-FRIEND']));
    const b = await submit(ALERTS_VIEW, 'U-STAFF', alertValues({ channel: 'CMINE', level: 'low', language: 'en' }));
    for (const answer of [a, b]) {
      expect(answer.response_action).toBe('update');
      expect(json(answer.view)).toContain('管理者だけ');
    }
    expect(await settings()).toEqual(before);
    expect(homePublishes(h, 'U-STAFF')).toHaveLength(homes);
  });
});
