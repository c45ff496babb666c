/** Deterministic fakes of the pipeline's ports. */
import { TranscriptError } from '../../src/analysis/transcript.js';
import type { AnalysisResult, Category } from '../../src/analysis/result.js';
import type { Analyser, FileRef, FileSource, Messenger, OutgoingMessage } from '../../src/flows/ports.js';
import { FileGoneError } from '../../src/flows/ports.js';
import type { SubmissionInput } from '../../src/flows/submit-for-analysis.js';

/**
 * Reads a tiny "transcript" of `key=value` pairs: risk (0–100), dur (seconds), verdict; anything
 * starting with "BAD" is a TranscriptError. Same input, same result.
 */
export const fakeAnalyser = (data: Uint8Array | string, file: string, options?: Parameters<Analyser>[2]): AnalysisResult => {
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  if (text.startsWith('BAD')) throw new TranscriptError('not a transcript', file, 1);
  const fields = Object.fromEntries(text.split(';').map((kv) => kv.split('=') as [string, string]));
  const risk = Math.max(0, Math.min(100, Number(fields.risk ?? 10)));
  const verdict = (fields.verdict ?? (risk >= 60 ? 'kasuhara' : 'normal')) as AnalysisResult['verdict'];
  const categories: Category[] = verdict === 'kasuhara' ? ['threat'] : [];
  return {
    schemaVersion: 1,
    file,
    language: options?.language ?? 'ja',
    durationSec: fields.dur === undefined ? null : Number(fields.dur),
    verdict,
    risk,
    level: risk >= 70 ? 'high' : risk >= 40 ? 'medium' : risk > 0 ? 'low' : 'none',
    categories,
    speakers: [{ label: '顧客', role: 'customer', share: 0.6 }, { label: 'スタッフ', role: 'staff', share: 0.4 }],
    excerpts: verdict === 'kasuhara'
      ? [{ start: 1, end: 4.5, line: 2, speaker: '顧客', text: 'ふざけるな、責任者を出せ', categories, score: risk }]
      : [],
    staffStress: { score: Math.round(risk / 2), factors: [] },
    advice: [],
    warnings: [],
  };
};

/** Files by platform file id; an unknown id's content is the id itself ("risk=80;dur=60" works as an id). */
export class FakeFileSource implements FileSource {
  readonly files = new Map<string, string>();
  readonly gone = new Set<string>();
  fetches = 0;
  async fetch(ref: FileRef): Promise<Uint8Array> {
    this.fetches += 1;
    if (this.gone.has(ref.platformFileId)) throw new FileGoneError(ref.platformFileId);
    return new TextEncoder().encode(this.files.get(ref.platformFileId) ?? ref.platformFileId);
  }
}

/** Remembers every post by outbox id; findPosted answers from that memory, like a platform's history. */
export class RecordingMessenger implements Messenger {
  readonly posts: OutgoingMessage[] = [];
  readonly postsById = new Map<string, number>();
  failNext = 0;
  /** Which messages `failNext` applies to (default: any). */
  failOnly: ((message: OutgoingMessage) => boolean) | null = null;
  async post(message: OutgoingMessage): Promise<string> {
    if (this.failNext > 0 && (this.failOnly === null || this.failOnly(message))) {
      this.failNext -= 1;
      throw new Error('platform unavailable');
    }
    this.posts.push(message);
    this.postsById.set(message.id, (this.postsById.get(message.id) ?? 0) + 1);
    return `ref-${message.id}`;
  }
  async findPosted(message: OutgoingMessage): Promise<string | null> {
    return this.postsById.has(message.id) ? `ref-${message.id}` : null;
  }
}

let counter = 0;
/** A valid submission; `content` becomes the file id (see FakeFileSource). */
export function submission(overrides: { content?: string; eventId?: string; team?: string; user?: string; fileId?: string; fileName?: string; durationSec?: number; sha256?: string } = {}): SubmissionInput {
  counter += 1;
  return {
    org: { platform: 'slack', platformTeamId: overrides.team ?? 'T1', name: 'テスト株式会社' },
    submitter: { platformUserId: overrides.user ?? 'U-staff', displayName: '山田 花子' },
    source: 'slack_file',
    platformEventId: overrides.eventId ?? `Ev${counter}-${Math.random().toString(36).slice(2)}`,
    file: {
      id: overrides.fileId ?? overrides.content ?? `risk=10;dur=60;n=${counter}`,
      name: overrides.fileName ?? 'call.vtt',
      type: 'text/vtt',
      sizeBytes: 100,
      ...(overrides.durationSec === undefined ? {} : { durationSec: overrides.durationSec }),
      ...(overrides.sha256 === undefined ? {} : { sha256: overrides.sha256 }),
    },
    replyTo: { channel: 'C-calls', thread: '1700000000.000100' },
  };
}
