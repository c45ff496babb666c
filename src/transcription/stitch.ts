/**
 * Puts the transcripts of a recording's parts back together as one OpenAI diarized JSON document
 * (the format src/analysis reads as `openai-json`): times shifted by each part's offset, segment ids
 * renumbered, speaker labels kept apart or matched across parts.
 */

export interface SpeechSegment {
  start: number;
  end: number;
  /** Null when the model does not diarize (whisper-1). */
  speaker: string | null;
  text: string;
}

export interface PartTranscript {
  /** Where the part starts in the whole recording (seconds). */
  offsetSec: number;
  durationSec: number;
  text: string;
  /** Times relative to the part's start. */
  segments: SpeechSegment[];
  /**
   * Speaker names the provider was told about for this part (known_speaker_names), mapped to the
   * label they stand for in the whole recording. Labels not in the map are new speakers of this part.
   */
  knownSpeakers?: ReadonlyMap<string, string>;
}

export interface DiarizedSegment {
  type: 'transcript.text.segment';
  id: string;
  start: number;
  end: number;
  speaker?: string;
  text: string;
}

export interface DiarizedTranscript {
  task: 'transcribe';
  duration: number;
  text: string;
  segments: DiarizedSegment[];
  /** Not in OpenAI's format (readers ignore it): which model produced the text. */
  model?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Reads a transcription response whatever its shape: diarized_json (segments with speaker),
 * verbose_json (segments without), json (`{text}`), or plain text. Never trusts the provider's types.
 */
export function readTranscriptionResponse(response: unknown, durationSec: number): { text: string; segments: SpeechSegment[] } {
  if (typeof response === 'string') {
    const text = response.trim();
    return { text, segments: text === '' ? [] : [{ start: 0, end: durationSec, speaker: null, text }] };
  }
  if (!isObject(response)) return { text: '', segments: [] };
  const whole = typeof response['text'] === 'string' ? response['text'].trim() : '';
  const raw = response['segments'];
  const segments: SpeechSegment[] = [];
  if (Array.isArray(raw)) {
    for (const item of raw as unknown[]) {
      if (!isObject(item)) continue;
      const text = typeof item['text'] === 'string' ? item['text'].trim() : '';
      const start = num(item['start']);
      const end = num(item['end']);
      if (text === '' || start === null || end === null) continue;
      const rawSpeaker = item['speaker'];
      const speaker =
        typeof rawSpeaker === 'string' && rawSpeaker.trim() !== '' ? rawSpeaker.trim() : typeof rawSpeaker === 'number' ? String(rawSpeaker) : null;
      segments.push({ start: Math.max(0, start), end: Math.max(start, end), speaker, text });
    }
  } else if (whole !== '') {
    segments.push({ start: 0, end: durationSec, speaker: null, text: whole });
  }
  return { text: whole !== '' ? whole : segments.map((s) => s.text).join(' '), segments };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The speaker label a part's segment gets in the whole recording. Part 1 keeps the provider's labels
 * (A, B, …). Later parts: a known speaker maps back to its label; any other label is new to this
 * part (the provider restarts at A in every request) and is prefixed with the part number ("2-A"),
 * so two different people are never merged by accident.
 */
export function speakerLabel(label: string, partIndex: number, known: ReadonlyMap<string, string> | undefined): string {
  if (partIndex === 0) return label;
  const mapped = known?.get(label);
  return mapped ?? `${partIndex + 1}-${label}`;
}

/** Stitches the parts (in any order) into one diarized transcript. */
export function stitchTranscripts(parts: readonly PartTranscript[], options: { durationSec: number; model?: string }): DiarizedTranscript {
  const ordered = [...parts].sort((a, b) => a.offsetSec - b.offsetSec);
  const all: Array<Omit<DiarizedSegment, 'id' | 'type'>> = [];
  ordered.forEach((part, index) => {
    const sorted = [...part.segments].sort((a, b) => a.start - b.start);
    // A provider's clock can run a little past the part's end: keep every segment inside its part so
    // the whole stays in order.
    const limit = part.durationSec > 0 ? part.durationSec : Number.POSITIVE_INFINITY;
    for (const s of sorted) {
      const start = round3(part.offsetSec + Math.min(s.start, limit));
      const end = round3(part.offsetSec + Math.min(Math.max(s.end, s.start), limit));
      all.push({ start, end, ...(s.speaker !== null ? { speaker: speakerLabel(s.speaker, index, part.knownSpeakers) } : {}), text: s.text });
    }
  });
  const segments: DiarizedSegment[] = all.map((s, k) => ({ type: 'transcript.text.segment', id: `seg_${k}`, ...s }));
  const text = ordered.map((p) => p.text).filter((t) => t !== '').join('\n');
  return {
    task: 'transcribe',
    duration: round3(options.durationSec),
    text,
    segments,
    ...(options.model !== undefined ? { model: options.model } : {}),
  };
}
