/**
 * Screens (src/flows/views/screen.ts) as Block Kit: a modal when the person answers it, message blocks
 * when it is a page with buttons. Every text is escaped and clipped here (limits.ts), typed spans
 * included, so nothing a member wrote becomes a link, a mention or a broadcast.
 */
import type { types } from '@slack/bolt';
import { fieldsOf, type Field, type Screen, type ScreenBlock, type ScreenButton, type Span } from '../../../flows/views/screen.js';
import { clip, clipButton, clipContext, clipField, clipHeader, clipModalTitle, clipSection, escapeMrkdwn, LIMITS, maxBlocks } from './limits.js';

type KnownBlock = types.KnownBlock;

const plain = (text: string, max = 2000) => ({ type: 'plain_text' as const, text: clip(text, max), emoji: true });

/** Bold is per line: Slack's `*…*` does not reach over a line break. */
const bold = (text: string) => text.split('\n').map((l) => (l.trim() ? `*${l}*` : l)).join('\n');

export function mrkdwn(spans: readonly Span[]): string {
  return spans.map((s) => (s.bold && !s.typed ? bold(escapeMrkdwn(s.text)) : escapeMrkdwn(s.text))).join('');
}

const option = (value: string, label: Span) => ({ text: plain(label.text, 75), value: clip(value, 150) });

const button = (b: Omit<ScreenButton, 'id'> & { id: string }) => ({
  type: 'button' as const, action_id: b.id, value: clip(b.value, LIMITS.buttonValue), text: plain(clipButton(b.label)), ...(b.style ? { style: b.style } : {}),
});

/** How a screen's fields are named in this modal. */
interface FieldNames {
  /** Suffixes the block ids, so a re-rendered form shows the values we put in it, not stale client state. */
  version?: number;
  /** Action ids of fields that refresh the screen, by field id (the listeners registered for them). */
  actionIds?: Record<string, string>;
}

function input(f: Field, names: FieldNames): KnownBlock {
  const actionId = names.actionIds?.[f.id] ?? f.id;
  const head = {
    type: 'input', block_id: blockIdOf(f, names.version), label: plain(f.label), ...(f.refresh ? { dispatch_action: true } : {}),
    ...(f.optional ? { optional: true } : {}), ...(f.hint ? { hint: plain(f.hint) } : {}),
  };
  switch (f.kind) {
    case 'text':
      return { ...head, element: {
        type: f.url ? 'url_text_input' : 'plain_text_input', action_id: actionId,
        ...(f.url ? {} : { max_length: f.maxLength, ...(f.multiline ? { multiline: true } : {}) }),
        ...(f.placeholder ? { placeholder: plain(f.placeholder, 150) } : {}), ...(f.value ? { initial_value: clip(f.value, f.maxLength) } : {}),
      } } as KnownBlock;
    case 'select': {
      const options = f.choices.slice(0, 100).map((c) => option(c.value, c.label));
      const chosen = options.find((o) => o.value === f.value);
      return { ...head, element: { type: f.look === 'radio' ? 'radio_buttons' : 'static_select', action_id: actionId, options, ...(chosen ? { initial_option: chosen } : {}) } } as KnownBlock;
    }
    case 'date':
      return { ...head, element: { type: 'datepicker', action_id: actionId, ...(f.value ? { initial_date: f.value } : {}) } } as KnownBlock;
    case 'time':
      return { ...head, element: { type: 'timepicker', action_id: actionId, ...(f.value ? { initial_time: f.value } : {}) } } as KnownBlock;
    case 'number':
      return { ...head, element: {
        type: 'number_input', action_id: actionId, is_decimal_allowed: false,
        ...(f.min !== undefined ? { min_value: String(f.min) } : {}), ...(f.max !== undefined ? { max_value: String(f.max) } : {}),
        ...(f.value !== undefined ? { initial_value: String(f.value) } : {}),
      } } as KnownBlock;
  }
}

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clipSection(text) } });
const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clipContext(text) }] });

function blocksOf(b: ScreenBlock, names: FieldNames = {}): KnownBlock[] {
  switch (b.type) {
    case 'text':
      return [section(`${b.tone === 'danger' || b.tone === 'warning' ? '⚠️ ' : ''}${mrkdwn(b.spans)}`)];
    case 'note':
      return [context(mrkdwn(b.spans))];
    case 'facts':
      return b.facts.length === 0 ? [] : [{
        type: 'section',
        fields: b.facts.slice(0, LIMITS.sectionFields).map((f) => ({ type: 'mrkdwn', text: clipField(`*${escapeMrkdwn(f.label)}*\n${mrkdwn([f.value])}`) })),
      } as KnownBlock];
    case 'list': {
      const head = `*${escapeMrkdwn(b.title)}*${b.count === undefined ? '' : `（${b.count}）`}`;
      const items = b.items.length === 0 ? (b.count === 0 || b.count === undefined ? [escapeMrkdwn(b.empty)] : []) : b.items.map((i) => `• ${mrkdwn(i)}`);
      return [section([head, ...items].join('\n'))];
    }
    case 'field':
      // A modal being answered shows refusals with response_action 'errors' (fieldErrors); a modal shown
      // anew (views.update after the flow refused) can only say it under the input.
      return [input(b.field, names), ...(b.field.error ? [context(`⚠️ ${escapeMrkdwn(b.field.error)}`)] : [])];
    case 'row': {
      // One button sits beside its line; more go in a row of their own below it.
      const text = { type: 'mrkdwn', text: clipSection(mrkdwn(b.spans)) };
      if (b.buttons.length === 1) return [{ type: 'section', text, accessory: button(b.buttons[0]!) } as KnownBlock];
      return [{ type: 'section', text } as KnownBlock, ...(b.buttons.length > 0 ? [{ type: 'actions', elements: b.buttons.slice(0, LIMITS.actionsElements).map(button) } as KnownBlock] : [])];
    }
    case 'divider':
      return [{ type: 'divider' }];
  }
}

const blockIdOf = (f: Field, version?: number) => (version === undefined ? f.id : `${f.id}~${version}`);

/** The fields' refusals for an ack with `response_action: 'errors'`, keyed by block id. */
export function fieldErrors(screen: Screen, version?: number): Record<string, string> {
  return Object.fromEntries(fieldsOf(screen).flatMap((f) => (f.error ? [[blockIdOf(f, version), f.error]] : [])));
}

const errorBlocks = (screen: Screen): KnownBlock[] => (screen.error ? [section(`⚠️ *${escapeMrkdwn(screen.error)}*`)] : []);

export interface ModalEnvelope extends FieldNames {
  callbackId: string;
  /** What the submission handler needs besides the screen's answer (the team, the form's version). */
  meta?: object;
  close: string;
  /** Slack sends a press of a link button too: the listener that acknowledges it. */
  linkActionId?: string;
  /**
   * A modal has one submit: a screen that offers two answers (submit and back) shows them as buttons
   * in its body instead, each with the action id its listener is registered for.
   */
  answerButtons?: { submit: string; back: string };
}

/** A modal: the screen's answer travels in private_metadata, merged over the envelope's meta. */
export function screenModal<V>(screen: Screen<V>, envelope: ModalEnvelope): types.ModalView {
  const links: KnownBlock[] = screen.links && screen.links.length > 0
    ? [{ type: 'actions', elements: screen.links.slice(0, LIMITS.actionsElements).map((l) => ({ type: 'button', action_id: envelope.linkActionId ?? 'link', url: l.url, style: 'primary', text: plain(clipButton(l.label)) })) } as KnownBlock]
    : [];
  const answers = envelope.answerButtons;
  const answerBlocks: KnownBlock[] = answers
    ? [{ type: 'actions', block_id: 'answers', elements: [
      ...(screen.back ? [button({ id: answers.back, label: screen.back.label, value: 'back' })] : []),
      ...(screen.submit ? [button({ id: answers.submit, label: screen.submit.label, value: 'submit', ...(screen.submit.style ? { style: screen.submit.style } : {}) })] : []),
    ] } as KnownBlock]
    : [];
  const blocks = [...errorBlocks(screen), ...screen.blocks.flatMap((b) => blocksOf(b, envelope)), ...links, ...answerBlocks];
  const value = screen.submit?.value;
  const meta = { ...envelope.meta, ...(value && typeof value === 'object' ? value : {}) };
  return {
    type: 'modal',
    callback_id: envelope.callbackId,
    title: plain(clipModalTitle(screen.title)),
    ...(screen.submit && !answers ? { submit: plain(clip(screen.submit.label, LIMITS.modalButton)) } : {}),
    close: plain(clip(envelope.close, LIMITS.modalButton)),
    private_metadata: JSON.stringify(meta).slice(0, LIMITS.privateMetadata),
    blocks: blocks.slice(0, LIMITS.modalBlocks),
  };
}

/** A message (a reply, an ephemeral page): a header and the blocks; a screen to answer belongs in a modal. */
export function screenMessage(screen: Screen): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [{ type: 'header', text: plain(clipHeader(screen.title)) }, ...errorBlocks(screen), ...screen.blocks.flatMap((b) => blocksOf(b))];
  return { text: clip(screen.fallbackText, LIMITS.messageText), blocks: blocks.slice(0, maxBlocks('message')) };
}
