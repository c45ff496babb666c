/**
 * Screens: what a person sees or fills in (a form, a confirmation, an overview with buttons), built
 * once by a flow and rendered by each platform (Slack: a modal or message blocks, bots/slack/views;
 * Teams: an Adaptive Card, bots/teams/views). view.ts models the messages a flow sends; this models
 * the screens a person answers, so the same labels, choices, values and errors reach both platforms.
 *
 * There is no markup here. Text is a list of spans, and a span that carries what a member typed (a
 * topic, a company, a name) is marked `typed`: each renderer escapes all text for its platform and
 * never reads a typed span as formatting, so a typed `*x*`, `<!here>` or `[a](b)` shows as typed.
 */
import type { ActionId, Tone } from './view.js';

export interface Span {
  text: string;
  bold?: boolean;
  /** Typed by a member (or a display name from the platform): shown literally, never as formatting. */
  typed?: boolean;
}

export const said = (text: string, bold = false): Span => (bold ? { text, bold } : { text });
export const typed = (text: string): Span => ({ text, typed: true });

/** A line of spans as plain text (fallback texts, notifications, tests). */
export const plainText = (spans: readonly Span[]): string => spans.map((s) => s.text).join('');

export interface Choice {
  value: string;
  label: Span;
}

interface FieldBase {
  /** What the value comes back as (Slack block and action id, Teams input id). */
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  /** Why the value given was refused, shown with the field. */
  error?: string;
  /** What to say when a required field is left empty (Teams checks before sending; Slack on submission). */
  missing?: string;
  /** Changing it shows the screen again at once (Slack dispatches the change; Teams cannot, and waits for the submit). */
  refresh?: boolean;
}

export type Field =
  | (FieldBase & { kind: 'text'; value?: string; multiline?: boolean; url?: boolean; maxLength: number; placeholder?: string })
  | (FieldBase & { kind: 'select'; choices: Choice[]; value?: string; look?: 'menu' | 'radio' })
  | (FieldBase & { kind: 'date'; value?: string; min?: string; max?: string })
  | (FieldBase & { kind: 'time'; value?: string })
  | (FieldBase & { kind: 'number'; value?: number; min?: number; max?: number });

/** A button in the screen's body: the same ids and values as the message buttons (view.ts). */
export interface ScreenButton {
  id: ActionId;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

export type ScreenBlock =
  | { type: 'text'; spans: Span[]; tone?: Tone }
  /** Small print (a reminder, a hint about what else there is). */
  | { type: 'note'; spans: Span[] }
  | { type: 'facts'; facts: Array<{ label: string; value: Span }> }
  /** A heading and its items, one line each; `empty` when there are none. */
  | { type: 'list'; title: string; count?: number; items: Span[][]; empty: string }
  | { type: 'field'; field: Field }
  /** A line with its buttons (an unpaid invoice and 入金済み). */
  | { type: 'row'; spans: Span[]; buttons: ScreenButton[] }
  | { type: 'divider' };

/**
 * The answer a screen asks for: pressing it sends the fields' values and `value` back. `value` is
 * what the flow needs to act (a booking id, the refund it showed); each platform carries it its own way.
 */
export interface Submit<V> {
  label: string;
  value: V;
  style?: 'primary' | 'danger';
}

export interface Screen<V = unknown> {
  title: string;
  /** Why the last answer was refused, above everything. */
  error?: string;
  blocks: ScreenBlock[];
  submit?: Submit<V>;
  /** A way back to the previous step. Only screens of a step-by-step flow have one; a modal's close button is its way back. */
  back?: Submit<V>;
  /** Buttons that open a page (a Checkout), after everything else. */
  links?: Array<{ label: string; url: string }>;
  /** Plain text for notifications and clients that cannot show the screen. */
  fallbackText: string;
}

/** Every field of a screen (renderers read values back by these ids; tests compare them). */
export const fieldsOf = (screen: Screen): Field[] => screen.blocks.flatMap((b) => (b.type === 'field' ? [b.field] : []));
