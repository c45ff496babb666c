/**
 * Bolt acknowledges an Events API request before its listeners run, and forgets it: a process that dies
 * after the acknowledgement would lose the event (Slack does not send an acknowledged event again).
 * This App records each event mamori acts on before Bolt acknowledges it (flows/actions/inbox.ts) and
 * marks it done after the listeners finish; `resume` handles again those a dead process left.
 */
import { App, type AppOptions, type ReceiverEvent } from '@slack/bolt';
import { eventHandled, receiveEvent, resumeStalledEvents, type InboxPolicy, DEFAULT_INBOX_POLICY } from '../../flows/actions/inbox.js';
import type { ActionDeps } from '../../flows/actions/deps.js';

interface EventCallback {
  type?: string;
  event_id?: string;
  event?: { type?: string; subtype?: string; bot_id?: string; channel_type?: string; files?: unknown[] };
}

/** The events whose listeners start work (intake, help, thread replies): the rest (App Home, edits) are not kept. */
export function keptEventId(body: unknown): string | undefined {
  const b = body as EventCallback;
  if (b?.type !== 'event_callback' || typeof b.event_id !== 'string' || !b.event) return undefined;
  const e = b.event;
  if (e.type === 'app_mention') return b.event_id;
  if (e.type === 'message' && !e.bot_id && (e.subtype === undefined || e.subtype === 'file_share')) return b.event_id;
  return undefined;
}

export class DurableApp extends App {
  /**
   * Decides before anything is stored or run whether the request is for our installation
   * (installation.ts); refused requests are acknowledged, so Slack does not resend them, and dropped.
   */
  gate: ((body: unknown) => Promise<boolean>) | null = null;
  onRefused: (body: unknown) => void = () => {};

  constructor(
    options: AppOptions,
    private readonly inbox: Pick<ActionDeps, 'database' | 'logger'>,
    private readonly policy: InboxPolicy = DEFAULT_INBOX_POLICY,
  ) {
    super(options);
  }

  override async processEvent(event: ReceiverEvent): Promise<void> {
    if (this.gate && !(await this.gate(event.body))) {
      this.onRefused(event.body);
      await event.ack();
      return;
    }
    const eventId = keptEventId(event.body);
    if (!eventId) return super.processEvent(event);
    // If this throws (the database is down) nothing is acknowledged: the receiver answers 500 and Slack retries.
    if (!(await receiveEvent(this.inbox, 'slack', eventId, event.body, this.policy))) {
      await event.ack(); // a redelivery of an event already kept
      return;
    }
    await super.processEvent(event);
    await eventHandled(this.inbox, 'slack', eventId);
  }

  /** Handles again the events a dead process acknowledged but did not finish. */
  resume(): Promise<number> {
    return resumeStalledEvents(this.inbox, 'slack', (body) =>
      super.processEvent({ body: body as ReceiverEvent['body'], ack: async () => {} }), this.policy);
  }
}
