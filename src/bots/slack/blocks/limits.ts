/**
 * Slack's Block Kit limits, in one place (docs.slack.dev/reference/block-kit). Every renderer goes
 * through these helpers, so a limit is never rediscovered in production as an invalid_blocks error.
 */
export const LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  homeBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  imageAltText: 2000,
  imageUrl: 3000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  /** The top-level `text` of chat.postMessage (truncated by Slack beyond 40,000; keep far below). */
  messageText: 4000,
} as const;

/** Cuts `text` to at most `max` characters (code points, never splitting a surrogate pair), marking the cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export const clipSection = (t: string) => clip(t, LIMITS.sectionText);
export const clipField = (t: string) => clip(t, LIMITS.fieldText);
export const clipHeader = (t: string) => clip(t, LIMITS.headerText);
export const clipButton = (t: string) => clip(t, LIMITS.buttonText);
export const clipContext = (t: string) => clip(t, LIMITS.contextText);
export const clipModalTitle = (t: string) => clip(t, LIMITS.modalTitle);
export const clipMessageText = (t: string) => clip(t, LIMITS.messageText);

export type Surface = 'message' | 'modal' | 'home';

export function maxBlocks(surface: Surface): number {
  return surface === 'message' ? LIMITS.messageBlocks : surface === 'modal' ? LIMITS.modalBlocks : LIMITS.homeBlocks;
}

/** Escapes user text for mrkdwn (Slack's three control characters). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Free text in the view model may carry what a member typed (a question, an answer, an event's
 * description). Slack turns <!channel>, <!here>, <!everyone> and <!subteam^…> into notifications for
 * everyone, so such a sequence is shown as text, never sent as a broadcast; links and user mentions the
 * flows write themselves stay.
 */
export function defuseBroadcasts(text: string): string {
  return text.replace(/<!/g, '&lt;!');
}
