/**
 * The built-in scenario library: every `*.json` under src/practice/scenarios/ (copied beside the compiled
 * module by the build), read and validated once per process. A problem in a built-in file is a bug in
 * this repository, so it throws; tests/practice/library.test.ts keeps every file valid.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, readScenarioFile } from './scenario-file.js';
import type { Scenario } from './scenario-format.js';

export const LIBRARY_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));

let library: Scenario[] | undefined;

export function builtInScenarios(): Scenario[] {
  if (!library) library = readLibrary(LIBRARY_DIR);
  return library;
}

export function readLibrary(dir: string): Scenario[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const all: Scenario[] = [];
  const where = new Map<string, string>();
  for (const f of files) {
    const { scenarios, problems } = readScenarioFile(path.join(dir, f));
    if (problems.length > 0) throw new Error(`built-in scenarios are invalid:\n${problems.map(formatProblem).join('\n')}`);
    for (const s of scenarios) {
      const other = where.get(s.id);
      if (other) throw new Error(`built-in scenario id ${s.id} is in both ${other} and ${f}`);
      where.set(s.id, f);
      all.push(s);
    }
  }
  return all;
}
