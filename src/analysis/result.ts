/**
 * The analysis result contract (schemaVersion 1) shared by the CLI, the bots and the database.
 * See ../shared/docs/architecture.md. Changing a field here is a schema change: bump schemaVersion.
 */
import type { Medium } from './advice-medium.js';

export const CATEGORIES = [
  'physical',
  'threat',
  'abuse',
  'intimidation',
  'apology_coercion',
  'unreasonable_demand',
  'persistence',
  'restraint',
  'sexual',
  'discrimination',
  'personal_targeting',
  'sns_exposure',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type Verdict = 'kasuhara' | 'complaint' | 'normal';
export type Level = 'none' | 'low' | 'medium' | 'high';
export type Language = 'ja' | 'en';
export type SpeakerRole = 'staff' | 'customer' | 'unknown';
export type AdviceAudience = 'staff' | 'supervisor';

export interface SpeakerSummary {
  label: string;
  role: SpeakerRole;
  /** Share of the conversation's characters spoken by this speaker, 0–1. */
  share: number;
}

export interface Excerpt {
  start: number | null;
  end: number | null;
  /** 1-based source line of the first merged utterance (useful when times are null). */
  line: number;
  speaker: string | null;
  text: string;
  categories: Category[];
  score: number;
  /** Who found it when the optional model review ran (src/review); absent for the engine alone. */
  source?: 'engine' | 'model' | 'both';
  /** Why, in words a supervisor reads: the rules that fired and the model's strongest features. */
  evidence?: string[];
}

export interface StaffStress {
  score: number;
  factors: string[];
}

export interface Advice {
  audience: AdviceAudience;
  category: Category | null;
  text: string;
}

export interface AnalysisResult {
  schemaVersion: 1;
  file: string;
  language: Language;
  /** The language the call was held in (the lines to say to the customer follow it); absent in results stored before it was recorded. */
  spokenLanguage?: Language;
  /** Where the contact happened, as told from the transcript (src/analysis/advice-medium.ts); absent in older results. */
  medium?: Medium;
  durationSec: number | null;
  verdict: Verdict;
  risk: number;
  level: Level;
  categories: Category[];
  speakers: SpeakerSummary[];
  excerpts: Excerpt[];
  staffStress: StaffStress;
  advice: Advice[];
  warnings: string[];
  /** Which trained model made this result (its version and the hash of the corpus it learned from); absent for rules alone. */
  engine?: {
    model: string;
    corpus: string;
    /**
     * Utterances (transcript index) the model is unsure about: below its threshold but within reach of
     * it, most likely first. The optional model review (src/review) looks at them too, so it can add
     * what the engine nearly found.
     */
    uncertain?: number[];
  };
}
