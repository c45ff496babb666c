import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../src/analysis/read.js';

/** The shared development corpus: every file must read, and the labels must line up with its cues. */
const DEV = '/work/shared/corpus/dev';
const CONVERSATIONS = join(DEV, 'conversations');

interface Label {
  file: string;
  customer_speakers: string[];
  spans: { start: number; end: number }[];
}

const present = existsSync(CONVERSATIONS) && existsSync(join(DEV, 'labels.jsonl'));

describe.skipIf(!present)('development corpus', () => {
  const labels = present
    ? readFileSync(join(DEV, 'labels.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Label)
    : [];
  const byFile = new Map(labels.map((label) => [label.file.replace(/^conversations\//, ''), label]));
  const files = present ? readdirSync(CONVERSATIONS).sort() : [];

  it.each(files)('%s reads, and its labelled spans and customers match its cues', (name) => {
    const transcript = readTranscript(new Uint8Array(readFileSync(join(CONVERSATIONS, name))), name);
    expect(transcript.utterances.length).toBeGreaterThan(0);
    const label = byFile.get(name);
    if (label === undefined) return;
    for (const span of label.spans) {
      const cue = transcript.utterances.find(
        (u) => u.start !== null && u.end !== null && Math.abs(u.start - span.start) < 0.001 && Math.abs(u.end - span.end) < 0.001,
      );
      expect(cue, `span ${span.start}-${span.end}`).toBeDefined();
    }
    const speakers = new Set(transcript.utterances.map((u) => u.speaker));
    for (const customer of label.customer_speakers) expect(speakers).toContain(customer);
  });
});
