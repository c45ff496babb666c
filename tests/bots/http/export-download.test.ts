/**
 * GET /exports/<token>: a valid link downloads the organisation's data once (zip with every table's
 * JSONL and CSV and the manifest, or one JSON Lines stream); every row appears exactly once; another
 * organisation's rows never; a used, expired or unknown token is a 404 with a clear text; link
 * previews do not use the link up.
 */
import { inflateRawSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { createExportDownloadHandler, crc32, EXPORT_DOWNLOAD_PREFIX, exportDownloadUrl } from '../../../src/bots/http/export-download.js';
import { analyses, auditLog, excerpts, feedback, members, organisations, submissions } from '../../../src/db/schema/index.js';
import { createExportLink, EXPORT_TABLES, organisationRecords } from '../../../src/flows/insights/export.js';
import { silentLogger } from '../../../src/logger.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { serveRoute, type Served } from './serve.js';

let t: TestDatabase;
let server: Served | undefined;
let base = '';
const ids: Record<string, string> = {};

async function seed(orgName: string, team: string, calls: number): Promise<string> {
  const db = t.database.db;
  const [org] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: team, name: orgName }).returning();
  const [m] = await db.insert(members).values({ orgId: org!.id, platformUserId: `U-${team}`, displayName: '山田, "花子"', roles: ['staff'] }).returning();
  for (let k = 0; k < calls; k += 1) {
    const result: AnalysisResult = fakeAnalyser('risk=80;dur=60', `${team}-${k}.vtt`);
    const [sub] = await db.insert(submissions).values({
      orgId: org!.id, submittedBy: m!.id, source: 'cli', platformFileId: `f-${team}-${k}`, fileName: `${team}-${k}.vtt`,
      fileType: 'text/vtt', sizeBytes: 10, replyTo: { channel: 'C1' }, status: 'analysed',
    }).returning();
    const [a] = await db.insert(analyses).values({
      submissionId: sub!.id, orgId: org!.id, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
      categories: result.categories, durationSec: result.durationSec, result,
    }).returning();
    await db.insert(excerpts).values(result.excerpts.map((e, ordinal) => ({ analysisId: a!.id, ordinal, startSec: e.start, endSec: e.end, line: e.line, speaker: e.speaker, text: e.text, categories: e.categories, score: e.score })));
    await db.insert(feedback).values({ orgId: org!.id, analysisId: a!.id, memberId: m!.id, kind: 'false_positive', comment: 'コメント,改行\nあり' });
  }
  return org!.id;
}

/** The entries of a zip (local headers, deflate or stored), checked against their CRC. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let p = 0;
  while (buf.readUInt32LE(p) === 0x04034b50) {
    const method = buf.readUInt16LE(p + 8);
    const crc = buf.readUInt32LE(p + 14);
    const size = buf.readUInt32LE(p + 18);
    const nameLength = buf.readUInt16LE(p + 26);
    const extra = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 30, p + 30 + nameLength).toString('utf8');
    const start = p + 30 + nameLength + extra;
    const raw = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data)).toBe(crc);
    out.set(name, data);
    p = start + size;
  }
  expect(buf.readUInt32LE(buf.length - 22)).toBe(0x06054b50);
  expect(buf.readUInt16LE(buf.length - 12)).toBe(out.size);
  return out;
}

beforeAll(async () => {
  t = await openTestDatabase();
  ids.org = await seed('テスト株式会社', 'T1', 3);
  ids.other = await seed('よその会社', 'T2', 2);
  server = await serveRoute(EXPORT_DOWNLOAD_PREFIX, createExportDownloadHandler({ database: t.database, logger: silentLogger }));
  base = server.base;
}, 60_000);
afterAll(async () => {
  await server?.close();
  await t?.close();
});

const link = async (orgId: string, minutes = 15, now?: Date) => exportDownloadUrl(`${base}/`, (await createExportLink(t.database.db, { orgId, memberId: null, minutes, now })).token);

describe('export download links', () => {
  it('a valid link downloads a zip with every row once, then is used up', async () => {
    const url = await link(ids.org!);
    expect(url).toMatch(new RegExp(`^${base}/exports/[A-Za-z0-9_-]+$`));
    // A chat app's link preview does not use it up.
    const preview = await fetch(url, { headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' } });
    expect(preview.status).toBe(200);
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(200);

    // What the database holds before the download (the download adds its own audit row).
    const records = await organisationRecords(t.database.db, ids.org!);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="mamori-export-\d{4}-\d{2}-\d{2}\.zip"/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    const names = [...files.keys()].map((n) => n.replace(/^[^/]+\//, ''));
    expect(names.sort()).toEqual([...EXPORT_TABLES.flatMap((tb) => [`${tb}.jsonl`, `${tb}.csv`]), 'manifest.json'].sort());

    const byName = (n: string) => [...files.entries()].find(([k]) => k.endsWith(`/${n}`))![1].toString('utf8');
    const manifest = JSON.parse(byName('manifest.json'));
    expect(manifest.organisation).toEqual({ id: ids.org, name: 'テスト株式会社' });
    for (const tb of EXPORT_TABLES) {
      const lines = byName(`${tb}.jsonl`).split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(lines).toHaveLength(records[tb].length);
      expect(manifest.tables[tb].rows).toBe(records[tb].length);
      const idKey = tb === 'excerpts' ? null : 'id' in (records[tb][0] ?? {}) ? 'id' : null;
      if (idKey) expect(new Set(lines.map((l) => l.id))).toEqual(new Set(records[tb].map((r) => r.id)));
    }
    expect(records.analyses).toHaveLength(3);
    expect(records.feedback).toHaveLength(3);
    // The other organisation's data is not in it.
    expect([...files.values()].map((b) => b.toString('utf8')).join('')).not.toMatch(/T2-|よその会社/);
    // CSV: header row and quoted cells with commas and newlines.
    expect(byName('feedback.csv')).toMatch(/^\uFEFFid,/);
    expect(byName('feedback.csv')).toContain('"コメント,改行\nあり"');

    const again = await fetch(url);
    expect(again.status).toBe(404);
    expect(await again.text()).toMatch(/期限切れ、使用済み、または存在しません[\s\S]*expired, already used, or unknown/);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.orgId, ids.org!));
    expect(audit.some((a) => a.action === 'export' && a.actor === 'download-link')).toBe(true);
  });

  it('?format=jsonl streams one JSON Lines file, the manifest first', async () => {
    const records = await organisationRecords(t.database.db, ids.other!);
    const res = await fetch(`${await link(ids.other!)}?format=jsonl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines[0].table).toBe('manifest');
    for (const tb of EXPORT_TABLES) expect(lines.filter((l) => l.table === tb)).toHaveLength(records[tb].length);
    expect(lines.filter((l) => l.table === 'analyses').every((l) => l.row.org_id === ids.other)).toBe(true);
  });

  it('expired, unknown and malformed tokens are 404 with a clear text; other methods are refused', async () => {
    const expired = await link(ids.org!, 1, new Date(Date.now() - 5 * 60_000));
    const res = await fetch(expired);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await res.text()).toMatch(/ダウンロードリンクは無効/);
    expect((await fetch(`${base}/exports/${'x'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`${base}/exports/..%2F..%2Fetc`)).status).toBe(404);
    expect((await fetch(`${base}/exports/%E0%A4%A`)).status).toBe(404); // not valid percent-encoding
    expect((await fetch(`${base}/exports/`)).status).toBe(404);
    const post = await fetch(await link(ids.org!), { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
