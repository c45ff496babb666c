/**
 * The organisation's booking policy (Slack `/mamori-admin bookings policy`, Teams `bookings admin
 * policy`): the rules in force, after a change the rules as changed, or why a change was refused
 * (nothing saved); `usage` is the platform's command for changing them.
 */
import type { Screen } from '../../views/screen.js';
import { said } from '../../views/screen.js';
import { bookingMessages } from '../messages.js';
import type { PolicyOutcome } from '../policy.js';

export function policyScreen(language: string, out: Exclude<PolicyOutcome, { status: 'forbidden' }>, usage: string): Screen<never> {
  const m = bookingMessages(language);
  const note = { type: 'note' as const, spans: [said(usage)] };
  if (out.status === 'invalid') {
    const why = m.policyInvalid(out.problems);
    return { title: m.policyTitle, error: why, blocks: [note], fallbackText: why };
  }
  const saved = out.changed.length > 0;
  return {
    title: m.policyTitle,
    blocks: [
      ...(saved ? [{ type: 'text' as const, spans: [said(`✅ ${m.policySaved}`, true)], tone: 'good' as const }] : []),
      { type: 'text', spans: [said(m.policyLines(out.policy).map((l) => `• ${l}`).join('\n'))] },
      note,
    ],
    fallbackText: saved ? m.policySaved : m.policyTitle,
  };
}
