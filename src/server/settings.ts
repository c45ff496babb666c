/**
 * Every setting `npm start` reads, in one place: each part validates its own variables (zod) and this
 * reads them all once, before anything is opened, so a bad value stops the start with one message.
 * tests/server/settings.test.ts runs this on a recording environment and compares the names it reads
 * with the README's settings tables: a setting cannot be added without being documented.
 */
import { loadConfig, type AppConfig } from '../config.js';
import { loadSlackConfig, slackConfigured, type SlackConfig } from '../bots/slack/config.js';
import { loadTeamsConfig, type TeamsConfig } from '../bots/teams/config.js';
import { teamsHousekeepingSettings } from '../bots/teams/runtime.js';
import { loadBookingConfig, type BookingConfig } from '../flows/booking/config.js';
import { communityConfigFromEnv, type CommunityConfig } from '../flows/community/config.js';
import { insightsConfigFromEnv, type InsightsConfig } from '../flows/insights/config.js';
import { loadStripeSettings, type StripeSettings } from '../payments/config.js';
import { reviewConfigFromEnv, type ReviewServiceConfig } from '../review/config.js';
import { transcriberOptionsFromEnv } from '../transcription/config.js';
import type { OpenAiTranscriberOptions } from '../transcription/openai-transcriber.js';

export type Env = Record<string, string | undefined>;

export interface Settings {
  config: AppConfig;
  /** null: Slack is not configured (no SLACK_BOT_TOKEN). */
  slack: SlackConfig | null;
  teams: TeamsConfig | null;
  teamsHousekeeping: ReturnType<typeof teamsHousekeepingSettings>;
  stripe: StripeSettings | null;
  transcriber: OpenAiTranscriberOptions | null;
  review: ReviewServiceConfig | null;
  community: CommunityConfig;
  insights: InsightsConfig;
  booking: BookingConfig;
}

export function loadSettings(env: Env, config?: AppConfig): Settings {
  return {
    config: config ?? loadConfig(env),
    slack: slackConfigured(env) ? loadSlackConfig(env) : null,
    teams: loadTeamsConfig(env),
    teamsHousekeeping: teamsHousekeepingSettings(env),
    stripe: loadStripeSettings(env),
    transcriber: transcriberOptionsFromEnv(env),
    review: reviewConfigFromEnv(env),
    community: communityConfigFromEnv(env),
    insights: insightsConfigFromEnv(env),
    booking: loadBookingConfig(env),
  };
}
