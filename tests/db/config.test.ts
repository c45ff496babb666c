import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { monthIn } from '../../src/db/months.js';

describe('configuration', () => {
  it('has working defaults: embedded PGlite in ./.mamori, 3000 minutes, 365 days', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ url: undefined, dataDir: './.mamori' });
    expect(c.orgDefaults).toEqual({ monthlyMinuteQuota: 3000, retentionDays: 365 });
    expect(c.jobs.concurrency).toBe(2);
  });

  it('runs analyses on one or two threads for 60 s at most, and drains for 20 s on SIGTERM, unless told otherwise', () => {
    const c = loadConfig({});
    expect([1, 2]).toContain(c.analysis.threads);
    expect(c.analysis.timeLimitMs).toBe(60_000);
    expect(c.shutdownGraceMs).toBe(20_000);
    const set = loadConfig({ MAMORI_ANALYSIS_THREADS: '4', MAMORI_ANALYSIS_TIME_LIMIT_SECONDS: '2.5', MAMORI_SHUTDOWN_GRACE_SECONDS: '5' });
    expect(set.analysis).toEqual({ threads: 4, timeLimitMs: 2500 });
    expect(set.shutdownGraceMs).toBe(5000);
    expect(() => loadConfig({ MAMORI_ANALYSIS_THREADS: '0' })).toThrow(/MAMORI_ANALYSIS_THREADS/);
    expect(() => loadConfig({ MAMORI_ANALYSIS_TIME_LIMIT_SECONDS: 'forever' })).toThrow(/MAMORI_ANALYSIS_TIME_LIMIT_SECONDS/);
    expect(() => loadConfig({ MAMORI_SHUTDOWN_GRACE_SECONDS: '-1' })).toThrow(/MAMORI_SHUTDOWN_GRACE_SECONDS/);
  });

  it('puts the operator’s own domain in calendar files: MAMORI_CALENDAR_DOMAIN, else the public URL’s host, else a reserved one', () => {
    expect(loadConfig({ MAMORI_CALENDAR_DOMAIN: ' Mamori.Example.co.jp ' }).calendarDomain).toBe('mamori.example.co.jp');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://bot.kaisha.example:8443/mamori' }).calendarDomain).toBe('bot.kaisha.example');
    expect(loadConfig({ TEAMS_BOT_DOMAIN: 'teams-bot.kaisha.example' }).calendarDomain).toBe('teams-bot.kaisha.example');
    expect(loadConfig({ MAMORI_CALENDAR_DOMAIN: 'cal.kaisha.example', PUBLIC_BASE_URL: 'https://bot.kaisha.example' }).calendarDomain).toBe('cal.kaisha.example');
    // An address that is not a domain of the operator's gives the reserved .invalid, never mamori.app.
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://127.0.0.1:3000' }).calendarDomain).toBe('mamori.invalid');
    expect(loadConfig({}).calendarDomain).toBe('mamori.invalid');
    expect(() => loadConfig({ MAMORI_CALENDAR_DOMAIN: 'https://mamori.example.co.jp/' })).toThrow(/MAMORI_CALENDAR_DOMAIN: ドメイン名だけを書いてください/);
  });

  it('reads and validates every variable, naming the bad ones', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h/db', MAMORI_WORKER_CONCURRENCY: '8', MAMORI_MONTHLY_MINUTE_QUOTA: '0' });
    expect(c.database.url).toBe('postgres://u@h/db');
    expect(c.jobs.concurrency).toBe(8);
    expect(c.orgDefaults.monthlyMinuteQuota).toBe(0);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', MAMORI_WORKER_CONCURRENCY: 'lots' })).toThrow(ConfigError);
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', MAMORI_WORKER_CONCURRENCY: 'lots' });
    } catch (err) {
      expect((err as Error).message).toMatch(/DATABASE_URL/);
      expect((err as Error).message).toMatch(/MAMORI_WORKER_CONCURRENCY/);
    }
  });
});

describe('retention', () => {
  it('is 365 days unless set, and never less than 30: a shorter one stops the start with a clear message', () => {
    expect(loadConfig({ MAMORI_RETENTION_DAYS: '30' }).orgDefaults.retentionDays).toBe(30);
    expect(() => loadConfig({ MAMORI_RETENTION_DAYS: '29' })).toThrow(/MAMORI_RETENTION_DAYS: must be at least 30 days \(保存期間は30日以上にしてください\)/);
    expect(() => loadConfig({ MAMORI_RETENTION_DAYS: '7' })).toThrow(ConfigError);
  });
});

describe('work folders', () => {
  it('are swept after MAMORI_TMP_MAX_AGE_MINUTES (120 by default), which must outlast a job', () => {
    expect(loadConfig({}).tmpMaxAgeMinutes).toBe(120);
    expect(loadConfig({ MAMORI_TMP_MAX_AGE_MINUTES: '30' }).tmpMaxAgeMinutes).toBe(30);
    expect(() => loadConfig({ MAMORI_TMP_MAX_AGE_MINUTES: '5' })).toThrow(/MAMORI_TMP_MAX_AGE_MINUTES/);
    expect(() => loadConfig({ MAMORI_TMP_MAX_AGE_MINUTES: '10', MAMORI_ANALYSIS_EXPIRE_SECONDS: '600' }))
      .toThrow(/MAMORI_TMP_MAX_AGE_MINUTES: must be longer than a job may run \(MAMORI_ANALYSIS_EXPIRE_SECONDS\)/);
  });
});

describe('logs', () => {
  it('redact tokens, transcript text and names whatever the level', () => {
    let written = '';
    const sink = new Writable({ write(chunk, _enc, done) { written += String(chunk); done(); } });
    const log = createLogger('debug', sink);
    log.info({ token: 'xoxb-secret', text: 'ふざけるな', displayName: '山田 花子', submissionId: 's1', headers: { authorization: 'Bearer x' } }, 'hello');
    expect(written).toContain('s1');
    expect(written).not.toMatch(/xoxb-secret|ふざけるな|山田|Bearer/);
  });
});

describe('months', () => {
  it('count usage in the organisation\'s time zone', () => {
    const at = new Date('2026-01-31T16:00:00Z'); // already 1 February in Tokyo
    expect(monthIn('Asia/Tokyo', at)).toBe('2026-02');
    expect(monthIn('UTC', at)).toBe('2026-01');
    expect(monthIn('Not/AZone', at)).toBe('2026-01');
  });
});
