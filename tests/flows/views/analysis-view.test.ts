import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import { formatTime } from '../../../src/analysis/excerpts.js';
import { buildAnalysisView } from '../../../src/flows/views/analysis-view.js';
import { lateGraveCall } from '../../helpers/late-grave-call.js';

const sample = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../samples', name));

describe('buildAnalysisView', () => {
  const result = analyzeFile(sample('ja-harassment.vtt'), 'ja-harassment.vtt');

  it('shows the verdict and risk first, then each moment with its time', () => {
    const view = buildAnalysisView(result, { analysisId: 'a1' });
    expect(view.blocks[0]).toEqual({ type: 'header', text: '🔴 カスハラの可能性が高い対応です' });
    expect(view.blocks[1]).toMatchObject({ type: 'fields', fields: expect.arrayContaining([{ label: '危険度', value: `${result.risk}/100 (高)` }]) });
    const excerpts = view.blocks.filter((b) => b.type === 'excerpt');
    expect(excerpts).toHaveLength(result.excerpts.length);
    expect(excerpts.at(-1)).toMatchObject({ time: '01:07', speaker: '石田 浩', tags: expect.arrayContaining(['脅迫']) });
    expect(view.fallbackText).toContain(`${result.risk}/100`);
  });

  it('pages long results: "n more" and a show-all button', () => {
    const view = buildAnalysisView(result, { analysisId: 'a1', maxExcerpts: 2 });
    expect(view.blocks.filter((b) => b.type === 'excerpt')).toHaveLength(2);
    expect(view.blocks).toContainEqual({ type: 'text', text: `ほか ${result.excerpts.length - 2} 件（「全文を見る」で時間順にすべて表示）`, tone: 'muted' });
    const actions = view.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.actions.map((a) => a.id)).toEqual(['show_all', 'consult_supervisor', 'report_false_positive', 'report_missed']);
  });

  it('carries the staff and supervisor advice of this call', () => {
    const view = buildAnalysisView(result, { analysisId: 'a1' });
    const lists = view.blocks.filter((b) => b.type === 'list');
    expect(lists.map((l) => l.type === 'list' && l.title)).toEqual(['担当者の方へ（次に言えること）', '上長の方へ']);
    expect(JSON.stringify(lists)).toContain('警察');
  });

  it('speaks English for an English call, and shows no moments for a complaint', () => {
    const complaint = analyzeFile(sample('en-complaint.vtt'), 'en-complaint.vtt');
    const view = buildAnalysisView(complaint, { analysisId: 'a2', withActions: false });
    expect(view.blocks[0]).toEqual({ type: 'header', text: `${complaint.level === 'none' ? '🟢' : '🟡'} A legitimate complaint (not harassment)` });
    expect(view.blocks.some((b) => b.type === 'excerpt' || b.type === 'actions')).toBe(false);
  });
});

describe('buildAnalysisView: gravest moments first', () => {
  const r = lateGraveCall();

  it('the thread shows the highest-scoring moments (threat, violence, sexual first at an equal score), each with its time', () => {
    const view = buildAnalysisView(r, { analysisId: 'a1', maxExcerpts: 5 });
    const shown = view.blocks.filter((b) => b.type === 'excerpt').map((b) => b.type === 'excerpt' && [b.time, b.quote, b.score]);
    expect(shown).toEqual([
      ['25:00', '殴ってやる', 95], ['23:00', '土下座しろ', 93], ['24:00', 'ネットに晒してやる', 92],
      ['22:00', '同点の性的な発言', 80], ['21:00', '同点の暴言', 80],
    ]);
    expect(view.blocks).toContainEqual({ type: 'text', text: '*該当する発言（重い順）*', tone: 'danger' });
    expect(view.blocks).toContainEqual({ type: 'text', text: 'ほか 22 件（「全文を見る」で時間順にすべて表示）', tone: 'muted' });
  });

  it('全文を見る lists every moment in time order', () => {
    const view = buildAnalysisView(r, { analysisId: 'a1', withActions: false });
    const times = view.blocks.filter((b) => b.type === 'excerpt').map((b) => b.type === 'excerpt' && b.time);
    expect(times).toEqual(r.excerpts.map((e) => formatTime(e.start, e.line)));
    expect(view.blocks).toContainEqual({ type: 'text', text: '*該当する発言*', tone: 'danger' });
  });
});
