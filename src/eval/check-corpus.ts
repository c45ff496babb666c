/**
 * The corpus check CI runs: every transcript of every group is read by mamori's own reader (not only by
 * the writers' validator), and every labelled span starts and ends exactly where a customer cue does,
 * so a span the engine is scored on is one it could have found. Bank rows are checked by their schema
 * when loaded (a reported row without its source is refused).
 */
import { readFileSync } from 'node:fs';
import { readTranscript } from '../analysis/read.js';
import type { Group } from './groups.js';

export interface CorpusProblem {
  group: string;
  id: string;
  message: string;
}

const SAME = 0.0015; // cue times are written with millisecond precision

export function checkGroups(groups: readonly Group[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  for (const g of groups) {
    for (const { label, path } of g.corpus.conversations) {
      let utterances;
      try {
        utterances = readTranscript(new Uint8Array(readFileSync(path)), path).utterances;
      } catch (e) {
        problems.push({ group: g.name, id: label.id, message: `not readable by mamori: ${e instanceof Error ? e.message : String(e)}` });
        continue;
      }
      const customers = new Set(label.customer_speakers);
      const customerCues = utterances.filter((u) => u.start !== null && (customers.size === 0 || u.speaker === null || customers.has(u.speaker)));
      for (const s of label.spans) {
        const cue = customerCues.find((u) => Math.abs(u.start! - s.start) < SAME);
        if (!cue) {
          problems.push({ group: g.name, id: label.id, message: `span ${s.start}–${s.end} starts on no customer cue` });
        } else if (cue.end !== null && Math.abs(cue.end - s.end) >= SAME) {
          problems.push({ group: g.name, id: label.id, message: `span ${s.start}–${s.end} ends at ${s.end}, its cue at ${cue.end}` });
        }
      }
      if (label.verdict === 'kasuhara' && label.spans.length === 0) {
        problems.push({ group: g.name, id: label.id, message: 'a kasuhara label without spans' });
      }
    }
  }
  return problems;
}
