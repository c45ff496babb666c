/**
 * Conversation-level judgment on top of utterance signals: what staff reactions reveal, outbursts the
 * customer takes back, and persistence (the same demand pressed again after a clear answer).
 */
import type { Category, SpeakerRole } from './result.js';
import type { Hit } from './signals.js';

export interface Turn {
  index: number;
  role: SpeakerRole;
  speaker: string | null;
  norm: string;
  hits: Hit[];
  staffReactions: Hit[];
  refusal: boolean;
  demand: boolean;
  apology: 'explicit' | 'plain' | 'none';
  /** Complaint evidence in a customer turn: 1 (recourse, plain dissatisfaction), 0.5 (weak), 0. */
  complaint: number;
}

export const isCustomer = (t: Turn): boolean => t.role !== 'staff';

/** Staff reactions describe the customer turn just before them (the act happened during it). */
export function attributeStaffReactions(turns: Turn[]): void {
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.role !== 'staff' || t.staffReactions.length === 0) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const prev = turns[j]!;
      if (!isCustomer(prev)) continue;
      prev.hits.push(...t.staffReactions);
      break;
    }
  }
}

const WITHDRAWABLE: ReadonlySet<Category> = new Set(['intimidation', 'abuse']);

/**
 * One raised voice followed by an apology is a complaint, not harassment (domain.md §3): an explicit
 * apology for the outburst takes back the shouting of the previous few customer turns; a plain
 * すみません only the turn right before it.
 */
export function applySelfApologies(turns: Turn[]): void {
  const customer = turns.filter(isCustomer);
  customer.forEach((t, k) => {
    if (t.apology === 'none') return;
    const reach = t.apology === 'explicit' ? 3 : 1;
    for (let j = Math.max(0, k - reach); j <= k; j++) {
      for (const h of customer[j]!.hits) if (WITHDRAWABLE.has(h.category)) h.weight *= 0.35;
    }
  });
}

/** Demands whose kind alone makes a repeat "the same demand" (another insult is not a repeated demand). */
const DEMAND_CATEGORIES: ReadonlySet<Category> = new Set(['unreasonable_demand', 'apology_coercion']);

/** Content words that make two demands "the same": amounts, kanji compounds, English content words. */
function keyTerms(norm: string): Set<string> {
  const terms = new Set<string>();
  for (const m of norm.matchAll(/[0-9一二三四五六七八九十百千]+(?:万|千|円|ドル|dollars?|bucks?|か月|ヶ月|日|回)?|[\u3400-\u9fff]{2,}|[a-z]{5,}/gu)) {
    terms.add(m[0]);
  }
  return terms;
}

const STOP_TERMS = new Set(['お客様', 'about', 'there', 'their', 'would', 'could', 'should', 'which', 'where', 'thing', 'really', 'because', 'right', 'think', 'please', 'thank', 'sorry']);

/** An amount in common, or two content words: one shared word is too often chance. */
function overlaps(a: Set<string>, b: Set<string>): boolean {
  // Symmetric: walking the smaller set keeps one comparison within the shorter utterance.
  if (a.size > b.size) [a, b] = [b, a];
  let shared = 0;
  for (const t of a) {
    if (STOP_TERMS.has(t) || !b.has(t)) continue;
    if (/^[0-9一二三四五六七八九十百千]/u.test(t) && t.length > 1) return true;
    shared++;
  }
  return shared >= 2;
}

/** Both demands name a subject staff had refused (返金 … 返金はいたしかねます … 返金して). */
function sameRefusedSubject(a: Set<string>, b: Set<string>, refused: Set<string>): boolean {
  if (a.size > b.size) [a, b] = [b, a];
  for (const t of a) if (!STOP_TERMS.has(t) && b.has(t) && refused.has(t)) return true;
  return false;
}

/**
 * How many earlier demands a new one is compared with. A call has a few dozen demands at most (an hour
 * has ~450 customer turns); comparing each with every earlier one made a file of thousands of distinct
 * demands quadratic, so the look-back is bounded and the whole pass stays linear.
 */
export const DEMAND_LOOK_BACK = 100;

/**
 * Marks customer demands made again after staff gave a clear answer. Only a demand that repeats one of
 * the last DEMAND_LOOK_BACK (same amount, same subject, same kind of demand) counts: a follow-up
 * question does not.
 */
export function markPersistence(turns: Turn[]): number {
  const earlier: Array<{ terms: Set<string>; cats: Set<Category> }> = [];
  // What staff said no to: a demand that names it again is the same demand, even with one word in common.
  const refused = new Set<string>();
  let refusals = 0;
  let marked = 0;
  for (const t of turns) {
    if (t.role === 'staff') {
      if (t.refusal) {
        refusals++;
        for (const term of keyTerms(t.norm)) refused.add(term);
      }
      continue;
    }
    const cats = new Set(t.hits.map((h) => h.category).filter((c) => DEMAND_CATEGORIES.has(c)));
    const isDemandTurn = t.demand || cats.size > 0;
    if (!isDemandTurn) continue;
    const terms = keyTerms(t.norm);
    if (refusals > 0) {
      const repeats = earlier.some((e) => overlaps(terms, e.terms) || sameRefusedSubject(terms, e.terms, refused) || [...cats].some((c) => e.cats.has(c)));
      if (repeats) {
        // An unreasonable demand forced again after a clear answer is persistence in itself.
        const weight = cats.has('unreasonable_demand') ? 60 : 50;
        t.hits.push({ category: 'persistence', weight, rule: 'conversation.repeated-demand' });
        marked++;
      }
    }
    earlier.push({ terms, cats });
    if (earlier.length > DEMAND_LOOK_BACK) earlier.shift();
  }
  return marked;
}

/**
 * Persistence is "again and again": without an explicit marker (何回言わせるんだ, "I'll keep calling"),
 * fewer than three insisting turns is one customer restating a point, which a complaint may do.
 */
export function confirmPersistence(turns: Turn[], minTurns = 3): void {
  const persisting = turns.filter((t) => t.hits.some((h) => h.category === 'persistence' && h.weight >= 40));
  const explicit = persisting.some((t) => t.hits.some((h) => h.category === 'persistence' && h.weight >= 60));
  if (explicit || persisting.length >= minTurns) return;
  for (const t of persisting) t.hits = t.hits.filter((h) => h.category !== 'persistence');
}
