import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { LABELS } from '../../../src/flows/views/labels.js';
import { momentNumber } from '../../../src/flows/views/moment-number.js';
import { timelineSvg } from '../../../src/flows/views/timeline.js';
import { formatTime } from '../../../src/analysis/excerpts.js';
import { buildAnalysisView } from '../../../src/flows/views/analysis-view.js';
import { buildAdvice } from '../../../src/analysis/advice.js';
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
    expect(excerpts.at(-1)).toMatchObject({ time: '④ 01:07', speaker: '石田 浩', tags: expect.arrayContaining(['脅迫']) });
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
      ['㉖ 25:00', '殴ってやる', 95], ['㉔ 23:00', '土下座しろ', 93], ['㉕ 24:00', 'ネットに晒してやる', 92],
      ['㉓ 22:00', '同点の性的な発言', 80], ['㉒ 21:00', '同点の暴言', 80],
    ]);
    expect(view.blocks).toContainEqual({ type: 'text', text: '*該当する発言（重い順）*', tone: 'danger' });
    expect(view.blocks).toContainEqual({ type: 'text', text: 'ほか 22 件（「全文を見る」で時間順にすべて表示）', tone: 'muted' });
  });

  it('全文を見る lists every moment in time order', () => {
    const view = buildAnalysisView(r, { analysisId: 'a1', withActions: false });
    const times = view.blocks.filter((b) => b.type === 'excerpt').map((b) => b.type === 'excerpt' && b.time);
    expect(times).toEqual(r.excerpts.map((e, i) => `${momentNumber(i + 1)} ${formatTime(e.start, e.line)}`));
    expect(view.blocks).toContainEqual({ type: 'text', text: '*該当する発言*', tone: 'danger' });
  });
});

describe('the answer and its timeline picture agree', () => {
  const ja = analyzeFile(sample('ja-harassment.vtt'), 'ja-harassment.vtt');
  const circled = (time: string) => '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(time[0]!) + 1;

  it('numbers each moment ①–④ as the picture numbers the marker over it, in the short and the full list', () => {
    const markers = [...timelineSvg(ja).matchAll(/class="marker" data-n="(\d+)"/g)].map((m) => Number(m[1]));
    expect(markers).toEqual([1, 2, 3, 4]);
    for (const options of [{ analysisId: 'a1', maxExcerpts: 5 }, { analysisId: 'a1' }]) {
      const shown = buildAnalysisView(ja, options).blocks.filter((b) => b.type === 'excerpt');
      expect(shown).toHaveLength(4);
      for (const b of shown) {
        if (b.type !== 'excerpt') continue;
        // The n-th marker stands over the n-th moment in time: the one whose time the line gives.
        const n = circled(b.time);
        expect(b.time).toBe(`${'①②③④'[n - 1]} ${formatTime(ja.excerpts[n - 1]!.start, ja.excerpts[n - 1]!.line)}`);
        expect(b.quote).toBe(ja.excerpts[n - 1]!.text);
      }
    }
  });

  it('gravest first keeps each moment its number in time: violence at 25:00 is ㉖', () => {
    const view = buildAnalysisView(lateGraveCall(), { analysisId: 'a1', maxExcerpts: 5 });
    const times = view.blocks.filter((b) => b.type === 'excerpt').map((b) => b.type === 'excerpt' && b.time);
    expect(times).toEqual(['㉖ 25:00', '㉔ 23:00', '㉕ 24:00', '㉓ 22:00', '㉒ 21:00']);
  });

  it('gives the call one length in both, in the answer language: 1分20秒 / 1 min 20 s', () => {
    const length = (r: AnalysisResult) => {
      const fields = buildAnalysisView(r, { analysisId: 'a1' }).blocks.find((b) => b.type === 'fields');
      return fields?.type === 'fields' ? fields.fields.find((f) => f.label === LABELS[r.language].duration)?.value : undefined;
    };
    expect(length(ja)).toBe('1分20秒');
    expect(timelineSvg(ja)).toContain('通話時間 1分20秒');
    const en = { ...ja, language: 'en' as const };
    expect(length(en)).toBe('1 min 20 s');
    expect(timelineSvg(en)).toContain('1 min 20 s call');
    expect(length({ ...ja, durationSec: 3725 })).toBe('1時間2分');
  });

  it('the picture of a Japanese answer is in Japanese, of an English one in English', () => {
    const jaSvg = timelineSvg(ja);
    for (const word of ['危険度 100/100', '>高<', '該当する発言 4件']) expect(jaSvg).toContain(word);
    expect(jaSvg).not.toMatch(/Risk|HIGH|flagged/);
    const enSvg = timelineSvg(ja, { language: 'en' });
    for (const word of ['Risk 100/100', '>HIGH<', '4 flagged moments']) expect(enSvg).toContain(word);
    expect(enSvg).not.toMatch(/[\u3040-\u9fff]/);
  });
});

describe('buildAnalysisView: advice people can act on', () => {
  // The late, grave call with the playbook's advice in no particular order (as a model review may give it).
  const base = lateGraveCall();
  const judgment = { verdict: base.verdict, risk: base.risk, level: base.level, points: 0, categories: base.categories };
  const advice = buildAdvice(judgment, base.excerpts, { reader: 'ja', spoken: 'ja', medium: 'phone' }, 60, { warn: 30, high: 60 }).reverse();
  const r: AnalysisResult = { ...base, advice };
  const lists = (view: ReturnType<typeof buildAnalysisView>) =>
    view.blocks.flatMap((b) => (b.type === 'list' ? [{ title: b.title, items: b.items }] : []));

  it('the thread shows the three that matter most for each reader, gravest category first, then the earlier moment; the rest folded', () => {
    const view = buildAnalysisView(r, { analysisId: 'a1', maxExcerpts: 5 });
    const [staff, supervisor] = lists(view);
    // Threat, violence and sexual remarks are the gravest kind; among them the sexual remark came first (22:00).
    expect(staff!.items.map((t) => t.split(': ')[0])).toEqual(['22:00の性的な言動に対して', '24:00の脅迫に対して', '25:00の身体的な攻撃に対して']);
    expect(supervisor!.items).toHaveLength(3);
    expect(supervisor!.items[0]).toContain('担当を交代し');
    expect(view.blocks).toContainEqual({ type: 'text', text: 'ほか 3 件のアドバイス（「全文を見る」ですべて表示）', tone: 'muted' });
    expect(view.blocks).toContainEqual({ type: 'text', text: 'ほか 5 件のアドバイス（「全文を見る」ですべて表示）', tone: 'muted' });
  });

  it('folded advice alone brings the 全文を見る button, which lists every piece in the same order', () => {
    // Every moment fits (100 > 27), so only the folded advice asks for the button.
    const short = buildAnalysisView(r, { analysisId: 'a1', maxExcerpts: 100 });
    const actions = short.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.actions.map((a) => a.id)).toContain('show_all');
    const [staff, supervisor] = lists(buildAnalysisView(r, { analysisId: 'a1', withActions: false }));
    expect(staff!.items).toHaveLength(6);
    expect(staff!.items.map((t) => t.match(/^\d\d:\d\d/)?.[0])).toEqual(['22:00', '24:00', '25:00', '23:00', '00:00', '01:00']);
    expect(supervisor!.items).toHaveLength(8);
    // Advice for no category (the call's length, aftercare) comes after every category's.
    expect(supervisor!.items.slice(6).join('\n')).toContain('今日中に本人と短い面談');
  });
});
