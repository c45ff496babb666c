/**
 * Routing (src/bots/slack/router.ts): each request reaches the one listener registered for its kind and id, through
 * Bolt's own processEvent (real bodies, Bolt's arguments); a request no listener is registered for is acknowledged
 * and logged; every registration the listener folders make is reachable; and over HTTP, the app has no Bolt
 * listener chains and answers an unknown button at once (Bolt alone let it time out into a 404).
 */
import { App, MultipleListenerError, type AllMiddlewareArgs, type AnyMiddlewareArgs, type Receiver } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register as registerActions } from '../../../src/bots/slack/listeners/actions/index.js';
import { register as registerCommands } from '../../../src/bots/slack/listeners/commands/index.js';
import { register as registerEvents } from '../../../src/bots/slack/listeners/events/index.js';
import { register as registerMessages } from '../../../src/bots/slack/listeners/messages/index.js';
import { register as registerShortcuts } from '../../../src/bots/slack/listeners/shortcuts/index.js';
import { register as registerViews } from '../../../src/bots/slack/listeners/views/index.js';
import type { SlackContext } from '../../../src/bots/slack/context.js';
import { SlackRouter, type RouteKind, type SlackRoutes } from '../../../src/bots/slack/router.js';
import { createLogger } from '../../../src/logger.js';
import { press, startHarness, type Harness } from './harness.js';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
type Log = { level: number; msg: string; kind?: string; id?: string | null };

const receiver: Receiver = { init: () => {}, start: async () => {}, stop: async () => {} };
const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'error' as never, setName() {} };

/** A Bolt app routed by `router`, as src/bots/slack/app.ts builds it (no network: a receiver that does nothing). */
function routedApp(build: (router: SlackRouter) => void) {
  const logs: Log[] = [];
  const router = new SlackRouter(createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Log) }));
  build(router);
  const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-t', botId: 'B-self', botUserId: 'U-self', teamId: 'T1' }), convoStore: false, logger: quiet });
  app.use(router.dispatch);
  const errors: Error[] = [];
  app.error(async (e) => void errors.push(e));
  /** Processes one request; `acks` are the bodies it was acknowledged with. */
  const send = async (body: Record<string, unknown>) => {
    const acks: unknown[] = [];
    await app.processEvent({ body, ack: async (r?: unknown) => void acks.push(r ?? null) });
    return acks;
  };
  return { app, send, logs, errors };
}

const event = (e: Record<string, unknown>) => ({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${Math.random()}`, event_time: 1, event: { channel: 'D1', user: 'U1', ts: '1.000100', ...e } });
const action = (actionId: string, blockId = 'b') => ({
  type: 'block_actions', api_app_id: 'A1', trigger_id: 'trig', user: { id: 'U1', team_id: 'T1', username: 'x', name: 'x' }, team: { id: 'T1', domain: 'x' },
  channel: { id: 'D1', name: 'x' }, container: { type: 'message', message_ts: '1.000100', channel_id: 'D1', is_ephemeral: false }, message: { type: 'message', ts: '1.000100', text: '' },
  actions: [{ type: 'button', action_id: actionId, block_id: blockId, value: 'v', text: { type: 'plain_text', text: 'x' }, action_ts: '1.1' }],
});
const view = (callbackId: string, type = 'view_submission') => ({ type, api_app_id: 'A1', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1', domain: 'x' }, view: { id: 'V1', callback_id: callbackId, private_metadata: '', state: { values: {} } } });
const command = (name: string) => ({ token: 'legacy', team_id: 'T1', channel_id: 'C1', user_id: 'U1', command: name, text: '', api_app_id: 'A1', trigger_id: 'trig' });
const shortcut = (callbackId: string, type = 'message_action') => ({
  type, callback_id: callbackId, trigger_id: 'trig', action_ts: '1.1', team: { id: 'T1', domain: 'x' }, user: { id: 'U1', team_id: 'T1' },
  ...(type === 'message_action' ? { channel: { id: 'C1', name: 'x' }, message: { type: 'message', ts: '1.000100', text: '' }, message_ts: '1.000100', response_url: 'http://127.0.0.1:9/r' } : {}),
});
const suggestion = (actionId: string) => ({ type: 'block_suggestion', action_id: actionId, block_id: 'b', value: 'ab', api_app_id: 'A1', team: { id: 'T1', domain: 'x' }, user: { id: 'U1', team_id: 'T1' } });

/** A listener that records its name and acknowledges as mamori's do. */
function listener(hits: string[], name: string) {
  return async (args: Args) => {
    hits.push(name);
    if ('ack' in args && args.ack) await (args.ack as () => Promise<void>)();
  };
}

describe('SlackRouter: one request, one listener', () => {
  it('routes each kind to its listener by type and id, with the arguments a Bolt listener gets', async () => {
    const hits: string[] = [];
    const seen: Args[] = [];
    const { send, logs } = routedApp((r) => {
      r.event('app_home_opened', listener(hits, 'home'));
      r.event('message', async (a) => { seen.push(a as Args); hits.push('message'); });
      r.action('show_all', listener(hits, 'show_all'));
      r.action('other', listener(hits, 'other'));
      r.view('feedback_note', listener(hits, 'view'));
      r.command('/mamori-admin', listener(hits, 'command'));
      r.shortcut({ callback_id: 'analyse_call', type: 'message_action' }, listener(hits, 'shortcut'));
      r.options('pick', async ({ ack }) => { hits.push('options'); await ack({ options: [] }); });
    });
    await send(event({ type: 'app_home_opened', tab: 'home' }));
    await send(event({ type: 'message', channel_type: 'im', text: 'hi' }));
    expect(await send(action('show_all'))).toEqual([null]);
    expect(await send(view('feedback_note'))).toEqual([null]);
    expect(await send(command('/mamori-admin'))).toEqual([null]);
    expect(await send(shortcut('analyse_call'))).toEqual([null]);
    expect(await send(suggestion('pick'))).toEqual([{ options: [] }]);
    expect(hits).toEqual(['home', 'message', 'show_all', 'view', 'command', 'shortcut', 'options']);
    expect(logs.filter((l) => l.level >= 40)).toEqual([]);
    const a = seen[0]!;
    expect(a.client).toBeDefined();
    expect(a.context.botUserId).toBe('U-self');
    expect((a as unknown as { message: unknown }).message).toBe((a as unknown as { event: unknown }).event);
    expect(typeof (a as unknown as { say: unknown }).say).toBe('function');
    expect(await a.next()).toBeUndefined(); // a no-op, as Bolt gives its listeners
  });

  it('acknowledges and logs a request no listener is registered for, and calls no listener', async () => {
    const hits: string[] = [];
    const { send, logs } = routedApp((r) => {
      r.action('show_all', listener(hits, 'show_all'));
      r.view('feedback_note', listener(hits, 'view'));
      r.shortcut({ callback_id: 'analyse_call', type: 'message_action' }, listener(hits, 'shortcut'));
      r.event('message', listener(hits, 'message'));
    });
    expect(await send(action('no_such_button'))).toEqual([null]);
    expect(await send(view('no_such_modal'))).toEqual([null]);
    expect(await send(view('feedback_note', 'view_closed'))).toEqual([null]); // a view listener is for submissions
    expect(await send(command('/no-such-command'))).toEqual([null]);
    expect(await send(shortcut('analyse_call', 'shortcut'))).toEqual([null]); // registered for message shortcuts only
    expect(await send(suggestion('no_such_select'))).toEqual([{ options: [] }]);
    expect(await send(event({ type: 'reaction_added' }))).toEqual([null]); // Bolt acknowledges events itself
    expect(hits).toEqual([]);
    const warned = logs.filter((l) => l.level === 40 && l.msg === 'Slack request with no listener: acknowledged, nothing done').map((l) => [l.kind, l.id]);
    expect(warned).toEqual([
      ['action', 'no_such_button'], ['view', 'no_such_modal'], ['view', 'feedback_note'], ['command', '/no-such-command'],
      ['shortcut', 'analyse_call'], ['options', 'no_such_select'], ['event', 'reaction_added'],
    ]);
  });

  it('runs every listener of an event type together and reports their errors as Bolt does', async () => {
    const hits: string[] = [];
    const boom = (m: string) => async () => { hits.push(m); throw new Error(m); };
    const one = routedApp((r) => { r.event('message', listener(hits, 'a')); r.event('message', boom('b')); });
    await one.send(event({ type: 'message', text: 'x' }));
    expect(hits).toEqual(['a', 'b']);
    expect(one.errors.map((e) => e.message)).toEqual(['b']);
    const two = routedApp((r) => { r.event('message', boom('c')); r.event('message', boom('d')); });
    await two.send(event({ type: 'message', text: 'x' }));
    expect(two.errors).toHaveLength(1);
    expect(two.errors[0]).toBeInstanceOf(MultipleListenerError);
    const single = routedApp((r) => r.action('show_all', boom('e')));
    await single.send(action('show_all'));
    expect(single.errors.map((e) => e.message)).toEqual(['e']);
  });

  it('tries patterns only when no exact id matched, in order, and refuses one id registered twice', async () => {
    const hits: string[] = [];
    const { send } = routedApp((r) => {
      r.action(/^row_(\d+)$/, async (a) => { hits.push(`row ${(a.context.actionIdMatches as string[])[1]}`); await a.ack(); });
      r.action('row_1', listener(hits, 'exact'));
      r.action({ block_id: /^charge:/ }, listener(hits, 'block'));
      r.view(/^modal_/, listener(hits, 'modal pattern'));
    });
    await send(action('row_1'));
    await send(action('row_7'));
    await send(action('anything', 'charge:a1'));
    await send(view('modal_x'));
    expect(hits).toEqual(['exact', 'row 7', 'block', 'modal pattern']);
    const r = new SlackRouter(createLogger('silent'));
    r.action('x', async () => {});
    expect(() => r.action('x', async () => {})).toThrow(/two listeners/);
    expect(() => r.event('message.im', async () => {})).toThrow(/not an event type/);
  });

  it('reaches every listener the listener folders register, each with a request of its kind and id', async () => {
    const registered: Array<{ kind: RouteKind; id: unknown; name: string }> = [];
    const hits: string[] = [];
    const { app, send } = routedApp((router) => {
      const record = (kind: RouteKind) => (id: unknown) => {
        const name = `${kind} ${JSON.stringify(id)} #${registered.length}`;
        registered.push({ kind, id, name });
        (router[kind] as (id: unknown, l: unknown) => void).call(router, id, listener(hits, name));
      };
      const routes = { event: record('event'), action: record('action'), view: record('view'), command: record('command'), shortcut: record('shortcut'), options: record('options') } as unknown as SlackRoutes;
      const ctx = {} as SlackContext; // listener factories only close over it
      for (const register of [registerEvents, registerMessages, registerShortcuts, registerActions, registerViews, registerCommands]) register(routes, ctx);
    });
    expect(registered.length).toBeGreaterThan(60);
    expect((app as unknown as { listeners: unknown[] }).listeners).toEqual([]); // no Bolt listener chain at all
    for (const r of registered) {
      hits.length = 0;
      const id = r.id as string & { callback_id: string; type: string };
      const body = r.kind === 'event' ? event({ type: id, text: '', tab: 'home' })
        : r.kind === 'action' ? action(id)
          : r.kind === 'view' ? view(id)
            : r.kind === 'command' ? command(id)
              : r.kind === 'shortcut' ? shortcut(id.callback_id, id.type)
                : suggestion(id);
      await send(body);
      // A message reaches both message listeners (as with Bolt); anything else exactly its own.
      const expected = registered.filter((o) => o.kind === r.kind && JSON.stringify(o.id) === JSON.stringify(r.id)).map((o) => o.name);
      expect(hits, r.name).toEqual(expected);
    }
  });
});

describe('the Slack app over HTTP', () => {
  let h: Harness;
  const logs: Log[] = [];

  beforeAll(async () => {
    h = await startHarness({ logger: createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Log) }) });
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('has no Bolt listener chains: every listener is on the router', () => {
    expect((h.adapter.app as unknown as { listeners: unknown[] }).listeners).toEqual([]);
  });

  it('acknowledges a button with an unknown action id at once (200) and logs it', async () => {
    const res = await press(h, 'retired_button', 'v', 'U-staff', 'D-staff', { ts: '1700000000.000100' });
    expect(res.status).toBe(200); // Bolt alone: no listener, no ack, 404 after its timeout
    expect(logs.some((l) => l.level === 40 && l.kind === 'action' && l.id === 'retired_button')).toBe(true);
  });
});
