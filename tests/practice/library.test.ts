/**
 * The built-in scenario library: every file valid, and the coverage issue 18 asks for — at least 30
 * scenarios, Japanese and English, phone, counter and meeting, every one of the 12 categories, legitimate
 * complaints — with every step of every scenario reachable by some kind of reply.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/analysis/result.js';
import { SETTINGS } from '../../src/eval/corpus.js';
import { evaluateReply } from '../../src/analysis/staff-reply/index.js';
import { builtInScenarios } from '../../src/practice/library.js';
import { readReplyModelFile } from '../../src/practice/reply-model-file.js';
import { NEXT_KEYS, PRACTICE_SETTINGS } from '../../src/practice/scenario-format.js';

const library = builtInScenarios();

describe('the built-in practice scenarios', () => {
  it('are at least 30, in Japanese and English, on the phone, at the counter and in meetings', () => {
    expect(library.length).toBeGreaterThanOrEqual(30);
    expect(library.filter((s) => s.lang === 'ja').length).toBeGreaterThanOrEqual(10);
    expect(library.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(10);
    for (const medium of ['phone', 'counter', 'meeting'] as const) expect(library.some((s) => s.medium === medium)).toBe(true);
  });

  it('cover every category, and legitimate complaints in both languages', () => {
    expect(CATEGORIES.filter((c) => !library.some((s) => s.categories.includes(c)))).toEqual([]);
    const complaints = library.filter((s) => s.kind === 'complaint');
    expect(complaints.length).toBeGreaterThanOrEqual(6);
    expect(new Set(complaints.map((s) => s.lang))).toEqual(new Set(['ja', 'en']));
  });

  it('reach every step from the start, and an end from every step', () => {
    for (const s of library) {
      const seen = new Set([s.start]);
      const queue = [s.start];
      while (queue.length) for (const t of Object.values(s.steps[queue.shift()!]!.next ?? {})) if (!seen.has(t!)) { seen.add(t!); queue.push(t!); }
      expect([s.id, [...seen].sort()]).toEqual([s.id, Object.keys(s.steps).sort()]);
      expect(Object.values(s.steps).some((step) => step.end)).toBe(true);
      for (const step of Object.values(s.steps)) for (const k of Object.keys(step.next ?? {})) expect(NEXT_KEYS).toContain(k);
    }
  });

  it('a harassment scenario can end well and badly; a complaint can be resolved', () => {
    for (const s of library) {
      const ends = new Set(Object.values(s.steps).flatMap((step) => (step.end ? [step.end] : [])));
      if (s.kind === 'harassment') expect([s.id, ends.has('gave_in') && (ends.has('ended_by_staff') || ends.has('handed_over'))]).toEqual([s.id, true]);
      else expect([s.id, ends.has('resolved')]).toEqual([s.id, true]);
    }
  });

  it('use the corpus SPEC\'s setting ids', () => {
    expect([...PRACTICE_SETTINGS]).toEqual([...SETTINGS]);
  });

  it('their model replies are judged as good handling by the committed evaluator (at most one in twenty with a failed habit)', () => {
    const model = readReplyModelFile();
    let replies = 0;
    const failed: string[] = [];
    for (const s of library) {
      for (const [id, step] of Object.entries(s.steps)) {
        if (!step.model) continue;
        replies++;
        const ctx = { lang: s.lang, medium: s.medium, categories: s.categories, demandReasonable: s.kind === 'complaint', turns: [{ role: 'customer' as const, text: step.customer }] };
        const e = evaluateReply(step.model, ctx, model);
        if (Object.values(e.habits).some((h) => h.verdict === 'bad')) failed.push(`${s.id}/${id}`);
        expect([`${s.id}/${id}`, e.replyClass === 'gave_in' || e.replyClass === 'insulted_back']).toEqual([`${s.id}/${id}`, false]);
      }
    }
    expect(replies).toBeGreaterThanOrEqual(80);
    expect(failed.length, failed.join(', ')).toBeLessThanOrEqual(Math.floor(replies / 20));
  });
});
