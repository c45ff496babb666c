/**
 * Renders the platform-neutral MessageView as Adaptive Cards (built with @microsoft/teams.cards).
 * A view that would not fit in one Teams message is paged over several cards, each under
 * TEAMS_LIMITS.maxCardBytes; the buttons go on the last page. Buttons are Action.Execute (Universal
 * Actions) whose data carries the view's action id and value, like Slack's action_id/value.
 */
import {
  AdaptiveCard, Container, ExecuteAction, Fact, FactSet, Image, OpenUrlAction, TextBlock,
  type CardElement, type IAdaptiveCard, type TextColor,
} from '@microsoft/teams.cards';
import type { Inline, MessageView, Tone, ViewAction, ViewBlock } from '../../flows/views/view.js';
import { TEAMS_LIMITS } from './limits.js';

/** What a pressed button sends back (Action.Execute `data`, or Action.Submit `value`). */
export interface CardActionData {
  mamori: 1;
  action: ViewAction['id'];
  value: string;
  /** A member select's choice (MEMBER_INPUT), when the card had one. */
  member?: string;
}

export interface RenderOptions {
  maxCardBytes?: number;
  /** Continuation label, e.g. (n, total) => `（続き ${n}/${total}）`. */
  continued?: (page: number, pages: number) => string;
  /** Buttons that open a URL (e.g. a file's download link), before the view's own buttons. */
  links?: Array<{ title: string; url: string }>;
  /** Display names of the members a view's lines name (platform user id → name); an unknown one shows as its id. */
  names?: ReadonlyMap<string, string>;
}

const TONE_COLOR: Record<Tone, TextColor | undefined> = { danger: 'Attention', warning: 'Warning', good: 'Good', muted: undefined };

/**
 * View text is text (flows/views/view.ts), but a TextBlock reads markdown: `[label](https://…)` in a
 * question or a transcript would become a link whose label hides where it goes. A link needs `]`
 * directly before `(`, `[` or `:` (inline, reference, definition); a zero-width space after every `]`
 * breaks all three on every Teams client (backslash escapes are not honoured by all of them) and
 * shows the same characters.
 */
export function defuseCardMarkdown(text: string): string {
  return text.replace(/\]/g, ']\u200B');
}

/** Slack-style *bold* (the view's convention) → Adaptive Card markdown **bold**; links defused; trims to the limit. */
export function cardText(text: string, max: number = TEAMS_LIMITS.maxTextChars): string {
  const bold = defuseCardMarkdown(text).replace(/(^|[\s(（「])\*([^*\n]+)\*(?=$|[\s)）」、。,.:：])/g, '$1**$2**');
  return bold.length > max ? `${bold.slice(0, max - 1)}…` : bold;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A line's piece as card markdown: a member by name (defused like any text), a platform link as a link. */
function inlineMarkdown(part: Inline, names: ReadonlyMap<string, string> | undefined): string {
  if (typeof part === 'string') return defuseCardMarkdown(part);
  if ('member' in part) return defuseCardMarkdown(names?.get(part.member) ?? part.member);
  return /^https:\/\/[^\s()]+$/.test(part.link) ? `[${defuseCardMarkdown(part.label)}](${part.link})` : defuseCardMarkdown(part.label);
}

function toned(t: TextBlock, tone: Tone | undefined): TextBlock {
  const colour = tone ? TONE_COLOR[tone] : undefined;
  if (colour) t.withColor(colour);
  if (tone === 'muted') t.withIsSubtle(true);
  return t;
}

/** One view block as card elements (a divider marks the next element with a separator). */
function elementsOf(block: ViewBlock, names?: ReadonlyMap<string, string>): CardElement[] {
  switch (block.type) {
    case 'header':
      return [new TextBlock(truncate(defuseCardMarkdown(block.text), 300), { size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' })];
    case 'text':
      return [toned(new TextBlock(cardText(block.text), { wrap: true }), block.tone)];
    case 'line':
      return [toned(new TextBlock(truncate(block.parts.map((p) => inlineMarkdown(p, names)).join(''), TEAMS_LIMITS.maxTextChars), { wrap: true }), block.tone)];
    case 'fields':
      return [new FactSet(...block.fields.map((f) => new Fact(truncate(defuseCardMarkdown(f.label), 100), truncate(defuseCardMarkdown(f.value), 500))))];
    case 'excerpt': {
      const meta = defuseCardMarkdown([block.time, block.speaker, ...(block.tags.length > 0 ? [block.tags.join(' / ')] : [])].join(' ・ '));
      return [new Container(
        new TextBlock(truncate(meta, 300), { wrap: true, size: 'Small', weight: 'Bolder', color: 'Attention' }),
        new TextBlock(`「${truncate(defuseCardMarkdown(block.quote), TEAMS_LIMITS.maxQuoteChars)}」`, { wrap: true }),
      ).withStyle('emphasis').withSpacing('Small')];
    }
    case 'list':
      return [
        new TextBlock(`**${truncate(defuseCardMarkdown(block.title), 200)}**`, { wrap: true }),
        new TextBlock(cardText(block.items.map((i) => `- ${i.replace(/\n+/g, ' ')}`).join('\n')), { wrap: true, spacing: 'Small' }),
      ];
    case 'image':
      return [new Image(block.url, { altText: truncate(block.alt, 200), size: 'Stretch' })];
    case 'member_select': {
      // A people picker (Teams' Graph users dataset) showing the current member; its own button sends the choice.
      const data: CardActionData = { mamori: 1, action: block.id, value: block.value };
      const picker = {
        type: 'Input.ChoiceSet', id: MEMBER_INPUT, style: 'filtered', value: block.selected.platformUserId,
        choices: [{ title: truncate(block.selected.name ?? block.selected.platformUserId, 200), value: block.selected.platformUserId }],
        'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
      };
      const apply = { type: 'ActionSet', actions: [{ type: 'Action.Execute', title: truncate(block.label, TEAMS_LIMITS.maxActionTitleChars), verb: block.id, data }] };
      return [new TextBlock(cardText(block.text), { wrap: true, isSubtle: true }), picker as unknown as CardElement, apply as unknown as CardElement];
    }
    case 'actions':
    case 'divider':
      return [];
  }
}

/** The id of a member select's input: Teams sends its value beside the action's data (`data.member`). */
export const MEMBER_INPUT = 'member';

export function actionOf(a: ViewAction): ExecuteAction {
  const data: CardActionData = { mamori: 1, action: a.id, value: a.value };
  const action = new ExecuteAction({ title: truncate(a.label, TEAMS_LIMITS.maxActionTitleChars), verb: a.id }).withData(data as never);
  if (a.style === 'primary') action.withStyle('positive');
  if (a.style === 'danger') action.withStyle('destructive');
  return action;
}

function newCard(view: MessageView): AdaptiveCard {
  return new AdaptiveCard()
    .withVersion(TEAMS_LIMITS.cardVersion as '1.5')
    .withFallbackText(truncate(view.fallbackText, 500))
    .withMsteams({ width: 'full' });
}

/** The JSON a card sends (plain data, as it goes over the wire). */
export function cardJson(card: AdaptiveCard): IAdaptiveCard {
  return JSON.parse(JSON.stringify(card)) as IAdaptiveCard;
}

export function cardBytes(card: IAdaptiveCard | AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** The view as one or more cards, each within the size limit; actions on the last. */
export function renderAdaptiveCards(view: MessageView, options: RenderOptions = {}): IAdaptiveCard[] {
  const max = options.maxCardBytes ?? TEAMS_LIMITS.maxCardBytes;
  const links = (options.links ?? []).map((l) => new OpenUrlAction(l.url, { title: truncate(l.title, TEAMS_LIMITS.maxActionTitleChars) }));
  const actions = [...links, ...view.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : [])).map(actionOf)].slice(0, TEAMS_LIMITS.maxActions);
  const pages: AdaptiveCard[] = [newCard(view)];
  let separatorNext = false;
  for (const block of view.blocks) {
    if (block.type === 'divider') {
      separatorNext = true;
      continue;
    }
    for (let element of elementsOf(block, options.names)) {
      if (separatorNext) {
        (element as { separator?: boolean }).separator = true;
        separatorNext = false;
      }
      let page = pages[pages.length - 1]!;
      const single = newCard(view).withBody(element);
      if (cardBytes(single) > max) {
        // One element alone is too big (a large picture): say so rather than send nothing.
        element = new TextBlock(block.type === 'image' ? `(${block.alt})` : '…', { wrap: true, isSubtle: true });
      }
      page.body.push(element);
      if (cardBytes(page) > max && page.body.length > 1) {
        page.body.pop();
        page = newCard(view);
        pages.push(page);
        page.body.push(element);
      }
    }
  }
  // Buttons on the last page, or on a page of their own when they do not fit.
  const last = pages[pages.length - 1]!;
  if (actions.length > 0) {
    last.actions = [...actions];
    if (cardBytes(last) > max) {
      last.actions = [];
      pages.push(newCard(view).withActions(...actions));
    }
  }
  if (pages.length > 1 && options.continued) {
    pages.forEach((p, i) => {
      if (i > 0) p.body.unshift(new TextBlock(options.continued!(i + 1, pages.length), { isSubtle: true, size: 'Small' }));
    });
  }
  return pages.map(cardJson);
}

/** The single-card rendering (tests, contract): every page's body concatenated. */
export function renderAdaptiveCard(view: MessageView): IAdaptiveCard {
  const pages = renderAdaptiveCards(view, { maxCardBytes: Number.MAX_SAFE_INTEGER });
  return pages[0]!;
}

/** Every text a card shows (TextBlocks, facts, action titles), in order: for tests and checks. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (typeof o.title === 'string' && typeof o.value === 'string') out.push(`${o.title}: ${o.value}`);
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') out.push(o.title);
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
  };
  walk(card);
  return out;
}
