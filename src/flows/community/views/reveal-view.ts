/**
 * 「質問者を確認」's answer, shown only to the admin who asked (Slack: an ephemeral message; Teams: the
 * message action's dialog): who asked the question, by member (Slack mentions them, Teams shows the
 * name), with the reminder for an anonymous question and that the look is audited.
 */
import type { MessageView } from '../../views/view.js';
import { communityMessages } from '../messages.js';
import type { RevealOutcome } from '../questions.js';

export function askerRevealedView(language: string, out: Extract<RevealOutcome, { status: 'revealed' }>): MessageView {
  const m = communityMessages(language);
  const [before, after] = m.askerRevealed(out.title);
  const tail = [out.anonymous ? m.askerAnonymous : '', m.askerAudited].filter(Boolean).join(language === 'en' ? ' ' : '');
  return {
    fallbackText: `${before}${out.displayName ?? out.platformUserId}${after}${language === 'en' ? ' ' : ''}${tail}`,
    blocks: [
      { type: 'line', parts: [before, { member: out.platformUserId }, after] },
      { type: 'text', text: tail, tone: out.anonymous ? 'warning' : 'muted' },
    ],
  };
}
