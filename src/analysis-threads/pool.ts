/**
 * The analysis engine off the server's event loop: a few worker threads take analyses in turn, so
 * a hostile or huge transcript stalls one thread, never Slack's acknowledgements, Teams' activities
 * or /healthz. Each analysis has a time limit, counted from the moment its thread starts it (not
 * while it waits for a free thread); past it the thread is ended (a synchronous loop cannot be
 * interrupted any other way), a fresh one takes its place, and the caller gets an
 * AnalysisTimeLimitError, which the analysis job turns into a clear reply instead of a retry.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../analysis/result.js';
import { TranscriptError } from '../analysis/transcript.js';
import { AnalysisTimeLimitError, type Analyser } from '../flows/ports.js';
import type { Logger } from '../logger.js';
import type { ThreadError, ThreadReady, ThreadReply, ThreadTask } from './protocol.js';

export interface AnalysisPoolOptions {
  /** Threads analysing at once (MAMORI_ANALYSIS_THREADS). */
  threads: number;
  /** Longest one analysis may run on its thread (MAMORI_ANALYSIS_TIME_LIMIT_SECONDS). */
  timeLimitMs: number;
  logger: Logger;
  /** A module exporting `analyse` (an Analyser) for the threads to run instead of the engine: tests only. */
  analyserModule?: URL | undefined;
}

export interface AnalysisPool {
  analyse(...args: Parameters<Analyser>): Promise<AnalysisResult>;
  /** Analyses on a thread now and waiting for one. */
  load(): { running: number; waiting: number };
  /** Ends the threads; analyses still running or waiting fail (their jobs are retried). */
  close(): Promise<void>;
}

// The thread's module has the extension of this one: `.ts` from the sources (tsx, vitest), `.js` if built.
const THREAD_ENTRY = new URL(`./thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
const BOOT = new URL('./boot.mjs', import.meta.url);
/** Threads that die before they are ready, in a row, before the pool stops starting new ones until asked again. */
const MAX_START_FAILURES = 3;

interface Pending {
  task: ThreadTask;
  resolve(result: AnalysisResult): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | undefined;
}

export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  const log = options.logger.child({ component: 'analysis-threads' });
  const threads = Math.max(1, options.threads);
  const slots = new Set<Slot>();
  const waiting: Pending[] = [];
  let nextId = 1;
  let closed = false;
  let startFailures = 0;

  function spawn(): void {
    const worker = new Worker(BOOT, {
      workerData: { entry: THREAD_ENTRY.href, analyserModule: options.analyserModule?.href },
    });
    const slot: Slot = { worker, ready: false, current: null, timer: undefined };
    slots.add(slot);
    worker.on('message', (message: ThreadReady | ThreadReply) => {
      if ('ready' in message) {
        slot.ready = true;
        startFailures = 0;
        dispatch();
        return;
      }
      const pending = slot.current;
      if (!pending || pending.task.id !== message.id) return; // its time ran out: already answered
      clearTimeout(slot.timer);
      slot.current = null;
      if (message.ok) pending.resolve(message.result);
      else pending.reject(rebuild(message.error));
      dispatch();
    });
    worker.on('error', (err) => log.error({ err: { name: err.name, message: err.message } }, 'analysis thread failed'));
    worker.on('exit', (code) => {
      slots.delete(slot);
      clearTimeout(slot.timer);
      // A thread that died on its own (out of memory, a crash): the analysis may succeed on a retry of its job.
      slot.current?.reject(new Error(`the analysis thread stopped (exit code ${code})`));
      slot.current = null;
      if (closed) return;
      if (!slot.ready) startFailures += 1;
      if (startFailures >= MAX_START_FAILURES) {
        log.error({ failures: startFailures }, 'analysis threads fail to start; analyses fail until one starts');
        for (const p of waiting.splice(0)) p.reject(new Error('the analysis threads could not start'));
        return;
      }
      fill();
    });
  }

  /** Keeps `threads` threads, started when the first analysis arrives. */
  function fill(): void {
    while (!closed && slots.size < threads) spawn();
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (waiting.length === 0) return;
      if (!slot.ready || slot.current) continue;
      const pending = waiting.shift()!;
      slot.current = pending;
      slot.timer = setTimeout(() => overTime(slot, pending), options.timeLimitMs);
      slot.worker.postMessage(pending.task);
    }
  }

  function overTime(slot: Slot, pending: Pending): void {
    if (slot.current !== pending) return;
    slot.current = null;
    const seconds = options.timeLimitMs / 1000;
    log.warn({ limitSeconds: seconds }, 'analysis over its time limit: thread ended');
    pending.reject(new AnalysisTimeLimitError(seconds));
    // The exit handler starts the replacement and hands it the next analysis.
    void slot.worker.terminate();
  }

  return {
    analyse(data, file, analyseOptions) {
      if (closed) return Promise.reject(new Error('the analysis pool is closed'));
      if (startFailures >= MAX_START_FAILURES) startFailures = 0; // asked again: try once more
      return new Promise<AnalysisResult>((resolve, reject) => {
        waiting.push({ task: { id: nextId++, data, file, options: analyseOptions }, resolve, reject });
        fill();
        dispatch();
      });
    },
    load() {
      return { running: [...slots].filter((s) => s.current).length, waiting: waiting.length };
    },
    async close() {
      closed = true;
      for (const p of waiting.splice(0)) p.reject(new Error('the analysis pool is closed'));
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}

function rebuild(error: ThreadError): Error {
  if (error.kind === 'transcript') {
    // The thread's message already names the file and line; keep it as it was written.
    return Object.assign(new TranscriptError('', error.file, error.line), { message: error.message });
  }
  return Object.assign(new Error(error.message), { name: error.name });
}
