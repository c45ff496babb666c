import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { FEEDBACK_NOTE_VIEW } from '../actions/report-feedback.js';
import { feedbackNote } from './feedback-note.js';

export function register(app: App, ctx: SlackContext): void {
  app.view(FEEDBACK_NOTE_VIEW, feedbackNote(ctx));
}
