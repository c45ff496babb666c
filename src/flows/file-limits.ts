/**
 * How large a shared file may be before it is downloaded at all: a recording up to MAMORI_MAX_FILE_MB
 * (it is transcribed in parts), a transcript up to what the engine reads (5 MB, analysis/limits.ts), so
 * a 400 MB "transcript" is refused from its declared size instead of being fetched and then refused.
 */
import { MAX_TRANSCRIPT_BYTES } from '../analysis/limits.js';

export function sharedFileLimitBytes(kind: 'media' | 'transcript', maxFileBytes: number): number {
  return kind === 'media' ? maxFileBytes : Math.min(maxFileBytes, MAX_TRANSCRIPT_BYTES);
}
