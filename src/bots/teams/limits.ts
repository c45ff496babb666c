/**
 * Microsoft Teams' limits, in one place: every renderer and sender goes through these, so a limit is
 * never rediscovered in production.
 */
export const TEAMS_LIMITS = {
  /** A bot message (text + attachments) may be about 28 KB; keep a margin for the activity envelope. */
  maxMessageBytes: 28 * 1024,
  /** What one Adaptive Card's JSON may take so that the message around it stays under maxMessageBytes. */
  maxCardBytes: 24 * 1024,
  /** Adaptive Card schema version Teams renders for bot messages (Action.Execute needs 1.4+). */
  cardVersion: '1.5',
  /** One TextBlock's text, beyond which Teams truncates awkwardly. */
  maxTextChars: 2000,
  /** An excerpt's quote in a card (the full text stays in the result). */
  maxQuoteChars: 600,
  /** Buttons in a card's action bar (Teams shows up to six). */
  maxActions: 6,
  /** A button's title. */
  maxActionTitleChars: 40,
  /** Excerpts the answer card shows before "n more" (the rest come with 全文を見る, paged). */
  answerExcerpts: 5,
  /** Timeline picture size for a card (inline data URI, so small). */
  timelineWidth: 420,
  timelineHeight: 115,
  /** Bytes of a file downloaded from Teams (transcripts and recordings). */
  maxDownloadBytes: 500 * 1024 * 1024,
  /** A pasted transcript: Teams caps a message at ~28 KB anyway. */
  minPastedTranscriptChars: 80,
  /** Bytes of an incoming activity the endpoint reads (cards are posted back in invokes). */
  maxRequestBytes: 512 * 1024,
  /** Graph 429: a Retry-After up to this is waited for inside the job; longer ones retry the job later. */
  maxInlineRetryAfterSeconds: 10,
} as const;
