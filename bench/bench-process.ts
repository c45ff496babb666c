/**
 * The line protocol between the Slack bench (bench/slack.ts) and the processes it starts: each bench process
 * prints one JSON line when ready, then answers each line written to its standard input with one JSON line,
 * and exits when its standard input closes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface BenchProcess {
  /** The JSON line printed when ready. */
  ready: Promise<Record<string, unknown>>;
  /** Writes a request line and resolves with the process's JSON answer. */
  ask(request: string): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** Starts `script` (TypeScript, through tsx) as a bench process; `nodeArgs` before it (e.g. --cpu-prof). */
export function startBenchProcess(script: string, args: string[], nodeArgs: string[] = []): BenchProcess {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: Array<{ resolve(v: Record<string, unknown>): void; reject(e: Error): void }> = [];
  let exited: Error | null = null;
  child.once('exit', (code) => {
    exited = new Error(`${path.basename(script)} exited (${code})`);
    for (const w of waiting.splice(0)) w.reject(exited);
  });
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.resolve(JSON.parse(line) as Record<string, unknown>));
  const next = () => new Promise<Record<string, unknown>>((resolve, reject) => (exited ? reject(exited) : waiting.push({ resolve, reject })));
  const ready = next();
  return {
    ready,
    async ask(request) {
      await ready;
      const answer = next();
      child.stdin.write(`${request}\n`);
      return answer;
    },
    async stop() {
      child.stdin.end();
      await new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));
    },
  };
}

/** The bench-process side: prints the ready line, answers each request line with `answer`'s JSON. */
export function serveBenchRequests(readyLine: Record<string, unknown>, answer: (request: string) => Promise<unknown> | unknown, stop: () => Promise<void>): void {
  process.stdout.write(`${JSON.stringify(readyLine)}\n`);
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    void Promise.resolve(answer(line.trim())).then((v) => process.stdout.write(`${JSON.stringify(v ?? null)}\n`));
  });
  lines.on('close', () => {
    stop().finally(() => process.exit(0));
  });
}
