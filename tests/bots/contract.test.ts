/**
 * The Slack and Teams adapters render from one view model: the same analysis, rendered by the Slack
 * Block Kit renderer and the Teams Adaptive Card renderer, shows the same verdict, excerpts (times,
 * quotes) and advice, and the same buttons.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import type { AnalysisResult } from '../../src/analysis/result.js';
import { renderView } from '../../src/bots/slack/blocks/render.js';
import { cardTexts, renderAdaptiveCard } from '../../src/bots/teams/adaptive-card.js';
import { ADVICE_SHOWN, buildAnalysisView } from '../../src/flows/views/analysis-view.js';
import { adviceByImportance } from '../../src/analysis/advice-order.js';
import { LABELS } from '../../src/flows/views/labels.js';
import { formatTime } from '../../src/analysis/excerpts.js';

const ANALYSIS_ID = '5b0c1d2e-7a41-4f0e-9c3b-1e2f3a4b5c6d';

/** Letters and digits only: the two platforms mark up text differently (*bold* vs **bold**, quotes, escapes). */
const plain = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

function slackText(r: AnalysisResult): { text: string; actions: string[] } {
  const view = buildAnalysisView(r, { analysisId: ANALYSIS_ID, maxExcerpts: 50 });
  const rendered = renderView(view, { surface: 'message' });
  const actions = [...JSON.stringify(rendered.blocks).matchAll(/"action_id":"([a-z_]+)"/g)].map((m) => m[1]!);
  return { text: plain(collectStrings(rendered.blocks).join(' ')), actions };
}

function teamsText(r: AnalysisResult): { text: string; actions: string[] } {
  const view = buildAnalysisView(r, { analysisId: ANALYSIS_ID, maxExcerpts: 50 });
  const card = renderAdaptiveCard(view);
  const actions = ((card.actions ?? []) as Array<{ verb?: string }>).map((a) => a.verb ?? '');
  return { text: plain(cardTexts(card).join(' ')), actions };
}

function collectStrings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(collectStrings);
  if (node && typeof node === 'object') return Object.entries(node).filter(([k]) => k !== 'value' && k !== 'action_id').flatMap(([, v]) => collectStrings(v));
  return [];
}

const samples = ['ja-harassment.vtt', 'en-harassment.txt', 'ja-complaint.txt', 'en-complaint.vtt'];

describe('Slack and Teams show the same analysis', () => {
  for (const sample of samples) {
    it(sample, () => {
      const r = analyzeFile(readFileSync(new URL(`../../samples/${sample}`, import.meta.url)), sample);
      const slack = slackText(r);
      const teams = teamsText(r);
      const L = LABELS[r.language];
      for (const [platform, shown] of [['slack', slack], ['teams', teams]] as const) {
        expect(shown.text, `${platform}: verdict`).toContain(plain(L.verdict[r.verdict]));
        expect(shown.text, `${platform}: risk`).toContain(plain(`${r.risk}/100`));
        for (const e of r.excerpts) {
          expect(shown.text, `${platform}: excerpt time`).toContain(plain(formatTime(e.start, e.line)));
          expect(shown.text, `${platform}: excerpt quote`).toContain(plain(e.text).slice(0, 80));
        }
        // The three that matter most for each reader; the rest folded behind 全文を見る on both alike.
        for (const audience of ['staff', 'supervisor'] as const) {
          const advice = adviceByImportance(r.advice, r.excerpts).filter((a) => a.audience === audience);
          for (const a of advice.slice(0, ADVICE_SHOWN)) expect(shown.text, `${platform}: advice`).toContain(plain(a.text).slice(0, 80));
          for (const a of advice.slice(ADVICE_SHOWN)) expect(shown.text, `${platform}: folded advice`).not.toContain(plain(a.text).slice(0, 80));
          if (advice.length > ADVICE_SHOWN) expect(shown.text, `${platform}: folded note`).toContain(plain(L.adviceMoreInFull(advice.length - ADVICE_SHOWN)));
        }
      }
      expect(new Set(teams.actions)).toEqual(new Set(slack.actions));
    });
  }
});
