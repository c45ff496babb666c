/**
 * `npm run eval -- --staff-replies --json`: one object with `all.precision`, `all.recall` and a member per
 * habit, the positive class a failed habit, leave-one-group-out with two groups or more; and the pooled
 * figures counted as they say.
 */
import { describe, expect, it } from 'vitest';
import { HABITS } from '../../src/analysis/staff-reply/index.js';
import { main } from '../../src/cli/eval-main.js';
import { replyFigures } from '../../src/eval/staff-replies.js';
import type { StaffReplyRow } from '../../src/eval/staff-reply-data.js';

function evalCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(['node', 'eval', ...args], { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join(''), err: err.join('') };
}

describe('npm run eval -- --staff-replies', () => {
  it('--json prints one object: all.precision, all.recall, a member per habit, leave-one-group-out', () => {
    const { code, out } = evalCli(['--staff-replies', '--json']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const r = JSON.parse(out);
    expect(r.positive).toBe('bad');
    expect(r.method).toBe('leave-one-group-out');
    expect(r.groups.length).toBeGreaterThanOrEqual(2);
    expect(r.rows).toBeGreaterThanOrEqual(300);
    for (const key of ['all', ...HABITS]) {
      expect(r[key].precision).toBeGreaterThan(0);
      expect(r[key].recall).toBeGreaterThan(0);
      expect(r[key].precision).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(r.perGroup)).toEqual(r.groups.map((g: { name: string }) => g.name));
    expect(r.rules.all.precision).toBeGreaterThan(0);
  }, 120_000);

  it('a missing folder is exit 2 with a message', () => {
    const { code, err } = evalCli(['--staff-replies', '/nonexistent/staff-replies']);
    expect(code).toBe(2);
    expect(err).toMatch(/staff replies not found/);
  });
});

describe('the figures', () => {
  const row = (habits: Partial<StaffReplyRow['habits']>) =>
    ({ habits: { acknowledge: 'na', no_overpromise: 'na', refuse_clearly: 'na', name_conduct: 'na', escalate: 'na', keep_record: 'na', stay_respectful: 'good', ...habits } }) as StaffReplyRow;
  it('a failed habit is the positive: precision and recall per habit, pooled in all', () => {
    const judged = [
      { row: row({ stay_respectful: 'bad' }), verdicts: { ...row({}).habits, stay_respectful: 'bad' as const } },
      { row: row({ stay_respectful: 'bad' }), verdicts: row({}).habits },
      { row: row({ refuse_clearly: 'good' }), verdicts: { ...row({}).habits, refuse_clearly: 'bad' as const } },
    ];
    const f = replyFigures(judged);
    expect(f.stay_respectful).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(f.refuse_clearly).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(f.all).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
  });
});
