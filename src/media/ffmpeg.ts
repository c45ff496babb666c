/**
 * Runs ffmpeg: the one from FFMPEG_PATH when configured, otherwise the binary shipped inside the
 * `@ffmpeg-installer/<platform>` npm package (nothing is downloaded at install or run time).
 * Every run is bounded in time (the process is killed when the time is up) and its stderr is kept
 * (a bounded tail) so failures can be explained.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

export interface FfmpegSettings {
  /** An ffmpeg executable to use instead of the packaged one (FFMPEG_PATH). */
  ffmpegPath?: string | undefined;
  /** Longest a single ffmpeg run may take before it is killed. Default 300 000 ms. */
  timeoutMs?: number | undefined;
}

export const DEFAULT_FFMPEG_TIMEOUT_MS = 300_000;
/** How much of ffmpeg's stderr is kept for error messages. */
const STDERR_TAIL_CHARS = 8_000;

export type FfmpegErrorKind = 'not_found' | 'timeout' | 'failed';

/** ffmpeg could not be started, ran out of time, or exited with an error. Not a user error by itself. */
export class FfmpegError extends Error {
  override name = 'FfmpegError';
  constructor(
    readonly kind: FfmpegErrorKind,
    message: string,
    /** The end of ffmpeg's stderr: may name paths inside the temporary folder, never log it above debug. */
    readonly stderrTail: string = '',
    readonly exitCode: number | null = null,
  ) {
    super(message);
  }
}

let packagedPath: string | null | undefined;

function packagedFfmpeg(): string | null {
  if (packagedPath !== undefined) return packagedPath;
  try {
    const require = createRequire(import.meta.url);
    const found = require('@ffmpeg-installer/ffmpeg') as { path?: unknown };
    packagedPath = typeof found.path === 'string' ? found.path : null;
  } catch {
    // The package throws a string when the platform has no binary package installed.
    packagedPath = null;
  }
  return packagedPath;
}

/** The ffmpeg executable to run: the configured one, else the packaged one. Throws FfmpegError('not_found'). */
export function resolveFfmpegPath(configured?: string): string {
  const path = configured !== undefined && configured.trim() !== '' ? configured.trim() : packagedFfmpeg();
  if (path === null) {
    throw new FfmpegError('not_found', 'ffmpeg not found: install @ffmpeg-installer/ffmpeg for this platform or set FFMPEG_PATH');
  }
  if (path.includes('/') || path.includes('\\')) {
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw new FfmpegError('not_found', `ffmpeg is not executable at the configured path (FFMPEG_PATH)`);
    }
  }
  return path;
}

export interface RunFfmpegOptions extends FfmpegSettings {
  /** Called with every stderr line (lines end at \n or \r: ffmpeg's progress lines use \r). */
  onStderrLine?: (line: string) => void;
  /** Aborts the run (the process is killed). */
  signal?: AbortSignal;
  /** How many trailing stderr characters to keep (default 8 000). */
  tailChars?: number;
}

export interface FfmpegRun {
  exitCode: number;
  /** The last few thousand characters of stderr. */
  stderrTail: string;
}

/**
 * Runs ffmpeg with `-hide_banner -nostdin` and the given arguments. Resolves with the exit code when
 * `allowFailure` is set (probing with `-i` alone exits 1 by design); rejects with FfmpegError otherwise.
 */
export async function runFfmpeg(args: readonly string[], options: RunFfmpegOptions & { allowFailure?: boolean } = {}): Promise<FfmpegRun> {
  const bin = resolveFfmpegPath(options.ffmpegPath);
  const timeoutMs = options.timeoutMs ?? DEFAULT_FFMPEG_TIMEOUT_MS;
  return new Promise<FfmpegRun>((resolve, reject) => {
    const child = spawn(bin, ['-hide_banner', '-nostdin', ...args], { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let tail = '';
    let partial = '';
    let timedOut = false;
    let settled = false;

    const emitLines = (text: string, flush: boolean) => {
      partial += text;
      const pieces = partial.split(/\r\n|\r|\n/);
      partial = flush ? '' : (pieces.pop() ?? '');
      if (options.onStderrLine) for (const line of pieces) if (line !== '') options.onStderrLine(line);
    };

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-(options.tailChars ?? STDERR_TAIL_CHARS));
      emitLines(chunk, false);
    });

    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    const onAbort = () => kill();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };

    child.on('error', (err: NodeJS.ErrnoException) => {
      finish(() =>
        reject(new FfmpegError(err.code === 'ENOENT' || err.code === 'EACCES' ? 'not_found' : 'failed', `could not start ffmpeg (${err.code ?? err.message})`)),
      );
    });
    child.on('close', (code, signal) => {
      emitLines('', true);
      finish(() => {
        if (timedOut) {
          reject(new FfmpegError('timeout', `ffmpeg did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`, tail, code));
        } else if (options.signal?.aborted) {
          reject(new FfmpegError('failed', 'ffmpeg was stopped (aborted)', tail, code));
        } else if (code === null) {
          reject(new FfmpegError('failed', `ffmpeg was killed (${signal ?? 'unknown signal'})`, tail, null));
        } else if (code !== 0 && !options.allowFailure) {
          reject(new FfmpegError('failed', `ffmpeg exited with code ${code}: ${redactPaths(lastMeaningfulLine(tail), args)}`, tail, code));
        } else {
          resolve({ exitCode: code, stderrTail: tail });
        }
      });
    });
  });
}

/**
 * Replaces the file paths among ffmpeg's arguments with "<file>": error messages travel to logs, and
 * a user's file name is personal data.
 */
export function redactPaths(text: string, args: readonly string[]): string {
  let out = text;
  for (const arg of args) if (arg.length > 1 && /[\\/]/.test(arg)) out = out.split(arg).join('<file>');
  return out;
}

/** The last stderr line that is not a progress line: usually ffmpeg's reason for failing. */
export function lastMeaningfulLine(stderr: string): string {
  const lines = stderr.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('size='));
  return (lines[lines.length - 1] ?? '').slice(0, 300);
}
