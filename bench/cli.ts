/**
 * The real CLI (`npx mamori`, bin/mamori.js → the compiled dist/cli/main.js), as a user starts it:
 * - whole-process time of `mamori analyze ONE-HOUR-FILE --json`, wall and CPU, beside the floor measured in the
 *   same run: `node -e 0`, started the same way, alternating with it (median of the runs);
 * - wall time on 100 one-hour transcripts in one process: `node bin/mamori.js analyze <100 files> --json`.
 *
 *   npm run bench -- cli [--files 100 --runs 7]
 *   npx tsx bench/cli.ts --bin ../other-checkout/bin/mamori.js   (start-up of another checkout's CLI, then 100 files)
 *
 * The files are generated into a temporary folder (mostly Teams VTT, the other formats mixed in,
 * Japanese and English), which is removed afterwards. A CLI that fails is reported, not thrown.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateTranscript, type BenchFormat } from './generate-transcript.js';

export interface CliBench {
  ok: boolean;
  files: number;
  /** Sizes of the generated input, for the record. */
  totalBytes: number;
  formats: Record<string, number>;
  wallMs: number | null;
  exitCode: number | null;
  /** JSON result lines the CLI printed. */
  results: number;
  verdicts: Record<string, number>;
  error?: string;
}

export const TARGET_WALL_MS = 5000;
/** Whole process, one one-hour file: the issue's goal (issue 17). */
export const TARGET_START_MS = 500;

export interface CliStartBench {
  runs: number;
  /** Medians over the runs. */
  wallMs: number;
  cpuMs: number;
  floorWallMs: number;
  floorCpuMs: number;
}
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Mostly Teams VTT; every fifth file another format, every third file English. */
function formatFor(i: number): BenchFormat {
  const others: BenchFormat[] = ['zoom', 'srt', 'txt', 'json'];
  return i % 5 === 4 ? others[Math.floor(i / 5) % others.length]! : 'teams';
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string; wallMs: number; error?: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, wallMs: performance.now() - t0, error: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - t0, ...(signal ? { error: `killed by ${signal} after ${timeoutMs} ms` } : {}) });
    });
  });
}

/**
 * Runs `command` under sh and reads the CPU it used from the shell's `times` (its children's user and system
 * time: POSIX, so the CPU of a whole process tree needs no platform API).
 */
async function timed(command: string): Promise<{ wallMs: number; cpuMs: number }> {
  const r = await run('sh', ['-c', `${command} >/dev/null && times`], 60_000);
  const children = r.stdout.trim().split('\n').at(-1) ?? '';
  const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(children);
  if (r.code !== 0 || !m) throw new Error(`${command}: exit ${r.code}, ${r.error ?? r.stderr.trim().split('\n')[0] ?? ''}`);
  const cpuSec = Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
  return { wallMs: r.wallMs, cpuMs: cpuSec * 1000 };
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** `bin`: another checkout's bin/mamori.js, for a before-and-after in one run. */
export async function benchCliStart(options: { runs?: number; bin?: string } = {}): Promise<CliStartBench> {
  const runs = options.runs ?? 7;
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-bench-start-'));
  try {
    const g = generateTranscript({ seed: 7, minutes: 60, language: 'ja', format: 'teams' });
    const file = path.join(dir, `call${g.ext}`);
    writeFileSync(file, g.text);
    const node = quote(process.execPath);
    const cli = `${node} ${quote(options.bin ?? path.join(ROOT, 'bin', 'mamori.js'))} analyze ${quote(file)} --json`;
    const floor = `${node} -e 0`;
    await timed(cli); // the file system's caches, as for a user who has run the command before
    const a: Array<{ wallMs: number; cpuMs: number }> = [];
    const f: Array<{ wallMs: number; cpuMs: number }> = [];
    for (let i = 0; i < runs; i++) {
      f.push(await timed(floor));
      a.push(await timed(cli));
    }
    return {
      runs,
      wallMs: median(a.map((x) => x.wallMs)),
      cpuMs: median(a.map((x) => x.cpuMs)),
      floorWallMs: median(f.map((x) => x.wallMs)),
      floorCpuMs: median(f.map((x) => x.cpuMs)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchCli(options: { files?: number; timeoutMs?: number } = {}): Promise<CliBench> {
  const count = options.files ?? 100;
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-bench-cli-'));
  const formats: Record<string, number> = {};
  let totalBytes = 0;
  try {
    const files: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const format = formatFor(i);
      const g = generateTranscript({ seed: 1000 + i, language: i % 3 === 2 ? 'en' : 'ja', format, srtSpeakers: i % 3 !== 0 });
      const file = path.join(dir, `call-${String(i).padStart(3, '0')}${g.ext}`);
      writeFileSync(file, g.text);
      files.push(file);
      totalBytes += Buffer.byteLength(g.text);
      formats[format] = (formats[format] ?? 0) + 1;
    }
    const r = await run(process.execPath, [path.join(ROOT, 'bin', 'mamori.js'), 'analyze', ...files, '--json'], options.timeoutMs ?? 120_000);
    const verdicts: Record<string, number> = {};
    let results = 0;
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      try {
        const o = JSON.parse(line) as { verdict?: unknown };
        results += 1;
        const v = typeof o.verdict === 'string' ? o.verdict : 'other';
        verdicts[v] = (verdicts[v] ?? 0) + 1;
      } catch {
        // not a result line
      }
    }
    const base = { files: count, totalBytes, formats, exitCode: r.code, results, verdicts };
    if (r.error || results !== count) {
      const why = r.error ?? `expected ${count} JSON result lines, got ${results} (exit code ${r.code})`;
      const lines = r.stderr.trim().split('\n').filter((l) => l.trim());
      const errorLine = lines.find((l) => /Error|error:/.test(l));
      const detail = [...(errorLine ? [errorLine] : []), ...lines.filter((l) => l !== errorLine).slice(0, 4)].join('\n');
      return { ok: false, ...base, wallMs: r.wallMs, error: detail ? `${why}\n${detail}` : why };
    }
    return { ok: true, ...base, wallMs: r.wallMs };
  } catch (e) {
    return { ok: false, files: count, totalBytes, formats, wallMs: null, exitCode: null, results: 0, verdicts: {}, error: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--files');
  const b = process.argv.indexOf('--bin');
  const start = await benchCliStart({ bin: b > 0 ? path.resolve(process.argv[b + 1]!) : undefined });
  const result = await benchCli({ files: i > 0 ? Number(process.argv[i + 1]) : 100 });
  process.stdout.write(JSON.stringify({ start, files: result }, null, 2) + '\n');
  if (!result.ok) process.exitCode = 1;
}
