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
  if (loaded === undefined) {
    loaded = existsSync(DEFAULT_MODEL_FILE) ? deserializeModel(JSON.parse(readFileSync(DEFAULT_MODEL_FILE, 'utf8')) as SerializedModel) : null;
  }
  return loaded;
}
