/**
 * An admin's scenario file: a good one reads; a bad one is refused with every problem at once, each naming
 * the file, the scenario and the path inside it (what `mamori practice validate` prints).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenarioFile } from '../../src/practice/scenario-file.js';

/** A small valid scenario, changed by each test to break one thing. */
function scenario(overrides: Record<string, unknown> = {}) {
  return {
    id: 'our-counter-refund',
    lang: 'ja',
    medium: 'counter',
    setting: 'store',
    title: '返品期限を過ぎた商品の返金要求',
    kind: 'harassment',
    categories: ['unreasonable_demand'],
    difficulty: 1,
    facts: ['購入から60日が過ぎている。'],
    limits: ['返品は30日以内。'],
    maxTurns: 4,
    start: 'open',
    steps: {
      open: { customer: '期限なんて知らないよ。返金して。', next: { refused: 'ok', gave_in: 'lost', otherwise: 'open' } },
      ok: { customer: '……わかったよ。', end: 'resolved' },
      lost: { customer: 'ほら、できるじゃない。', end: 'gave_in' },
    },
    ...overrides,
  };
}
const file = (...scenarios: unknown[]) => JSON.stringify({ format: 'mamori-practice/1', scenarios });
const problems = (text: string) => parseScenarioFile(text, 'ours.json').problems.map(formatProblem);

describe('a practice scenario file', () => {
  it('reads a valid file', () => {
    const { scenarios, problems: p } = parseScenarioFile(file(scenario()), 'ours.json');
    expect(p).toEqual([]);
    expect(scenarios.map((s) => s.id)).toEqual(['our-counter-refund']);
  });

  it('says where the JSON breaks, by line and column', () => {
    const [p] = problems('{\n  "format": "mamori-practice/1",\n  "scenarios": [,]\n}');
    expect(p).toMatch(/^ours\.json: not valid JSON at line 3, column \d+/);
  });

  it('names an unknown format', () => {
    expect(problems(JSON.stringify({ format: 'v2', scenarios: [scenario()] }))[0]).toMatch(/^ours\.json: format: /);
  });

  it('names the scenario and the path of a bad field', () => {
    expect(problems(file(scenario({ medium: 'fax', difficulty: 5 })))).toEqual([
      expect.stringMatching(/^ours\.json: scenario our-counter-refund: medium: /),
      expect.stringMatching(/^ours\.json: scenario our-counter-refund: difficulty: /),
    ]);
  });

  it('names a scenario without an id by its position', () => {
    const { id: _, ...noId } = scenario();
    expect(problems(file(scenario(), noId))[0]).toMatch(/^ours\.json: scenario #2: id: /);
  });

  it('refuses a step with no way on, a link to no step, an unreachable step and a loop with no end', () => {
    const steps = {
      open: { customer: '返金して。', next: { refused: 'okk' } },
      ok: { customer: '……わかったよ。', end: 'resolved' },
    };
    expect(problems(file(scenario({ steps })))).toEqual([
      'ours.json: scenario our-counter-refund: steps.open.next.otherwise: is required on a step that does not end (where any other reply leads)',
      'ours.json: scenario our-counter-refund: steps.open.next.refused: names no step ("okk")',
    ]);
    const island = { ...scenario().steps, island: { customer: 'どこにも行けない。', next: { otherwise: 'island' } } };
    expect(problems(file(scenario({ steps: island })))).toEqual([
      'ours.json: scenario our-counter-refund: steps.island: cannot be reached from the start ("open")',
      'ours.json: scenario our-counter-refund: steps.island: no end step can be reached from it: a session there would never end',
    ]);
  });

  it('checks kind against categories, and the lines against the language', () => {
    expect(problems(file(scenario({ kind: 'complaint' }))) [0]).toBe('ours.json: scenario our-counter-refund: categories: a legitimate complaint has no harassment categories ([])');
    const english = { ...scenario().steps, ok: { customer: 'Fine, whatever.', end: 'resolved' } };
    expect(problems(file(scenario({ steps: english })))).toEqual(['ours.json: scenario our-counter-refund: steps.ok.customer: is not written in Japanese like the scenario']);
  });

  it('refuses two scenarios with one id, and unknown fields', () => {
    expect(problems(file(scenario(), scenario()))).toEqual(['ours.json: scenario our-counter-refund: id: is also the id of scenario #1']);
    expect(problems(file(scenario({ mood: 'angry' })))[0]).toMatch(/^ours\.json: scenario our-counter-refund: .*mood/);
  });

  it('an end step with a way on, and a reply class that does not exist', () => {
    const steps = { ...scenario().steps, ok: { customer: '……わかったよ。', end: 'resolved', next: { otherwise: 'open' } } };
    expect(problems(file(scenario({ steps })))).toEqual(['ours.json: scenario our-counter-refund: steps.ok.next: an end step has no next steps']);
    const typo = { ...scenario().steps, open: { customer: '返金して。', next: { refuse: 'ok', otherwise: 'open' } } };
    expect(problems(file(scenario({ steps: typo })))[0]).toMatch(/^ours\.json: scenario our-counter-refund: steps\.open\.next/);
  });
});

describe('a hostile scenario file', () => {
  it('nesting deeper than any stack is a clear problem, not a crash', () => {
    const [p] = problems('['.repeat(200_000));
    expect(p).toMatch(/^ours\.json: not valid JSON at line 1, column \d+/);
  });
});

describe('the README\'s example file', () => {
  it('is valid once its page comments are removed, and plays', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### For admins: the scenario file format'));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1]!.replace(/\s+\/\/.*$/gm, '');
    const { scenarios, problems: p } = parseScenarioFile(json, 'README.md');
    expect(p).toEqual([]);
    expect(scenarios[0]!.id).toBe('our-counter-refund');
  });
});
