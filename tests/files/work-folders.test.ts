/**
 * The work-folder sweep on a real folder: what it removes (folders of processes that are gone, an
 * earlier life's under this pid at start, anything unchanged for longer than the maximum age) and what
 * it never touches (a folder in use, a live process's young folder, other programs' files). Ages are
 * set with utimes, not waited for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkFolder, startWorkFolderSweeper, sweepIntervalMs, sweepWorkFolders } from '../../src/files/work-folders.js';
import { waitFor } from '../helpers/test-database.js';

const root = mkdtempSync(join(tmpdir(), 'mamori-sweep-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOUR = 3_600_000;
let n = 0;
/** A fresh MAMORI_TMP_DIR for one test. */
function tmpDir(): string {
  const dir = join(root, `t${++n}`);
  mkdirSync(dir);
  return dir;
}

/** A work folder with a recording in it, last changed `ageMs` ago. */
function folder(dir: string, name: string, ageMs = 0): string {
  const path = join(dir, name);
  mkdirSync(path);
  writeFileSync(join(path, 'media.wav'), 'RIFF');
  const when = new Date(Date.now() - ageMs);
  utimesSync(join(path, 'media.wav'), when, when);
  utimesSync(path, when, when);
  return path;
}

/** A process id that certainly belongs to no running process: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('sweepWorkFolders', () => {
  it("removes a dead process's folders at once, and an old folder of anyone, keeping a live process's young one", async () => {
    const dir = tmpDir();
    const dead = folder(dir, `mamori-job-${deadPid()}-AbC123`);
    const deadTranscribe = folder(dir, `mamori-transcribe-${deadPid()}-xYz789`);
    const liveYoung = folder(dir, `mamori-job-${process.ppid}-Qwe456`, 5 * 60_000);
    const liveOld = folder(dir, `mamori-transcribe-${process.ppid}-Rty012`, 3 * HOUR);
    const legacyOld = folder(dir, 'mamori-Legacy', 3 * HOUR);
    const legacyYoung = folder(dir, 'mamori-transcribe-Young1', 60_000);

    const report = await sweepWorkFolders({ dir, maxAgeMs: 2 * HOUR });
    expect(report.removed.sort()).toEqual([dead, deadTranscribe, liveOld, legacyOld].map((p) => p.slice(dir.length + 1)).sort());
    for (const p of [dead, deadTranscribe, liveOld, legacyOld]) expect(existsSync(p), p).toBe(false);
    for (const p of [liveYoung, legacyYoung]) expect(existsSync(p), p).toBe(true);
  });

  it('at start, also removes folders carrying its own pid (an earlier process had it), but never one in use', async () => {
    const dir = tmpDir();
    const earlierLife = folder(dir, `mamori-job-${process.pid}-Earli1`);
    const inUse = await createWorkFolder('job', dir);
    writeFileSync(join(inUse.path, 'media.m4a'), 'x');
    // Untouched in a periodic sweep: this process might be about to use it.
    expect((await sweepWorkFolders({ dir, maxAgeMs: 2 * HOUR })).removed).toEqual([]);

    expect((await sweepWorkFolders({ dir, maxAgeMs: 2 * HOUR, atStart: true })).removed).toEqual([earlierLife.slice(dir.length + 1)]);
    expect(existsSync(inUse.path)).toBe(true);
    // In use however old it looks.
    const old = new Date(Date.now() - 5 * HOUR);
    utimesSync(join(inUse.path, 'media.m4a'), old, old);
    utimesSync(inUse.path, old, old);
    expect((await sweepWorkFolders({ dir, maxAgeMs: 2 * HOUR, atStart: true })).removed).toEqual([]);
    await inUse.remove();
    expect(existsSync(inUse.path)).toBe(false);
  });

  it('judges age by the newest file in the folder: a part still being written keeps it', async () => {
    const dir = tmpDir();
    const busy = folder(dir, `mamori-transcribe-${process.ppid}-Busy12`, 3 * HOUR);
    writeFileSync(join(busy, 'part-002.mp3'), 'fresh');
    expect((await sweepWorkFolders({ dir, maxAgeMs: 2 * HOUR })).removed).toEqual([]);
    expect(existsSync(busy)).toBe(true);
  });

  it("leaves anything that is not a work folder: other programs' files, exports, a file with a work folder's name", async () => {
    const dir = tmpDir();
    const others = [
      folder(dir, 'mamori-export-0b6f2c1e', 30 * HOUR),
      folder(dir, 'mamori-cli-export-Ab12Cd', 30 * HOUR),
      folder(dir, `mamori-job-${deadPid()}-tooLong1`, 30 * HOUR),
      folder(dir, 'something-else', 30 * HOUR),
    ];
    const file = join(dir, `mamori-job-${deadPid()}-File12`);
    writeFileSync(file, 'a file, not a folder');
    expect((await sweepWorkFolders({ dir, maxAgeMs: HOUR, atStart: true })).removed).toEqual([]);
    for (const p of [...others, file]) expect(existsSync(p)).toBe(true);
  });

  it('is fine with a temp folder that does not exist yet', async () => {
    expect(await sweepWorkFolders({ dir: join(root, 'missing'), maxAgeMs: HOUR, atStart: true })).toEqual({ removed: [] });
  });
});

describe('startWorkFolderSweeper', () => {
  it('keeps sweeping while the process runs: a folder that goes stale later is removed', async () => {
    const dir = tmpDir();
    const sweeper = startWorkFolderSweeper({ dir, maxAgeMs: 2 * HOUR, intervalMs: 20 });
    try {
      const first = folder(dir, `mamori-job-${deadPid()}-First1`);
      await waitFor('the first stale folder swept', () => !existsSync(first));
      const second = folder(dir, 'mamori-Second', 3 * HOUR);
      await waitFor('the second stale folder swept', () => !existsSync(second));
      expect(await readdir(dir)).toEqual([]);
    } finally {
      sweeper.stop();
    }
  });

  it('looks every quarter of the maximum age, between one and fifteen minutes', () => {
    expect(sweepIntervalMs(2 * HOUR)).toBe(15 * 60_000);
    expect(sweepIntervalMs(20 * 60_000)).toBe(5 * 60_000);
    expect(sweepIntervalMs(60_000)).toBe(60_000);
  });
});
