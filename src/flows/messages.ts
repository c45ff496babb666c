/** User-facing text of the pipeline's own messages, Japanese first, English second (one catalogue per language). */
import type { Language } from '../analysis/result.js';

interface QuotaFigures {
  usedMinutes: number;
  limitMinutes: number;
  remainingMinutes: number | null;
}

const catalogue = {
  ja: {
    quotaExceeded: (q: QuotaFigures, fileSeconds?: number) =>
      fileSeconds !== undefined && fileSeconds > 0 && (q.remainingMinutes ?? 0) > 0
        ? `このファイル（約${Math.ceil(fileSeconds / 60)}分）は今月の解析時間の残り（${q.remainingMinutes}分、上限 ${q.limitMinutes}分）を超えるため、解析しませんでした（文字起こしもしていません）。今月の使用量: ${q.usedMinutes}分。管理者にご相談ください。`
        : `今月の解析時間の上限（${q.limitMinutes}分）に達したため、このファイルは解析しませんでした。今月の使用量: ${q.usedMinutes}分、残り: ${q.remainingMinutes ?? 0}分。管理者にご相談ください。`,
    quotaWarning: (q: QuotaFigures) =>
      `今月の解析時間が上限の80%に達しました（${q.usedMinutes}分 / ${q.limitMinutes}分）。`,
    badTranscript: (detail: string) => `ファイルを読み取れませんでした: ${detail}`,
    fileGone: () => 'ファイルを取得できませんでした（削除されたか、アクセス権がありません）。',
    mediaUnsupported: () =>
      '音声・動画ファイルの文字起こしはまだ設定されていません。管理者が OPENAI_API_KEY を設定すると使えます（Azure OpenAI や社内・ローカルの OpenAI 互換サーバーを使う場合は OPENAI_BASE_URL も設定）。それまでは文字起こし（VTT・SRT・テキストなど）を共有してください。',
    transcriptionUnavailable: () =>
      '文字起こしサービスに接続できなかったため（何度か再試行しました）、この録音を解析できませんでした。しばらくしてからもう一度共有するか、文字起こしファイル（VTT・SRT・テキストなど）を共有してください。',
    analysisFailed: () => '解析を完了できませんでした（何度か再試行しました）。しばらくしてからもう一度共有してください。続く場合は管理者にご相談ください。',
    analysisTimeLimit: (seconds: number) =>
      `このファイルは解析の制限時間（${seconds}秒）内に解析を終えられなかったため、解析を中止しました。通話ごとに分けたファイルか、文字起こし（VTT・SRT・テキストなど）を共有してください。続く場合は管理者にご相談ください。`,
  },
  en: {
    quotaExceeded: (q: QuotaFigures, fileSeconds?: number) =>
      fileSeconds !== undefined && fileSeconds > 0 && (q.remainingMinutes ?? 0) > 0
        ? `This file (about ${Math.ceil(fileSeconds / 60)} min) was not analysed, nor transcribed: it is longer than what is left of this month's ${q.limitMinutes} minutes (${q.remainingMinutes} left, ${q.usedMinutes} used). Please ask an administrator.`
        : `This file was not analysed: your organisation has reached this month's limit of ${q.limitMinutes} minutes (used ${q.usedMinutes}, ${q.remainingMinutes ?? 0} left). Please ask an administrator.`,
    quotaWarning: (q: QuotaFigures) =>
      `Your organisation has used 80% of this month's analysis minutes (${q.usedMinutes} of ${q.limitMinutes}).`,
    badTranscript: (detail: string) => `The file could not be read: ${detail}`,
    fileGone: () => 'The file could not be fetched (deleted, or mamori has no access to it).',
    mediaUnsupported: () =>
      'Transcription of audio and video is not configured yet: an administrator sets OPENAI_API_KEY (and OPENAI_BASE_URL for Azure OpenAI or an in-house or local OpenAI-compatible server). Until then, please share a transcript (VTT, SRT, text, …).',
    transcriptionUnavailable: () =>
      'This recording could not be analysed: the transcription service could not be reached (mamori tried several times). Please share it again later, or share a transcript file (VTT, SRT, text, …).',
    analysisFailed: () => 'The analysis could not be completed (mamori tried several times). Please share the file again later; if it keeps failing, ask an administrator.',
    analysisTimeLimit: (seconds: number) =>
      `The analysis of this file was stopped: it did not finish within its time limit of ${seconds} seconds. Please share one call per file, or a transcript (VTT, SRT, text, …); if it keeps happening, ask an administrator.`,
  },
} satisfies Record<Language, Record<string, (...args: never[]) => string>>;

export function messagesFor(language: string): (typeof catalogue)['ja'] {
  return language === 'en' ? catalogue.en : catalogue.ja;
}

export const quotaExceededMessage = (language: string, q: QuotaFigures) => messagesFor(language).quotaExceeded(q);
