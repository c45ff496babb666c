/**
 * A Teams deep link to one message, from what the Bot Framework gave when it was posted: the
 * conversation id (a channel thread's carries `;messageid=<root>`), the activity id the Connector
 * answered with (which is the Teams message id), and the tenant. Nothing is fetched, so only the
 * documented parameters mamori knows are set (learn.microsoft.com, "Deep link to Teams chat":
 * navigate to channel conversation, navigate to chat messages). `groupId` is left out: it is the team's Entra group id, which
 * channelData.team.id (the team's thread id) is not; team and channel names and the creation time
 * are not known either, and Teams opens the message without them.
 */
import type { TeamsConversationType } from '../../flows/teams-store.js';

export interface TeamsMessageAt {
  /** conversation.id where it was posted, `;messageid=<root>` included for a reply in a channel thread. */
  conversationId: string;
  conversationType: TeamsConversationType;
  /** The activity id of the message. */
  messageId: string;
  /** channelData.tenant.id (the organisation's tenant). */
  tenantId?: string | undefined;
}

const THREAD = ';messageid=';
// Only ids of the shapes Teams gives are put in a link: anything else is not a message to open.
const CHANNEL_ID = /^19:[^/?#\s]+@thread\.(tacv2|skype)$/;
const CHAT_ID = /^19:[^/?#\s]+$/;
const MESSAGE_ID = /^[\w.-]+$/;

/**
 * The link to the message, or undefined where there is none to give: a personal chat (only its two
 * members could open it; the alert says the answer is private instead) or ids not of Teams' shapes.
 */
export function teamsMessageLink(at: TeamsMessageAt): string | undefined {
  const [base = '', root] = at.conversationId.split(THREAD);
  if (!MESSAGE_ID.test(at.messageId) || (root !== undefined && !MESSAGE_ID.test(root))) return undefined;
  const path = (id: string) => `https://teams.microsoft.com/l/message/${encodeURIComponent(id)}/${encodeURIComponent(at.messageId)}`;
  if (at.conversationType === 'groupChat') {
    return CHAT_ID.test(base) ? `${path(base)}?context=${encodeURIComponent(JSON.stringify({ contextType: 'chat' }))}` : undefined;
  }
  if (at.conversationType !== 'channel' || !CHANNEL_ID.test(base)) return undefined;
  // A root post is its own thread root; a reply opens inside the thread it answers.
  const query = [...(at.tenantId ? [`tenantId=${encodeURIComponent(at.tenantId)}`] : []), `parentMessageId=${root ?? at.messageId}`];
  return `${path(base)}?${query.join('&')}`;
}
