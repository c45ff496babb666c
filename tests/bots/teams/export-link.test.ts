/**
 * `書き出し` / `export` in Teams (Slack's `/mamori-export`, the same flow and view), over the fake Bot
 * Connector: an admin gets, in the personal chat, a card with a one-time link to all of the
 * organisation's data, audited, which downloads once; a member is refused; in a channel the link is
 * never shown.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportDownloadHandler, EXPORT_DOWNLOAD_PREFIX } from '../../../src/bots/http/export-download.js';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { auditLog } from '../../../src/db/schema/index.js';
import { silentLogger } from '../../../src/logger.js';
import { serveRoute, type Served } from '../http/serve.js';
import { waitFor } from '../../helpers/test-database.js';
import { channelMessage, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
let exports: Served;
let orgId = '';
const ADMIN: User = { id: '29:ex-admin', aad: 'aad-ex-admin', name: '管理 者', chat: 'a:ex-admin-chat' };
const CLERK: User = { id: '29:ex-clerk', aad: 'aad-ex-clerk', name: '窓口 さん', chat: 'a:ex-clerk-chat' };

beforeAll(async () => {
  h = await startHarness({ publicBaseUrl: true });
  // The server mounts /exports/ beside /api/messages (src/server/compose.ts); here it is served on its own.
  exports = await serveRoute(EXPORT_DOWNLOAD_PREFIX, createExportDownloadHandler({ database: h.tdb.database, logger: silentLogger }));
  orgId = (await h.bot.store.organisation(TENANT)).id;
  await ensureMember(h.tdb.database.db, orgId, { platformUserId: ADMIN.aad, displayName: ADMIN.name, roles: ['admin'] });
}, 60_000);
afterAll(async () => {
  await exports?.close();
  await h?.stop();
});

async function say(activity: Record<string, unknown>, conversation: string): Promise<any> {
  const before = h.connector.activities.length;
  expect((await h.post(activity)).status).toBeLessThan(300);
  return (await waitFor('the reply', () => h.connector.activities.slice(before).find((a) => a.op === 'create' && a.conversationId.startsWith(conversation)))).body;
}

describe('Teams: export link', () => {
  it('an admin gets a card with a one-time link, audited; it downloads once', async () => {
    const body = await say(personal(h, ADMIN, { text: '書き出し' }), ADMIN.chat);
    const card = JSON.stringify(body.attachments?.[0]?.content);
    expect(card).toMatch(/組織の全データのダウンロードリンク/);
    expect(card).toMatch(/15分間・1回だけ有効/);
    expect(card).toMatch(/共有しないでください/);
    const url = new RegExp(`${h.baseUrl}/exports/[A-Za-z0-9_-]+`).exec(card)?.[0];
    expect(url, card).toBeTruthy();
    const audit = await h.tdb.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'export')));
    expect(audit.map((a) => a.detail)).toEqual([{ link: 'created', minutes: 15 }]);

    const path = new URL(url!).pathname;
    const first = await fetch(`${exports.base}${path}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/zip/);
    await first.arrayBuffer();
    expect((await fetch(`${exports.base}${path}`)).status).toBe(404);
  });

  it('a member is refused; in a channel the link is never shown', async () => {
    expect(String((await say(personal(h, CLERK, { text: 'export' }), CLERK.chat)).text)).toMatch(/管理者だけ/);
    const inChannel = await say(channelMessage(h, ADMIN, '19:ex-channel@thread.tacv2', '<at>mamori</at> 書き出し'), '19:ex-channel@thread.tacv2');
    expect(String(inChannel.text)).toMatch(/個人チャット/);
    expect(JSON.stringify(inChannel)).not.toMatch(/\/exports\//);
    const links = await h.tdb.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'export')));
    expect(links).toHaveLength(2); // the link above and its download; none for these two
  });
});
