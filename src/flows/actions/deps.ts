/** What the action flows need: the database, the job queue for outbox deliveries, org defaults. */
import type { Database } from '../../db/connection.js';
import type { Platform } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import type { JobQueue } from '../ports.js';

export interface ActionDeps {
  database: Database;
  queue: JobQueue;
  orgDefaults: { monthlyMinuteQuota: number; retentionDays: number };
  logger: Logger;
  now?: () => Date;
}

/** The workspace/tenant an action comes from. */
export interface OrgRef {
  platform: Platform;
  platformTeamId: string;
  name: string;
}

/** Who pressed the button or typed the command. */
export interface Actor {
  platformUserId: string;
  /** The platform says this person administers the workspace (Slack is_admin/is_owner, Teams tenant admin). */
  isWorkspaceAdmin?: boolean;
}
