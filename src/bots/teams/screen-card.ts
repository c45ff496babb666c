/**
 * Screens (src/flows/views/screen.ts) as one Adaptive Card. Fields become Input.* elements with the
 * field id as the input id (Teams merges the inputs into the submit's data); body buttons are
 * Action.Execute with the same `{ mamori: 1, action, value }` as message cards (adaptive-card.ts), so
 * one handler serves both. Typed spans are defused, never read as markdown.
 */
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Field, Screen, ScreenBlock, ScreenButton, Span, Submit } from '../../flows/views/screen.js';
import { cardText, defuseCardMarkdown } from './adaptive-card.js';
import { TEAMS_LIMITS } from './limits.js';

type El = Record<string, unknown>;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A span as card markdown: ours may be bold, a typed one is shown as it was typed. */
export function cardMarkdown(spans: readonly Span[]): string {
  const md = spans.map((s) => (s.typed ? defuseCardMarkdown(s.text) : s.bold ? s.text.split('\n').map((l) => (l.trim() ? `**${cardText(l)}**` : l)).join('\n') : cardText(s.text))).join('');
  return clip(md, TEAMS_LIMITS.maxTextChars);
}

const para = (text: string, extra: El = {}): El => ({ type: 'TextBlock', text, wrap: true, ...extra });
const styleOf = (style: 'primary' | 'danger' | undefined) => (style === 'primary' ? { style: 'positive' } : style === 'danger' ? { style: 'destructive' } : {});

const execute = (b: ScreenButton): El => ({
  type: 'Action.Execute', title: clip(b.label, TEAMS_LIMITS.maxActionTitleChars), verb: b.id, data: { mamori: 1, action: b.id, value: b.value }, ...styleOf(b.style),
});

function inputOf(f: Field): El[] {
  const head = { id: f.id, label: f.label, isRequired: !f.optional, ...(f.error ?? f.missing ? { errorMessage: f.error ?? f.missing } : {}) };
  const input: El = (() => {
    switch (f.kind) {
      case 'text':
        return { type: 'Input.Text', ...head, maxLength: f.maxLength, ...(f.multiline ? { isMultiline: true } : {}), ...(f.url ? { style: 'Url' } : {}), ...(f.placeholder ? { placeholder: f.placeholder } : {}), ...(f.value !== undefined ? { value: f.value } : {}) };
      case 'select':
        return {
          type: 'Input.ChoiceSet', ...head, style: f.look === 'radio' ? 'expanded' : 'compact',
          choices: f.choices.map((c) => ({ title: clip(c.label.text, 100), value: c.value })), ...(f.value !== undefined ? { value: f.value } : {}),
        };
      case 'date':
        return { type: 'Input.Date', ...head, ...(f.min ? { min: f.min } : {}), ...(f.max ? { max: f.max } : {}), ...(f.value ? { value: f.value } : {}) };
      case 'time':
        return { type: 'Input.Time', ...head, ...(f.value ? { value: f.value } : {}) };
      case 'number':
        return { type: 'Input.Number', ...head, ...(f.min !== undefined ? { min: f.min } : {}), ...(f.max !== undefined ? { max: f.max } : {}), ...(f.value !== undefined ? { value: f.value } : {}) };
    }
  })();
  // Teams shows errorMessage only for its own checks; a refusal from the flow is shown under the input.
  return [input, ...(f.hint ? [para(cardText(f.hint), { isSubtle: true, size: 'Small', spacing: 'None' })] : []), ...(f.error ? [para(`⚠️ ${cardText(f.error)}`, { color: 'Attention', spacing: 'None' })] : [])];
}

function elementsOf(b: ScreenBlock): El[] {
  switch (b.type) {
    case 'text':
      return [para(cardMarkdown(b.spans), b.tone === 'danger' ? { color: 'Attention' } : b.tone === 'warning' ? { color: 'Warning' } : b.tone === 'good' ? { color: 'Good' } : b.tone === 'muted' ? { isSubtle: true } : {})];
    case 'note':
      return [para(cardMarkdown(b.spans), { isSubtle: true, size: 'Small' })];
    case 'facts':
      return b.facts.length === 0 ? [] : [{ type: 'FactSet', facts: b.facts.map((f) => ({ title: f.label, value: clip(defuseCardMarkdown(f.value.text), 500) })) }];
    case 'list': {
      const items = b.items.length === 0 ? (b.count === 0 || b.count === undefined ? [cardText(b.empty)] : []) : b.items.map((i) => `- ${cardMarkdown(i)}`);
      return [para(`**${cardText(b.title)}**${b.count === undefined ? '' : `（${b.count}）`}`), ...(items.length > 0 ? [para(clip(items.join('\n'), TEAMS_LIMITS.maxTextChars), { spacing: 'None' })] : [])];
    }
    case 'field':
      return inputOf(b.field);
    case 'row':
      return [{ type: 'Container', items: [para(cardMarkdown(b.spans)), ...(b.buttons.length > 0 ? [{ type: 'ActionSet', actions: b.buttons.slice(0, TEAMS_LIMITS.maxActions).map(execute) }] : [])] }];
    case 'divider':
      return [];
  }
}

/** A divider draws the separator above the element after it (a card has no divider element). */
function bodyOf(blocks: readonly ScreenBlock[]): El[] {
  const body: El[] = [];
  let separate = false;
  for (const b of blocks) {
    if (b.type === 'divider') {
      separate = true;
      continue;
    }
    const els = elementsOf(b);
    if (separate && els[0]) els[0] = { ...els[0], separator: true };
    separate = false;
    body.push(...els);
  }
  return body;
}

/** `submitData` wraps the screen's answer in what the card handler routes on (e.g. `{ mamoriBooking: 1, step }`). */
export function screenCard<V>(screen: Screen<V>, submitData?: (value: V) => object): IAdaptiveCard {
  const body: El[] = [
    { type: 'TextBlock', text: defuseCardMarkdown(screen.title), weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
    ...(screen.error ? [para(`⚠️ ${cardText(screen.error)}`, { color: 'Attention' })] : []),
    ...bodyOf(screen.blocks),
  ];
  const action = (s: Submit<V>): El[] => (submitData
    ? [{ type: 'Action.Submit', title: clip(s.label, TEAMS_LIMITS.maxActionTitleChars), data: submitData(s.value), ...styleOf(s.style) }]
    : []);
  const links: El[] = (screen.links ?? []).map((l) => ({ type: 'Action.OpenUrl', title: clip(l.label, TEAMS_LIMITS.maxActionTitleChars), url: l.url, style: 'positive' }));
  const actions = [...links, ...(screen.submit ? action(screen.submit) : []), ...(screen.back ? action(screen.back) : [])];
  return {
    type: 'AdaptiveCard', version: TEAMS_LIMITS.cardVersion, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    msteams: { width: 'full' }, body, ...(actions.length > 0 ? { actions } : {}),
  } as unknown as IAdaptiveCard;
}
