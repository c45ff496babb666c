/**
 * Cross-checks the TypeScript scorer against the reference Python in shared/corpus/dev/README.md on
 * a seeded random set. Skipped when python3 or the README is not there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/analysis/result.js';
import { evaluate, type Gold, type Prediction, type Span, type Verdict } from '../../src/eval/metrics.js';
import { formatPredictionsJsonl } from '../../src/eval/predict.js';

const README = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'dev', 'README.md');

function python(): string | null {
  for (const cmd of ['python3', 'python']) {
    try {
      execFileSync(cmd, ['-c', 'import json'], { stdio: 'ignore' });
      return cmd;
    } catch {
      // try the next name
    }
  }
  return null;
}

function referenceScript(): string | null {
  if (!existsSync(README)) return null;
  const m = /```python\n([\s\S]*?)```/.exec(readFileSync(README, 'utf8'));
  return m ? m[1]! : null;
}

/** mulberry32: small seeded PRNG, enough to vary a test set reproducibly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticSet(seed: number, n: number): { golds: Gold[]; preds: Prediction[] } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const cats = (k: number) => [...new Set(Array.from({ length: k }, () => pick(CATEGORIES)))];
  // Spans on a half-second grid so touching and overlapping both happen often.
  const spans = (k: number): Span[] =>
    Array.from({ length: k }, () => {
      const start = Math.floor(rnd() * 40) / 2;
      return { start, end: start + (1 + Math.floor(rnd() * 6)) / 2 };
    });
  const golds: Gold[] = [];
  const preds: Prediction[] = [];
  for (let i = 0; i < n; i += 1) {
    const lang = i % 2 === 0 ? 'ja' : 'en';
    // The first four of each language are fixed kinds so every subset has variety to rank.
    const verdict: Verdict = i < 8 ? (['kasuhara', 'kasuhara', 'complaint', 'complaint', 'normal', 'normal', 'kasuhara', 'complaint'] as const)[i]! : pick(['kasuhara', 'complaint', 'normal'] as const);
    const k = verdict === 'kasuhara';
    const severity = k ? 1 + Math.floor(rnd() * 3) : 0;
    golds.push({
      id: `syn-${lang}-${String(i).padStart(2, '0')}`,
      lang,
      verdict,
      severity,
      borderline: i > 1 && rnd() < 0.15,
      categories: k ? cats(1 + Math.floor(rnd() * 3)) : [],
      spans: k ? spans(1 + Math.floor(rnd() * 4)) : [],
    });
    if (i > 8 && rnd() < 0.1) continue; // a missing prediction counts as normal
    const pv: Verdict = rnd() < 0.7 ? verdict : pick(['kasuhara', 'complaint', 'normal'] as const);
    preds.push({
      id: golds[i]!.id,
      verdict: pv,
      risk: rnd() < 0.2 ? severity * 10 : Math.round(rnd() * 20) * 5, // many ties
      categories: pv === 'kasuhara' ? cats(Math.floor(rnd() * 4)) : rnd() < 0.1 ? cats(1) : [],
      spans: pv === 'kasuhara' || rnd() < 0.1 ? spans(Math.floor(rnd() * 4)) : [],
    });
  }
  return { golds, preds };
}

const py = python();
const script = referenceScript();

describe.skipIf(!py || !script)('agreement with the reference Python scorer', () => {
  it.each([1, 2, 3, 4, 5])('matches on synthetic set %i', (seed) => {
    const { golds, preds } = syntheticSet(seed, 36);
    const dir = mkdtempSync(path.join(tmpdir(), 'mamori-eval-ref-'));
    try {
      writeFileSync(path.join(dir, 'score.py'), script!);
      writeFileSync(
        path.join(dir, 'labels.jsonl'),
        golds.map((g) => JSON.stringify({ ...g, file: `conversations/${g.id}.vtt`, setting: 'other', customer_speakers: [], notes: '' })).join('\n') + '\n',
      );
      writeFileSync(path.join(dir, 'predictions.jsonl'), formatPredictionsJsonl(preds));
      const out = execFileSync(py!, ['score.py'], { cwd: dir, encoding: 'utf8' });
      const ours = evaluate(golds, preds);
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(4);
      for (const line of lines) {
        const space = line.indexOf(' ');
        const name = line.slice(0, space) as keyof typeof ours;
        const ref = JSON.parse(line.slice(space + 1).replace(/\bNaN\b/g, 'null')) as Record<string, number | null>;
        for (const [key, value] of Object.entries(ref)) {
          const mine = ours[name][key as keyof (typeof ours)['all']];
          if (value === null) expect(mine, `${name}.${key}`).toBeNaN();
          else expect(Math.abs(mine - value), `${name}.${key}: ours ${mine}, reference ${value}`).toBeLessThanOrEqual(0.0005 + 1e-9);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
