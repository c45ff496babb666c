/**
 * Teams configuration, validated once with zod (the server passes the environment in; nothing here
 * reads process.env). Teams is mounted only when it is configured: an Entra app registration (client
 * id, secret, tenant), or the explicit local development mode.
 *
 * The development mode (TEAMS_ALLOW_UNAUTHENTICATED=1) accepts activities without the Bot Framework
 * JWT. It fails closed: it starts only when NODE_ENV says development or test in so many words
 * (containers often leave NODE_ENV unset, and `Production` or `prod` are production too), the server
 * then listens on loopback only (see `unauthenticatedHost`), and it only ever trusts an activity's
 * serviceUrl on loopback, so nobody can make the bot send requests to an address of their choosing.
 */
import { z } from 'zod';

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const flag = z.preprocess(emptyAsUndefined, z.enum(['0', '1', 'true', 'false']).optional()).transform((v) => v === '1' || v === 'true');
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const httpUrl = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));

const TeamsEnv = z.object({
  TEAMS_CLIENT_ID: z.preprocess(emptyAsUndefined, guid.optional()),
  TEAMS_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  TEAMS_TENANT_ID: z.preprocess(emptyAsUndefined, guid.optional()),
  TEAMS_GRAPH_BASE_URL: z.preprocess(emptyAsUndefined, httpUrl.default('https://graph.microsoft.com')),
  TEAMS_SERVICE_URL: z.preprocess(emptyAsUndefined, httpUrl.default('https://smba.trafficmanager.net/teams')),
  TEAMS_ALLOW_UNAUTHENTICATED: flag,
  TEAMS_ADMIN_USER_IDS: z.preprocess(emptyAsUndefined, z.string().optional())
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  TEAMS_APP_ID: z.preprocess(emptyAsUndefined, guid.optional()),
  TEAMS_BOT_DOMAIN: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name, without https://').optional()),
  PUBLIC_BASE_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  TEAMS_FILE_LINK_HOURS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.01).max(30 * 24).default(72)),
  // One setting for both platforms (Slack's config reads it the same way).
  MAMORI_EXPORT_LINK_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1440).default(15)),
  TEAMS_TRANSCRIPT_RECHECK_MINUTES: z.preprocess(emptyAsUndefined, z.string().default('5,15,30,60'))
    .transform((v, ctx) => {
      if (/^(none|off|0)$/i.test(v.trim())) return [];
      const minutes = v.split(',').map((x) => Number(x.trim()));
      const ascending = minutes.every((m, i) => Number.isFinite(m) && m > 0 && m <= 24 * 60 && (i === 0 || m > minutes[i - 1]!));
      if (!ascending || minutes.length > 10) {
        ctx.addIssue({ code: 'custom', message: 'minutes after the meeting end, ascending and comma-separated (e.g. 5,15,30,60), or none' });
        return z.NEVER;
      }
      return minutes;
    }),
  NODE_ENV: z.preprocess(emptyAsUndefined, z.string().optional()),
});

export interface TeamsConfig {
  /** The bot's Entra app (client) id; '' in the unauthenticated development mode without one. */
  clientId: string;
  clientSecret: string;
  /** The tenant the app registration lives in (single-tenant bots). */
  tenantId: string;
  /** Microsoft Graph's root, e.g. https://graph.microsoft.com (https://graph.microsoft.us for GCC High). */
  graphBaseUrl: string;
  /** Bot Connector root for proactive messages to a user never seen (stored references win). */
  serviceUrl: string;
  /** Local development only: no JWT, loopback serviceUrls only. */
  allowUnauthenticated: boolean;
  /** Entra object ids treated as mamori admins (the first admin of a tenant). */
  adminUserIds: string[];
  /** The Teams app id in the manifest (default: a stable id derived from the client id). */
  appId: string | undefined;
  /** The public host name of the bot, for the manifest's validDomains. */
  botDomain: string | undefined;
  /**
   * Where this server is reached from outside (PUBLIC_BASE_URL, else https://TEAMS_BOT_DOMAIN): files
   * (.ics, invoice and report PDFs) are offered as download links under it. Undefined: no links; the
   * card says how to get the file instead.
   */
  publicBaseUrl: string | undefined;
  /** How long a download link works (it also works only once). */
  fileLinkHours: number;
  /** How long an admin's link to all of the organisation's data works (MAMORI_EXPORT_LINK_MINUTES, once). */
  exportLinkMinutes: number;
  /**
   * A meeting whose transcript is not published yet when it ends is checked again this many minutes
   * after its end (each in turn) before the organiser is told there is none; [] checks once.
   */
  transcriptRecheckMinutes: number[];
}

export class TeamsConfigError extends Error {
  override name = 'TeamsConfigError';
}

/**
 * The Teams configuration, or null when Teams is not configured at all (the endpoint is not mounted).
 * Throws TeamsConfigError for a half-done configuration or the development mode in production.
 */
export function loadTeamsConfig(env: Record<string, string | undefined>): TeamsConfig | null {
  const parsed = TeamsEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new TeamsConfigError(`invalid Teams configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const given = [e.TEAMS_CLIENT_ID, e.TEAMS_CLIENT_SECRET, e.TEAMS_TENANT_ID].filter((v) => v !== undefined).length;
  if (e.TEAMS_ALLOW_UNAUTHENTICATED && !isDevelopmentEnv(e.NODE_ENV)) {
    throw new TeamsConfigError(
      `TEAMS_ALLOW_UNAUTHENTICATED=1 is for local development only: it starts only with NODE_ENV=development or NODE_ENV=test (NODE_ENV is ${e.NODE_ENV === undefined ? 'unset' : `"${e.NODE_ENV}"`}, which may be production)`,
    );
  }
  if (given === 0 && !e.TEAMS_ALLOW_UNAUTHENTICATED) return null;
  if (given !== 0 && given !== 3) {
    throw new TeamsConfigError('Teams needs all of TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID (or none of them)');
  }
  return {
    clientId: e.TEAMS_CLIENT_ID ?? '',
    clientSecret: e.TEAMS_CLIENT_SECRET ?? '',
    tenantId: e.TEAMS_TENANT_ID ?? '',
    graphBaseUrl: e.TEAMS_GRAPH_BASE_URL,
    serviceUrl: e.TEAMS_SERVICE_URL,
    allowUnauthenticated: e.TEAMS_ALLOW_UNAUTHENTICATED,
    adminUserIds: e.TEAMS_ADMIN_USER_IDS,
    appId: e.TEAMS_APP_ID,
    botDomain: e.TEAMS_BOT_DOMAIN,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? (e.TEAMS_BOT_DOMAIN ? `https://${e.TEAMS_BOT_DOMAIN}` : undefined),
    fileLinkHours: e.TEAMS_FILE_LINK_HOURS,
    exportLinkMinutes: e.MAMORI_EXPORT_LINK_MINUTES,
    transcriptRecheckMinutes: e.TEAMS_TRANSCRIPT_RECHECK_MINUTES,
  };
}

/** Only an explicit development or test environment counts; anything else (unset included) may be production. */
function isDevelopmentEnv(nodeEnv: string | undefined): boolean {
  return nodeEnv !== undefined && ['development', 'test'].includes(nodeEnv.trim().toLowerCase());
}

/**
 * The address the HTTP server may listen on in the unauthenticated development mode: loopback only.
 * HOST unset becomes 127.0.0.1; any other address throws TeamsConfigError, so the start stops.
 */
export function unauthenticatedHost(host: string | undefined): string {
  if (host === undefined || host.trim() === '') return '127.0.0.1';
  const h = host.trim().replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h)) return host.trim();
  throw new TeamsConfigError(`TEAMS_ALLOW_UNAUTHENTICATED=1 listens on loopback only: HOST must be 127.0.0.1, ::1 or localhost (HOST is "${host}")`);
}

/** The loud warning the development mode logs at start. */
export const UNAUTHENTICATED_WARNING =
  '!!! TEAMS_ALLOW_UNAUTHENTICATED=1: /api/messages accepts activities WITHOUT authentication. ' +
  'Local development only; activities are accepted only when their serviceUrl is on loopback. !!!';

/** True for http(s) URLs whose host is a loopback address (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
