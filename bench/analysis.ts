/**
 * In-process speed of the analysis library on a 60-minute, ~900-utterance transcript.
 *
 *   tsx bench/analysis.ts [--iterations 200]
 *
 * Cold start is the time from before the first import of src/analysis to the first result, so it
 * includes module loading (tsx transpiling included) and any lazily built tables. Warm figures are
 * per transcript over N iterations after a few unmeasured warm-up runs. Nothing here may import
 * src/analysis statically, or the cold start would not be cold.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateTranscript, type BenchLanguage } from './generate-transcript.js';

export interface AnalysisBenchCase {
  language: BenchLanguage;
  utterances: number;
  minutes: number;
  bytes: number;
  iterations: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  /** The same transcript with the hand-written rules alone (`model: null`), measured in the same run: the floor the model adds to. */
  rulesMedianMs: number;
  verdict: string;
}

export interface AnalysisBench {
  ok: boolean;
  /** Import + first analyzeFile, ms. */
  coldStartMs: number | null;
  /** Of which reading the committed model file (a fresh read, after the cold start), ms. */
  modelLoadMs?: number;
  cases: AnalysisBenchCase[];
  error?: string;
}

export const TARGET_MEDIAN_MS = 50;

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function benchAnalysis(options: { iterations?: number; languages?: BenchLanguage[] } = {}): Promise<AnalysisBench> {
  const iterations = options.iterations ?? 200;
  const languages = options.languages ?? ['ja', 'en'];
  const inputs = languages.map((language) => {
    const g = generateTranscript({ seed: 42, language, format: 'teams' });
    return { g, data: new TextEncoder().encode(g.text), file: `bench-${language}.vtt` };
  });

  let analysis: typeof import('../src/analysis/index.js');
  let coldStartMs: number;
  try {
    const t0 = performance.now();
    analysis = await import('../src/analysis/index.js');
    analysis.analyzeFile(inputs[0]!.data, inputs[0]!.file);
    coldStartMs = performance.now() - t0;
  } catch (e) {
    return { ok: false, coldStartMs: null, cases: [], error: `analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }

  const cases: AnalysisBenchCase[] = [];
  try {
    for (const { g, data, file } of inputs) {
      let verdict = '';
      for (let i = 0; i < 5; i += 1) verdict = analysis.analyzeFile(data, file).verdict; // warm-up, unmeasured
      const times: number[] = [];
      for (let i = 0; i < iterations; i += 1) {
        const t = process.hrtime.bigint();
        analysis.analyzeFile(data, file);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      const rules: number[] = [];
      for (let i = 0; i < iterations; i += 1) {
        const t = process.hrtime.bigint();
        analysis.analyzeFile(data, file, { model: null });
        rules.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      rules.sort((a, b) => a - b);
      cases.push({
        language: g.language,
        utterances: g.utterances.length,
        minutes: g.durationSec / 60,
        bytes: data.byteLength,
        iterations,
        medianMs: median(times),
        p95Ms: percentile(times, 95),
        meanMs: times.reduce((s, v) => s + v, 0) / times.length,
        rulesMedianMs: median(rules),
        verdict,
      });
    }
  } catch (e) {
    return { ok: false, coldStartMs, cases, error: `analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  const { readModelFile } = await import('../src/analysis/model/default-model.js');
  const t1 = performance.now();
  readModelFile();
  return { ok: true, coldStartMs, modelLoadMs: performance.now() - t1, cases };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--iterations');
  const result = await benchAnalysis({ iterations: i > 0 ? Number(process.argv[i + 1]) : 200 });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  if (!result.ok) process.exitCode = 1;
}
