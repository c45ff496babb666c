import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { LIMITS } from '../../../src/bots/slack/blocks/limits.js';
import { renderView } from '../../../src/bots/slack/blocks/render.js';
import { buildAnalysisView } from '../../../src/flows/views/analysis-view.js';

function bigResult(n: number, quoteLength: number): AnalysisResult {
  return {
    schemaVersion: 1, file: 'x.vtt', language: 'ja', durationSec: 3600, verdict: 'kasuhara', risk: 95, level: 'high', categories: ['threat', 'abuse'],
    speakers: [], staffStress: { score: 80, factors: ['長時間の通話'] },
    excerpts: Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 5, line: i + 1, speaker: '顧客', text: `<@U1> ${'ふざけるな'.repeat(quoteLength)}`, categories: ['threat' as const], score: 90 })),
    advice: Array.from({ length: 40 }, (_, i) => ({ audience: i % 2 ? 'staff' as const : 'supervisor' as const, category: null, text: `助言 ${i} `.repeat(30) })),
    warnings: [],
  };
}

function check(blocks: any[], max: number) {
  expect(blocks.length).toBeLessThanOrEqual(max);
  for (const b of blocks) {
    if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === 'section' && b.fields) expect(b.fields.length).toBeLessThanOrEqual(LIMITS.sectionFields);
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    for (const e of b.elements ?? []) if (e.type === 'button') expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
  }
}

describe('Block Kit rendering within limits', () => {
  it('a long result fits a message (50 blocks) and the modal (100 blocks), excerpts packed, none silently lost', () => {
    const r = bigResult(400, 200);
    const thread = renderView(buildAnalysisView(r, { analysisId: 'a', maxExcerpts: 5 }), { surface: 'message' });
    check(thread.blocks, LIMITS.messageBlocks);
    expect(JSON.stringify(thread.blocks)).toMatch(/show_all/);
    const modal = renderView(buildAnalysisView(r, { analysisId: 'a', withActions: false }), { surface: 'modal', omitted: (n) => `ほか ${n} 件` });
    check(modal.blocks, LIMITS.modalBlocks);
    expect(modal.omittedExcerpts).toBeGreaterThan(0);
    expect(JSON.stringify(modal.blocks)).toMatch(new RegExp(`ほか ${modal.omittedExcerpts} 件`));
  });

  it('escapes user text so a quote cannot mention or link', () => {
    const r = renderView(buildAnalysisView(bigResult(1, 1), { analysisId: 'a' }), { surface: 'message' });
    expect(JSON.stringify(r.blocks)).toContain('&lt;@U1&gt;');
  });

  it('short results pack nothing', () => {
    const r = renderView(buildAnalysisView(bigResult(3, 1), { analysisId: 'a' }), { surface: 'message' });
    expect(r.omittedExcerpts).toBe(0);
    expect(r.blocks.filter((b) => b.type === 'section').length).toBeGreaterThanOrEqual(4);
  });
});
