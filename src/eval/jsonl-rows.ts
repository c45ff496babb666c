/**
 * Rows of a JSON-lines file checked against a schema, ids unique: the bank and the labelled staff replies
 * read the same way, each failure a CorpusError naming the file and line.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { CorpusError } from './corpus.js';

export function readJsonlRows<T extends { id: string }>(
  file: string,
  schema: z.ZodType<T>,
  what: string,
  describeIssue: (issue: z.ZodIssue) => string = (x) => x.message,
): T[] {
  const rows: T[] = [];
  const seen = new Set<string>();
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new CorpusError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new CorpusError(`${file}:${i + 1}: invalid ${what}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
    if (seen.has(parsed.data.id)) throw new CorpusError(`${file}:${i + 1}: duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    rows.push(parsed.data);
  });
  return rows;
}
