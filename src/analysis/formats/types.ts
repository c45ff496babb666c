import type { Utterance } from '../transcript.js';

/** One utterance as a format parser reads it; readTranscript numbers them once empties are gone. */
export type DraftUtterance = Omit<Utterance, 'index'>;

export interface ParsedTranscript {
  utterances: DraftUtterance[];
  /** Only formats that state a length (JSON `duration`) set this; otherwise the last end is used. */
  durationSec: number | null;
  warnings: string[];
}
