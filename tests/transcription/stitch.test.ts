import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/analysis/index.js';
import { MediaError } from '../../src/media/errors.js';
import { isModelUnavailable, mediaFailureOf, toTranscriptionError, TranscriptionError, TranscriptionNotConfigured } from '../../src/transcription/errors.js';
import { requestShapeFor } from '../../src/transcription/openai-transcriber.js';
import { readTranscriptionResponse, speakerLabel, stitchTranscripts } from '../../src/transcription/stitch.js';

describe('readTranscriptionResponse', () => {
  it('reads diarized_json, verbose_json, json and text answers', () => {
    expect(readTranscriptionResponse({ text: 'x', segments: [{ start: 1, end: 2, speaker: 'A', text: ' はい ' }] }, 5).segments).toEqual([
      { start: 1, end: 2, speaker: 'A', text: 'はい' },
    ]);
    expect(readTranscriptionResponse({ text: 'x', segments: [{ id: 0, start: 1, end: 2, text: 'yes' }] }, 5).segments[0]?.speaker).toBeNull();
    expect(readTranscriptionResponse({ text: 'hello' }, 5)).toEqual({ text: 'hello', segments: [{ start: 0, end: 5, speaker: null, text: 'hello' }] });
    expect(readTranscriptionResponse('hello', 5).segments).toHaveLength(1);
  });

  it('skips malformed segments instead of trusting the provider', () => {
    const read = readTranscriptionResponse(
      { segments: [null, { start: 'a', end: 2, text: 'x' }, { start: 1, end: 2, text: '' }, { start: 3, end: 2, text: 'ok', speaker: 7 }] },
      5,
    );
    expect(read.segments).toEqual([{ start: 3, end: 3, speaker: '7', text: 'ok' }]);
    expect(readTranscriptionResponse(42, 5)).toEqual({ text: '', segments: [] });
  });
});

describe('stitchTranscripts', () => {
  it('shifts times by the part offsets, renumbers ids and labels speakers per part', () => {
    const known = new Map([['speaker_A', 'A']]);
    const stitched = stitchTranscripts(
      [
        // given out of order on purpose
        { offsetSec: 60, durationSec: 30, text: 'c d', knownSpeakers: known, segments: [
          { start: 0.5, end: 3, speaker: 'speaker_A', text: 'c' },
          { start: 4, end: 31, speaker: 'A', text: 'd' },
        ] },
        { offsetSec: 0, durationSec: 60, text: 'a b', segments: [
          { start: 10, end: 12, speaker: 'B', text: 'b' },
          { start: 0, end: 5, speaker: 'A', text: 'a' },
        ] },
      ],
      { durationSec: 90 },
    );
    expect(stitched.segments).toEqual([
      { type: 'transcript.text.segment', id: 'seg_0', start: 0, end: 5, speaker: 'A', text: 'a' },
      { type: 'transcript.text.segment', id: 'seg_1', start: 10, end: 12, speaker: 'B', text: 'b' },
      { type: 'transcript.text.segment', id: 'seg_2', start: 60.5, end: 63, speaker: 'A', text: 'c' },
      // a new voice of part 2 is not merged with part 1's A; its end is kept inside the part
      { type: 'transcript.text.segment', id: 'seg_3', start: 64, end: 90, speaker: '2-A', text: 'd' },
    ]);
    expect(stitched).toMatchObject({ task: 'transcribe', duration: 90, text: 'a b\nc d' });
    expect(readTranscript(JSON.stringify(stitched), 'x.json').utterances.map((u) => u.speaker)).toEqual(['A', 'B', 'A', '2-A']);
  });

  it('labels: part 1 as given, later parts mapped or prefixed', () => {
    expect(speakerLabel('A', 0, undefined)).toBe('A');
    expect(speakerLabel('B', 2, undefined)).toBe('3-B');
    expect(speakerLabel('speaker_B', 1, new Map([['speaker_B', 'B']]))).toBe('B');
  });
});

describe('errors', () => {
  const headers = (h: Record<string, string> = {}) => new Headers(h);
  const apiError = (status: number, code: string | null, message: string, h: Record<string, string> = {}) =>
    APIError.generate(status, { error: { message, code, type: 'invalid_request_error' } }, undefined, headers(h));

  it('recognises "model not available" answers', () => {
    expect(isModelUnavailable(apiError(404, 'model_not_found', 'The model does not exist'))).toBe(true);
    expect(isModelUnavailable(apiError(400, 'model_not_found', 'x'))).toBe(true);
    expect(isModelUnavailable(apiError(404, 'DeploymentNotFound', 'The API deployment for this resource does not exist.'))).toBe(true);
    expect(isModelUnavailable(apiError(400, null, "response_format 'diarized_json' is not supported"))).toBe(true);
    expect(isModelUnavailable(apiError(400, 'invalid_value', 'audio duration 1830.5 seconds is longer than 1400 seconds which is the maximum for this model'))).toBe(false);
    expect(isModelUnavailable(apiError(500, 'model_not_found', 'x'))).toBe(false);
    expect(isModelUnavailable(new Error('model not found'))).toBe(false);
  });

  it('maps SDK errors to kinds with retryable and Retry-After', () => {
    expect(toTranscriptionError(apiError(429, 'rate_limit_exceeded', 'slow', { 'retry-after': '7' }))).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterSec: 7 });
    expect(toTranscriptionError(apiError(429, 'insufficient_quota', 'quota'))).toMatchObject({ kind: 'unavailable', retryable: false });
    expect(toTranscriptionError(apiError(502, null, 'bad gateway'))).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(toTranscriptionError(apiError(401, 'invalid_api_key', 'no'))).toMatchObject({ kind: 'unavailable', retryable: false });
    expect(toTranscriptionError(apiError(400, 'invalid_value', 'Audio file might be corrupted'))).toMatchObject({ kind: 'bad_audio', retryable: false });
    expect(toTranscriptionError(apiError(400, 'model_not_found', 'no such model'))).toMatchObject({ kind: 'unavailable', retryable: false });
    expect(toTranscriptionError(new APIConnectionTimeoutError())).toMatchObject({ kind: 'timeout', retryable: true });
    expect(toTranscriptionError(new APIConnectionError({ message: 'ECONNREFUSED' }))).toMatchObject({ kind: 'unavailable', retryable: true });
    const plain = new Error('bug');
    expect(toTranscriptionError(plain)).toBe(plain);
    const mapped = toTranscriptionError(apiError(503, null, 'x')) as TranscriptionError;
    expect(mapped.userMessage).toMatch(/^文字起こしサービスを利用できませんでした.* \/ the transcription service is unavailable/);
  });
});

describe('mediaFailureOf', () => {
  it('tells the job which failures to show and which to retry', () => {
    expect(mediaFailureOf(new MediaError('no_audio'))).toEqual({ code: 'bad_media', message: expect.stringContaining('no audio track') as string });
    expect(mediaFailureOf(new TranscriptionNotConfigured())?.code).toBe('not_configured');
    expect(mediaFailureOf(new TranscriptionError('bad_audio', false))?.code).toBe('transcription_failed');
    expect(mediaFailureOf(new TranscriptionError('rate_limited', true))).toBeNull();
    expect(mediaFailureOf(new Error('bug'))).toBeNull();
  });
});

describe('requestShapeFor', () => {
  it('asks each model for the format it supports', () => {
    expect(requestShapeFor('gpt-4o-transcribe-diarize')).toEqual({ responseFormat: 'diarized_json', chunking: true });
    expect(requestShapeFor('gpt-4o-mini-transcribe')).toEqual({ responseFormat: 'json', chunking: true });
    expect(requestShapeFor('whisper-1')).toEqual({ responseFormat: 'verbose_json', chunking: false });
    expect(requestShapeFor('Systran/faster-whisper-large-v3')).toEqual({ responseFormat: 'verbose_json', chunking: false });
  });
});
