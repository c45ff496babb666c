/**
 * An analyser for the analysis threads (loaded by them through `analyserModule`) that holds its
 * thread the way a hostile transcript does: synchronously, without ever yielding. A transcript of
 * the form `HOLD <dir>` appends a line to `<dir>/started` and then blocks its thread until the file
 * `<dir>/release` exists, then answers as for the harassment sample. Anything else is analysed by
 * the engine. The test decides when the analysis ends, so assertions are about order, not time.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeFile } from '../../src/analysis/index.js';
import type { Analyser } from '../../src/flows/ports.js';

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../../samples/ja-harassment.vtt'));
/** A broken test must not hold a thread for ever. */
const SAFETY_MS = 120_000;

export function holdTranscript(dir: string): string {
  return `HOLD ${dir}`;
}

/** How many analyses of `HOLD <dir>` have started. */
export function holdsStarted(dir: string): number {
  const file = path.join(dir, 'started');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;
}

export const analyse: Analyser = (data, file, options) => {
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  const held = /^HOLD (.+)$/.exec(text.trim());
  if (!held) return analyzeFile(data, file, options);
  const dir = held[1]!;
  appendFileSync(path.join(dir, 'started'), 'x\n');
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + SAFETY_MS;
  // Blocks this thread (Atomics.wait never yields to the event loop), polling for the release.
  while (!existsSync(path.join(dir, 'release')) && Date.now() < until) Atomics.wait(cell, 0, 0, 5);
  return analyzeFile(SAMPLE, 'held.vtt', options);
};
