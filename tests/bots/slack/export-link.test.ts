/**
 * `/mamori-export` over signed HTTP (the same flow and view as Teams' `書き出し`): an admin gets,
 * privately, a one-time link to all of the organisation's data, audited, which downloads once; a
 * member is refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportDownloadHandler, EXPORT_DOWNLOAD_PREFIX } from '../../../src/bots/http/export-download.js';
import { auditLog } from '../../../src/db/schema/index.js';
import { silentLogger } from '../../../src/logger.js';
import { serveRoute, type Served } from '../http/serve.js';
import { command, response, startHarness, type Harness } from './harness.js';

let h: Harness;
let exports: Served;
let handler: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;

beforeAll(async () => {
  exports = await serveRoute(EXPORT_DOWNLOAD_PREFIX, (req, res) => handler!(req, res));
  h = await startHarness({ env: { PUBLIC_BASE_URL: exports.base } });
  handler = createExportDownloadHandler({ database: h.t.database, logger: silentLogger });
  h.slack.admins.add('UADMIN');
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await exports?.close();
});

describe('/mamori-export', () => {
  it('an admin gets a one-time link privately, audited; it downloads once; a member is refused', async () => {
    const c = command(h, '/mamori-export', '', 'UADMIN');
    expect((await c.res).status).toBe(200);
    const reply = await response(h, c.id) as { response_type: string; text: string; blocks: unknown[]; unfurl_links: boolean };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.unfurl_links).toBe(false);
    const all = JSON.stringify(reply);
    expect(reply.text).toMatch(/組織の全データのダウンロードリンク/);
    expect(all).toMatch(/共有しないでください/);
    const url = new RegExp(`${exports.base}/exports/[A-Za-z0-9_-]+`).exec(all)?.[0];
    expect(url, all).toBeTruthy();
    const audit = await h.t.database.db.select().from(auditLog).where(eq(auditLog.action, 'export'));
    expect(audit.map((a) => a.detail)).toEqual([{ link: 'created', minutes: 15 }]);
    const first = await fetch(url!);
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    expect((await fetch(url!)).status).toBe(404);

    const member = command(h, '/mamori-export', '', 'U-staff');
    expect(((await response(h, member.id)) as { text: string }).text).toMatch(/管理者だけ/);
  });
});
