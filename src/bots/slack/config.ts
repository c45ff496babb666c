/**
 * The Slack adapter's configuration, validated with zod from the environment the entry point passes in
 * (this module never reads process.env itself).
 */
import { z } from 'zod';
import { delaysFrom, housekeepingEnv } from '../../flows/actions/housekeeping-config.js';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const opt = (s: z.ZodType) => z.preprocess(emptyAsUndefined, s.optional());

const SlackEnv = z.object({
  SLACK_BOT_TOKEN: opt(z.string().regex(/^xoxb-/, 'must be a bot token (xoxb-…)')),
  SLACK_SIGNING_SECRET: opt(z.string().min(8)),
  SLACK_APP_TOKEN: opt(z.string().regex(/^xapp-/, 'must be an app-level token (xapp-…)')),
  SLACK_API_URL: opt(z.string().url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  MAMORI_MAX_FILE_MB: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(1024).default(500)),
  ...housekeepingEnv,
  MAMORI_THREAD_EXCERPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(20).default(5)),
  SLACK_API_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(120_000).default(15_000)),
  SLACK_API_RETRIES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10).default(3)),
  PUBLIC_BASE_URL: opt(z.string().url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')),
  MAMORI_EXPORT_LINK_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1440).default(15)),
  SLACK_ADMIN_USER_IDS: z.preprocess(emptyAsUndefined, z.string().optional())
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), 'Slack member ids (U…, W…), comma-separated'),
  MAMORI_EVENT_LEASE_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(3600).default(60)),
});

export interface SlackConfig {
  botToken: string;
  /** HTTP mode: Bolt verifies every request with it. */
  signingSecret: string | undefined;
  /** Socket Mode when set. */
  appToken: string | undefined;
  mode: 'socket' | 'http';
  /** Web API base URL, ending in '/' (GovSlack, proxies, tests). */
  apiUrl: string | undefined;
  port: number;
  maxFileBytes: number;
  /** An alert nobody took is sent again after this many seconds (0: never). */
  realertSeconds: number;
  /** A progress message whose job never finished is replaced by a failure note after this. */
  progressTimeoutSeconds: number;
  /** Excerpts shown in the thread before 全文を見る. */
  threadExcerpts: number;
  apiTimeoutMs: number;
  apiRetries: number;
  /** Where this server is reachable from browsers (export download links: `<base>/exports/<token>`); no trailing '/'. */
  publicBaseUrl: string | undefined;
  /** Minutes an export download link stays valid. */
  exportLinkMinutes: number;
  /**
   * Member ids that are mamori admins whatever Slack says; workspace owners and admins (users.info
   * is_owner / is_admin) are admins too. For organisations whose Slack admins are IT staff, not the
   * people who run mamori.
   */
  adminUserIds: string[];
  /** An acknowledged event not handled within this many seconds (its process died) is handled by another. */
  eventLeaseSeconds: number;
}

export class SlackConfigError extends Error {
  override name = 'SlackConfigError';
}

/**
 * Whether Slack is meant to run (the server then loads its configuration, and starts the adapter):
 * a signing secret or app token without the bot token is a mistake to report, not a Slack to ignore.
 */
export function slackConfigured(env: Record<string, string | undefined>): boolean {
  return Boolean(env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN);
}

export function loadSlackConfig(env: Record<string, string | undefined>): SlackConfig {
  const parsed = SlackEnv.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  if (parsed.success) {
    if (!parsed.data.SLACK_BOT_TOKEN) {
      const given = parsed.data.SLACK_SIGNING_SECRET ? 'SLACK_SIGNING_SECRET' : parsed.data.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : null;
      problems.push(given
        ? `  SLACK_BOT_TOKEN: required: ${given} is set, but Slack does not start without the bot token (xoxb-…) / Slack にはボットトークン（xoxb-…）も必要です`
        : '  SLACK_BOT_TOKEN: required');
    }
    if (!parsed.data.SLACK_APP_TOKEN && !parsed.data.SLACK_SIGNING_SECRET) {
      problems.push('  SLACK_SIGNING_SECRET: required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    }
  }
  if (!parsed.success || problems.length > 0) throw new SlackConfigError(`invalid Slack configuration:\n${problems.join('\n')}`);
  const e = parsed.data as z.output<typeof SlackEnv> & { SLACK_BOT_TOKEN: string };
  const apiUrl = e.SLACK_API_URL as string | undefined;
  const publicBaseUrl = e.PUBLIC_BASE_URL as string | undefined;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET as string | undefined,
    appToken: e.SLACK_APP_TOKEN as string | undefined,
    mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
    apiUrl: apiUrl === undefined ? undefined : apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    port: e.PORT,
    maxFileBytes: Math.round(e.MAMORI_MAX_FILE_MB * 1024 * 1024),
    ...delaysFrom(e as { MAMORI_REALERT_MINUTES: number; MAMORI_PROGRESS_TIMEOUT_MINUTES: number }),
    threadExcerpts: e.MAMORI_THREAD_EXCERPTS,
    apiTimeoutMs: e.SLACK_API_TIMEOUT_MS,
    apiRetries: e.SLACK_API_RETRIES,
    publicBaseUrl: publicBaseUrl?.replace(/\/+$/, ''),
    exportLinkMinutes: e.MAMORI_EXPORT_LINK_MINUTES,
    adminUserIds: e.SLACK_ADMIN_USER_IDS,
    eventLeaseSeconds: e.MAMORI_EVENT_LEASE_SECONDS,
  };
}
