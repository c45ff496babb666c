/** What an admin reads after pressing 採用 / 却下 on a report: one catalogue for both platforms. */
import type { Language } from '../../analysis/result.js';
import type { ReviewOutcome } from './feedback-review.js';

const TEXT = {
  ja: {
    notAdmin: '報告の採用・却下は mamori の管理者だけができます。',
    accepted: (phrase: string | null) => (phrase ? `報告を採用しました。今後の解析では「${phrase}」を含む箇所を検出しません。` : '報告を採用し、見逃しの例として保存しました。'),
    rejected: '報告を却下しました。',
    already: 'この報告はすでに判断済みです。',
    notFound: '報告が見つかりません（削除された可能性があります）。',
    noPhrase: '抑制する言い回しを特定できませんでした。報告のコメントに「」で言い回しを書いてもらってください。',
  },
  en: {
    notAdmin: 'Only mamori admins can accept or reject reports.',
    accepted: (phrase: string | null) => (phrase ? `Accepted. Future analyses will no longer flag passages containing "${phrase}".` : 'Accepted and kept as an example of a miss.'),
    rejected: 'Report rejected.',
    already: 'This report has already been decided.',
    notFound: 'Report not found (it may have been deleted).',
    noPhrase: 'No phrase to suppress could be identified. Ask the reporter to quote it in 「」 in the comment.',
  },
} as const;

export function feedbackNotAdminText(lang: Language): string {
  return TEXT[lang].notAdmin;
}

export function feedbackOutcomeText(lang: Language, out: ReviewOutcome): string {
  const t = TEXT[lang];
  switch (out.status) {
    case 'accepted': return t.accepted(out.suppressedPhrase);
    case 'rejected': return t.rejected;
    case 'already_decided': return t.already;
    case 'not_found': return t.notFound;
    case 'no_phrase': return t.noPhrase;
  }
}
