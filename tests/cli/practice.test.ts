/**
 * `mamori practice scenarios --json` and `mamori practice validate FILE`, as a script checks them: one JSON
 * object a line with id, lang, medium, categories and difficulty; exit 1 with one line per problem on a bad file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { LIBRARY_DIR } from '../../src/practice/library.js';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'mamori-practice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mamori practice', () => {
  it('scenarios --json: one object a line, every built-in scenario', async () => {
    const { code, out } = await cli(['practice', 'scenarios', '--json']);
    expect(code).toBe(0);
    const rows = out.map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'lang', 'medium', 'categories', 'difficulty']));
      expect(['ja', 'en']).toContain(r.lang);
      expect([1, 2, 3]).toContain(r.difficulty);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('scenarios: a readable line each', async () => {
    const { out } = await cli(['practice', 'scenarios']);
    expect(out.find((l) => l.startsWith('ja-phone-mailorder-isharyo\t'))).toMatch(/\tja\tphone\t★★\tunreasonable_demand,abuse\t/);
  });

  it('validate: the built-in files are ok (exit 0)', async () => {
    const { code, out, err } = await cli(['practice', 'validate', path.join(LIBRARY_DIR, 'ja-phone.json')]);
    expect([code, err]).toEqual([0, []]);
    expect(out[0]).toMatch(/ja-phone\.json: ok, \d+ scenarios/);
  });

  it('validate: a bad file is exit 1, each problem with file, scenario and path', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'mamori-practice/1', scenarios: [{ id: 'x1-bad', lang: 'en', medium: 'phone', setting: 'bank', title: 'T', kind: 'harassment', categories: [], difficulty: 2, facts: ['f'], limits: ['l'], maxTurns: 3, start: 'a', steps: { a: { customer: 'Hello?', next: { otherwise: 'b' } } } }] }));
    const missing = path.join(dir, 'missing.json');
    const { code, err } = await cli(['practice', 'validate', bad, missing]);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${bad}: scenario x1-bad: categories: a harassment scenario names at least one category`,
      `${bad}: scenario x1-bad: steps.a.next.otherwise: names no step ("b")`,
      `${missing}: cannot be read (ENOENT)`,
    ]);
  });
});

describe('mamori practice play', () => {
  it('plays a scenario with the given replies: customer lines, feedback, the summary', async () => {
    const { code, out } = await cli(['practice', 'play', 'en-phone-isp-six-months-free', '--rules',
      "I'm sorry the outage disrupted your work. The credit is one day of your fee; we can't offer six months free.",
      "If that language continues, I'll end this call. This call is recorded.",
      "Our answer won't change. If this continues I'll end the call now."]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^en-phone-isp-six-months-free — /);
    expect(text).toContain('Customer: Fourteen hours without internet!');
    expect(text).toMatch(/Score \d+\/100 \[refused clearly\]/);
    expect(text).toMatch(/Ended: ended after a warning \(handled well\)/);
  });

  it('--json: the session and its summary; giving in ends it badly', async () => {
    const { code, out } = await cli(['practice', 'play', 'ja-counter-store-dogeza', '--rules', '--json', '申し訳ございません、土下座いたします。']);
    expect(code).toBe(0);
    const r = JSON.parse(out[0]!);
    expect(r.judgedBy).toBe('rules');
    expect(r.session.outcome).toBe('gave_in');
    expect(r.summary.handledWell).toBe(false);
    expect(r.summary.workOn).toContain('no_overpromise');
  });

  it('an unknown scenario is exit 2', async () => {
    const { code, err } = await cli(['practice', 'play', 'no-such-scenario', 'hello']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/no scenario no-such-scenario/);
  });
});
