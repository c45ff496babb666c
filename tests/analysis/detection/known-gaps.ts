/**
 * Sentences the engine does not handle yet (found by writing these cases independently of the dev corpus).
 * Their tests are expected to fail (`it.fails`): when a change fixes one, the test says so and the sentence
 * moves out of this list. Most are single shouts or a demand made twice, which the engine deliberately does
 * not call harassment on their own (domain.md: a one-off outburst is not kasuhara).
 */
export const KNOWN_GAPS: ReadonlySet<string> = new Set([
  "てめえ、ちょっとこっち来い!",
  "おい!聞いてんのか!",
  "ふざけるな!なんで届かないんだ!",
  "言ったよな?今そう言ったよな?",
  "どう責任取るんだよ!",
  "おいわかってんのかって",
  "電話に出たあの担当、クビにしろ",
  "俺は常連なんだから、俺だけ特別に今日中に持ってこい",
  "さっきの答えじゃ納得できないって言ってるでしょ",
  "明日も明後日も、返事が変わるまで毎日電話するからね",
  "何度でもかけるからね、ポイント戻すまで",
  "だからなんかいもいってるじゃんへんきんしてって",
  "同じこと何回聞かれても答えは一緒だよ、こっちも。値引きしろ",
  "外国人には分かんないだろうな、日本の店のルールは",
  "Hey! Are you listening to me?!",
  "What are you going to do about it?!",
  "Shut up and listen! Don't you interrupt me!",
  "You said that, didn't you? You just said that!",
  "hey hey HEY are you even listening",
  "I'm a platinum member, so you bring it to my house today, personally.",
  "How many times do I have to say it? Refund me.",
  "I'm not accepting that answer. Say something else.",
  "I've called every day this week and I'll call again tomorrow, and the day after.",
  "i told you like ten times already just give me the refund",
]);
