/**
 * The verdict weighs the law's two axes (domain.md §3): conduct that is unacceptable whatever was asked
 * (violence, threats, insults, kneeling demands, exposure, sexual or discriminatory remarks, holding
 * staff) counts fully; what only makes a demand unreasonable (money euphemisms, pressing it again,
 * raising one's voice) needs to add up before a complaint becomes harassment.
 */
import type { Category, Level, Verdict } from './result.js';
import type { Turn } from './conversation.js';
import { isCustomer } from './conversation.js';

/** How much one strong signal of a category weighs toward the verdict. */
const MANNER_WEIGHT: Record<Category, number> = {
  physical: 1.5,
  threat: 1.5,
  apology_coercion: 1.3,
  sns_exposure: 1.3,
  discrimination: 1.2,
  personal_targeting: 1.1,
  sexual: 1.1,
  abuse: 1.0,
  restraint: 1.0,
  intimidation: 0.6,
  unreasonable_demand: 0.7,
  persistence: 0.5,
};

/** A hit below this weight is noise: not an excerpt, not a category. */
export const MIN_HIT_WEIGHT = 40;
/** Points of harassment a conversation needs to be kasuhara. */
const KASUHARA_POINTS = 1.2;
/**
 * Conduct the MHLW manual lists as inappropriate whatever was demanded: one clear instance (a hit of at
 * least DECISIVE_WEIGHT) is enough. Tone, demands and their repetition must add up instead.
 */
export const DECISIVE_CATEGORIES: readonly Category[] = [
  'physical', 'threat', 'abuse', 'apology_coercion', 'restraint', 'sexual', 'discrimination', 'personal_targeting', 'sns_exposure',
];
const DECISIVE: ReadonlySet<Category> = new Set(DECISIVE_CATEGORIES);
export const DECISIVE_WEIGHT = 70;

export function turnPoints(t: Turn): number {
  const pts = t.hits.filter((h) => h.weight >= MIN_HIT_WEIGHT).map((h) => (MANNER_WEIGHT[h.category] * h.weight) / 100);
  if (pts.length === 0) return 0;
  pts.sort((a, b) => b - a);
  return pts[0]! + 0.3 * pts.slice(1).reduce((s, p) => s + p, 0);
}

export function turnScore(t: Turn): number {
  const strong = t.hits.filter((h) => h.weight >= MIN_HIT_WEIGHT);
  if (strong.length === 0) return 0;
  const max = Math.max(...strong.map((h) => h.weight));
  const cats = new Set(strong.map((h) => h.category)).size;
  return Math.min(100, Math.round(max + 5 * (cats - 1)));
}

export function turnCategories(t: Turn): Category[] {
  const cats = new Set(t.hits.filter((h) => h.weight >= MIN_HIT_WEIGHT).map((h) => h.category));
  return [...cats];
}

export interface Judgment {
  verdict: Verdict;
  risk: number;
  level: Level;
  points: number;
  categories: Category[];
}

/**
 * Rough words and a raised voice alone (no other category in the turn) add up to at most this much:
 * an angry customer with a real grievance shouts more than once, and still is not harassing.
 */
const TONE_ONLY_CAP = 1.2;

function conversationPoints(customer: Turn[]): number {
  let tone = 0;
  let rest = 0;
  for (const t of customer) {
    const p = turnPoints(t);
    if (turnCategories(t).every((c) => c === 'intimidation')) tone += p;
    else rest += p;
  }
  return rest + Math.min(TONE_ONLY_CAP, tone);
}

/**
 * The law's two axes at once (domain.md §3): a demand without basis, pressed by unacceptable means
 * (menace, or the same demand forced again after a clear answer), is kasuhara even when each alone is not.
 */
function bothAxes(customer: Turn[], refusals: number): boolean {
  const strongest = (c: Category) => Math.max(0, ...customer.flatMap((t) => t.hits.filter((h) => h.category === c).map((h) => h.weight)));
  // Pressing an unfounded demand in two separate turns is pressing it again, whether or not staff had refused in between.
  const pressed = customer.filter((t) => t.hits.some((h) => h.category === 'unreasonable_demand' && h.weight >= 60)).length >= 2;
  if (strongest('unreasonable_demand') >= 60 && (pressed || strongest('intimidation') >= 60 || strongest('persistence') >= 50)) return true;
  // The same demand forced again and again after staff said no at least twice, and the customer says so
  // (何回言わせるんだ, "I'll keep calling"): the manner is unacceptable, and a demand refused twice on the
  // rules has no basis left (domain.md: score persistence from repeated unchanged demands after an answer).
  const repeated = customer.filter((t) => t.hits.some((h) => h.rule === 'conversation.repeated-demand')).length;
  const insisted = customer.some((t) => t.hits.some((h) => h.category === 'persistence' && h.rule !== 'conversation.repeated-demand' && h.weight >= 60));
  return repeated >= 2 && insisted && refusals >= 2;
}

/** Complaint evidence a call needs (two plain grievances, or one and two weaker words) to be a complaint. */
export const COMPLAINT_EVIDENCE = 2;

/**
 * `decided`: the conversation-level decision when it was made elsewhere (the trained model's, fitted on
 * data); the rules' own otherwise. Risk, level and categories always come from the turns' hits.
 */
export function judge(turns: Turn[], durationSec: number | null, longCall: { warn: number; high: number }, decided?: boolean): Judgment {
  const customer = turns.filter(isCustomer);
  const points = conversationPoints(customer);
  const decisive = customer.some((t) => t.hits.some((h) => DECISIVE.has(h.category) && h.weight >= DECISIVE_WEIGHT));
  const kasuhara = decided ?? (points >= KASUHARA_POINTS || decisive || bothAxes(customer, turns.filter((t) => t.refusal).length));
  const minutes = (durationSec ?? 0) / 60;

  if (!kasuhara) {
    const complaint = customer.reduce((s, t) => s + t.complaint, 0) >= COMPLAINT_EVIDENCE || points > 0.3;
    const risk = complaint ? Math.min(30, Math.round(10 + 10 * points + (minutes >= longCall.warn ? 5 : 0))) : Math.min(10, Math.round(10 * points));
    return { verdict: complaint ? 'complaint' : 'normal', risk, level: levelOf(risk), points, categories: [] };
  }

  const categories = orderCategories(customer.flatMap(turnCategories));
  const harassingTurns = customer.filter((t) => turnPoints(t) > 0).length;
  const grave = categories.includes('threat') || categories.includes('physical');
  const heldLong = (categories.includes('restraint') || categories.includes('persistence')) && minutes >= longCall.warn;
  const risk = Math.min(
    100,
    Math.round(
      38 +
        6 * Math.min(5, categories.length - 1) +
        (grave ? 16 : 0) +
        Math.min(14, 2 * harassingTurns) +
        Math.min(8, 2 * points) +
        (heldLong ? (minutes >= longCall.high ? 6 : 3) : 0),
    ),
  );
  // Violence or a threat of harm is high danger however briefly it happened: the staff member's safety comes first.
  const floored = grave ? Math.max(risk, 70) : risk;
  return { verdict: 'kasuhara', risk: floored, level: levelOf(floored), points, categories };
}

export function levelOf(risk: number): Level {
  if (risk >= 70) return 'high';
  if (risk >= 45) return 'medium';
  if (risk >= 20) return 'low';
  return 'none';
}

const ORDER = Object.keys(MANNER_WEIGHT) as Category[];

function orderCategories(cats: Category[]): Category[] {
  const set = new Set(cats);
  return ORDER.filter((c) => set.has(c));
}
