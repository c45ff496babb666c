/**
 * Today's boundary violations, each one a debt: tests/architecture/boundaries.test.ts fails on any violation
 * not listed here (so no new one can land) and on any line here that no longer happens (so a fixed one is
 * struck off and cannot come back). The list only shrinks; the goal of issue 16 is an empty list.
 * Format: `rule: from → to`, as `npx depcruise src` names the rule; `feature-cycle: A → B` is an import
 * between two features that lies on a cycle (the test's failure message names the files behind it).
 */
export const KNOWN_VIOLATIONS: string[] = [
  // Adapters that still read or write the database themselves (issue 16, item 2): each moves behind a
  // repository interface that a flow uses.
  'bots-not-to-db: src/bots/http/export-download.ts → src/db/connection.ts',
  'bots-not-to-db: src/bots/http/file-download.ts → src/db/connection.ts',
  'bots-not-to-db: src/bots/teams/bot.ts → src/db/connection.ts',
  'bots-not-to-db: src/bots/teams/file-source.ts → src/db/connection.ts',
  'bots-not-to-db: src/bots/teams/meeting-watch.ts → src/db/connection.ts',
  'bots-not-to-db: src/bots/teams/meeting-watch.ts → src/db/repo/events.ts',
  'bots-not-to-db: src/bots/teams/messenger.ts → src/db/connection.ts',
  'bots-not-to-db: src/bots/teams/runtime.ts → src/db/connection.ts',

  // The default model is a committed file read at import; analysis should receive it as data.
  'analysis-no-node-io: src/analysis/model/default-model.ts → fs',

  // Folder-level cycles. The shared utilities living inside one feature (tokenizer, time, the worker loop)
  // and the review config type that db borrows tie most features into one knot.
];
