/**
 * Inputs written to stall the engine (issue 14), timed in process: each must be analysed or refused
 * in well under a second, whatever its shape. The tests (tests/analysis/hostile-input.test.ts) assert
 * that the work grows linearly; this shows what that means in time.
 *
 *   tsx bench/hostile.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median } from './analysis.js';

export interface HostileCase {
  name: string;
  bytes: number;
  /** Median of the runs, ms. */
  ms: number;
  /** What happened: the verdict, or the start of the refusal. */
  outcome: string;
}

/** Each case answers within this, analysed or refused. */
export const TARGET_HOSTILE_MS = 1000;

function jsonOneSegment(text: string): string {
  return JSON.stringify({ segments: [{ start: 0, end: 60, speaker: '顧客', text }, { start: 60, end: 62, speaker: '担当', text: '申し訳ございません。' }] });
}

function cases(): Array<{ name: string; data: () => Uint8Array | string; file: string }> {
  const kanji = [...'亜唖娃阿哀愛挨姶逢葵茜穐悪握渥旭葦芦鯵梓圧斡扱宛姐虻飴絢綾鮎或粟袷安庵按暗案闇鞍杏以伊位依偉囲夷委威尉惟意慰易椅為畏異移維緯胃'];
  return [
    { name: 'two 100,000-character lines of 一', file: 'long-lines.txt', data: () => `顧客: ${'一'.repeat(99_990)}\n担当: ${'一'.repeat(99_990)}\n` },
    { name: '「殺すぞ」×24,000 in one segment (JSON)', file: 'quoted.json', data: () => jsonOneSegment('「殺すぞ」'.repeat(24_000)) },
    { name: '50,000 unclosed quotes in one segment (JSON)', file: 'unclosed.json', data: () => jsonOneSegment('「殺すぞ'.repeat(50_000)) },
    {
      name: '20,000 different demands, each refused',
      file: 'demands.txt',
      data: () => {
        const k = kanji.length;
        const subject = (i: number) => `${kanji[i % k]}${kanji[Math.floor(i / k) % k]}${kanji[Math.floor(i / k / k) % k]}`;
        return Array.from({ length: 20_000 }, (_, i) => `顧客: ${subject(i)}しろ\n担当: できません。\n`).join('');
      },
    },
    {
      name: 'UTF-8 file, last character cut',
      file: 'cut.txt',
      data: () => {
        const bytes = new TextEncoder().encode('あいうえお'.repeat(Math.ceil((50 * 1024 * 1024) / 15)));
        return bytes.subarray(0, bytes.length - 1);
      },
    },
  ];
}

export async function benchHostile(runs = 3): Promise<HostileCase[]> {
  const { analyzeFile } = await import('../src/analysis/index.js');
  const out: HostileCase[] = [];
  for (const c of cases()) {
    const data = c.data();
    const times: number[] = [];
    let outcome = '';
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      try {
        outcome = analyzeFile(data, c.file).verdict;
      } catch (e) {
        outcome = `refused: ${(e instanceof Error ? e.message : String(e)).split(' / ')[1]?.slice(0, 60) ?? 'error'}`;
      }
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out.push({ name: c.name, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength, ms: median(times), outcome });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(await benchHostile(), null, 2) + '\n');
}
