/**
 * A fresh workspace with no supervisor and no department channel, end to end on Slack (signed events,
 * the fake Slack Web API over HTTP): a threat call's answer says nobody was alerted, the admin gets one
 * DM with how to set it up, and App Home lists the alert until a supervisor is set.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { setSupervisor } from '../../../src/flows/actions/settings.js';
import { dmFileEvent, openHome, startHarness, waitFor, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.slack.admins.add('UADMIN');
  const org = await ensureOrganisation(h.t.database.db, { platform: 'slack', platformTeamId: 'T1', name: 'test' }, h.deps.orgDefaults);
  await ensureMember(h.t.database.db, org.id, { platformUserId: 'UADMIN', roles: ['admin'] });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

const adminDms = () => h.slack.messages.filter((m) => m.channel === 'DADMIN');

describe('an alert with nobody to go to, on Slack', () => {
  it('the answer says so, the admin is told once how to set it up, and App Home lists it until a supervisor is set', async () => {
    h.slack.addFile({ id: 'F-NOBODY-1', name: 'call-1.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT });
    const first = dmFileEvent(h, 'F-NOBODY-1', 'USTAFF');
    await h.signer.event(first.event, { eventId: 'Ev-nobody-1' });
    await waitForThreadText(h, first.channel, first.ts, /上長が未設定のため通知していません/);
    const dm = await waitFor('the admin DM', () => adminDms()[0]);
    expect(JSON.stringify(dm.blocks)).toContain('/mamori-admin supervisor @スタッフ @上長');

    h.slack.addFile({ id: 'F-NOBODY-2', name: 'call-2.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: `${VTT}\n` });
    const second = dmFileEvent(h, 'F-NOBODY-2', 'USTAFF');
    await h.signer.event(second.event, { eventId: 'Ev-nobody-2' });
    await waitForThreadText(h, second.channel, second.ts, /上長が未設定のため通知していません/);
    expect(adminDms()).toHaveLength(1);

    expect(JSON.stringify(await openHome(h, 'UADMIN'))).toContain('通知先のないアラート（2件）');
    expect(JSON.stringify(await openHome(h, 'USTAFF'))).not.toContain('通知先のないアラート');
    expect(await setSupervisor(h.deps, { org: { platform: 'slack', platformTeamId: 'T1', name: 'test' }, by: { platformUserId: 'UADMIN', isWorkspaceAdmin: true }, staff: ['USTAFF'], supervisor: 'UBOSS' })).toEqual({ status: 'ok' });
    expect(JSON.stringify(await openHome(h, 'UADMIN'))).not.toContain('通知先のないアラート');
  });
});
