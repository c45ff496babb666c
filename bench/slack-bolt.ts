/**
 * Bolt's work per request, in this process, without HTTP or a database: the CPU `App.processEvent` spends from
 * a request's body to its listener, and after it. Every listener mamori registers is registered, each replaced
 * by one that does nothing, so what is measured is Bolt and the routing alone, three ways in the same run:
 * - routed: as the app runs (src/bots/slack/router.ts: one middleware, one lookup);
 * - Bolt's chains: the same listeners registered on Bolt itself (app.event, app.action, …), one chain each,
 *   as the app ran before: every chain runs for every request;
 * - the floor: a Bolt app with one listener.
 * Two requests: the burst's (a file shared in a DM, message/file_share) and a button press (block_actions).
 *
 *   npm run bench -- slack   (the rows "Bolt work per request")
 */
import { App, type AllMiddlewareArgs, type AnyMiddlewareArgs, type Receiver } from '@slack/bolt';
import { register as registerActions } from '../src/bots/slack/listeners/actions/index.js';
import { register as registerCommands } from '../src/bots/slack/listeners/commands/index.js';
import { register as registerEvents } from '../src/bots/slack/listeners/events/index.js';
import { register as registerMessages } from '../src/bots/slack/listeners/messages/index.js';
import { register as registerShortcuts } from '../src/bots/slack/listeners/shortcuts/index.js';
import { register as registerViews } from '../src/bots/slack/listeners/views/index.js';
import type { SlackContext } from '../src/bots/slack/context.js';
import { SlackRouter, type SlackRoutes } from '../src/bots/slack/router.js';
import { silentLogger } from '../src/logger.js';

export interface BoltWork {
  /** Listener registrations (Bolt's listener chains before the router). */
  listeners: number;
  /** CPU µs per request, median of the rounds. */
  routedEventUs: number;
  routedActionUs: number;
  chainsEventUs: number;
  chainsActionUs: number;
  floorEventUs: number;
  iterations: number;
}

type Kind = 'event' | 'action' | 'view' | 'command' | 'shortcut' | 'options';
type Registration = [kind: Kind, id: unknown];

const idle = async (_args: AnyMiddlewareArgs & AllMiddlewareArgs) => {};

/** Every registration the listener folders make, in order (their listeners are not kept). */
export function registrations(): Registration[] {
  const seen: Registration[] = [];
  const record = (kind: Kind) => (id: unknown) => { seen.push([kind, id]); };
  const routes = { event: record('event'), action: record('action'), view: record('view'), command: record('command'), shortcut: record('shortcut'), options: record('options') } as unknown as SlackRoutes;
  // Listener factories only close over the context; nothing of it is read while registering.
  const ctx = {} as SlackContext;
  for (const register of [registerEvents, registerMessages, registerShortcuts, registerActions, registerViews, registerCommands]) register(routes, ctx);
  return seen;
}

const receiver: Receiver = { init: () => {}, start: async () => {}, stop: async () => {} };

function boltApp(): App {
  return new App({
    receiver,
    authorize: async () => ({ botToken: 'xoxb-bench', botId: 'B-bench', botUserId: 'U-bench', teamId: 'T1' }),
    convoStore: false,
    logger: { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'error' as never, setName() {} },
  });
}

function routedApp(list: Registration[]): App {
  const app = boltApp();
  const router = new SlackRouter(silentLogger);
  for (const [kind, id] of list) (router[kind] as (id: unknown, l: typeof idle) => void).call(router, id, idle);
  app.use(router.dispatch as never);
  return app;
}

function chainsApp(list: Registration[]): App {
  const app = boltApp();
  for (const [kind, id] of list) (app[kind] as (id: unknown, l: typeof idle) => void).call(app, id, idle);
  return app;
}

function floorApp(): App {
  const app = boltApp();
  app.event('message', idle);
  return app;
}

let n = 0;
const fileEvent = () => ({
  type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev-bolt-${++n}`, event_time: 1800000000,
  event: { type: 'message', subtype: 'file_share', channel: 'D1', channel_type: 'im', user: 'U1', ts: '1800000000.000100', text: '', files: [{ id: 'F1', name: 'call.vtt' }] },
});
const buttonPress = () => ({
  type: 'block_actions', api_app_id: 'A1', trigger_id: 'trig', user: { id: 'U1', team_id: 'T1', username: 'x', name: 'x' }, team: { id: 'T1', domain: 'x' },
  channel: { id: 'D1', name: 'x' }, container: { type: 'message', message_ts: '1800000000.000100', channel_id: 'D1', is_ephemeral: false },
  message: { type: 'message', ts: '1800000000.000100', text: '' },
  actions: [{ type: 'button', action_id: 'show_all', block_id: 'b', value: 'a1', text: { type: 'plain_text', text: 'x' }, action_ts: '1800000000.0001' }],
});

const ack = async () => {};

/** CPU µs per request: `iterations` requests one after another, median of `rounds`. */
async function perRequest(app: App, body: () => Record<string, unknown>, iterations: number, rounds: number): Promise<number> {
  const run = async () => {
    for (let i = 0; i < iterations; i++) await app.processEvent({ body: body(), ack });
  };
  await run(); // warm
  const us: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    await run();
    const c = process.cpuUsage(c0);
    us.push((c.user + c.system) / iterations);
  }
  us.sort((a, b) => a - b);
  return Math.round(us[Math.floor((rounds - 1) / 2)]! * 10) / 10;
}

export async function benchBoltWork(options: { iterations?: number; rounds?: number } = {}): Promise<BoltWork> {
  const iterations = options.iterations ?? 1000;
  const rounds = options.rounds ?? 5;
  const list = registrations();
  // The floor first, Bolt's chains last: their garbage is not collected on the others' time.
  const floorEventUs = await perRequest(floorApp(), fileEvent, iterations, rounds);
  const routed = routedApp(list);
  const routedEventUs = await perRequest(routed, fileEvent, iterations, rounds);
  const routedActionUs = await perRequest(routed, buttonPress, iterations, rounds);
  const chains = chainsApp(list);
  const chainsEventUs = await perRequest(chains, fileEvent, iterations, rounds);
  const chainsActionUs = await perRequest(chains, buttonPress, iterations, rounds);
  return { listeners: list.length, routedEventUs, routedActionUs, chainsEventUs, chainsActionUs, floorEventUs, iterations };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchBoltWork());
