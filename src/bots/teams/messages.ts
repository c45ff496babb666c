/** The Teams adapter's own user-facing text, Japanese first, English second (one catalogue per language). */
import type { Language } from '../../analysis/result.js';

import { TEAMS_FETCH_FAILURES, type TeamsFetchFailure } from '../../flows/teams-store.js';

/** Why a Teams input could not be fetched (stored with the input): each has its own message. */
export const FETCH_REASONS = TEAMS_FETCH_FAILURES;
export type FetchReason = TeamsFetchFailure;

/** What a file offered for download is, for its button's label. */
export type FileKind = 'ics' | 'invoice' | 'report' | 'other';

export function fileKindOf(fileName: string, mimeType: string): FileKind {
  if (mimeType === 'text/calendar' || /\.ics$/i.test(fileName)) return 'ics';
  if (mimeType === 'application/pdf' || /\.pdf$/i.test(fileName)) return /^invoice/i.test(fileName) ? 'invoice' : 'report';
  return 'other';
}

const ja = {
  received: (file: string, media = false) => `📥 「${file}」を受け付けました（数分かかることがあります）。 **受付** → ${media ? '文字起こし → ' : ''}解析`,
  receivedText: () => '📥 貼り付けられた文字起こしを受け付けました。 **受付** → 解析',
  transcribing: (file: string) => `🎙️ 「${file}」を文字起こししています… 受付 ✓ → **文字起こし** → 解析`,
  analysing: (file: string, media = false) => `🔎 「${file}」を解析しています… 受付 ✓ → ${media ? '文字起こし ✓ → ' : ''}**解析**`,
  fileButton: (kind: FileKind, name: string) =>
    kind === 'ics' ? 'カレンダーに追加 (.ics)' : kind === 'invoice' ? '請求書 (PDF)' : kind === 'report' ? 'レポート (PDF)' : `ダウンロード: ${name}`,
  fileLinks: (until: string) => `📎 添付ファイルは下のボタンからダウンロードできます（${until} まで・各 1 回限り）。`,
  filesUnavailable: (names: string[]) =>
    `📎 添付ファイル（${names.join('、')}）は Teams のチャットには添付できません。必要な場合は管理者にお問い合わせください。（管理者の方へ: サーバーの公開 URL（PUBLIC_BASE_URL）を設定すると、ここにダウンロード ボタンが表示されます。）`,
  duplicate: (file: string) => `「${file}」はすでに受け付けています。結果はこのチャットにお届けします。`,
  unsupported: (file: string) =>
    `「${file}」は解析できない形式です。文字起こし（VTT・SRT・TXT・JSON）か、録音・録画ファイルを送ってください。`,
  invalid: () => 'このファイルは受け付けられませんでした（ファイル名や大きさを確認してください）。',
  failed: () => '申し訳ありません。受付中に問題が起きました。少し時間をおいてもう一度送ってください。',
  stuck: () => '⚠️ 解析が時間内に終わりませんでした。もう一度送ってください。',
  fetch: {
    url_expired: (file: string) => `「${file}」のダウンロード用リンクの期限が切れていました。お手数ですが、もう一度ファイルを送ってください。`,
    too_large: (file: string) => `「${file}」は大きすぎるため解析できませんでした（上限 500 MB）。分割するか、文字起こしを送ってください。`,
    download_failed: (file: string) => `「${file}」をダウンロードできませんでした。もう一度送ってください。`,
    transcription_disabled: (file: string) =>
      `会議「${file}」の文字起こしを取得できませんでした: この会議ではトランスクリプト（文字起こし）が無効です。Teams 管理センターの会議ポリシーで「文字起こし」を有効にし、会議中に文字起こしを開始してください。`,
    speaker_attribution: (file: string) =>
      `会議「${file}」の文字起こしは、話者の表示（speaker attribution）が許可されていないため取得できませんでした。管理者に会議ポリシーの確認を依頼してください。`,
    forbidden: (file: string) =>
      `会議「${file}」の文字起こしを読む権限がありません。管理者に、アプリのリソース固有の同意（OnlineMeetingTranscript.Read.Chat）またはアプリケーション アクセス ポリシーの設定を依頼してください。`,
    meeting_expired: (file: string) => `会議「${file}」が見つかりませんでした（期限切れか削除済みです）。文字起こしファイルを直接送ってください。`,
    no_transcript: (file: string) => `会議「${file}」には文字起こしがありませんでした。次回は会議中に「文字起こしを開始」してください。`,
    throttled: (file: string) =>
      `Microsoft Graph が混み合っているため、会議「${file}」の文字起こしを取得できませんでした。しばらくしてから文字起こしファイルを直接送ってください。`,
    graph_error: (file: string) => `会議「${file}」の文字起こしを取得できませんでした（Microsoft Graph のエラー）。文字起こしファイルを直接送ってください。`,
    input_missing: (file: string) => `「${file}」の情報が見つかりませんでした。もう一度送ってください。`,
  } satisfies Record<FetchReason, (file: string) => string>,
  meetingUnknown: () => '会議が終了しましたが、会議の情報を取得できなかったため文字起こしを解析できませんでした。主催者の方は文字起こしファイルを mamori に直接送ってください。',
  ackDone: () => '対応済みにしました。',
  ackAlready: (who: string) => `${who} さんがすでに対応済みにしています。`,
  consultSent: (n: number) => `上長（${n} 名）に相談を送りました。`,
  consultAlready: () => 'この件はすでに上長に相談済みです。',
  noSupervisor: () => '上長が設定されていません。管理者に `上長 @あなた @上長` の設定を依頼してください。',
  feedbackThanks: () => 'ご報告ありがとうございます。精度の改善に使わせていただきます。',
  notFound: () => 'この結果は見つかりませんでした（保存期間が過ぎた可能性があります）。',
  notAdmin: () => 'この操作は管理者のみが行えます。',
  settingsSaved: () => '設定を保存しました。',
  settingsInvalid: (reason: string) => `設定できませんでした（${reason}）。`,
  supervisorsMissing: (names: string[]) =>
    names.length === 0
      ? 'すべての上長が mamori をインストール済みです。'
      : `次の上長はまだ mamori を個人用アプリとして追加していないため、通知を受け取れません: ${names.join('、')}。Teams のアプリから mamori を追加するよう依頼してください。`,
  mentionNeeded: () => 'スタッフと上長を @メンションで指定してください（例: `上長 @山田 @佐藤`）。',
  messageActionQueued: (file: string, thread: boolean) =>
    `📥 ${file ? `「${file}」` : 'このメッセージの文字起こし'}を受け付けました。解析結果は${thread ? 'このスレッド' : 'このチャット'}にお返しします（数分かかることがあります）。`,
  messageActionNothing: () => 'このメッセージには解析できるものがありません。通話の文字起こし（時刻つき、または 3 行以上）が書かれたメッセージで使うか、ファイルを mamori との個人チャットに送ってください。',
  messageActionFileElsewhere: () => 'Teams はメッセージに添付されたファイルをアプリに渡さないため、ここでは解析できません。ファイルを mamori との個人チャットに送ってください（結果はそこにお返しします）。',
  messageActionUnknown: () => 'このメニューは mamori では使えません。',
  exportPersonalOnly: () => 'データのダウンロードリンクは、mamori との個人チャットで `書き出し`（`export`）と送るとお届けします。',
  unsuperviseMentionNeeded: () => '上長の設定を外すスタッフを @メンションで指定してください（例: `上長解除 @山田` ですべて、`上長解除 @山田 @佐藤` で佐藤さんだけ）。',
  channelOnly: () => 'このコマンドは部署のチャンネルで実行してください。',
  settingsSummary: (s: { language: string; level: string; department: string | null; links: number; quota: string; retentionDays: number }) =>
    [`**mamori の設定**`, `- 言語: ${s.language}`, `- 通知レベル: ${s.level}`, `- 部署チャンネル: ${s.department ?? '未設定'}`,
      `- 上長の設定: ${s.links} 名分`, `- 今月の解析時間: ${s.quota}`, `- データの保存期間: ${s.retentionDays}日（\`保存期間\` で変更）`].join('\n'),
  continued: (n: number, total: number) => `（続き ${n}/${total}）`,
  welcome: () => 'mamori を追加していただきありがとうございます。通話の文字起こしや録音を送ると、カスハラに当たる発言と対応のアドバイスをお返しします。',
};

type Catalogue = typeof ja;

const en: Catalogue = {
  received: (file, media = false) => `📥 Received "${file}" (this can take a few minutes). **Received** → ${media ? 'transcription → ' : ''}analysis`,
  receivedText: () => '📥 Received the pasted transcript. **Received** → analysis',
  transcribing: (file) => `🎙️ Transcribing "${file}"… Received ✓ → **transcription** → analysis`,
  analysing: (file, media = false) => `🔎 Analysing "${file}"… Received ✓ → ${media ? 'transcription ✓ → ' : ''}**analysis**`,
  fileButton: (kind, name) =>
    kind === 'ics' ? 'Add to calendar (.ics)' : kind === 'invoice' ? 'Invoice (PDF)' : kind === 'report' ? 'Report (PDF)' : `Download: ${name}`,
  fileLinks: (until) => `📎 Download the attached files with the buttons below (until ${until}, once each).`,
  filesUnavailable: (names) =>
    `📎 The attached files (${names.join(', ')}) cannot be attached in a Teams chat. If you need them, please ask your administrator. (Administrators: set the server's public URL, PUBLIC_BASE_URL, and download buttons appear here.)`,
  duplicate: (file) => `"${file}" was already received. The result will arrive in this chat.`,
  unsupported: (file) => `"${file}" is not a format mamori can read. Please send a transcript (VTT, SRT, TXT, JSON) or a recording.`,
  invalid: () => 'This file could not be accepted (check its name and size).',
  failed: () => 'Sorry, something went wrong while receiving this. Please send it again in a moment.',
  stuck: () => '⚠️ The analysis did not finish in time. Please send the file again.',
  fetch: {
    url_expired: (file) => `The download link of "${file}" had expired. Please send the file again.`,
    too_large: (file) => `"${file}" is too large to analyse (limit 500 MB). Please split it or send a transcript.`,
    download_failed: (file) => `"${file}" could not be downloaded. Please send it again.`,
    transcription_disabled: (file) =>
      `The transcript of the meeting "${file}" could not be fetched: transcription is off for this meeting. Turn on transcription in the Teams meeting policy and start it during the meeting.`,
    speaker_attribution: (file) =>
      `The transcript of the meeting "${file}" could not be fetched because speaker attribution is not allowed. Please ask an administrator to check the meeting policy.`,
    forbidden: (file) =>
      `mamori may not read the transcript of the meeting "${file}". Please ask an administrator to grant the app's resource-specific consent (OnlineMeetingTranscript.Read.Chat) or the application access policy.`,
    meeting_expired: (file) => `The meeting "${file}" was not found (expired or deleted). Please send the transcript file directly.`,
    no_transcript: (file) => `The meeting "${file}" has no transcript. Next time, start transcription during the meeting.`,
    throttled: (file) => `Microsoft Graph is busy, so the transcript of "${file}" could not be fetched. Please send the transcript file directly later.`,
    graph_error: (file) => `The transcript of the meeting "${file}" could not be fetched (Microsoft Graph error). Please send the transcript file directly.`,
    input_missing: (file) => `The details of "${file}" were not found. Please send it again.`,
  },
  meetingUnknown: () => 'The meeting ended, but its details could not be read, so its transcript was not analysed. Organisers: please send the transcript file to mamori directly.',
  ackDone: () => 'Marked as handled.',
  ackAlready: (who) => `${who} has already marked this as handled.`,
  consultSent: (n) => `Sent to your supervisor${n === 1 ? '' : 's'} (${n}).`,
  consultAlready: () => 'Your supervisor has already been asked about this.',
  noSupervisor: () => 'No supervisor is set for you. Ask an administrator: `supervisor @you @supervisor`.',
  feedbackThanks: () => 'Thank you for the report. It helps us improve.',
  notFound: () => 'This result was not found (it may have passed its retention period).',
  notAdmin: () => 'Only administrators can do this.',
  settingsSaved: () => 'Settings saved.',
  settingsInvalid: (reason) => `Could not change the setting (${reason}).`,
  supervisorsMissing: (names) =>
    names.length === 0
      ? 'Every supervisor has installed mamori.'
      : `These supervisors have not added mamori as a personal app yet, so they cannot receive alerts: ${names.join(', ')}. Please ask them to add it from Teams apps.`,
  mentionNeeded: () => 'Mention the staff member and the supervisor (e.g. `supervisor @Yamada @Sato`).',
  messageActionQueued: (file, thread) =>
    `📥 Received ${file ? `"${file}"` : "this message's transcript"}. The analysis will come in ${thread ? 'this thread' : 'this chat'} (this can take a few minutes).`,
  messageActionNothing: () => 'There is nothing to analyse in this message. Use it on a message with a call transcript (with times, or three lines or more), or send the file to your personal chat with mamori.',
  messageActionFileElsewhere: () => "Teams does not give apps the files attached to a message, so it cannot be analysed here. Please send the file to your personal chat with mamori (the result comes there).",
  messageActionUnknown: () => 'mamori does not know this menu command.',
  exportPersonalOnly: () => 'Send `export` in your personal chat with mamori to get the data download link.',
  unsuperviseMentionNeeded: () => 'Mention the staff member whose supervisors to remove (`unsupervise @Yamada`: all of them; `unsupervise @Yamada @Sato`: Sato only).',
  channelOnly: () => 'Run this command in the department channel.',
  settingsSummary: (s) =>
    [`**mamori settings**`, `- Language: ${s.language}`, `- Alert level: ${s.level}`, `- Department channel: ${s.department ?? 'not set'}`,
      `- Supervisor links: ${s.links} staff`, `- Analysed this month: ${s.quota}`, `- Data kept for: ${s.retentionDays} days (change with \`retention\`)`].join('\n'),
  continued: (n, total) => `(continued ${n}/${total})`,
  welcome: () => 'Thank you for adding mamori. Send a call transcript or recording and you will get the harassing remarks and advice on how to respond.',
};

export function teamsText(language: string | undefined): Catalogue {
  return language === 'en' ? en : ja;
}

/** The language to answer a user in: their Teams locale when it is English, else Japanese. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/**
 * The language to answer this user in, as Slack does with the user's locale: English when the
 * organisation chose it or the activity's locale (e.g. en-US) is English, Japanese for a Japanese
 * locale, the organisation's language otherwise.
 */
export function userLanguage(orgLanguage: string | undefined, locale: string | undefined): Language {
  const org: Language = orgLanguage === 'en' ? 'en' : 'ja';
  if (org === 'en') return 'en';
  const l = (locale ?? '').toLowerCase();
  return l.startsWith('en') ? 'en' : l.startsWith('ja') ? 'ja' : org;
}
