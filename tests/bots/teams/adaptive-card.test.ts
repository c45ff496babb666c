/** The Adaptive Card renderer: markup, actions, and paging within Teams' message size. */
import { describe, expect, it } from 'vitest';
import { cardBytes, cardTexts, cardText, renderAdaptiveCards } from '../../../src/bots/teams/adaptive-card.js';
import { TEAMS_LIMITS } from '../../../src/bots/teams/limits.js';
import { buildAnalysisView } from '../../../src/flows/views/analysis-view.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { formatTime } from '../../../src/analysis/excerpts.js';
import { lateGraveCall } from '../../helpers/late-grave-call.js';
import { unroutedAlertsView } from '../../../src/flows/views/unrouted-alerts-view.js';

describe('renderAdaptiveCards', () => {
  it('turns *bold* into **bold** and keeps texts within the limit', () => {
    expect(cardText('*該当する発言*')).toBe('**該当する発言**');
    expect(cardText('x'.repeat(5000)).length).toBe(TEAMS_LIMITS.maxTextChars);
  });

  it('pages a long result: every card under the limit, the buttons on the last, every excerpt shown once', () => {
    const base = fakeAnalyser('risk=90;dur=3600', 'long.vtt');
    const excerpts = Array.from({ length: 120 }, (_, i) => ({ ...base.excerpts[0]!, start: i * 30, end: i * 30 + 5, line: i + 1, text: `発言その${i} ${'ふざけるな'.repeat(40)}` }));
    const view = buildAnalysisView({ ...base, excerpts }, { analysisId: '5b0c1d2e-7a41-4f0e-9c3b-1e2f3a4b5c6d' });
    const cards = renderAdaptiveCards(view, { continued: (n, t) => `(${n}/${t})` });
    expect(cards.length).toBeGreaterThan(1);
    for (const c of cards) expect(cardBytes(c)).toBeLessThanOrEqual(TEAMS_LIMITS.maxCardBytes);
    expect(cards.slice(0, -1).every((c) => !c.actions || c.actions.length === 0)).toBe(true);
    expect(cards.at(-1)!.actions!.length).toBeGreaterThan(0);
    const all = cards.flatMap((c) => cardTexts(c)).join('\n');
    for (let i = 0; i < 120; i++) expect(all.split(`発言その${i} `).length - 1).toBe(1);
    expect(cardTexts(cards[1]!)[0]).toBe(`(2/${cards.length})`);
  });

  it('buttons are Action.Execute with the view action id and value in their data', () => {
    const view = buildAnalysisView(fakeAnalyser('risk=90', 'a.vtt'), { analysisId: 'A1' });
    const [card] = renderAdaptiveCards(view);
    const actions = card!.actions as Array<{ type: string; verb: string; data: Record<string, unknown> }>;
    expect(actions.map((a) => a.type)).toEqual(actions.map(() => 'Action.Execute'));
    expect(actions.find((a) => a.verb === 'consult_supervisor')!.data).toEqual({ mamori: 1, action: 'consult_supervisor', value: 'A1' });
  });
});

describe('the answer card of a long call', () => {
  it('shows the gravest moments first, with their times; 全文を見る has every one in time order', () => {
    const r = lateGraveCall();
    const card = cardTexts(renderAdaptiveCards(buildAnalysisView(r, { analysisId: 'A1', maxExcerpts: TEAMS_LIMITS.answerExcerpts }))[0]!).join('\n');
    const order = ['25:00', '23:00', '24:00', '22:00', '21:00'].map((t) => card.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const quote of ['殴ってやる', '土下座しろ', 'ネットに晒してやる', '同点の性的な発言']) expect(card).toContain(quote);
    expect(card).not.toContain('最初の55点の発言');
    const all = renderAdaptiveCards(buildAnalysisView(r, { analysisId: 'A1', withActions: false })).flatMap((c) => cardTexts(c)).join('\n');
    const times = r.excerpts.map((e) => all.indexOf(formatTime(e.start, e.line)));
    expect(times.every((at) => at >= 0)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('an alert with nobody to go to, on Teams', () => {
  it('the answer card says nobody was alerted; the dashboard card lists the alert and how to set up a recipient in Teams', () => {
    const view = buildAnalysisView(fakeAnalyser('risk=100;verdict=kasuhara', 'a.vtt'), { analysisId: 'A1', maxExcerpts: 5, alertWithoutRecipient: true });
    expect(renderAdaptiveCards(view).flatMap((c) => cardTexts(c)).join('\n')).toContain('上長が未設定のため通知していません');
    const dashboard = unroutedAlertsView({
      lang: 'ja', platform: 'teams', timeZone: 'Asia/Tokyo', total: 1,
      latest: [{ createdAt: new Date('2026-11-02T00:31:00Z'), fileName: 'threat-call.vtt', risk: 100, level: 'high' }],
    });
    const text = renderAdaptiveCards(dashboard).flatMap((c) => cardTexts(c)).join('\n');
    expect(text).toContain('通知先のないアラート（1件）');
    expect(text).toContain('threat-call.vtt — 危険度 100（高）');
    expect(text).toContain('上長 @スタッフ @上長');
  });
});
