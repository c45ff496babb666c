/**
 * The timeline picture every answer carries: CPU per render of a one-hour call's picture (SVG, resvg on libuv's
 * thread pool, the indexed PNG), Japanese and English, at the Slack size; the process's CPU (all threads), so
 * the thread pool's share is counted.
 *
 *   npm run bench -- timeline
 */
import { analyzeFile } from '../src/analysis/index.js';
import { renderTimelinePngAsync } from '../src/flows/views/timeline.js';
import { generateTranscript } from './generate-transcript.js';

export interface TimelineCase {
  language: 'ja' | 'en';
  excerpts: number;
  renders: number;
  /** Median CPU of one render, ms. */
  cpuMsPerRender: number;
  pngBytes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

export async function benchTimeline(options: { renders?: number } = {}): Promise<TimelineCase[]> {
  const renders = options.renders ?? 15;
  const cases: TimelineCase[] = [];
  for (const language of ['ja', 'en'] as const) {
    const g = generateTranscript({ minutes: 60, language, format: 'teams', seed: 7 });
    const result = analyzeFile(new TextEncoder().encode(g.text), `call${g.ext}`);
    let png = await renderTimelinePngAsync(result); // fonts and code warm, as in a running server
    const cpu: number[] = [];
    for (let i = 0; i < renders; i++) {
      const c0 = process.cpuUsage();
      png = await renderTimelinePngAsync(result);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    cases.push({ language, excerpts: result.excerpts.length, renders, cpuMsPerRender: median(cpu), pngBytes: png.length });
  }
  return cases;
}
