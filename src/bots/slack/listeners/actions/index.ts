import type { BlockAction, ButtonAction, UsersSelectAction } from '@slack/bolt';
import { chargeStaff } from './charge-staff.js';
import type { SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { acknowledgeAlert } from './acknowledge-alert.js';
import { consultSupervisor } from './consult-supervisor.js';
import { reportFeedback } from './report-feedback.js';
import { showAll } from './show-all.js';
import { COMMUNITY_ACTION_IDS, communityActions } from './community-actions.js';
import { registerBookingActions } from './booking-actions.js';
import { registerInsightsActions } from './insights-feedback.js';
import { HOME_ALERTS_ACTION, HOME_SUPERVISORS_ACTION } from '../../home-settings.js';
import { openAlertSettings, openSupervisors } from './home-settings.js';

export function register(app: SlackRoutes, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>('show_all', showAll(ctx));
  app.action<BlockAction<ButtonAction>>('consult_supervisor', consultSupervisor(ctx));
  app.action<BlockAction<ButtonAction>>('report_false_positive', reportFeedback(ctx, 'false_positive'));
  app.action<BlockAction<ButtonAction>>('report_missed', reportFeedback(ctx, 'missed'));
  app.action<BlockAction<ButtonAction>>('acknowledge_alert', acknowledgeAlert(ctx));
  app.action<BlockAction<UsersSelectAction>>('charge_staff', chargeStaff(ctx));
  const community = communityActions(ctx);
  for (const [name, id] of Object.entries(COMMUNITY_ACTION_IDS)) app.action<BlockAction<ButtonAction>>(id, community[name as keyof typeof COMMUNITY_ACTION_IDS]);
  app.action<BlockAction<ButtonAction>>(HOME_SUPERVISORS_ACTION, openSupervisors(ctx));
  app.action<BlockAction<ButtonAction>>(HOME_ALERTS_ACTION, openAlertSettings(ctx));
  registerBookingActions(app, ctx);
  registerInsightsActions(app, ctx);
}
