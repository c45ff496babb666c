/**
 * Training the staff-reply model (src/train/staff-fit.ts): the same replies give the same model byte for
 * byte, and the committed model is the one the committed replies train (after changing
 * corpus/staff-replies/, run `npm run train:staff`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateReply, HABITS, serializeReplyModel } from '../../src/analysis/staff-reply/index.js';
import { loadStaffReplyGroups } from '../../src/eval/staff-reply-data.js';
import { readReplyModelFile, REPLY_MODEL_FILE } from '../../src/practice/reply-model-file.js';
import { fitReplyModel, replyDataHash } from '../../src/train/staff-fit.js';

const groups = loadStaffReplyGroups(path.resolve(import.meta.dirname, '../../corpus/staff-replies'));

describe('training the staff-reply model', () => {
  it('is deterministic: two fits serialise identically', () => {
    const a = JSON.stringify(serializeReplyModel(fitReplyModel(groups)));
    expect(JSON.stringify(serializeReplyModel(fitReplyModel(groups)))).toBe(a);
    const parsed = JSON.parse(a);
    expect(parsed.vocabulary.length).toBeGreaterThan(500);
    for (const h of HABITS) {
      expect(parsed.thresholds[h].good).toBeGreaterThan(0);
      expect(parsed.thresholds[h].bad).toBeLessThan(1);
    }
  }, 60_000);

  it('the committed model was trained on the committed replies (run `npm run train:staff` after changing them)', () => {
    const committed = JSON.parse(readFileSync(REPLY_MODEL_FILE, 'utf8')) as { dataHash: string; groups: string[] };
    expect(committed.dataHash).toBe(replyDataHash(groups));
    expect(committed.groups).toEqual(groups.map((g) => g.name));
  });

  it('the committed model judges a plain insult back and a plain concession', () => {
    const model = readReplyModelFile()!;
    const ctx = { lang: 'ja' as const, medium: 'phone' as const, categories: ['unreasonable_demand' as const, 'abuse' as const], demandReasonable: false, turns: [{ role: 'customer' as const, text: '慰謝料払えって言ってんだよ、このバカ。' }] };
    const insult = evaluateReply('バカはそっちでしょう。いい加減にしてください。', ctx, model);
    expect(insult.habits.stay_respectful.verdict).toBe('bad');
    expect(insult.judgedBy).toMatch(/^model staff-lr-/);
    const calm = evaluateReply('ご不快な思いをおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。', ctx, model);
    expect(calm.habits.stay_respectful.verdict).toBe('good');
  });
});
