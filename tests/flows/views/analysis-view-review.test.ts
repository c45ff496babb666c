/** The answer shows where it came from: the review's fallback note, the reviewed line, and moments only the model found. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { renderView } from '../../../src/bots/slack/blocks/render.js';
import { buildAnalysisView } from '../../../src/flows/views/analysis-view.js';
import { fallbackNote, PROMPT_VERSION, type ReviewMeta } from '../../../src/review/index.js';

const sample = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../samples', name));
const result = analyzeFile(sample('ja-harassment.vtt'), 'ja-harassment.vtt');
const reviewed = (r: AnalysisResult, status: ReviewMeta['status'] = 'reviewed'): AnalysisResult & { review: ReviewMeta } => ({
  ...r,
  review: { status, model: 'gpt-4o-mini', promptVersion: PROMPT_VERSION, grounding: 'playbook', usage: { inputTokens: 1, outputTokens: 1 }, costUsd: 0, durationMs: 1, sent: null },
});
const texts = (r: AnalysisResult) => buildAnalysisView(r, { analysisId: 'a1' }).blocks.filter((b) => b.type === 'text').map((b) => b.type === 'text' && b);

describe('buildAnalysisView: the model review', () => {
  it('says nothing about a review when there was none', () => {
    expect(JSON.stringify(buildAnalysisView(result, { analysisId: 'a1' }))).not.toMatch(/AI/);
  });

  it('shows the fallback note as muted text, and no "done" line', () => {
    const fallback = { ...reviewed(result, 'fallback'), warnings: [fallbackNote('ja', 'timeout')] };
    expect(texts(fallback)).toContainEqual({ type: 'text', text: fallbackNote('ja', 'timeout'), tone: 'muted' });
    expect(JSON.stringify(buildAnalysisView(fallback, { analysisId: 'a1' }))).not.toMatch(/AIによる確認: 済/);
  });

  it('keeps at most five warnings, the review note always among them', () => {
    const many = { ...result, warnings: [...Array.from({ length: 7 }, (_, i) => `${i + 1}行目: 時刻のない行を飛ばしました`), fallbackNote('ja', 'rate_limited')] };
    const text = texts(many).find((b) => b && b.text.includes('1行目'));
    expect(text && text.text.split('\n')).toEqual(['1行目: 時刻のない行を飛ばしました', '2行目: 時刻のない行を飛ばしました', '3行目: 時刻のない行を飛ばしました', '4行目: 時刻のない行を飛ばしました', fallbackNote('ja', 'rate_limited'), 'ほか 3 件']);
  });

  it('shows "AI review: done (model, prompt version)" in the result language, and marks moments only the model found', () => {
    const ja = reviewed({ ...result, excerpts: result.excerpts.map((e, i) => (i === 0 ? { ...e, source: 'model' as const } : { ...e, source: 'both' as const })) });
    expect(texts(ja)).toContainEqual({ type: 'text', text: `AIによる確認: 済 (gpt-4o-mini, ${PROMPT_VERSION})`, tone: 'muted' });
    const excerpts = buildAnalysisView(ja, { analysisId: 'a1' }).blocks.filter((b) => b.type === 'excerpt');
    expect(excerpts[0]).toMatchObject({ tags: ['AIが指摘', ...result.excerpts[0]!.categories.map(() => expect.any(String))] });
    expect(excerpts.slice(1).every((b) => b.type === 'excerpt' && !b.tags.includes('AIが指摘'))).toBe(true);

    const en = reviewed({ ...result, language: 'en' });
    expect(texts(en)).toContainEqual({ type: 'text', text: `AI review: done (gpt-4o-mini, ${PROMPT_VERSION})`, tone: 'muted' });

    // The renderers are unchanged: the Slack message carries the line and the mark.
    const slack = JSON.stringify(renderView(buildAnalysisView(ja, { analysisId: 'a1' }), { surface: 'message' }).blocks);
    expect(slack).toContain('AIによる確認: 済');
    expect(slack).toContain('AIが指摘');
  });
});
