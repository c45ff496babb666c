import { describe, expect, it } from 'vitest';
import {
  compareConversation,
  evaluate,
  f1,
  hits,
  mistakes,
  overlaps,
  ranks,
  score,
  spearman,
  type Gold,
  type Prediction,
} from '../../src/eval/metrics.js';
import { checkGate } from '../../src/eval/thresholds.js';

const gold = (g: Partial<Gold> & Pick<Gold, 'id' | 'verdict'>): Gold => ({
  lang: 'ja',
  severity: 0,
  borderline: false,
  categories: [],
  spans: [],
  ...g,
});
const pred = (p: Partial<Prediction> & Pick<Prediction, 'id' | 'verdict'>): Prediction => ({
  risk: 0,
  categories: [],
  spans: [],
  ...p,
});
/** Gold labels fed back as the predictions, risk = severity. */
const asPrediction = (g: Gold): Prediction =>
  pred({ id: g.id, verdict: g.verdict, risk: g.severity, categories: [...g.categories], spans: g.spans.map((s) => ({ ...s })) });

// A small hand-made set. Every expected number below is worked out by hand in the comments.
const GOLD: Gold[] = [
  gold({ id: 'a', verdict: 'kasuhara', severity: 3, categories: ['threat', 'abuse'], spans: [{ start: 10, end: 20 }, { start: 30, end: 40 }] }),
  gold({ id: 'b', verdict: 'kasuhara', severity: 1, borderline: true, categories: ['persistence'], spans: [{ start: 5, end: 8 }] }),
  gold({ id: 'c', verdict: 'complaint' }),
  gold({ id: 'd', verdict: 'complaint', lang: 'en' }),
  gold({ id: 'e', verdict: 'normal', lang: 'en' }),
  gold({ id: 'f', verdict: 'kasuhara', lang: 'en', severity: 2, categories: ['sexual'], spans: [{ start: 0, end: 5 }] }),
];
const PRED: Prediction[] = [
  // hits a's first span; {20,30} only touches both gold spans, so it matches neither
  pred({ id: 'a', verdict: 'kasuhara', risk: 90, categories: ['threat', 'intimidation'], spans: [{ start: 15, end: 16 }, { start: 20, end: 30 }] }),
  pred({ id: 'b', verdict: 'complaint', risk: 40 }),
  pred({ id: 'c', verdict: 'kasuhara', risk: 60, categories: ['abuse'], spans: [{ start: 1, end: 2 }] }),
  pred({ id: 'd', verdict: 'complaint', risk: 10 }),
  pred({ id: 'e', verdict: 'normal', risk: 0 }),
  pred({ id: 'f', verdict: 'kasuhara', risk: 70, categories: ['sexual'], spans: [{ start: 4, end: 6 }] }),
];

describe('span overlap', () => {
  it('needs strictly positive overlap: touching spans do not match', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 5, end: 9 }, { start: 0, end: 5 })).toBe(false);
    expect(overlaps({ start: 0, end: 5 }, { start: 4.99, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 10 }, { start: 3, end: 4 })).toBe(true); // containment
    expect(overlaps({ start: 0, end: 1 }, { start: 2, end: 3 })).toBe(false);
    expect(hits({ start: 30, end: 40 }, [{ start: 15, end: 16 }, { start: 20, end: 30 }])).toBe(false);
    expect(hits({ start: 30, end: 40 }, [])).toBe(false);
  });

  it('two adjacent TXT lines that only touch are one hit and one miss', () => {
    const g = [gold({ id: 'x', verdict: 'kasuhara', severity: 2, categories: ['abuse'], spans: [{ start: 12, end: 19 }] })];
    const p = [pred({ id: 'x', verdict: 'kasuhara', risk: 1, categories: ['abuse'], spans: [{ start: 5, end: 12 }, { start: 12, end: 19 }] })];
    const m = score(g, p);
    expect(m.span_recall).toBe(1);
    expect(m.span_precision).toBe(0.5);
  });
});

describe('ranks and spearman', () => {
  it('gives tied values their average rank', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(ranks([0, 0, 0])).toEqual([2, 2, 2]);
    expect(ranks([])).toEqual([]);
  });

  it('computes rho from average ranks with ties', () => {
    // ranks x [1, 2.5, 2.5, 4], y [1, 2, 3, 4]: cov 4.5, var 4.5 and 5 -> 4.5 / sqrt(22.5) = 3 / sqrt(10)
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
    expect(spearman([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 12);
    expect(spearman([3, 2, 1], [10, 20, 30])).toBeCloseTo(-1, 12);
    // only order matters: a monotone transform of risk changes nothing
    expect(spearman([0.1, 0.5, 0.5, 0.9], [0, 1, 2, 3])).toBeCloseTo(spearman([1, 50, 50, 90], [0, 1, 2, 3]), 12);
  });

  it('is NaN when a side has no variance (the reference divides by zero)', () => {
    expect(spearman([1, 1, 1], [0, 1, 2])).toBeNaN();
    expect(spearman([], [])).toBeNaN();
  });
});

describe('score', () => {
  it('perfect predictions score 1.0 everywhere and flag nothing', () => {
    const results = evaluate(GOLD, GOLD.map(asPrediction));
    for (const subset of ['all', 'ja', 'en', 'non-borderline'] as const) {
      const m = results[subset];
      expect(m.verdict_accuracy).toBe(1);
      expect(m.kasuhara_precision).toBe(1);
      expect(m.kasuhara_recall).toBe(1);
      expect(m.kasuhara_f1).toBe(1);
      expect(m.complaints_flagged).toBe(0);
      expect(m.span_recall).toBe(1);
      expect(m.span_precision).toBe(1);
      expect(m.category_micro_f1).toBe(1);
      expect(m.category_macro_f1).toBe(1);
      expect(m.risk_severity_spearman).toBeCloseTo(1, 12);
    }
    expect(results.all.normals_flagged).toBe(0);
    expect(results.all.n).toBe(6);
    expect(checkGate(results.all).passed).toBe(true);
    expect(mistakes(GOLD, GOLD.map(asPrediction))).toEqual([]);
  });

  it('scores a known confusion', () => {
    const m = evaluate(GOLD, PRED).all;
    expect(m.n).toBe(6);
    expect(m.verdict_accuracy).toBeCloseTo(4 / 6, 12); // b and c wrong
    // kasuhara: TP a, f; FP c; FN b
    expect(m.kasuhara_precision).toBeCloseTo(2 / 3, 12);
    expect(m.kasuhara_recall).toBeCloseTo(2 / 3, 12);
    expect(m.kasuhara_f1).toBeCloseTo(2 / 3, 12);
    expect(m.complaints_flagged).toBe(0.5); // c of c, d
    expect(m.normals_flagged).toBe(0);
    // gold spans: a[10,20] hit, a[30,40] only touched, b[5,8] no prediction, f[0,5] hit
    expect(m.span_recall).toBe(0.5);
    // predicted: a[15,16] hit, a[20,30] touches only, c[1,2] in a complaint, f[4,6] hit
    expect(m.span_precision).toBe(0.5);
    // threat TP, abuse FN+FP, intimidation FP, persistence FN, sexual TP: pooled 2/2/2
    expect(m.category_micro_f1).toBe(0.5);
    // per-category F1: threat 1, abuse 0, intimidation 0, persistence 0, sexual 1
    expect(m.category_macro_f1).toBeCloseTo(0.4, 12);
    // risk ranks [6,3,4,2,1,5], severity ranks [6,4,2,2,2,5]: 13.5 / sqrt(17.5 * 15.5)
    expect(m.risk_severity_spearman).toBeCloseTo(13.5 / Math.sqrt(17.5 * 15.5), 12);
  });

  it('reports each subset', () => {
    const r = evaluate(GOLD, PRED);
    expect(r.ja.n).toBe(3);
    expect(r.en.n).toBe(3);
    expect(r['non-borderline'].n).toBe(5);
    // en: d, e, f all right
    expect(r.en.kasuhara_f1).toBe(1);
    expect(r.en.complaints_flagged).toBe(0);
    expect(r.en.span_recall).toBe(1);
    expect(r.en.category_macro_f1).toBe(1);
    // risk [10,0,70] vs severity [0,0,2]: ranks [2,1,3] vs [1.5,1.5,3] -> 1.5 / sqrt(2 * 1.5)
    expect(r.en.risk_severity_spearman).toBeCloseTo(1.5 / Math.sqrt(3), 12);
    // ja: a, b, c
    expect(r.ja.kasuhara_precision).toBe(0.5);
    expect(r.ja.kasuhara_recall).toBe(0.5);
    expect(r.ja.complaints_flagged).toBe(1);
    expect(r.ja.normals_flagged).toBeNaN(); // no normal conversation in ja
    expect(r.ja.span_recall).toBeCloseTo(1 / 3, 12);
    // non-borderline drops b: TP a, f; FP c
    expect(r['non-borderline'].kasuhara_recall).toBe(1);
    expect(r['non-borderline'].kasuhara_precision).toBeCloseTo(2 / 3, 12);
  });

  it('counts a missing prediction as normal with risk 0', () => {
    const r = evaluate(GOLD, PRED.filter((p) => p.id !== 'f'));
    expect(r.en.kasuhara_recall).toBe(0);
    expect(r.en.span_recall).toBe(0);
    expect(r.all.kasuhara_f1).toBeCloseTo(f1(1, 1, 2), 12);
  });

  it('ignores prediction order and unknown ids', () => {
    const shuffled = [...PRED].reverse().concat(pred({ id: 'zzz', verdict: 'kasuhara', risk: 100 }));
    expect(evaluate(GOLD, shuffled)).toEqual(evaluate(GOLD, PRED));
  });

  it('is NaN where the reference divides by zero', () => {
    const m = score([gold({ id: 'n', verdict: 'normal' })], [pred({ id: 'n', verdict: 'normal' })]);
    expect(m.verdict_accuracy).toBe(1);
    expect(m.kasuhara_precision).toBeNaN();
    expect(m.kasuhara_f1).toBeNaN();
    expect(m.complaints_flagged).toBeNaN();
    expect(m.span_recall).toBeNaN();
    expect(m.span_precision).toBeNaN();
    expect(m.category_micro_f1).toBeNaN();
    expect(m.category_macro_f1).toBeNaN();
    expect(checkGate(m).passed).toBe(false);
  });
});

describe('mistakes list', () => {
  it('lists each conversation with a wrong verdict, span or category', () => {
    const list = mistakes(GOLD, PRED);
    expect(list.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(list[0]).toEqual({ id: 'a', gold: 'kasuhara', predicted: 'kasuhara', missedSpans: 1, falseSpans: 1, categoryFP: ['intimidation'], categoryFN: ['abuse'] });
    expect(list[1]).toMatchObject({ gold: 'kasuhara', predicted: 'complaint', missedSpans: 1, falseSpans: 0, categoryFN: ['persistence'] });
    expect(list[2]).toMatchObject({ gold: 'complaint', predicted: 'kasuhara', missedSpans: 0, falseSpans: 1, categoryFP: ['abuse'], categoryFN: [] });
    expect(compareConversation(GOLD[4]!, PRED[4]!).gold).toBe('normal');
  });
});

describe('gate', () => {
  it('names the thresholds that fail', () => {
    const m = evaluate(GOLD, PRED).all;
    const gate = checkGate(m);
    expect(gate.passed).toBe(false);
    expect(gate.failed.map((c) => c.metric)).toEqual([
      'kasuhara_f1',
      'complaints_flagged',
      'span_recall',
      'span_precision',
      'category_micro_f1',
    ]);
    expect(checkGate({ ...m, kasuhara_f1: 0.9, complaints_flagged: 0.1, span_recall: 0.8, span_precision: 0.7, category_micro_f1: 0.7, risk_severity_spearman: 0.7 }).passed).toBe(true);
  });
});
