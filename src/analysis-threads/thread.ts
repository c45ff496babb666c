/**
 * One analysis thread: takes a transcript from the pool, analyses it on this thread's own event
 * loop and posts the result back. The engine is synchronous and CPU-bound; here it can only stall
 * this thread, which the pool ends when the analysis passes its time limit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, TranscriptError } from '../analysis/index.js';
import { defaultModel } from '../analysis/model/default-model.js';
import type { Analyser } from '../flows/ports.js';
import type { ThreadReady, ThreadReply, ThreadTask } from './protocol.js';

const port = parentPort!;
const { analyserModule } = workerData as { analyserModule?: string };
// Tests give a module of their own (an analysis that holds its thread); production uses the engine.
const analyse: Analyser = analyserModule ? ((await import(analyserModule)) as { analyse: Analyser }).analyse : analyzeFile;

port.on('message', async (task: ThreadTask) => {
  let reply: ThreadReply;
  try {
    reply = { id: task.id, ok: true, result: await analyse(task.data, task.file, task.options) };
  } catch (err) {
    reply = err instanceof TranscriptError
      ? { id: task.id, ok: false, error: { kind: 'transcript', message: err.message, file: err.file, line: err.line } }
      : { id: task.id, ok: false, error: { kind: 'other', name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) } };
  }
  port.postMessage(reply);
});
// The model is read before the thread says it is ready, so the time limit counts the analysis, never the
// thread's start (reading a 5 MB model on a busy machine took as long as the limit a test gives).
defaultModel();
port.postMessage({ ready: true } satisfies ThreadReady);
