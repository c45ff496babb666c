/**
 * What the review is shown of a long call (src/review/candidates.ts): besides the engine's moments, the
 * turns its model was unsure about, so a model can add what the engine nearly found.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import { readTranscript } from '../../src/analysis/read.js';
import { selectCandidates } from '../../src/review/candidates.js';
import { callLog } from './calls.js';

const lines: [string, string][] = [];
for (let k = 0; k < 60; k += 1) {
  lines.push(['オペレーター', `ご注文の${k + 1}点目を確認いたします。`]);
  lines.push(['顧客', k === 41 ? 'ところで、あなたの帰り道って駅の裏の暗い道でしょう。' : `はい、${k + 1}点目もそれでお願いします。`]);
}
const text = callLog(lines);

describe('the review sees the turns the engine was unsure about', () => {
  it('names the veiled remark the engine did not flag, and the review is sent it on a tight budget', () => {
    const engine = analyzeFile(text, 'call.txt', { language: 'ja' });
    expect(engine.verdict).not.toBe('kasuhara');
    expect(engine.engine?.uncertain).toContain(83); // 「あなたの帰り道って駅の裏の暗い道でしょう」
    const transcript = readTranscript(new TextEncoder().encode(text), 'call.txt');
    const selection = selectCandidates(transcript, engine, 200);
    expect(selection.omitted).toBeGreaterThan(60);
    expect(selection.sent).toContain(83);
  });

  it('lists uncertain turns below the threshold only, most likely first, never staff turns', () => {
    const engine = analyzeFile(text, 'call.txt', { language: 'ja' });
    const transcript = readTranscript(new TextEncoder().encode(text), 'call.txt');
    const uncertain = engine.engine?.uncertain ?? [];
    expect(uncertain.length).toBeGreaterThan(0);
    for (const i of uncertain) expect(transcript.utterances[i]!.speaker).toBe('顧客');
  });
});
