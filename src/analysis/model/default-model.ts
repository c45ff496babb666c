/**
 * The committed model (src/analysis/model/detector-model.json, written by `npm run train`), read once per
 * process on first use. Missing (a checkout before the first training) means rules alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserializeModel, type DetectorModel, type SerializedModel } from './detector-model.js';

export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('./detector-model.json', import.meta.url));

let loaded: DetectorModel | null | undefined;

export function defaultModel(): DetectorModel | null {
  if (loaded === undefined) loaded = readModelFile();
  return loaded;
}

/** Reads and decodes the committed model (what defaultModel caches; the bench times it). */
export function readModelFile(file = DEFAULT_MODEL_FILE): DetectorModel | null {
  return existsSync(file) ? deserializeModel(JSON.parse(readFileSync(file, 'utf8')) as SerializedModel) : null;
}
