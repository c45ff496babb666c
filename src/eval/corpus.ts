/**
 * A labelled conversation corpus (shared/corpus/SPEC.md): `labels.jsonl` plus `conversations/<id>.<ext>`.
 * Every label line is validated with zod, so a typo in the gold data is reported with its line
 * number instead of silently skewing the scores.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '../analysis/result.js';

export const SETTINGS = [
  'call_center',
  'store',
  'municipal',
  'hospital',
  'hotel',
  'bank',
  'school',
  'care',
  'delivery',
  'restaurant',
  'other',
] as const;

const goldSpanSchema = z
  .object({
    start: z.number().nonnegative(),
    end: z.number().nonnegative(),
    categories: z.array(z.enum(CATEGORIES)),
  })
  .refine((s) => s.end >= s.start, { message: 'span end is before its start' });

export const labelSchema = z
  .object({
    id: z.string().min(1),
    file: z.string().min(1),
    lang: z.enum(['ja', 'en']),
    setting: z.enum(SETTINGS),
    verdict: z.enum(['kasuhara', 'complaint', 'normal']),
    severity: z.number().int().min(0).max(3),
    borderline: z.boolean(),
    categories: z.array(z.enum(CATEGORIES)),
    customer_speakers: z.array(z.string()),
    spans: z.array(goldSpanSchema),
    notes: z.string().optional(),
  })
  .superRefine((l, ctx) => {
    if (l.verdict === 'kasuhara') {
      if (l.severity < 1) ctx.addIssue({ code: 'custom', message: 'a kasuhara label needs severity 1–3', path: ['severity'] });
    } else {
      if (l.severity !== 0) ctx.addIssue({ code: 'custom', message: `severity must be 0 for ${l.verdict}`, path: ['severity'] });
      if (l.categories.length > 0) ctx.addIssue({ code: 'custom', message: `categories must be [] for ${l.verdict}`, path: ['categories'] });
      if (l.spans.length > 0) ctx.addIssue({ code: 'custom', message: `spans must be [] for ${l.verdict}`, path: ['spans'] });
    }
  });

export type Label = z.infer<typeof labelSchema>;

export interface Conversation {
  label: Label;
  /** Absolute path of the transcript file. */
  path: string;
}

export interface Corpus {
  /** Absolute path of the corpus folder. */
  dir: string;
  conversations: Conversation[];
}

/** Something wrong with the corpus folder or its labels: shown to the user, never a stack trace. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Parses the text of a labels.jsonl file. Blank lines are skipped; any invalid line throws CorpusError. */
export function parseLabels(text: string, source = 'labels.jsonl'): Label[] {
  const labels: Label[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new CorpusError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = labelSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((iss) => `${iss.path.length ? iss.path.join('.') : '(line)'}: ${iss.message}`)
        .join('; ');
      throw new CorpusError(`${where}: invalid label: ${issues}`);
    }
    if (seen.has(parsed.data.id)) throw new CorpusError(`${where}: duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    labels.push(parsed.data);
  });
  return labels;
}

/** Loads and validates a corpus folder. Throws CorpusError when labels.jsonl or a listed file is missing. */
export function loadCorpus(dir: string): Corpus {
  const abs = path.resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new CorpusError(`corpus folder not found: ${abs}`);
  }
  const labelsPath = path.join(abs, 'labels.jsonl');
  if (!existsSync(labelsPath)) {
    throw new CorpusError(`${abs} has no labels.jsonl: pass a corpus folder (see shared/corpus/SPEC.md)`);
  }
  const labels = parseLabels(readFileSync(labelsPath, 'utf8'), labelsPath);
  if (labels.length === 0) throw new CorpusError(`${labelsPath} lists no conversations`);
  const conversations = labels.map((label) => {
    const file = path.resolve(abs, label.file);
    if (!existsSync(file)) throw new CorpusError(`${label.id}: transcript file not found: ${file}`);
    return { label, path: file };
  });
  return { dir: abs, conversations };
}
