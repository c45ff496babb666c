/** Meeting activities: the end of a meeting the app is in (Teams sends it when the bot subscribed to meeting events). */
import type { MamoriTeamsApp } from '../../teams-app.js';
import type { HandlerDeps } from '../context.js';
import type { Guarded } from '../guard.js';
import { onMeetingEnd } from './meeting-end.js';

export function register(app: MamoriTeamsApp, deps: HandlerDeps, guarded: Guarded): void {
  app.on('meetingEnd', (ctx) => guarded('meetingEnd', () => onMeetingEnd(deps, ctx), undefined));
}
