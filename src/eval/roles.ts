/**
 * How well mamori tells staff from customer (src/analysis/roles.ts), measured on every labelled
 * conversation whose file names its speakers: each speaker's assigned role against the label's
 * `customer_speakers`. A customer taken for staff is never judged, so this is the figure to watch.
 * Roles are decided before the trained model runs, from the words alone, so no held-out fold is needed.
 * Files that name no speakers (a third of the SRTs) have no per-cue gold and are only counted.
 */
import { readFileSync } from 'node:fs';
import { prepareTurns } from '../analysis/analyze.js';
import { readTranscript } from '../analysis/read.js';
import type { Group } from './groups.js';

export interface RoleAccuracy {
  /** Speakers in files that name them. */
  speakers: number;
  correct: number;
  accuracy: number;
  /** Customers assigned the staff role (their words go unjudged). */
  customersAsStaff: number;
  /** Staff assigned the customer role (their words are judged as a customer's). */
  staffAsCustomer: number;
  /** Conversations with named speakers, and how many had every speaker right. */
  calls: number;
  callsAllRight: number;
  /** Conversations whose file names no speakers. */
  unnamed: number;
}

export function roleAccuracy(groups: readonly Group[]): RoleAccuracy {
  const r: RoleAccuracy = { speakers: 0, correct: 0, accuracy: 0, customersAsStaff: 0, staffAsCustomer: 0, calls: 0, callsAllRight: 0, unnamed: 0 };
  for (const g of groups) {
    for (const c of g.corpus.conversations) {
      const transcript = readTranscript(new Uint8Array(readFileSync(c.path)), c.path);
      const { roles } = prepareTurns(transcript);
      // Each speaker's role as the utterances got it (the same for all of a named speaker's lines).
      const assigned = new Map<string, string>();
      transcript.utterances.forEach((u, i) => {
        if (u.speaker !== null && !assigned.has(u.speaker)) assigned.set(u.speaker, roles.byUtterance[i]!);
      });
      if (assigned.size === 0) {
        r.unnamed++;
        continue;
      }
      const customers = new Set(c.label.customer_speakers.map((s) => s.trim()));
      let allRight = true;
      for (const [speaker, role] of assigned) {
        const gold = customers.has(speaker.trim()) ? 'customer' : 'staff';
        r.speakers++;
        if (role === gold) r.correct++;
        else {
          allRight = false;
          if (gold === 'customer') r.customersAsStaff++;
          else r.staffAsCustomer++;
        }
      }
      r.calls++;
      if (allRight) r.callsAllRight++;
    }
  }
  r.accuracy = r.speakers === 0 ? 0 : r.correct / r.speakers;
  return r;
}

export function formatRoleAccuracy(r: RoleAccuracy): string {
  const pct = (n: number, d: number) => (d === 0 ? '–' : (n / d).toFixed(3));
  return [
    `Who is who (${r.calls} conversations that name their speakers; ${r.unnamed} that do not are not scored):`,
    `  speakers given the right role ${pct(r.correct, r.speakers)} (${r.correct} of ${r.speakers}); every speaker right in ${pct(r.callsAllRight, r.calls)} of calls`,
    `  customers taken for staff ${r.customersAsStaff}, staff taken for customers ${r.staffAsCustomer}`,
  ].join('\n');
}
