/** What every listener and port of the Slack adapter shares: config, flow deps, the Web API client, who we are. */
import type { webApi } from '@slack/bolt';
import type { ActionDeps, OrgRef } from '../../flows/actions/deps.js';
import type { FeatureSettings } from '../feature-settings.js';
import type { Logger } from '../../logger.js';
import type { SlackConfig } from './config.js';
import { servesRequest, type Installation } from './installation.js';
import type { Lang } from './text.js';

type WebClient = webApi.WebClient;

export interface SlackIdentity extends Installation {
  teamName: string;
  botUserId: string;
}

interface UserInfo { lang: Lang | null; admin: boolean; at: number }

export class SlackContext {
  private readonly users = new Map<string, UserInfo>();
  identity: SlackIdentity = { teamId: '', teamName: 'Slack', botUserId: '', enterpriseId: undefined, isEnterpriseInstall: false };
  private identified!: () => void;
  /** Resolves once auth.test has told us which installation the bot token belongs to. */
  private readonly identityKnown = new Promise<void>((resolve) => { this.identified = resolve; });

  constructor(
    readonly config: SlackConfig,
    readonly deps: ActionDeps,
    /** The community's and booking's settings, given once at construction. */
    readonly features: FeatureSettings,
    readonly client: WebClient,
    readonly logger: Logger,
    /** Wakes the workers in this process after a job was queued (optional). */
    readonly notify: () => void = () => {},
  ) {}

  private intakeRunning = 0;
  private readonly intakeWaiting: Array<() => void> = [];

  /**
   * Runs intake work (after the ack) a few at a time, so a burst of events does not flood the
   * database with hundreds of transactions while later requests wait for their acknowledgement.
   */
  async limitIntake<T>(work: () => Promise<T>, concurrency = 4): Promise<T> {
    if (this.intakeRunning >= concurrency) await new Promise<void>((r) => this.intakeWaiting.push(r));
    this.intakeRunning += 1;
    try {
      return await work();
    } finally {
      this.intakeRunning -= 1;
      this.intakeWaiting.shift()?.();
    }
  }

  async init(): Promise<void> {
    const auth = await this.client.auth.test();
    this.identity = {
      teamId: auth.team_id ?? '', teamName: auth.team ?? 'Slack', botUserId: auth.user_id ?? '',
      enterpriseId: auth.enterprise_id || undefined, isEnterpriseInstall: auth.is_enterprise_install === true,
    };
    this.identified();
  }

  /** Whether a request is for the installation this bot token serves (waits for auth.test at start). */
  async serves(body: unknown): Promise<boolean> {
    await this.identityKnown;
    return servesRequest(this.identity, body);
  }

  orgRef(teamId: string | undefined): OrgRef {
    return { platform: 'slack', platformTeamId: teamId || this.identity.teamId || 'unknown', name: this.identity.teamName || 'Slack' };
  }

  /** The user's Slack locale (users.info include_locale), cached for an hour; null when unknown. */
  private async user(userId: string): Promise<UserInfo> {
    const cached = this.users.get(userId);
    if (cached && Date.now() - cached.at < 3600_000) return cached;
    let info: UserInfo = { lang: null, admin: false, at: Date.now() };
    try {
      const res = await this.client.users.info({ user: userId, include_locale: true });
      const locale = res.user?.locale ?? '';
      info = { lang: locale.startsWith('en') ? 'en' : locale.startsWith('ja') ? 'ja' : null, admin: Boolean(res.user?.is_admin || res.user?.is_owner), at: Date.now() };
    } catch (err) {
      this.logger.warn({ err: errorName(err) }, 'users.info failed');
      return info;
    }
    if (this.users.size > 10_000) this.users.clear();
    this.users.set(userId, info);
    return info;
  }

  /** English when the organisation chose it or the user's Slack locale is English; Japanese otherwise. */
  async languageFor(userId: string | null | undefined, orgLanguage: Lang): Promise<Lang> {
    if (orgLanguage === 'en' || !userId) return orgLanguage;
    return (await this.user(userId)).lang ?? orgLanguage;
  }

  /** A workspace owner or admin, or a member named in SLACK_ADMIN_USER_IDS. */
  async isWorkspaceAdmin(userId: string): Promise<boolean> {
    if (this.config.adminUserIds.includes(userId)) return true;
    return (await this.user(userId)).admin;
  }
}

/** Error class and Slack error code only: never a token, never message text. */
export function errorName(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { name?: string; code?: string; data?: { error?: string } };
    return [e.name, e.code, e.data?.error].filter(Boolean).join(':') || 'Error';
  }
  return String(err);
}

export function slackError(err: unknown): string | undefined {
  return (err as { data?: { error?: string } } | undefined)?.data?.error;
}
