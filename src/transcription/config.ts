/**
 * Transcription settings from the environment (read once at an entry point, validated with zod).
 * null when no OPENAI_API_KEY is set: audio then gets the "configure transcription" reply.
 */
import { z } from 'zod';
import type { OpenAiTranscriberOptions } from './openai-transcriber.js';

const blank = (v: unknown) => (v === '' ? undefined : v);
const int = (min: number, max: number) => z.preprocess(blank, z.coerce.number().int().min(min).max(max).optional());

const TranscriptionEnv = z.object({
  OPENAI_API_KEY: z.preprocess(blank, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(blank, z.string().url().optional()),
  MAMORI_TRANSCRIBE_MODEL: z.preprocess(blank, z.string().optional()),
  MAMORI_TRANSCRIBE_FALLBACK_MODEL: z.string().optional(),
  MAMORI_TRANSCRIBE_TIMEOUT_SECONDS: int(5, 3600),
  MAMORI_TRANSCRIBE_MAX_RETRIES: int(0, 10),
  MAMORI_TRANSCRIBE_CONCURRENCY: int(1, 16),
  MAMORI_TRANSCRIBE_MAX_PART_BYTES: int(1_000_000, 25_000_000),
  MAMORI_TRANSCRIBE_MAX_PART_SECONDS: int(60, 1400),
  MAMORI_TRANSCRIBE_SPEAKER_REFERENCES: z.preprocess(blank, z.enum(['true', 'false']).optional()),
  MAMORI_MEDIA_MAX_SECONDS: int(60, 86_400),
  FFMPEG_PATH: z.preprocess(blank, z.string().optional()),
  MAMORI_FFMPEG_TIMEOUT_SECONDS: int(5, 7200),
});

export function transcriberOptionsFromEnv(env: Record<string, string | undefined>): OpenAiTranscriberOptions | null {
  const e = TranscriptionEnv.parse(env);
  if (!e.OPENAI_API_KEY) return null;
  return {
    apiKey: e.OPENAI_API_KEY,
    baseURL: e.OPENAI_BASE_URL,
    model: e.MAMORI_TRANSCRIBE_MODEL,
    // An empty MAMORI_TRANSCRIBE_FALLBACK_MODEL turns the fallback off.
    fallbackModel: e.MAMORI_TRANSCRIBE_FALLBACK_MODEL === undefined ? undefined : e.MAMORI_TRANSCRIBE_FALLBACK_MODEL || null,
    timeoutMs: e.MAMORI_TRANSCRIBE_TIMEOUT_SECONDS === undefined ? undefined : e.MAMORI_TRANSCRIBE_TIMEOUT_SECONDS * 1000,
    maxRetries: e.MAMORI_TRANSCRIBE_MAX_RETRIES,
    concurrency: e.MAMORI_TRANSCRIBE_CONCURRENCY,
    maxPartBytes: e.MAMORI_TRANSCRIBE_MAX_PART_BYTES,
    maxPartSeconds: e.MAMORI_TRANSCRIBE_MAX_PART_SECONDS,
    maxDurationSec: e.MAMORI_MEDIA_MAX_SECONDS,
    speakerReferences: e.MAMORI_TRANSCRIBE_SPEAKER_REFERENCES === undefined ? undefined : e.MAMORI_TRANSCRIBE_SPEAKER_REFERENCES === 'true',
    ffmpegPath: e.FFMPEG_PATH,
    ffmpegTimeoutMs: e.MAMORI_FFMPEG_TIMEOUT_SECONDS === undefined ? undefined : e.MAMORI_FFMPEG_TIMEOUT_SECONDS * 1000,
  };
}
