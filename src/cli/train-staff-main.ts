/**
 * `npm run train:staff [-- ROOT]`: fits the staff-reply model on every writer group under ROOT (default
 * corpus/staff-replies/) and writes src/practice/reply-model.json. Deterministic: the same replies give a
 * byte-identical file, stamped with their hash.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeReplyModel } from '../analysis/staff-reply/index.js';
import { CorpusError } from '../eval/corpus.js';
import { STAFF_REPLIES_ROOT } from '../eval/staff-reply-command.js';
import { loadStaffReplyGroups } from '../eval/staff-reply-data.js';
import { REPLY_MODEL_FILE } from '../practice/reply-model-file.js';
import { fitReplyModel } from '../train/staff-fit.js';

export function main(argv: string[] = process.argv, out = REPLY_MODEL_FILE): number {
  const root = path.resolve(argv[2] ?? STAFF_REPLIES_ROOT);
  let groups;
  try {
    groups = loadStaffReplyGroups(root);
  } catch (e) {
    if (e instanceof CorpusError) {
      process.stderr.write(`train:staff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (groups.length === 0) {
    process.stderr.write(`train:staff: no group with replies.jsonl under ${root}\n`);
    return 2;
  }
  const model = fitReplyModel(groups);
  const json = JSON.stringify(serializeReplyModel(model));
  writeFileSync(out, json + '\n');
  const rows = groups.reduce((n, g) => n + g.rows.length, 0);
  process.stdout.write(
    `trained ${model.version} on ${rows} replies in ${groups.length} group(s) (${model.dataHash.slice(0, 12)}): ` +
      `${model.vocabulary.length} features, ${(json.length / 1024).toFixed(0)} KB → ${path.relative(process.cwd(), out)}\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main();
}
