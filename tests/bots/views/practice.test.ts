/**
 * The view contract for role-play practice: the opening, each reply's feedback and the summary, built once
 * in src/flows/practice/practice-view.ts and rendered by Slack's Block Kit renderer and Teams' Adaptive
 * Card renderer, show the same facts on both; the trainee's typed reply is shown as typed (no broadcast,
 * no link). The apps send them in the trainee's direct chat (tests/bots/slack/practice.test.ts, tests/bots/teams/practice.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { evaluateReply, HABIT_NAMES } from '../../../src/analysis/staff-reply/index.js';
import { renderView } from '../../../src/bots/slack/blocks/render.js';
import { cardTexts, renderAdaptiveCards } from '../../../src/bots/teams/adaptive-card.js';
import { PRACTICE_LABELS, practiceStartView, practiceSummaryView, practiceTurnView } from '../../../src/flows/practice/practice-view.js';
import { answer, startPractice } from '../../../src/flows/practice/session.js';
import { summarize } from '../../../src/flows/practice/summary.js';
import { OUTCOME_WORDS } from '../../../src/flows/practice/words.js';
import type { MessageView } from '../../../src/flows/views/view.js';
import { builtInScenarios } from '../../../src/practice/library.js';

const plain = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.entries(node).filter(([k]) => k !== 'value' && k !== 'action_id').flatMap(([, v]) => strings(v));
  return [];
}

function shownOn(view: MessageView) {
  const { blocks } = renderView(view, { surface: 'message' });
  const cards = renderAdaptiveCards(view, {});
  // Slack shows &lt; &gt; &amp; as the characters they escape.
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { slack: unescape(strings(blocks).join(' ')), slackJson: JSON.stringify(blocks), teams: cards.flatMap(cardTexts).join(' '), teamsJson: JSON.stringify(cards) };
}

const HOSTILE = 'お断りします <!here> [pay](https://evil.example)';
const judge = (reply: string, ctx: Parameters<typeof evaluateReply>[1]) => evaluateReply(reply, ctx, null);

for (const id of ['ja-phone-mailorder-isharyo', 'en-counter-hotel-shouting']) {
  const scenario = builtInScenarios().find((s) => s.id === id)!;
  const L = PRACTICE_LABELS[scenario.lang];

  describe(`practice on Slack and Teams: ${id}`, () => {
    it('the opening: title, facts, limits and the customer\'s first line on both', () => {
      const started = startPractice(scenario);
      const shown = shownOn(practiceStartView(scenario, started.customer));
      for (const fact of [scenario.title, ...scenario.facts, ...scenario.limits, started.customer, L.yourTurn]) {
        expect(plain(shown.slack), `slack: ${fact}`).toContain(plain(fact));
        expect(plain(shown.teams), `teams: ${fact}`).toContain(plain(fact));
      }
    });

    it('a reply\'s feedback: score, habits, corrections, the better reply and the next line on both; typed text stays text', () => {
      const r = answer(scenario, startPractice(scenario).session, HOSTILE, judge);
      const shown = shownOn(practiceTurnView(scenario.lang, r.turn, r.customer));
      const facts = [`${r.turn.score}/100`, ...r.turn.change, r.turn.better, ...(r.customer ? [r.customer] : []), HOSTILE];
      for (const fact of facts.filter(Boolean)) {
        expect(plain(shown.slack), `slack: ${fact}`).toContain(plain(fact));
        expect(plain(shown.teams), `teams: ${fact}`).toContain(plain(fact));
      }
      expect(shown.slackJson).not.toContain('<!here>');
      expect(shown.slackJson).not.toContain('<https://evil');
      expect(shown.teamsJson).not.toContain('[pay](');
    });

    it('the summary: total, outcome and the habits to work on, on both', () => {
      const r = answer(scenario, startPractice(scenario).session, scenario.lang === 'ja' ? '今回だけ全額返金いたします。' : "Fine, I'll give you the room for free, just this once.", judge);
      const summary = summarize(r.session);
      const shown = shownOn(practiceSummaryView(scenario, summary));
      const facts = [`${summary.score}/100`, OUTCOME_WORDS[scenario.lang][summary.outcome!], ...summary.workOn.map((h) => HABIT_NAMES[scenario.lang][h])];
      expect(summary.workOn.length).toBeGreaterThan(0);
      for (const fact of facts) {
        expect(plain(shown.slack), `slack: ${fact}`).toContain(plain(fact));
        expect(plain(shown.teams), `teams: ${fact}`).toContain(plain(fact));
      }
    });
  });
}
