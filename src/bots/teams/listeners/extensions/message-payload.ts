/**
 * The message a message action was used on, as Teams sends it (`messagePayload`): its id, the id of the
 * thread's root when it is a reply, its body (HTML or text) and attachments. Only what mamori reads.
 */
import { decodeEntities } from '../../../../analysis/formats/text.js';

export interface MessagePayload {
  id?: string;
  replyToId?: string;
  body?: { contentType?: 'html' | 'text' | string; content?: string };
  attachments?: Array<{ id?: string; contentType?: string; contentUrl?: string; name?: string; content?: unknown }>;
  from?: { user?: { id?: string; displayName?: string } };
}

/** The message's words: HTML paragraphs and line breaks become lines, tags go, entities are decoded. */
export function payloadText(p: MessagePayload): string {
  const raw = p.body?.content ?? '';
  if (p.body?.contentType !== 'html') return raw.trim();
  const lines = raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(lines).replace(/\u00a0/g, ' ').split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
