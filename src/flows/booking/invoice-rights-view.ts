/**
 * What an admin is told after granting or clearing a member's invoice payment (Slack `/mamori-admin
 * invoice-rights`, Teams `請求書払い` / `invoice-rights`): the member by id (Slack mentions them, Teams
 * shows the name) and the company as the admin typed it (text, never markup).
 */
import type { MessageView } from '../views/view.js';

const WORDS = {
  ja: {
    saved: (company: string): [string, string] => ['', ` を「${company}」からの派遣として請求書払いを許可しました。`],
    cleared: (): [string, string] => ['', ' の請求書払いを取り消しました。'],
  },
  en: {
    saved: (company: string): [string, string] => ['', ` may now pay by invoice (sent by ${company}).`],
    cleared: (): [string, string] => ['', ' may no longer pay by invoice.'],
  },
} as const;

export function invoiceRightsView(language: string, member: { platformUserId: string; displayName?: string | undefined }, company: string | null): MessageView {
  const w = WORDS[language === 'en' ? 'en' : 'ja'];
  const [before, after] = company ? w.saved(company) : w.cleared();
  return {
    fallbackText: `${before}${member.displayName ?? member.platformUserId}${after}`.trim(),
    blocks: [{ type: 'line', parts: [...(before ? [before] : []), { member: member.platformUserId }, after] }],
  };
}
