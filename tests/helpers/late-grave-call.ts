import type { AnalysisResult, Category } from '../../src/analysis/result.js';

/**
 * A long call whose gravest moments come late: a 55-point remark first, violence (95), a threat (92)
 * and 土下座 (93) after twenty other moments, and two remarks at an equal 80 (abuse before a sexual
 * one in time). The thread and the card show the gravest first, each with its time; 全文を見る shows
 * every moment in time order.
 */
export function lateGraveCall(): AnalysisResult {
  const at = (i: number, score: number, categories: Category[], text: string) =>
    ({ start: i * 60, end: i * 60 + 5, line: i + 1, speaker: '顧客', text, categories, score });
  const excerpts = [
    at(0, 55, ['abuse'], '最初の55点の発言'),
    ...Array.from({ length: 20 }, (_, i) => at(i + 1, 60, ['persistence'], `繰り返し${i + 1}`)),
    at(21, 80, ['abuse'], '同点の暴言'),
    at(22, 80, ['sexual'], '同点の性的な発言'),
    at(23, 93, ['apology_coercion'], '土下座しろ'),
    at(24, 92, ['threat'], 'ネットに晒してやる'),
    at(25, 95, ['physical'], '殴ってやる'),
    at(26, 60, ['persistence'], '最後の発言'),
  ];
  return {
    schemaVersion: 1, file: 'late.vtt', language: 'ja', durationSec: 1800, verdict: 'kasuhara', risk: 100, level: 'high',
    categories: ['physical', 'threat', 'apology_coercion', 'sexual', 'abuse', 'persistence'], speakers: [],
    staffStress: { score: 80, factors: [] }, excerpts, advice: [], warnings: [],
  };
}
