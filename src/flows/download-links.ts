/**
 * Download links for the files an outbox message carries (`payload.files`: text such as an .ics
 * invitation; `payload.attachments`: base64 such as an invoice or report PDF), for a platform that
 * cannot attach them to a message (Teams). The bytes stay where the flow that wrote the message put
 * them, in the outbox row, and nowhere else; a link is a random token of which only the hash and
 * the expiry are kept beside them (`payload.downloadLinks`).
 *
 * A link works once and until it expires: the first download removes that file's bytes from the
 * message, and the sweep removes the bytes of every file whose links have all expired (and the links
 * with them). After that the file cannot be fetched by anyone; what is left is its name and type.
 * An invoice PDF is personal data: it is kept no longer than the link that delivers it.
 *
 * A card's picture (the Teams answer's timeline, when it is too big to travel inside the card) is the
 * exception: every Teams client that shows the card fetches it, on every device, so its link serves
 * it until it expires (`reusable`), and the sweep removes it then like any other file.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/connection.js';
import { outbox } from '../db/schema/index.js';

/** A file of an outbox message, in the order links name them: `files` first, then `attachments`. */
export interface OutboxFile {
  index: number;
  fileName: string;
  mimeType: string;
  /** Its bytes were removed (downloaded, expired or discarded). */
  removed: boolean;
}

export interface IssuedLink extends OutboxFile {
  /** Goes into the URL; never stored. */
  token: string;
  expiresAt: Date;
}

export interface DownloadedFile {
  orgId: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

interface StoredLink {
  index: number;
  hash: string;
  expiresAt: string;
}

type Payload = Record<string, unknown>;
type TextFile = { name?: unknown; mimeType?: unknown; content?: unknown; removed?: unknown };
type BinaryFile = { fileName?: unknown; mimeType?: unknown; contentBase64?: unknown; removed?: unknown; reusable?: unknown };

const LINKS = 'downloadLinks';
const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{1,3})\.([A-Za-z0-9_-]{32})$/i;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** The files a payload carries (text files, then binary attachments). */
export function outboxFiles(payload: Payload): OutboxFile[] {
  const texts = arr<TextFile>(payload.files).map((f) => ({
    fileName: String(f.name ?? 'file.txt'), mimeType: String(f.mimeType ?? 'text/plain'), removed: f.removed === true || typeof f.content !== 'string',
  }));
  const binaries = arr<BinaryFile>(payload.attachments).map((f) => ({
    fileName: String(f.fileName ?? 'file'), mimeType: String(f.mimeType ?? 'application/octet-stream'), removed: f.removed === true || typeof f.contentBase64 !== 'string',
  }));
  return [...texts, ...binaries].map((f, index) => ({ index, ...f }));
}

function bytesOf(payload: Payload, index: number): Buffer | null {
  const texts = arr<TextFile>(payload.files);
  if (index < texts.length) {
    const f = texts[index]!;
    return f.removed !== true && typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : null;
  }
  const f = arr<BinaryFile>(payload.attachments)[index - texts.length];
  return f && f.removed !== true && typeof f.contentBase64 === 'string' ? Buffer.from(f.contentBase64, 'base64') : null;
}

/** The payload with the bytes of these files removed (name and type kept). */
function withoutBytes(payload: Payload, indices: Set<number>): Payload {
  const texts = arr<TextFile>(payload.files);
  const out: Payload = { ...payload };
  if (Array.isArray(payload.files)) {
    out.files = texts.map((f, i) => (indices.has(i) ? { ...f, content: null, removed: true } : f));
  }
  if (Array.isArray(payload.attachments)) {
    out.attachments = arr<BinaryFile>(payload.attachments).map((f, i) => (indices.has(texts.length + i) ? { ...f, contentBase64: null, removed: true } : f));
  }
  return out;
}

async function lockedPayload(ex: Executor, outboxId: string): Promise<{ orgId: string; payload: Payload } | null> {
  const [row] = await ex.select({ orgId: outbox.orgId, payload: outbox.payload }).from(outbox).where(eq(outbox.id, outboxId)).for('update');
  return row ?? null;
}

/**
 * One link per file of the message still held, valid until `expiresAt`. Links issued earlier stay
 * valid (a retried delivery may have posted them already).
 */
export async function issueDownloadLinks(database: Database, input: { outboxId: string; expiresAt: Date }): Promise<IssuedLink[]> {
  return database.db.transaction(async (tx) => {
    const row = await lockedPayload(tx, input.outboxId);
    if (!row) return [];
    const files = outboxFiles(row.payload).filter((f) => !f.removed);
    if (files.length === 0) return [];
    const issued = files.map((f) => ({ ...f, token: `${input.outboxId}.${f.index}.${randomBytes(24).toString('base64url')}`, expiresAt: input.expiresAt }));
    const links: StoredLink[] = [
      ...arr<StoredLink>(row.payload[LINKS]),
      ...issued.map((l) => ({ index: l.index, hash: hashOf(l.token.split('.')[2]!), expiresAt: input.expiresAt.toISOString() })),
    ];
    await tx.update(outbox).set({ payload: { ...row.payload, [LINKS]: links } }).where(eq(outbox.id, input.outboxId));
    return issued;
  });
}

/**
 * Keeps a picture shown inside a card (PNG) with the outbox message and returns the token of a link
 * that serves it until `expiresAt`. A retried delivery replaces the picture it kept before.
 */
export async function attachCardImage(
  database: Database, input: { outboxId: string; fileName: string; bytes: Uint8Array; expiresAt: Date },
): Promise<string | null> {
  return database.db.transaction(async (tx) => {
    const row = await lockedPayload(tx, input.outboxId);
    if (!row) return null;
    const image: BinaryFile = { fileName: input.fileName, mimeType: 'image/png', contentBase64: Buffer.from(input.bytes).toString('base64'), reusable: true };
    const attachments = arr<BinaryFile>(row.payload.attachments);
    const at = attachments.findIndex((f) => f.fileName === input.fileName && f.reusable === true);
    const nextAttachments = at >= 0 ? attachments.map((f, i) => (i === at ? image : f)) : [...attachments, image];
    const index = arr<TextFile>(row.payload.files).length + (at >= 0 ? at : attachments.length);
    const token = `${input.outboxId}.${index}.${randomBytes(24).toString('base64url')}`;
    const links: StoredLink[] = [
      ...arr<StoredLink>(row.payload[LINKS]),
      { index, hash: hashOf(token.split('.')[2]!), expiresAt: input.expiresAt.toISOString() },
    ];
    await tx.update(outbox).set({ payload: { ...row.payload, attachments: nextAttachments, [LINKS]: links } }).where(eq(outbox.id, input.outboxId));
    return token;
  });
}

/**
 * The file behind a valid, unexpired link, or null. The first download takes the file: its bytes
 * are removed from the message and every link to it stops working.
 */
export async function redeemDownloadLink(database: Database, token: string, now: Date = new Date()): Promise<DownloadedFile | null> {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const [, outboxId, indexText, secret] = m;
  const index = Number(indexText);
  const hash = Buffer.from(hashOf(secret!), 'hex');
  return database.db.transaction(async (tx) => {
    const row = await lockedPayload(tx, outboxId!.toLowerCase());
    if (!row) return null;
    const links = arr<StoredLink>(row.payload[LINKS]);
    const valid = links.some((l) => l.index === index && Date.parse(l.expiresAt) > now.getTime()
      && typeof l.hash === 'string' && l.hash.length === 64 && timingSafeEqual(Buffer.from(l.hash, 'hex'), hash));
    if (!valid) return null;
    const file = outboxFiles(row.payload)[index];
    const bytes = bytesOf(row.payload, index);
    if (!file || !bytes) return null;
    if (isReusable(row.payload, index)) return { orgId: row.orgId, fileName: file.fileName, mimeType: file.mimeType, bytes };
    const rest = links.filter((l) => l.index !== index);
    const payload = withoutBytes(row.payload, new Set([index]));
    if (rest.length > 0) payload[LINKS] = rest;
    else delete payload[LINKS];
    await tx.update(outbox).set({ payload }).where(eq(outbox.id, outboxId!.toLowerCase()));
    return { orgId: row.orgId, fileName: file.fileName, mimeType: file.mimeType, bytes };
  });
}

function isReusable(payload: Payload, index: number): boolean {
  const texts = arr<TextFile>(payload.files);
  return index >= texts.length && arr<BinaryFile>(payload.attachments)[index - texts.length]?.reusable === true;
}

/** Removes the bytes of every file of the message (no link can be offered for them). */
export async function discardOutboxFiles(database: Database, outboxId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const row = await lockedPayload(tx, outboxId);
    if (!row) return;
    const files = outboxFiles(row.payload).filter((f) => !f.removed);
    if (files.length === 0) return;
    await tx.update(outbox).set({ payload: withoutBytes(row.payload, new Set(files.map((f) => f.index))) }).where(eq(outbox.id, outboxId));
  });
}

/**
 * The periodic sweep: files whose links have all expired lose their bytes, expired links are
 * dropped. Returns how many files were removed.
 */
export async function sweepDownloadLinks(database: Database, now: Date = new Date()): Promise<number> {
  return database.db.transaction(async (tx) => {
    const rows = await tx.select({ id: outbox.id, payload: outbox.payload }).from(outbox)
      .where(sql`jsonb_exists(${outbox.payload}, ${LINKS})`)
      .for('update', { skipLocked: true });
    let removed = 0;
    for (const row of rows) {
      const links = arr<StoredLink>(row.payload[LINKS]);
      const live = links.filter((l) => Date.parse(l.expiresAt) > now.getTime());
      if (live.length === links.length) continue;
      const liveIndices = new Set(live.map((l) => l.index));
      const gone = new Set(links.map((l) => l.index).filter((i) => !liveIndices.has(i)));
      const payload = withoutBytes(row.payload, gone);
      if (live.length > 0) payload[LINKS] = live;
      else delete payload[LINKS];
      removed += outboxFiles(row.payload).filter((f) => gone.has(f.index) && !f.removed).length;
      await tx.update(outbox).set({ payload }).where(eq(outbox.id, row.id));
    }
    return removed;
  });
}
