/**
 * Errors a user causes by sending media we cannot use. Their message is shown to the user as it is:
 * Japanese first, English second. Not worth retrying: the same bytes fail the same way.
 */

export type MediaErrorKind = 'unreadable' | 'no_audio' | 'too_long';

/** The user-facing text of each kind (the message catalogue of src/media). */
export const MEDIA_MESSAGES: Record<MediaErrorKind, string> = {
  unreadable: '音声を読み取れませんでした。ファイルが壊れているか、対応していない形式です / could not read audio from this file (it is damaged or in an unsupported format)',
  no_audio: 'このファイルには音声が含まれていません / this file has no audio track',
  too_long: '録音が長すぎるため文字起こしできません / the recording is too long to transcribe',
};

export class MediaError extends Error {
  override name = 'MediaError';
  /** Shown to the user. */
  readonly userMessage: string;
  readonly retryable = false;
  constructor(
    readonly kind: MediaErrorKind,
    /** Technical detail for debug logs (may quote ffmpeg; never shown to users, never logged above debug). */
    readonly detail: string = '',
    messageOverride?: string,
  ) {
    const message = messageOverride ?? MEDIA_MESSAGES[kind];
    super(message);
    this.userMessage = message;
  }
}
