/**
 * Configuration, read once from the environment and validated with zod, then passed down.
 * No other module reads process.env.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { FALLBACK_CALENDAR_DOMAIN } from './time/calendar-organizer.js';

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

// A host name in ASCII (an internationalised one as punycode, xn--…), lower case.
const domainName = z.string().trim().toLowerCase().regex(
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/,
  'ドメイン名だけを書いてください（例 mamori.example.co.jp）/ must be a bare domain name such as mamori.example.co.jp',
);

// The operator's own /privacy or /terms page (src/bots/http/pages/policy-pages.ts reads it at start).
const pageFile = z.string().regex(/\.(md|markdown|txt|html?)$/i, 'Markdown (.md) か HTML (.html) のファイルを指定してください / must name a Markdown (.md) or HTML (.html) file');

const EnvSchema = z.object({
  MAMORI_CALENDAR_DOMAIN: z.preprocess(emptyAsUndefined, domainName.optional()),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional()),
  MAMORI_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.mamori')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  MAMORI_WORKER_CONCURRENCY: z.preprocess(emptyAsUndefined, int(2, 1, 64)),
  MAMORI_JOB_RETRY_LIMIT: z.preprocess(emptyAsUndefined, int(5, 0, 100)),
  MAMORI_JOB_RETRY_DELAY_SECONDS: z.preprocess(emptyAsUndefined, int(10, 0, 3600)),
  MAMORI_ANALYSIS_EXPIRE_SECONDS: z.preprocess(emptyAsUndefined, int(900, 1, 86_399)),
  // One thread on a 2-core machine leaves a core to the HTTP server and the database; two above that.
  MAMORI_ANALYSIS_THREADS: z.preprocess(emptyAsUndefined, int(Math.min(2, Math.max(1, availableParallelism() - 1)), 1, 32)),
  MAMORI_ANALYSIS_TIME_LIMIT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.1).max(3600).default(60)),
  MAMORI_DELIVERY_EXPIRE_SECONDS: z.preprocess(emptyAsUndefined, int(60, 1, 86_399)),
  MAMORI_POLLING_INTERVAL_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.5).max(60).default(2)),
  MAMORI_MAINTENANCE_INTERVAL_SECONDS: z.preprocess(emptyAsUndefined, int(60, 1, 3600)),
  MAMORI_MONTHLY_MINUTE_QUOTA: z.preprocess(emptyAsUndefined, int(3000, 0, 10_000_000)),
  // Seeds organisations seen for the first time only; admins change theirs with `retention DAYS`.
  MAMORI_RETENTION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int()
    .min(30, 'must be at least 30 days (保存期間は30日以上にしてください): records are kept at least that long, as promised')
    .max(3650).default(365)),
  MAMORI_RETENTION_CRON: z.preprocess(emptyAsUndefined, z.string().default('17 3 * * *')),
  MAMORI_SCHEDULER_TICK_SECONDS: z.preprocess(emptyAsUndefined, int(30, 1, 45)),
  MAMORI_TMP_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  MAMORI_TMP_MAX_AGE_MINUTES: z.preprocess(emptyAsUndefined, int(120, 10, 10_080)),
  PORT: z.preprocess(emptyAsUndefined, int(3000, 0, 65535)),
  HOST: z.preprocess(emptyAsUndefined, z.string().optional()),
  MAMORI_HTTP_MAX_BODY_KB: z.preprocess(emptyAsUndefined, int(1024, 16, 102_400)),
  MAMORI_HTTP_REQUEST_TIMEOUT_SECONDS: z.preprocess(emptyAsUndefined, int(30, 1, 600)),
  MAMORI_PRIVACY_FILE: z.preprocess(emptyAsUndefined, pageFile.optional()),
  MAMORI_TERMS_FILE: z.preprocess(emptyAsUndefined, pageFile.optional()),
  MAMORI_SHUTDOWN_GRACE_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.5).max(3600).default(20)),
});

export interface JobsConfig {
  /** Jobs processed at the same time per queue in this process. */
  concurrency: number;
  retryLimit: number;
  /** First retry delay; doubled each time (retryBackoff). */
  retryDelaySeconds: number;
  analysisExpireSeconds: number;
  deliveryExpireSeconds: number;
  pollingIntervalSeconds: number;
  maintenanceIntervalSeconds: number;
  retentionCron: string;
  /** How often pg-boss's clock looks for due schedules and turns them into jobs (1–45 s, pg-boss's bounds). */
  schedulerTickSeconds: number;
}

export interface AppConfig {
  database: { url: string | undefined; dataDir: string };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  jobs: JobsConfig;
  /** The engine's worker threads (src/analysis-threads): how many, and how long one analysis may run. */
  analysis: { threads: number; timeLimitMs: number };
  /** Defaults for a new organisation's settings. */
  orgDefaults: { monthlyMinuteQuota: number; retentionDays: number };
  tmpDir: string | undefined;
  /**
   * A work folder (a recording being transcribed) nothing has changed in for this long is deleted by
   * the sweep, whoever made it; longer than any job may run (MAMORI_ANALYSIS_EXPIRE_SECONDS).
   */
  tmpMaxAgeMinutes: number;
  /** The HTTP server for Slack (HTTP mode), Teams, Stripe and /healthz; request bodies above maxBodyBytes get 413. */
  http: { port: number; host: string | undefined; maxBodyBytes: number; requestTimeoutMs: number };
  /** Files with the operator's privacy policy and terms of use (served at /privacy and /terms); mamori's defaults when unset. */
  pages: { privacyFile: string | undefined; termsFile: string | undefined };
  /** How long SIGTERM/SIGINT waits for the jobs in hand before the process exits anyway. */
  shutdownGraceMs: number;
  /**
   * The domain in the UIDs and the organizer's no-reply address of the booking and study-group .ics
   * files: a domain the operator owns, so no other calendar's events collide with ours.
   */
  calendarDomain: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment once. Throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.MAMORI_TMP_MAX_AGE_MINUTES * 60 <= e.MAMORI_ANALYSIS_EXPIRE_SECONDS) {
    throw new ConfigError(
      'invalid configuration:\n  MAMORI_TMP_MAX_AGE_MINUTES: must be longer than a job may run (MAMORI_ANALYSIS_EXPIRE_SECONDS), ' +
        'or the recording of a running job could be swept',
    );
  }
  return {
    database: { url: e.DATABASE_URL, dataDir: e.MAMORI_DATA_DIR },
    logLevel: e.LOG_LEVEL,
    jobs: {
      concurrency: e.MAMORI_WORKER_CONCURRENCY,
      retryLimit: e.MAMORI_JOB_RETRY_LIMIT,
      retryDelaySeconds: e.MAMORI_JOB_RETRY_DELAY_SECONDS,
      analysisExpireSeconds: e.MAMORI_ANALYSIS_EXPIRE_SECONDS,
      deliveryExpireSeconds: e.MAMORI_DELIVERY_EXPIRE_SECONDS,
      pollingIntervalSeconds: e.MAMORI_POLLING_INTERVAL_SECONDS,
      maintenanceIntervalSeconds: e.MAMORI_MAINTENANCE_INTERVAL_SECONDS,
      retentionCron: e.MAMORI_RETENTION_CRON,
      schedulerTickSeconds: e.MAMORI_SCHEDULER_TICK_SECONDS,
    },
    analysis: { threads: e.MAMORI_ANALYSIS_THREADS, timeLimitMs: Math.round(e.MAMORI_ANALYSIS_TIME_LIMIT_SECONDS * 1000) },
    orgDefaults: { monthlyMinuteQuota: e.MAMORI_MONTHLY_MINUTE_QUOTA, retentionDays: e.MAMORI_RETENTION_DAYS },
    tmpDir: e.MAMORI_TMP_DIR,
    tmpMaxAgeMinutes: e.MAMORI_TMP_MAX_AGE_MINUTES,
    http: { port: e.PORT, host: e.HOST, maxBodyBytes: e.MAMORI_HTTP_MAX_BODY_KB * 1024, requestTimeoutMs: e.MAMORI_HTTP_REQUEST_TIMEOUT_SECONDS * 1000 },
    pages: { privacyFile: e.MAMORI_PRIVACY_FILE, termsFile: e.MAMORI_TERMS_FILE },
    shutdownGraceMs: Math.round(e.MAMORI_SHUTDOWN_GRACE_SECONDS * 1000),
    calendarDomain: e.MAMORI_CALENDAR_DOMAIN ?? publicHostOf(env) ?? FALLBACK_CALENDAR_DOMAIN,
  };
}

/**
 * The host the server is reached at (PUBLIC_BASE_URL, else TEAMS_BOT_DOMAIN): the operator's own
 * domain. Those settings are validated by the Slack and Teams configuration; an address that is not
 * a domain name (an IP address, localhost) gives none.
 */
function publicHostOf(env: Record<string, string | undefined>): string | undefined {
  const candidates = [env.PUBLIC_BASE_URL, env.TEAMS_BOT_DOMAIN ? `https://${env.TEAMS_BOT_DOMAIN}` : undefined];
  for (const url of candidates) {
    if (!url) continue;
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    if (host.includes('.') && /[a-z]/.test(host.split('.').at(-1)!) && domainName.safeParse(host).success) return host;
  }
  return undefined;
}
