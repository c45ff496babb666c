/**
 * The engine on worker threads: the same results and the same errors as on the calling thread,
 * while an analysis that holds its thread (as a hostile file does) leaves this thread's event loop
 * and the other threads free, and one over its time limit is stopped with an AnalysisTimeLimitError
 * without losing the analyses waiting behind it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeFile, TranscriptError } from '../../src/analysis/index.js';
import { createAnalysisPool, type AnalysisPool } from '../../src/analysis-threads/pool.js';
import { AnalysisTimeLimitError } from '../../src/flows/ports.js';
import { silentLogger } from '../../src/logger.js';
import { holdsStarted, holdTranscript } from '../helpers/held-analyser.js';
import { waitFor } from '../helpers/test-database.js';

const sample = readFileSync(path.resolve(import.meta.dirname, '../../samples/ja-harassment.vtt'));
const HELD = new URL('../helpers/held-analyser.ts', import.meta.url);

describe('the analysis thread pool', () => {
  let pool: AnalysisPool | undefined;
  const dirs: string[] = [];
  const holdDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mamori-hold-'));
    dirs.push(dir);
    return dir;
  };

  afterEach(async () => {
    await pool?.close();
    for (const dir of dirs.splice(0)) {
      writeFileSync(path.join(dir, 'release'), '');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the result the engine gives on this thread', async () => {
    pool = createAnalysisPool({ threads: 1, timeLimitMs: 60_000, logger: silentLogger });
    const result = await pool.analyse(sample, 'call.vtt', { language: 'ja' });
    expect(result).toEqual(analyzeFile(sample, 'call.vtt', { language: 'ja' }));
    expect(result.verdict).toBe('kasuhara');
  });

  it('gives bad input back as a TranscriptError with the engine\'s message', async () => {
    pool = createAnalysisPool({ threads: 1, timeLimitMs: 60_000, logger: silentLogger });
    const empty = new Uint8Array(0);
    const expected = (() => { try { analyzeFile(empty, 'empty.txt'); } catch (err) { return err as TranscriptError; } })();
    const err = await pool.analyse(empty, 'empty.txt').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptError);
    expect((err as TranscriptError).message).toBe(expected!.message);
    expect((err as TranscriptError).file).toBe('empty.txt');
  });

  it('keeps this thread\'s event loop and the other thread working while one analysis holds its thread', async () => {
    pool = createAnalysisPool({ threads: 2, timeLimitMs: 120_000, logger: silentLogger, analyserModule: HELD });
    const dir = holdDir();
    let heldDone = false;
    const held = pool.analyse(holdTranscript(dir), 'hostile.txt').then((r) => { heldDone = true; return r; });
    await waitFor('the held analysis to start on its thread', () => holdsStarted(dir) === 1);

    // An HTTP round trip through this thread's event loop, and an analysis on the other thread.
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const answer = await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)).text();
    server.close();
    const other = await pool.analyse(sample, 'call.vtt');
    expect(answer).toBe('ok');
    expect(other.verdict).toBe('kasuhara');
    expect(heldDone).toBe(false);
    expect(pool.load()).toEqual({ running: 1, waiting: 0 });

    writeFileSync(path.join(dir, 'release'), '');
    expect((await held).verdict).toBe('kasuhara');
  });

  it('stops an analysis over its time limit and still answers the ones waiting behind it', async () => {
    pool = createAnalysisPool({ threads: 1, timeLimitMs: 1000, logger: silentLogger, analyserModule: HELD });
    const dir = holdDir(); // never released: only the limit ends it
    const held = pool.analyse(holdTranscript(dir), 'hostile.txt').catch((e: unknown) => e);
    const waiting = pool.analyse(sample, 'call.vtt');
    const err = await held;
    expect(err).toBeInstanceOf(AnalysisTimeLimitError);
    expect((err as AnalysisTimeLimitError).limitSeconds).toBe(1);
    expect((await waiting).verdict).toBe('kasuhara'); // on the thread that replaced the stopped one
    expect(holdsStarted(dir)).toBe(1);
    expect(pool.load()).toEqual({ running: 0, waiting: 0 });
  });
});
