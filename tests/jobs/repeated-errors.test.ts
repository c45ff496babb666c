/** A fault pg-boss reports every few seconds is one clear line, then a summary now and then, not a flood. */
import { describe, expect, it } from 'vitest';
import { repeatedErrorLog } from '../../src/jobs/repeated-errors.js';
import { createLogger } from '../../src/logger.js';
import { Writable } from 'node:stream';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  return { lines, logger: createLogger('info', stream) };
}

describe('repeatedErrorLog', () => {
  it('logs the first occurrence, counts repeats and summarises them once per period', () => {
    const { lines, logger } = capture();
    let t = 0;
    const log = repeatedErrorLog(logger, 'job queue (pg-boss)', { summaryEveryMs: 600_000, now: () => t });
    const tick = new Error('cannot call json_to_recordset on a scalar');
    for (let i = 0; i <= 20; i++) { log(tick); t += 30_000; } // ten minutes of a failing clock
    expect(lines.map((l) => l.msg)).toEqual([
      'job queue (pg-boss): cannot call json_to_recordset on a scalar (repeats are summarised every 10 min)',
      'job queue (pg-boss) still failing: cannot call json_to_recordset on a scalar',
    ]);
    expect(lines[1]).toMatchObject({ repeats: 20, level: 50 });
  });

  it('says a different fault at once', () => {
    const { lines, logger } = capture();
    const log = repeatedErrorLog(logger, 'queue', { now: () => 0 });
    log(new Error('a'));
    log(new Error('a'));
    log(new Error('b'));
    expect(lines).toHaveLength(2);
  });
});
