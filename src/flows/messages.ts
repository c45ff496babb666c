/** User-facing text of the pipeline's own messages, Japanese first, English second (one catalogue per language). */
import type { Language } from '../analysis/result.js';

interface QuotaFigures {
  usedMinutes: number;
  limitMinutes: number;
  remainingMinutes: number | null;
}

const catalogue = {
  ja: {
    quotaExceeded: (q: QuotaFigures) =>
      `今月の解析時間の上限（${q.limitMinutes}分）に達したため、このファイルは解析しませんでした。今月の使用量: ${q.usedMinutes}分、残り: ${q.remainingMinutes ?? 0}分。管理者にご相談ください。`,
    quotaWarning: (q: QuotaFigures) =>
      `今月の解析時間が上限の80%に達しました（${q.usedMinutes}分 / ${q.limitMinutes}分）。`,
    badTranscript: (detail: string) => `ファイルを読み取れませんでした: ${detail}`,
    fileGone: () => 'ファイルを取得できませんでした（削除されたか、アクセス権がありません）。',
    mediaUnsupported: () => '音声・動画ファイルの文字起こしはまだ設定されていません。文字起こし（VTT・SRT など）を共有してください。',
    analysisFailed: () => '解析を完了できませんでした。管理者に通知済みです。しばらくしてから再度共有してください。',
  },
  en: {
    quotaExceeded: (q: QuotaFigures) =>
      `This file was not analysed: your organisation has reached this month's limit of ${q.limitMinutes} minutes (used ${q.usedMinutes}, ${q.remainingMinutes ?? 0} left). Please ask an administrator.`,
    quotaWarning: (q: QuotaFigures) =>
      `Your organisation has used 80% of this month's analysis minutes (${q.usedMinutes} of ${q.limitMinutes}).`,
    badTranscript: (detail: string) => `The file could not be read: ${detail}`,
    fileGone: () => 'The file could not be fetched (deleted, or mamori has no access to it).',
    mediaUnsupported: () => 'Transcription of audio and video is not configured yet. Please share a transcript (VTT, SRT, …).',
    analysisFailed: () => 'The analysis could not be completed. Administrators have been notified; please share the file again later.',
  },
} satisfies Record<Language, Record<string, (...args: never[]) => string>>;

export function messagesFor(language: string): (typeof catalogue)['ja'] {
  return language === 'en' ? catalogue.en : catalogue.ja;
}

export const quotaExceededMessage = (language: string, q: QuotaFigures) => messagesFor(language).quotaExceeded(q);
