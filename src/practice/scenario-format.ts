/**
 * The practice scenario file format (`mamori-practice/1`, documented in the README's "Role-play practice"):
 * a JSON file of branching scripts. Each scenario says who the customer is and what the case allows
 * (facts, limits), and is a small graph of steps: the customer's line, then which step follows for each
 * kind of reply the trainee gave (the evaluator's reply classes, `otherwise` for the rest), until a step
 * that ends the session. Validated with zod for the shape and by hand for the graph (every step reachable,
 * an end reachable from every step), so an admin's file is refused with what is wrong and where.
 */
import { z } from 'zod';
import { CATEGORIES } from '../analysis/result.js';
import { REPLY_CLASSES } from '../analysis/staff-reply/index.js';

export const SCENARIO_FORMAT = 'mamori-practice/1';

/** The setting ids of shared/corpus/SPEC.md (the same list as src/eval/corpus.ts SETTINGS; a test keeps them equal). */
export const PRACTICE_SETTINGS = ['call_center', 'store', 'municipal', 'hospital', 'hotel', 'bank', 'school', 'care', 'delivery', 'restaurant', 'other'] as const;
export const PRACTICE_MEDIA = ['phone', 'counter', 'online', 'meeting'] as const;

/**
 * How a session ends. The first three are good handling (a fair complaint resolved, a harassing call ended
 * after a warning, handed to a supervisor); `gave_in` and `blew_up` are what the practice is there to avoid.
 */
export const OUTCOMES = ['resolved', 'ended_by_staff', 'handed_over', 'gave_in', 'blew_up'] as const;
export type Outcome = (typeof OUTCOMES)[number] | 'time_up';
export const GOOD_OUTCOMES: ReadonlySet<Outcome> = new Set(['resolved', 'ended_by_staff', 'handed_over']);

export const NEXT_KEYS = [...REPLY_CLASSES, 'otherwise'] as const;

const STEP_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const line = z.string().trim().min(1, 'must not be empty').max(600, 'is longer than 600 characters');

const stepSchema = z
  .object({
    /** What the customer says on arriving at this step. */
    customer: line,
    /** Reply class → the next step's id; `otherwise` is required on every step that does not end. */
    next: z.partialRecord(z.enum(NEXT_KEYS), z.string()).optional(),
    /** This step ends the session, with this outcome, after its customer line. */
    end: z.enum(OUTCOMES).optional(),
    /** A model reply for this moment, shown after the trainee's own (better than the generic one). */
    model: line.optional(),
  })
  .strict();

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'must be 3–64 lower-case letters, digits and hyphens'),
    lang: z.enum(['ja', 'en']),
    medium: z.enum(PRACTICE_MEDIA),
    setting: z.enum(PRACTICE_SETTINGS),
    title: line,
    /** `complaint`: a legitimate complaint (categories []); the trainee must not treat it as harassment. */
    kind: z.enum(['harassment', 'complaint']),
    categories: z.array(z.enum(CATEGORIES)).max(4),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** What happened, as the organisation knows it: the customer never contradicts these. */
    facts: z.array(line).min(1).max(10),
    /** What staff may and may not give (the policy the trainee should hold to). */
    limits: z.array(line).min(1).max(10),
    /** The session ends after this many trainee replies if no end step was reached. */
    maxTurns: z.number().int().min(2).max(20),
    start: z.string(),
    steps: z.record(z.string(), stepSchema),
  })
  .strict();

export const scenarioFileSchema = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    scenarios: z.array(z.unknown()).min(1, 'needs at least one scenario'),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioStep = z.infer<typeof stepSchema>;
