/** The Teams deep link to a message, from the ids the Bot Framework gave when it was posted. */
import { describe, expect, it } from 'vitest';
import { teamsMessageLink } from '../../../src/bots/teams/message-link.js';

const TENANT = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const CHANNEL = '19:a1b2c3@thread.tacv2';

function parts(url: string) {
  const u = new URL(url);
  const [, , kind, conversation, message] = u.pathname.split('/');
  return { origin: u.origin, kind, conversation: decodeURIComponent(conversation!), message: decodeURIComponent(message!), query: Object.fromEntries(u.searchParams) };
}

describe('teamsMessageLink', () => {
  it('a root post in a channel is its own thread root', () => {
    const url = teamsMessageLink({ conversationId: `${CHANNEL};messageid=1700000000001`, conversationType: 'channel', messageId: '1700000000001', tenantId: TENANT })!;
    expect(parts(url)).toEqual({
      origin: 'https://teams.microsoft.com', kind: 'message', conversation: CHANNEL, message: '1700000000001',
      query: { tenantId: TENANT, parentMessageId: '1700000000001' },
    });
  });

  it('a channel post without the thread suffix is still its own root', () => {
    const url = teamsMessageLink({ conversationId: CHANNEL, conversationType: 'channel', messageId: '1700000000001', tenantId: TENANT })!;
    expect(parts(url).query).toEqual({ tenantId: TENANT, parentMessageId: '1700000000001' });
  });

  it('a reply in a channel thread links the reply, under the thread root', () => {
    const url = teamsMessageLink({ conversationId: `${CHANNEL};messageid=1700000000001`, conversationType: 'channel', messageId: '1700000000999', tenantId: TENANT })!;
    const p = parts(url);
    expect(p.conversation).toBe(CHANNEL);
    expect(p.message).toBe('1700000000999');
    expect(p.query).toEqual({ tenantId: TENANT, parentMessageId: '1700000000001' });
  });

  it('a group chat message is opened as a chat', () => {
    const url = teamsMessageLink({ conversationId: '19:meeting_abc@thread.v2', conversationType: 'groupChat', messageId: '1700000000555', tenantId: TENANT })!;
    const p = parts(url);
    expect(p.conversation).toBe('19:meeting_abc@thread.v2');
    expect(p.message).toBe('1700000000555');
    expect(p.query).toEqual({ context: '{"contextType":"chat"}' });
  });

  it('a personal chat has no link (the alert says the answer is private instead)', () => {
    expect(teamsMessageLink({ conversationId: 'a:staff-chat', conversationType: 'personal', messageId: '1', tenantId: TENANT })).toBeUndefined();
  });

  it('ids not of the shapes Teams gives make no link, so nothing odd ends up in a card', () => {
    expect(teamsMessageLink({ conversationId: '19:odd (id)@thread.v2', conversationType: 'groupChat', messageId: '1' })).toBeUndefined();
    expect(teamsMessageLink({ conversationId: CHANNEL, conversationType: 'channel', messageId: "1'2" })).toBeUndefined();
    expect(teamsMessageLink({ conversationId: `${CHANNEL};messageid=x y`, conversationType: 'channel', messageId: '1' })).toBeUndefined();
    // A meeting chat is not a channel, whatever the caller says.
    expect(teamsMessageLink({ conversationId: '19:meeting_x@thread.v2', conversationType: 'channel', messageId: '1' })).toBeUndefined();
  });

  it('the link is one https URL the card renderer accepts as a link', () => {
    for (const conversationType of ['channel', 'groupChat'] as const) {
      expect(teamsMessageLink({ conversationId: CHANNEL, conversationType, messageId: '1700000000001', tenantId: TENANT })).toMatch(/^https:\/\/[^\s()]+$/);
    }
  });
});
