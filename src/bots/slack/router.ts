/**
 * One Bolt middleware routes each request to the one listener it needs. Bolt runs every registered listener
 * chain for every request (about 70 here: the `onlyActions`/`matchConstraints` pair of each, every one of them
 * copying the arguments), which made its `invokeMiddleware` the top self time of a burst of events. Listeners are
 * registered here instead, by kind, in maps keyed by what Slack sends: the event type, the action id, the view's
 * and the shortcut's callback id, the command. A request costs one lookup; a pattern (a RegExp, a block id) is
 * tried in registration order only when no exact id matched, and the first that matches wins.
 *
 * Semantics kept from Bolt: a listener gets the arguments a Bolt listener gets (`next` does nothing); an event
 * type may have several listeners, run together, their errors reported as Bolt reports them (one error, or a
 * MultipleListenerError) to the app's error handler; a shortcut or view registered with a type is routed only
 * for that type, a view by default only on `view_submission`. An interactive request no listener is registered
 * for is acknowledged (Slack would otherwise show the user an error after 3 s) and logged, never dropped in
 * silence; an event is acknowledged by Bolt before any middleware runs.
 *
 * Nothing is allocated on the way to a listener: the arguments object Bolt made for this middleware is handed on.
 */
import {
  MultipleListenerError,
  type AllMiddlewareArgs,
  type AnyMiddlewareArgs,
  type Middleware,
  type SlackAction,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  type SlackOptionsMiddlewareArgs,
  type SlackShortcut,
  type SlackShortcutMiddlewareArgs,
  type SlackViewAction,
  type SlackViewMiddlewareArgs,
} from '@slack/bolt';
import type { Logger } from '../../logger.js';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
type Listener = (args: Args) => Promise<void>;
type Id = string | RegExp;

/** What a routed request looked like, loosely: Bolt sets exactly one of these for a request's kind. */
interface Routed {
  event?: { type?: string };
  action?: { action_id?: string; block_id?: string };
  view?: { callback_id?: string };
  command?: { command?: string };
  shortcut?: { callback_id?: string };
  options?: { action_id?: string; block_id?: string };
  body: { type?: string };
  context: Record<string, unknown>;
  ack?: (response?: unknown) => Promise<void>;
  next: () => unknown;
}

interface BlockPattern { action_id?: Id; block_id?: Id; listener: Listener }
interface CallbackPattern { callback_id?: Id; type?: string; listener: Listener }

export type RouteKind = 'event' | 'action' | 'view' | 'command' | 'shortcut' | 'options';

const noop = () => {};

/** The registration half, what the listener folders see (the same calls as Bolt's App). */
export interface SlackRoutes {
  event<T extends string = string>(type: T, listener: Middleware<SlackEventMiddlewareArgs<T>>): void;
  action<A extends SlackAction = SlackAction>(id: Id | { action_id?: Id; block_id?: Id }, listener: Middleware<SlackActionMiddlewareArgs<A>>): void;
  view<V extends SlackViewAction = SlackViewAction>(id: Id | { callback_id?: Id; type?: 'view_submission' | 'view_closed' }, listener: Middleware<SlackViewMiddlewareArgs<V>>): void;
  command(name: Id, listener: Middleware<SlackCommandMiddlewareArgs>): void;
  shortcut<S extends SlackShortcut = SlackShortcut>(id: Id | { callback_id?: Id; type?: 'shortcut' | 'message_action' }, listener: Middleware<SlackShortcutMiddlewareArgs<S>>): void;
  options(id: Id | { action_id?: Id; block_id?: Id }, listener: Middleware<SlackOptionsMiddlewareArgs>): void;
}

export class SlackRouter implements SlackRoutes {
  private readonly events = new Map<string, Listener[]>();
  private readonly actions = new Map<string, Listener>();
  private readonly actionPatterns: BlockPattern[] = [];
  /** By body type (view_submission, view_closed), then callback id. */
  private readonly views = new Map<string, Map<string, Listener>>([['view_submission', new Map()], ['view_closed', new Map()]]);
  private readonly viewPatterns: CallbackPattern[] = [];
  private readonly commands = new Map<string, Listener>();
  private readonly commandPatterns: Array<{ name: RegExp; listener: Listener }> = [];
  /** By body type (shortcut, message_action), then callback id. */
  private readonly shortcuts = new Map<string, Map<string, Listener>>([['shortcut', new Map()], ['message_action', new Map()]]);
  private readonly shortcutPatterns: CallbackPattern[] = [];
  private readonly optionsById = new Map<string, Listener>();
  private readonly optionsPatterns: BlockPattern[] = [];

  constructor(private readonly logger: Logger) {}

  event<T extends string = string>(type: T, listener: Middleware<SlackEventMiddlewareArgs<T>>): void {
    if (type.startsWith('message.')) throw new Error(`"${type}" is not an event type: use "message" (Bolt refuses it too)`);
    const list = this.events.get(type);
    if (list) list.push(listener as unknown as Listener);
    else this.events.set(type, [listener as unknown as Listener]);
  }

  action<A extends SlackAction = SlackAction>(id: Id | { action_id?: Id; block_id?: Id }, listener: Middleware<SlackActionMiddlewareArgs<A>>): void {
    const l = listener as unknown as Listener;
    if (typeof id === 'string') return once(this.actions, 'action', id, l);
    this.actionPatterns.push(id instanceof RegExp ? { action_id: id, listener: l } : { ...id, listener: l });
  }

  view<V extends SlackViewAction = SlackViewAction>(id: Id | { callback_id?: Id; type?: 'view_submission' | 'view_closed' }, listener: Middleware<SlackViewMiddlewareArgs<V>>): void {
    const l = listener as unknown as Listener;
    const c = typeof id === 'string' || id instanceof RegExp ? { callback_id: id, type: 'view_submission' as const } : id;
    if (typeof c.callback_id === 'string' && c.type) return once(this.views.get(c.type)!, 'view', c.callback_id, l);
    this.viewPatterns.push({ ...c, listener: l });
  }

  command(name: Id, listener: Middleware<SlackCommandMiddlewareArgs>): void {
    const l = listener as unknown as Listener;
    if (typeof name === 'string') return once(this.commands, 'command', name, l);
    this.commandPatterns.push({ name, listener: l });
  }

  shortcut<S extends SlackShortcut = SlackShortcut>(id: Id | { callback_id?: Id; type?: 'shortcut' | 'message_action' }, listener: Middleware<SlackShortcutMiddlewareArgs<S>>): void {
    const l = listener as unknown as Listener;
    const c = typeof id === 'string' || id instanceof RegExp ? { callback_id: id } : id;
    if (typeof c.callback_id === 'string') {
      for (const type of c.type ? [c.type] : ['shortcut', 'message_action']) once(this.shortcuts.get(type)!, 'shortcut', c.callback_id, l);
      return;
    }
    this.shortcutPatterns.push({ ...c, listener: l });
  }

  options(id: Id | { action_id?: Id; block_id?: Id }, listener: Middleware<SlackOptionsMiddlewareArgs>): void {
    const l = listener as unknown as Listener;
    if (typeof id === 'string') return once(this.optionsById, 'options', id, l);
    this.optionsPatterns.push(id instanceof RegExp ? { action_id: id, listener: l } : { ...id, listener: l });
  }

  /** The Bolt middleware (`app.use(router.dispatch)`, after Bolt's own): it never calls the next one. */
  readonly dispatch = async (args: Args): Promise<void> => {
    const a = args as unknown as Routed;
    a.next = noop; // as Bolt hands its listeners
    if (a.event !== undefined) {
      const type = a.event.type;
      const list = type === undefined ? undefined : this.events.get(type);
      if (list === undefined) return this.unrouted('event', type, a);
      return list.length === 1 ? list[0]!(args) : all(list, args);
    }
    if (a.action !== undefined) {
      const p = a.action;
      const listener = (p.action_id !== undefined ? this.actions.get(p.action_id) : undefined) ?? matchBlock(this.actionPatterns, p, a.context);
      return listener ? listener(args) : this.unrouted('action', p.action_id ?? p.block_id, a);
    }
    if (a.view !== undefined) {
      const type = a.body.type ?? '';
      const id = a.view.callback_id ?? '';
      const listener = this.views.get(type)?.get(id) ?? matchCallback(this.viewPatterns, type, id, a.context);
      return listener ? listener(args) : this.unrouted('view', id, a);
    }
    if (a.command !== undefined) {
      const name = a.command.command ?? '';
      const listener = this.commands.get(name) ?? matchCommand(this.commandPatterns, name);
      return listener ? listener(args) : this.unrouted('command', name, a);
    }
    if (a.shortcut !== undefined) {
      const type = a.body.type ?? '';
      const id = a.shortcut.callback_id ?? '';
      const listener = this.shortcuts.get(type)?.get(id) ?? matchCallback(this.shortcutPatterns, type, id, a.context);
      return listener ? listener(args) : this.unrouted('shortcut', id, a);
    }
    if (a.options !== undefined) {
      const p = a.options;
      const listener = (p.action_id !== undefined ? this.optionsById.get(p.action_id) : undefined) ?? matchBlock(this.optionsPatterns, p, a.context);
      return listener ? listener(args) : this.unrouted('options', p.action_id ?? p.block_id, a);
    }
    return this.unrouted('unknown', a.body.type, a);
  };

  /** Acknowledged (events already were, by Bolt) and logged: the user is not left waiting for Slack's timeout. */
  private async unrouted(kind: RouteKind | 'unknown', id: string | undefined, a: Routed): Promise<void> {
    this.logger.warn({ kind, id: typeof id === 'string' ? id.slice(0, 100) : null, type: a.body.type ?? null }, 'Slack request with no listener: acknowledged, nothing done');
    if (a.ack) await (kind === 'options' ? a.ack({ options: [] }) : a.ack());
  }
}

function once(map: Map<string, Listener>, kind: RouteKind, id: string, listener: Listener): void {
  if (map.has(id)) throw new Error(`Slack ${kind} "${id}" has two listeners: one request is routed to one listener`);
  map.set(id, listener);
}

/** Bolt's own way of running several listeners: together, errors gathered. */
async function all(list: readonly Listener[], args: Args): Promise<void> {
  const settled = await Promise.allSettled(list.map(async (l) => l(args)));
  const failed = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as Error] : []));
  if (failed.length === 1) throw failed[0];
  if (failed.length > 1) throw new MultipleListenerError(failed);
}

function test(pattern: Id | undefined, value: string | undefined, context: Record<string, unknown>, key: string): boolean {
  if (pattern === undefined) return true;
  if (value === undefined) return false;
  if (typeof pattern === 'string') return pattern === value;
  const m = value.match(pattern);
  if (m === null) return false;
  context[key] = m;
  return true;
}

function matchBlock(patterns: readonly BlockPattern[], p: { action_id?: string; block_id?: string }, context: Record<string, unknown>): Listener | undefined {
  for (const c of patterns) {
    if (test(c.block_id, p.block_id, context, 'blockIdMatches') && test(c.action_id, p.action_id, context, 'actionIdMatches')) return c.listener;
  }
  return undefined;
}

function matchCallback(patterns: readonly CallbackPattern[], type: string, id: string, context: Record<string, unknown>): Listener | undefined {
  for (const c of patterns) {
    if ((c.type === undefined || c.type === type) && test(c.callback_id, id, context, 'callbackIdMatches')) return c.listener;
  }
  return undefined;
}

function matchCommand(patterns: ReadonlyArray<{ name: RegExp; listener: Listener }>, name: string): Listener | undefined {
  for (const c of patterns) {
    if (c.name.test(name)) return c.listener;
  }
  return undefined;
}
