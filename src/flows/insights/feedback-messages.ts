/** What an admin reads after pressing 採用 / 却下 on a report: one catalogue for both platforms. */
import type { Language } from '../../analysis/result.js';
import type { ReviewOutcome } from './feedback-review.js';

const TEXT = {
  ja: {
    notAdmin: '報告の採用・却下は mamori の管理者だけができます。',
    accepted: (phrase: string) => `報告を採用しました。今後の解析では、主に「${phrase}」からなる箇所を検出しません（脅迫・暴力・性的な言動は常に検出します）。`,
    acceptedProtected: '報告を採用し、誤検知の例として保存しました。この通話の箇所は脅迫・暴力・性的な言動にあたるため、今後も検出します（自動では抑制しません）。',
    acceptedMiss: '報告を採用し、見逃しの例として保存しました。',
    tooShort: (phrase: string, min: number) => `「${phrase}」は短すぎるため抑制に使えません（${min}文字以上が必要です）。短い言葉を抑制すると本当のカスハラまで見逃すおそれがあります。報告者にコメントの「」でより長い言い回しを書いてもらうか、報告を却下してください。`,
    rejected: '報告を却下しました。',
    already: 'この報告はすでに判断済みです。',
    notFound: '報告が見つかりません（削除された可能性があります）。',
    noPhrase: '抑制する言い回しを特定できませんでした。報告のコメントに「」で言い回しを書いてもらってください。',
  },
  en: {
    notAdmin: 'Only mamori admins can accept or reject reports.',
    accepted: (phrase: string) => `Accepted. Future analyses will no longer flag passages made up mainly of "${phrase}" (threats, violence and sexual remarks are always flagged).`,
    acceptedProtected: 'Accepted and kept as an example of a false positive. The passages of this call are threats, violence or sexual remarks, which mamori keeps flagging (they are never suppressed).',
    acceptedMiss: 'Accepted and kept as an example of a miss.',
    tooShort: (phrase: string, min: number) => `"${phrase}" is too short to suppress (at least ${min} characters are needed): suppressing short words could hide real harassment. Ask the reporter to quote a longer phrase in 「」 in the comment, or reject the report.`,
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
    case 'accepted':
      if (out.kind === 'missed') return t.acceptedMiss;
      return out.suppressedPhrase ? t.accepted(out.suppressedPhrase) : t.acceptedProtected;
    case 'phrase_too_short': return t.tooShort(out.phrase, out.minChars);
    case 'rejected': return t.rejected;
    case 'already_decided': return t.already;
    case 'not_found': return t.notFound;
    case 'no_phrase': return t.noPhrase;
  }
}
