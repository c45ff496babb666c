/**
 * The writer groups: every folder under corpus/ (each written apart from the engine and from each
 * other; its README says by whom and from which brief), plus ../shared/corpus/dev as one more group.
 * A group holds conversations (labels.jsonl), an utterance bank (bank.jsonl), or both.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadBank, type BankRow } from './bank.js';
import { CorpusError, loadCorpus, type Corpus } from './corpus.js';

export interface Group {
  name: string;
  dir: string;
  /** Empty (no conversations) for a bank-only group. */
  corpus: Corpus;
  bank: BankRow[];
}

export function loadGroup(dir: string, name = path.basename(path.resolve(dir))): Group {
  const abs = path.resolve(dir);
  const hasLabels = existsSync(path.join(abs, 'labels.jsonl'));
  const bank = loadBank(path.join(abs, 'bank.jsonl'));
  if (!hasLabels && bank.length === 0) throw new CorpusError(`${abs}: neither labels.jsonl nor bank.jsonl`);
  const corpus = hasLabels ? loadCorpus(abs) : { dir: abs, conversations: [] };
  return { name, dir: abs, corpus, bank };
}

/** Each sub-folder of `root` that holds labels.jsonl or bank.jsonl is a group; `extra` folders are added as groups too. */
export function loadGroups(root: string, extra: readonly string[] = []): Group[] {
  const abs = path.resolve(root);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new CorpusError(`corpus root not found: ${abs}`);
  const dirs = readdirSync(abs)
    .map((d) => path.join(abs, d))
    .filter((d) => statSync(d).isDirectory() && (existsSync(path.join(d, 'labels.jsonl')) || existsSync(path.join(d, 'bank.jsonl'))))
    .sort();
  const groups = [...dirs, ...extra.filter((d) => existsSync(d))].map((d) => loadGroup(d));
  const ids = new Map<string, string>();
  for (const g of groups) {
    for (const c of g.corpus.conversations) {
      const other = ids.get(c.label.id);
      if (other) throw new CorpusError(`conversation id ${c.label.id} is in both ${other} and ${g.name}`);
      ids.set(c.label.id, g.name);
    }
  }
  return groups;
}
