/**
 * Work folders: where a recording (`media.*`) and what is made from it (`speech.mp3`, its parts) live
 * while one job runs, as `mamori-<kind>-<pid>-XXXXXX` under MAMORI_TMP_DIR. The job removes its folder
 * whatever the outcome, but a process that is killed cannot, and a recording must not outlive the
 * promise that it is deleted. So every process sweeps: at start, the folders of processes that are
 * gone (and of an earlier process that had its pid: containers reuse pid 1); and periodically, any
 * folder nothing has changed in for longer than the maximum age. A folder this process is using is
 * never swept. MAMORI_TMP_DIR must be local to the machine (process ids mean nothing across machines),
 * which is why this is a timer in each process and not a pg-boss schedule (that fires on one instance).
 */
import type { Dirent } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

export type WorkFolderKind = 'job' | 'transcribe';

export interface WorkFolder {
  path: string;
  /** Deletes the folder and everything in it; never throws for a folder already gone. */
  remove(): Promise<void>;
}

/** Folders of this process still in use: the sweeper leaves them alone whatever their age. */
const inUse = new Set<string>();

export async function createWorkFolder(kind: WorkFolderKind, parent?: string | undefined): Promise<WorkFolder> {
  const dir = parent ?? tmpdir();
  await mkdir(dir, { recursive: true });
  const path = await mkdtemp(join(dir, `mamori-${kind}-${process.pid}-`));
  inUse.add(path);
  return {
    path,
    async remove() {
      try {
        await rm(path, { recursive: true, force: true });
      } finally {
        inUse.delete(path);
      }
    },
  };
}

/**
 * Names this sweeper may delete: today's `mamori-job-<pid>-XXXXXX` / `mamori-transcribe-<pid>-XXXXXX`
 * and the pid-less `mamori-XXXXXX` / `mamori-transcribe-XXXXXX` of earlier versions. Nothing else in a
 * shared temp folder (other programs', or `mamori-export-…` folders an admin wrote) ever matches.
 */
const WORK_FOLDER = /^mamori-(?:(?:job|transcribe)-(\d{1,10})-|(?:transcribe-)?)[A-Za-z0-9]{6}$/;

export interface SweepOptions {
  /** MAMORI_TMP_DIR (default: the OS temp folder). */
  dir?: string | undefined;
  /** A folder nothing has changed in for longer than this is stale, whoever made it. */
  maxAgeMs: number;
  /** At start nothing of this process is running yet: folders carrying its own pid are an earlier life's. */
  atStart?: boolean;
  now?: Date;
  logger?: Logger;
}

export interface SweepReport {
  /** Names of the folders removed. */
  removed: string[];
}

export async function sweepWorkFolders(options: SweepOptions): Promise<SweepReport> {
  const dir = options.dir ?? tmpdir();
  const now = (options.now ?? new Date()).getTime();
  const removed: string[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { removed };
    throw err;
  }
  for (const entry of entries) {
    const match = entry.isDirectory() ? WORK_FOLDER.exec(entry.name) : null;
    if (!match) continue;
    const path = join(dir, entry.name);
    if (inUse.has(path)) continue;
    const owner = match[1] === undefined ? null : Number(match[1]);
    let stale = owner !== null && owner !== process.pid && !processAlive(owner);
    if (!stale && options.atStart && owner === process.pid) stale = true;
    if (!stale) {
      const changed = await lastChange(path);
      stale = changed !== null && now - changed > options.maxAgeMs;
    }
    if (!stale || inUse.has(path)) continue;
    try {
      await rm(path, { recursive: true, force: true });
      removed.push(entry.name);
    } catch (err) {
      options.logger?.warn({ code: (err as NodeJS.ErrnoException).code }, 'a stale work folder could not be removed');
    }
  }
  if (removed.length > 0) options.logger?.info({ removed: removed.length, atStart: options.atStart === true }, 'stale work folders removed');
  return { removed };
}

/** The newest modification time of the folder and what is directly in it (a part being written counts), or null if it is gone. */
async function lastChange(path: string): Promise<number | null> {
  try {
    let newest = (await stat(path)).mtimeMs;
    for (const name of await readdir(path)) {
      try {
        newest = Math.max(newest, (await stat(join(path, name))).mtimeMs);
      } catch {
        // removed meanwhile
      }
    }
    return newest;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface WorkFolderSweeper {
  stop(): void;
}

/** Sweeps every `intervalMs` until stopped; a failed sweep is logged and the next one tries again. */
export function startWorkFolderSweeper(options: Omit<SweepOptions, 'atStart' | 'now'> & { intervalMs: number }): WorkFolderSweeper {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepWorkFolders(options)
      .catch((err: unknown) => options.logger?.warn({ code: (err as NodeJS.ErrnoException).code }, 'sweeping work folders failed'))
      .finally(() => (running = false));
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** How often the sweeper looks: a quarter of the maximum age, between one and fifteen minutes. */
export function sweepIntervalMs(maxAgeMs: number): number {
  return Math.min(15 * 60_000, Math.max(60_000, Math.floor(maxAgeMs / 4)));
}
