/**
 * The words a practice session is shown in, Japanese and English, for every screen that shows one (the CLI
 * today, the Slack and Teams views when the chat wiring lands): how a session ended, the reply classes.
 */
import type { Language } from '../../analysis/result.js';
import type { ReplyClass } from '../../analysis/staff-reply/index.js';
import type { Outcome } from '../../practice/scenario-format.js';

export const OUTCOME_WORDS: Record<Language, Record<Outcome, string>> = {
  ja: {
    resolved: '解決・納得（適切な対応）',
    ended_by_staff: '予告のうえで対応を終了（適切な対応）',
    handed_over: '責任者に引き継ぎ（適切な対応）',
    gave_in: '要求に応じてしまった',
    blew_up: '相手の怒りを強めてしまった',
    time_up: '規定のターン数で終了',
  },
  en: {
    resolved: 'resolved, the customer accepted (handled well)',
    ended_by_staff: 'ended after a warning (handled well)',
    handed_over: 'handed over to a supervisor (handled well)',
    gave_in: 'gave in to the demand',
    blew_up: 'the customer was provoked further',
    time_up: 'ended after the set number of turns',
  },
};

export const REPLY_CLASS_WORDS: Record<Language, Record<ReplyClass, string>> = {
  ja: {
    insulted_back: '言い返した', gave_in: '応じてしまった', dismissed: '正当な苦情を退けた', escalated: '責任者につないだ', warned: '指摘・予告した',
    refused: 'はっきり断った', stalled: 'あいまいに濁した', acknowledged: '気持ちを受け止めた', other: 'その他',
  },
  en: {
    insulted_back: 'answered back', gave_in: 'gave in', dismissed: 'dismissed a fair complaint', escalated: 'handed over', warned: 'named the conduct and warned',
    refused: 'refused clearly', stalled: 'stalled', acknowledged: 'acknowledged', other: 'other',
  },
};
