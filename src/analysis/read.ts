import { TranscriptError, type Transcript } from './transcript.js';

/** Decodes bytes (UTF-8/BOM, UTF-16, Shift_JIS), sniffs the format and parses it. Being written. */
export function readTranscript(_data: Uint8Array | string, file: string): Transcript {
  throw new TranscriptError('transcript reading is not built yet', file);
}
