import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { FEEDBACK_NOTE_VIEW } from '../actions/report-feedback.js';
import { feedbackNote } from './feedback-note.js';
import { ANSWER_VIEW, ASK_VIEW, ATTENDANCE_VIEW, EVENT_VIEW, REPORT_VIEW } from '../../community/modals.js';
import { answerSubmitted, askSubmitted, attendanceSubmitted, eventSubmitted, reportSubmitted } from './community-views.js';

export function register(app: App, ctx: SlackContext): void {
  app.view(FEEDBACK_NOTE_VIEW, feedbackNote(ctx));
  app.view(ASK_VIEW, askSubmitted(ctx));
  app.view(ANSWER_VIEW, answerSubmitted(ctx));
  app.view(REPORT_VIEW, reportSubmitted(ctx));
  app.view(EVENT_VIEW, eventSubmitted(ctx));
  app.view(ATTENDANCE_VIEW, attendanceSubmitted(ctx));
}
