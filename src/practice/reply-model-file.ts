/**
 * The committed staff-reply model (src/practice/reply-model.json, written by `npm run train:staff`), read
 * once per process on first use and handed to the pure evaluator as data. Missing (before the first
 * training) means the habit signals alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserializeReplyModel, type ReplyModel, type SerializedReplyModel } from '../analysis/staff-reply/index.js';

export const REPLY_MODEL_FILE = fileURLToPath(new URL('./reply-model.json', import.meta.url));

let loaded: ReplyModel | null | undefined;

export function defaultReplyModel(): ReplyModel | null {
  if (loaded === undefined) loaded = readReplyModelFile();
  return loaded;
}

export function readReplyModelFile(file = REPLY_MODEL_FILE): ReplyModel | null {
  return existsSync(file) ? deserializeReplyModel(JSON.parse(readFileSync(file, 'utf8')) as SerializedReplyModel) : null;
}
