/**
 * The view model (src/flows/views/view.ts) rendered as Block Kit. Every text goes through limits.ts;
 * a view with more blocks than the surface allows has its excerpts packed several to a section and,
 * if that is not enough, the last ones left out with a note saying where they are (the thread reply
 * points to 全文を見る; the modal, when they do not fit it either, to the text file 全文を見る uploads
 * into the thread: blocks/excerpts-file.ts).
 */
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import type { Inline, MessageView, ViewBlock } from '../../../flows/views/view.js';
import {
  clip, clipButton, clipContext, clipField, clipHeader, clipMessageText, clipSection, defuseBroadcasts, escapeMrkdwn, LIMITS, maxBlocks, type Surface,
} from './limits.js';

export interface RenderedView {
  blocks: KnownBlock[];
  /** Notification / fallback text. */
  text: string;
  /** Excerpts that did not fit and were left out (0 normally). */
  omittedExcerpts: number;
}

export interface RenderOptions {
  surface: Surface;
  /** The note shown in place of excerpts left out ("ほか n 件"). */
  omitted?: (n: number) => string;
  /** Blocks the caller will add after the rendered ones (counted against the limit). */
  reserve?: number;
}

type Piece = { block: KnownBlock; excerpt?: string };

export function renderView(view: MessageView, options: RenderOptions): RenderedView {
  const pieces = view.blocks.flatMap(renderBlock);
  const limit = maxBlocks(options.surface) - (options.reserve ?? 0);
  let omitted = 0;
  let out = pieces;
  if (out.length > limit) out = packExcerpts(out);
  if (out.length > limit) {
    // Leave out the last excerpts (keep header, fields, advice and buttons), with one note for them.
    const excerptIdx = out.map((p, i) => (p.excerpt !== undefined ? i : -1)).filter((i) => i >= 0);
    const over = out.length - limit + 1; // +1 for the note
    const drop = new Set(excerptIdx.slice(Math.max(0, excerptIdx.length - over)));
    omitted = [...drop].reduce((n, i) => n + (out[i]!.excerpt!.split('\u0000').length), 0);
    const last = Math.max(...drop);
    const kept: Piece[] = [];
    out.forEach((p, i) => {
      if (!drop.has(i)) kept.push(p);
      if (i === last) kept.push({ block: context(options.omitted?.(omitted) ?? `+${omitted}`) });
    });
    out = kept.slice(0, limit);
  }
  return { blocks: out.map((p) => p.block), text: clipMessageText(escapeMrkdwn(view.fallbackText)), omittedExcerpts: omitted };
}

function renderBlock(b: ViewBlock): Piece[] {
  switch (b.type) {
    case 'header':
      return [{ block: { type: 'header', text: { type: 'plain_text', text: clipHeader(b.text), emoji: true } } }];
    case 'text': {
      // View text is text (view.ts): only *bold* survives, no link, mention or broadcast.
      const text = escapeMrkdwn(b.text);
      return b.tone === 'muted' ? [{ block: context(text) }] : [{ block: section(text) }];
    }
    case 'line': {
      const text = b.parts.map(inlineMrkdwn).join('');
      return b.tone === 'muted' ? [{ block: context(text) }] : [{ block: section(text) }];
    }
    case 'fields': {
      const out: Piece[] = [];
      for (let i = 0; i < b.fields.length; i += LIMITS.sectionFields) {
        out.push({
          block: {
            type: 'section',
            fields: b.fields.slice(i, i + LIMITS.sectionFields).map((f) => ({ type: 'mrkdwn' as const, text: clipField(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`) })),
          },
        });
      }
      return out;
    }
    case 'excerpt': {
      const text = excerptText(b);
      return [{ block: section(text), excerpt: text }];
    }
    case 'list': {
      const lines = b.items.map((i) => `• ${escapeMrkdwn(i)}`);
      const out: Piece[] = [];
      let current = `*${escapeMrkdwn(b.title)}*`;
      for (const line of lines) {
        if (current.length + 1 + line.length > LIMITS.sectionText && current.length > 0) {
          out.push({ block: section(current) });
          current = '';
        }
        current = current ? `${current}\n${line}` : line;
      }
      if (current) out.push({ block: section(current) });
      return out;
    }
    case 'image':
      return [{ block: { type: 'image', image_url: clip(b.url, LIMITS.imageUrl), alt_text: clip(b.alt, LIMITS.imageAltText) } }];
    case 'actions':
      return [{
        block: {
          type: 'actions',
          elements: b.actions.slice(0, LIMITS.actionsElements).map((a) => ({
            type: 'button' as const,
            action_id: clip(a.id, LIMITS.actionId),
            text: { type: 'plain_text' as const, text: clipButton(a.label), emoji: true },
            value: clip(a.value, LIMITS.buttonValue),
            ...(a.style ? { style: a.style } : {}),
          })),
        },
      }];
    case 'divider':
      return [{ block: { type: 'divider' } }];
    case 'member_select':
      // The select shows the member itself (name and picture); the value the flow needs rides in block_id.
      return [{
        block: {
          type: 'section',
          block_id: clip(`${b.id}:${b.value}`, LIMITS.blockId),
          text: { type: 'mrkdwn', text: clipSection(escapeMrkdwn(b.text)) },
          accessory: {
            type: 'users_select', action_id: clip(b.id, LIMITS.actionId), initial_user: b.selected.platformUserId,
            placeholder: { type: 'plain_text', text: clipButton(b.label), emoji: true },
          },
        },
      }];
  }
}

/** Slack user ids are letters and digits: nothing in one can close the mention or start a broadcast. */
const USER_ID = /^[A-Za-z0-9_]+$/;
const SAFE_URL = /^https:\/\/[^\s<>|]+$/;

/** A member becomes a mention and a platform link a link; anything that does not look like one is shown as text. */
function inlineMrkdwn(part: Inline): string {
  if (typeof part === 'string') return escapeMrkdwn(part);
  if ('member' in part) return USER_ID.test(part.member) ? `<@${part.member}>` : escapeMrkdwn(part.member);
  return SAFE_URL.test(part.link) ? `<${part.link}|${escapeMrkdwn(part.label).replace(/\|/g, '¦')}>` : escapeMrkdwn(part.label);
}

export function excerptText(b: Extract<ViewBlock, { type: 'excerpt' }>): string {
  const quote = escapeMrkdwn(b.quote).split('\n').map((l) => `>${l}`).join('\n');
  const tags = b.tags.length > 0 ? `\n_${escapeMrkdwn(b.tags.join(' · '))}_` : '';
  return clipSection(`*${escapeMrkdwn(b.time)}*  ${escapeMrkdwn(b.speaker)}  (${b.score})\n${quote}${tags}`);
}

/** Joins runs of excerpt sections into as few sections as fit in 3000 characters each. */
function packExcerpts(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let run: string[] = [];
  const flush = () => {
    let current: string[] = [];
    let length = 0;
    for (const t of run) {
      if (current.length > 0 && length + 2 + t.length > LIMITS.sectionText) {
        out.push({ block: section(current.join('\n\n')), excerpt: current.join('\u0000') });
        current = [];
        length = 0;
      }
      current.push(t);
      length += t.length + 2;
    }
    if (current.length > 0) out.push({ block: section(current.join('\n\n')), excerpt: current.join('\u0000') });
    run = [];
  };
  for (const p of pieces) {
    if (p.excerpt !== undefined) run.push(p.excerpt);
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clipSection(defuseBroadcasts(text)) } };
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clipContext(defuseBroadcasts(text)) }] };
}

/** A one-line answer (errors, progress, notices). */
export function notice(text: string): { blocks: KnownBlock[]; text: string } {
  return { blocks: [section(text)], text: clipMessageText(text) };
}
