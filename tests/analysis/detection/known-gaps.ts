/**
 * Sentences the engine does not handle yet (found by writing these cases independently of the dev corpus).
 * Their tests are expected to fail (`it.fails`): when a change fixes one, the test says so and the sentence
 * moves out of this list (the trained model of issue 13 moved 21 of 24 out; the 46-group model of 2026-12-08 one more,
 * "You said that, didn't you? You just said that!"). Most are single shouts or a demand made twice, which the engine deliberately does
 * not call harassment on their own (domain.md: a one-off outburst is not kasuhara).
 */
export const KNOWN_GAPS: ReadonlySet<string> = new Set([
  "おいわかってんのかって",
  "I'm a platinum member, so you bring it to my house today, personally.",
  // Found only by patterns written for these very sentences; those patterns matched no customer utterance in
  // the corpus's 24 groups and were deleted (tests/eval/unused-patterns.test.ts). Data, not patterns, brings them back.
  "No. You come to my house right now and fix it yourself.",
  "I'm calling the news. Channel 5 is gonna hear about you people.",
]);

/**
 * Ordinary sentences the trained model flags when they are the one customer line of a three-line call:
 * its character n-grams (るまで, 日本人, idiot) lean toward harassment with nothing around them to
 * say otherwise. In full calls such false alarms are rarer (cross-validation: normals flagged, README).
 * Expected to fail until more varied ordinary speech is in the corpus; a fix moves a sentence out.
 */
export const KNOWN_FALSE_ALARMS: ReadonlySet<string> = new Set([
  "荷物が出てくるまで待ちます。",
  "Where are you from? Your shop is lovely.",
  "I felt like an idiot standing at the register.",
  "納得できるまで説明してください。",
  // Passed with the 31-group model and fails again with the 37-group one (the 日本人 n-grams): it sits on
  // the threshold, and the fix is more ordinary speech about places and people, not a rule for it.
  "この地域は日本人の方が多いですね。",
  // Flagged by the 46-group model (2026-12-08): the fifth round's restraint and persistence calls (「話はまだ終わって
  // ない」 said to keep staff on the line) taught the model these words; said once, politely, they are ordinary.
  "話はまだ終わってないです、もう少し聞いてください。",
]);
