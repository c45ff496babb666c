/**
 * The harassing moments, as the user will read them: customer turns with their categories, adjacent
 * turns of the same speaker merged so a tirade split over several cues reads as one excerpt.
 */
import type { Excerpt, Utterance } from './index.js';
import type { Turn } from './conversation.js';
import { turnCategories, turnScore } from './verdict.js';

export function buildExcerpts(turns: Turn[], utterances: Utterance[], evidence: ReadonlyMap<number, string[]> = new Map()): Excerpt[] {
  const out: Excerpt[] = [];
  let lastIndex = -2;
  for (const t of turns) {
    if (t.role === 'staff') continue;
    const score = turnScore(t);
    if (score === 0) continue;
    const u = utterances[t.index]!;
    const prev = out[out.length - 1];
    if (prev && lastIndex === t.index - 1 && prev.speaker === u.speaker) {
      prev.end = u.end;
      prev.text = `${prev.text} ${u.text}`;
      prev.categories = [...new Set([...prev.categories, ...turnCategories(t)])];
      prev.score = Math.max(prev.score, score);
      const why = evidence.get(t.index);
      if (why) prev.evidence = [...new Set([...(prev.evidence ?? []), ...why])].slice(0, 8);
    } else {
      const why = evidence.get(t.index);
      out.push({ start: u.start, end: u.end, line: u.line, speaker: u.speaker, text: u.text, categories: turnCategories(t), score, ...(why ? { evidence: why } : {}) });
    }
    lastIndex = t.index;
  }
  return out;
}

/** mm:ss (or h:mm:ss) for people reading a result; "L12" when the input had no times. */
export function formatTime(seconds: number | null, line: number): string {
  if (seconds === null) return `L${line}`;
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${String(m).padStart(2, '0')}:${ss}`;
}
