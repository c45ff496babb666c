/**
 * Reads a practice scenario file and says everything wrong with it at once, each problem with the file,
 * the scenario's id (or its position when it has none), the path inside it and what is wrong — what
 * `mamori practice validate FILE` prints and what an admin's upload will be refused with.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { jsonErrorOffset, lineAndColumn } from './json-error-at.js';
import { checkScenario } from './scenario-check.js';
import { scenarioFileSchema, scenarioSchema, type Scenario } from './scenario-format.js';

export interface FileProblem {
  file: string;
  /** The scenario's id, or `#3` (its position, from 1) when it has no valid id; absent for the file itself. */
  scenario?: string;
  path: string;
  message: string;
}

export interface ScenarioFile {
  scenarios: Scenario[];
  problems: FileProblem[];
}

/** Bigger than any hand-written library: the limit keeps an upload from being a memory attack. */
export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

export function formatProblem(p: FileProblem): string {
  return `${p.file}: ${p.scenario ? `scenario ${p.scenario}: ` : ''}${p.path ? `${p.path}: ` : ''}${p.message}`;
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function issues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: pathOf(i.path), message: i.message }));
}

/** Where JSON.parse stopped, as line and column. */
function jsonErrorAt(text: string, e: Error): string {
  const at = jsonErrorOffset(text);
  if (at < 0) return `not valid JSON (${e.message})`;
  const { line, column } = lineAndColumn(text, at);
  return `not valid JSON at line ${line}, column ${column} (${e.message})`;
}

export function parseScenarioFile(input: string, file: string): ScenarioFile {
  const text = input.replace(/^\uFEFF/, '');
  const problems: FileProblem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { scenarios: [], problems: [{ file, path: '', message: jsonErrorAt(text, e as Error) }] };
  }
  const top = scenarioFileSchema.safeParse(raw);
  if (!top.success) return { scenarios: [], problems: issues(top.error).map((i) => ({ file, ...i })) };

  const scenarios: Scenario[] = [];
  const seen = new Map<string, number>();
  top.data.scenarios.forEach((entry, index) => {
    const rawId = (entry as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' && rawId ? rawId : `#${index + 1}`;
    const parsed = scenarioSchema.safeParse(entry);
    if (!parsed.success) {
      for (const i of issues(parsed.error)) problems.push({ file, scenario: name, ...i });
      return;
    }
    const own = checkScenario(parsed.data);
    for (const p of own) problems.push({ file, scenario: name, ...p });
    const first = seen.get(parsed.data.id);
    if (first !== undefined) problems.push({ file, scenario: name, path: 'id', message: `is also the id of scenario #${first + 1}` });
    else seen.set(parsed.data.id, index);
    if (own.length === 0 && first === undefined) scenarios.push(parsed.data);
  });
  return { scenarios: problems.length === 0 ? scenarios : [], problems };
}

export function readScenarioFile(file: string): ScenarioFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { scenarios: [], problems: [{ file, path: '', message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }] };
  }
  if (bytes.length > MAX_SCENARIO_FILE_BYTES) return { scenarios: [], problems: [{ file, path: '', message: `is larger than ${MAX_SCENARIO_FILE_BYTES / 1024} KB` }] };
  return parseScenarioFile(bytes.toString('utf8'), file);
}
