/**
 * vitest's global setup: the tests that spawn `npm start` or `npx mamori` run the compiled JavaScript in dist/, so
 * it is rebuilt (`npm run build`) before the run whenever a file under src/ is newer than the last build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Written by every build (tsconfig.build.json's tsBuildInfoFile). */
const BUILD_STAMP = path.join(ROOT, 'dist', '.tsbuildinfo');

function newestUnder(dir: string): number {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(BUILD_STAMP).mtimeMs;
  } catch {
    return 0;
  }
}

export default function buildDist(): void {
  const sources = Math.max(newestUnder(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'tsconfig.build.json')).mtimeMs);
  if (builtAt() >= sources) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  // An incremental build that found nothing to emit leaves the stamp as it was: mark this build as seen.
  const now = new Date();
  utimesSync(BUILD_STAMP, now, now);
}
