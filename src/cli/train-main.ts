/**
 * `npm run train [-- ROOT]`: fits the utterance model on every writer group under ROOT (default corpus/)
 * plus ../shared/corpus/dev, and writes src/analysis/model/detector-model.json. Deterministic: the same
 * corpus gives a byte-identical file (sorted vocabulary, seeded order), stamped with the corpus hash.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeModel } from '../analysis/model/detector-model.js';
import { DEFAULT_MODEL_FILE } from '../analysis/model/default-model.js';
import { CorpusError } from '../eval/corpus.js';
import { loadGroups } from '../eval/groups.js';
import { fitModel } from '../train/fit.js';

export function main(argv: string[] = process.argv, out = DEFAULT_MODEL_FILE): number {
  const root = path.resolve(argv[2] ?? 'corpus');
  const started = performance.now();
  let groups;
  try {
    groups = loadGroups(root, [path.resolve('..', 'shared', 'corpus', 'dev')]);
  } catch (e) {
    if (e instanceof CorpusError) {
      process.stderr.write(`train: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const model = fitModel(groups);
  const json = JSON.stringify(serializeModel(model));
  writeFileSync(out, json + '\n');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `trained ${model.version} on ${groups.length} groups (corpus ${model.corpusHash.slice(0, 12)}): ` +
      `${model.vocabulary.length} features, ${(json.length / 1024 / 1024).toFixed(1)} MB, ${seconds} s → ${path.relative(process.cwd(), out)}\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main();
}
