/**
 * Training (src/train/fit.ts): the same corpus gives the same model byte for byte, and the committed
 * model is the one the committed corpus trains (so a corpus change without `npm run train` fails here).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeModel } from '../../src/analysis/model/detector-model.js';
import { DEFAULT_MODEL_FILE } from '../../src/analysis/model/default-model.js';
import { loadGroup, loadGroups } from '../../src/eval/groups.js';
import { corpusHash, fitModel } from '../../src/train/fit.js';

const root = path.resolve(__dirname, '../..');

describe('training the utterance model', () => {
  it('is deterministic: two fits of the same groups serialise identically', () => {
    const groups = [loadGroup(path.join(root, 'corpus/holdout')), loadGroup(path.join(root, 'corpus/reported'))];
    const a = JSON.stringify(serializeModel(fitModel(groups)));
    const b = JSON.stringify(serializeModel(fitModel(groups)));
    expect(a).toBe(b);
    const parsed = JSON.parse(a);
    expect(parsed.vocabulary.length).toBeGreaterThan(1000);
    expect(parsed.anyThreshold).toBeGreaterThan(0);
    expect(parsed.anyThreshold).toBeLessThan(1);
  }, 120_000);

  it('the committed model was trained on the committed corpus (run `npm run train` after changing it)', () => {
    const committed = JSON.parse(readFileSync(DEFAULT_MODEL_FILE, 'utf8')) as { corpusHash: string };
    const groups = loadGroups(path.join(root, 'corpus'), [path.resolve(root, '../shared/corpus/dev')]);
    expect(committed.corpusHash).toBe(corpusHash(groups));
  }, 120_000);
});
