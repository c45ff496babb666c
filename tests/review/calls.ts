/** Small call-log transcripts for the review tests (`[hh:mm:ss] role: text`, one utterance a line). */
export function callLog(lines: [string, string][], startSec = 0, step = 6): string {
  return lines
    .map(([who, text], k) => {
      const s = startSec + k * step;
      const hh = String(Math.floor(s / 3600)).padStart(2, '0');
      const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
      const ss = String(s % 60).padStart(2, '0');
      return `[${hh}:${mm}:${ss}] ${who}: ${text}`;
    })
    .join('\n') + '\n';
}

/** A Japanese call with a threat and a sexual remark (review.test.ts, replay.test.ts). */
export const THREAT_CALL = callLog([
  ['オペレーター', 'お電話ありがとうございます。'],
  ['顧客', '昨日買った商品が壊れていたんだけど。'],
  ['オペレーター', '大変申し訳ございません。'],
  ['顧客', 'ふざけるな、殺すぞ。家まで行くからな。'],
  ['オペレーター', '落ち着いてください。'],
  ['顧客', '彼氏いるの？スタイルいいね、今度飲みに行こうよ。'],
  ['オペレーター', '業務に関係のないご質問にはお答えできません。'],
]);
