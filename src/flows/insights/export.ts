/**
 * "Your data stays yours": all of an organisation's data (its members and roles, submissions, stored
 * transcripts, results, alerts, feedback, stress records, community questions, answers and study
 * groups, bookings and invoices, settings and audit log: export-tables.ts says which tables and why
 * the others are not) as JSON Lines and CSV, one file pair per table, each row exactly once, and a
 * manifest with the row counts. Deleting an
 * organisation's data is one audited function. Short-lived download links keep only a token hash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq, gt } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.js';
import { auditLog, exportLinks, organisations } from '../../db/schema/index.js';
import { EXPORT_TABLES, organisationRecords, type ExportTable } from './export-tables.js';

export { EXPORT_EXCLUDED, EXPORT_TABLES, organisationRecords, type ExportTable } from './export-tables.js';

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A row with snake_case keys (the database's column names) and JSON-safe values. */
export function exportRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [snake(k), v instanceof Date ? v.toISOString() : v]));
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row; arrays and objects as JSON text. */
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface ExportManifest {
  organisation: { id: string; name: string };
  exportedAt: string;
  tables: Record<ExportTable, { rows: number; jsonl: string; csv: string }>;
}

/**
 * Writes `<dir>/<table>.jsonl` and `<dir>/<table>.csv` for every table and `<dir>/manifest.json`,
 * read in one repeatable-read snapshot, and records the export in the audit log.
 */
export async function exportOrganisation(
  database: Database, orgId: string, dir: string, actor = 'admin-cli', now = new Date(),
): Promise<ExportManifest> {
  const { org, records } = await database.db.transaction(async (tx) => {
    const [o] = await tx.select().from(organisations).where(eq(organisations.id, orgId));
    if (!o) throw new RangeError(`organisation ${orgId} not found`);
    return { org: o, records: await organisationRecords(tx, orgId) };
  }, { isolationLevel: 'repeatable read' });
  await mkdir(dir, { recursive: true });
  const tables = {} as ExportManifest['tables'];
  for (const table of EXPORT_TABLES) {
    const rows = records[table].map(exportRow);
    const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
    await writeFile(join(dir, `${table}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
    await writeFile(join(dir, `${table}.csv`), toCsv(rows, columns));
    tables[table] = { rows: rows.length, jsonl: `${table}.jsonl`, csv: `${table}.csv` };
  }
  const manifest: ExportManifest = { organisation: { id: org.id, name: org.name }, exportedAt: now.toISOString(), tables };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await database.db.insert(auditLog).values({
    orgId, actor, action: 'export', subject: orgId, detail: { rows: Object.fromEntries(EXPORT_TABLES.map((t) => [t, tables[t].rows])) },
  });
  return manifest;
}

/**
 * Deletes the organisation and everything that belongs to it (every table cascades from
 * organisations), and records who did it in the audit log (the audit row survives with org_id null
 * and the id in `subject`). `confirmName` must equal the organisation's name.
 */
export async function deleteOrganisationData(
  database: Database, input: { orgId: string; confirmName: string; actor: string },
): Promise<{ status: 'deleted'; counts: Record<string, number> } | { status: 'not_found' } | { status: 'name_mismatch' }> {
  return database.db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.orgId)).for('update');
    if (!org) return { status: 'not_found' } as const;
    if (org.name !== input.confirmName) return { status: 'name_mismatch' } as const;
    const records = await organisationRecords(tx, org.id);
    const counts = Object.fromEntries(EXPORT_TABLES.map((t) => [t, records[t].length]));
    await tx.insert(auditLog).values({ orgId: org.id, actor: input.actor, action: 'delete', subject: org.id, detail: { name: org.name, counts } });
    await tx.delete(organisations).where(eq(organisations.id, org.id));
    return { status: 'deleted', counts } as const;
  });
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A download token valid for `minutes` (the server route exchanges it for a fresh export). */
export async function createExportLink(ex: Executor, input: { orgId: string; memberId: string | null; minutes: number; now?: Date }): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date((input.now ?? new Date()).getTime() + input.minutes * 60_000);
  await ex.insert(exportLinks).values({ tokenHash: hashOf(token), orgId: input.orgId, createdBy: input.memberId, expiresAt });
  return { token, expiresAt };
}

/** The organisation of a valid, unexpired token (consumed: one download per link), or null. */
/** An admin's export link and its audit row: who asked for all of the organisation's data, and for how long. */
export async function createAuditedExportLink(ex: Executor, input: { orgId: string; memberId: string; minutes: number; now?: Date | undefined }): Promise<{ token: string; expiresAt: Date }> {
  const link = await createExportLink(ex, input);
  await ex.insert(auditLog).values({ orgId: input.orgId, actor: input.memberId, action: 'export', subject: input.orgId, detail: { link: 'created', minutes: input.minutes } });
  return link;
}

export async function redeemExportLink(ex: Executor, token: string, now = new Date()): Promise<string | null> {
  const rows = await ex.delete(exportLinks).where(and(eq(exportLinks.tokenHash, hashOf(token)), gt(exportLinks.expiresAt, now)))
    .returning({ orgId: exportLinks.orgId });
  return rows[0]?.orgId ?? null;
}

/** The organisation and all its records for a redeemed link, read in one snapshot; null when the organisation is gone. */
export async function exportSnapshot(database: Database, orgId: string): Promise<{ org: { id: string; name: string }; records: Awaited<ReturnType<typeof organisationRecords>> } | null> {
  const { org, records } = await database.db.transaction(async (tx) => {
    const [o] = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
    return { org: o, records: o ? await organisationRecords(tx, orgId) : null };
  }, { isolationLevel: 'repeatable read' });
  return org && records ? { org, records } : null;
}

/** The audit row of a download through an export link: the format and how many rows of each table left. */
export async function auditExportDownload(ex: Executor, orgId: string, detail: { format: string; rows: Record<string, number> }): Promise<void> {
  await ex.insert(auditLog).values({ orgId, actor: 'download-link', action: 'export', subject: orgId, detail: { link: 'downloaded', ...detail } });
}
