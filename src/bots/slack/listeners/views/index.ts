import type { SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { FEEDBACK_NOTE_VIEW } from '../actions/report-feedback.js';
import { feedbackNote } from './feedback-note.js';
import { AVAILABILITY_VIEW, BOOK_VIEW, CANCEL_VIEW, MOVE_VIEW } from '../../booking/modals.js';
import { availabilitySubmitted, bookSubmitted, cancelSubmitted, moveSubmitted } from './booking-views.js';
import { ANSWER_VIEW, ASK_VIEW, ATTENDANCE_VIEW, EVENT_EDIT_VIEW, EVENT_VIEW, REPORT_VIEW } from '../../community/modals.js';
import { REVIEW_MANUAL_VIEW } from '../commands/admin-ai.js';
import { reviewManualSubmitted } from './review-manual.js';
import { PRACTICE_VIEW } from '../commands/practice-command.js';
import { practicePickerSubmitted } from './practice-picker.js';
import { ALERTS_VIEW, SUPERVISORS_VIEW } from '../../home-settings.js';
import { alertSettingsSubmitted, supervisorsSubmitted } from './home-settings.js';
import { answerSubmitted, askSubmitted, attendanceSubmitted, eventEdited, eventSubmitted, reportSubmitted } from './community-views.js';

export function register(app: SlackRoutes, ctx: SlackContext): void {
  app.view(FEEDBACK_NOTE_VIEW, feedbackNote(ctx));
  app.view(ASK_VIEW, askSubmitted(ctx));
  app.view(ANSWER_VIEW, answerSubmitted(ctx));
  app.view(REPORT_VIEW, reportSubmitted(ctx));
  app.view(EVENT_VIEW, eventSubmitted(ctx));
  app.view(EVENT_EDIT_VIEW, eventEdited(ctx));
  app.view(ATTENDANCE_VIEW, attendanceSubmitted(ctx));
  app.view(AVAILABILITY_VIEW, availabilitySubmitted(ctx));
  app.view(BOOK_VIEW, bookSubmitted(ctx));
  app.view(CANCEL_VIEW, cancelSubmitted(ctx));
  app.view(MOVE_VIEW, moveSubmitted(ctx));
  app.view(REVIEW_MANUAL_VIEW, reviewManualSubmitted(ctx));
  app.view(SUPERVISORS_VIEW, supervisorsSubmitted(ctx));
  app.view(ALERTS_VIEW, alertSettingsSubmitted(ctx));
  app.view(PRACTICE_VIEW, practicePickerSubmitted(ctx));
}
