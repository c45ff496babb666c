import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { LIMITS } from '../../../src/bots/slack/blocks/limits.js';
import { EXCERPTS_FILE_NAME, renderAllExcerpts } from '../../../src/bots/slack/blocks/excerpts-file.js';
import { renderView } from '../../../src/bots/slack/blocks/render.js';
import { buildAnalysisView } from '../../../src/flows/views/analysis-view.js';
import { LABELS } from '../../../src/flows/views/labels.js';
import { formatTime } from '../../../src/analysis/excerpts.js';
import { lateGraveCall } from '../../helpers/late-grave-call.js';

function bigResult(n: number, quoteLength: number): AnalysisResult {
  return {
    schemaVersion: 1, file: 'x.vtt', language: 'ja', durationSec: 3600, verdict: 'kasuhara', risk: 95, level: 'high', categories: ['threat', 'abuse'],
    speakers: [], staffStress: { score: 80, factors: ['長時間の通話'] },
    excerpts: Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 5, line: i + 1, speaker: '顧客', text: `#${i} <@U1> ${'ふざけるな'.repeat(quoteLength)}`, categories: ['threat' as const], score: 90 })),
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
  it('a long result fits a message (50 blocks) and the modal (100 blocks), excerpts packed, every one still reachable', () => {
    const n = 400;
    const r = bigResult(n, 200);
    const thread = renderView(buildAnalysisView(r, { analysisId: 'a', maxExcerpts: 5 }), { surface: 'message' });
    check(thread.blocks, LIMITS.messageBlocks);
    expect(JSON.stringify(thread.blocks)).toMatch(/show_all/);
    // 全文を見る: the modal shows what fits and says where the rest are; the file carries every excerpt.
    const all = renderAllExcerpts(buildAnalysisView(r, { analysisId: 'a', withActions: false }), 'ja', true);
    check(all.blocks, LIMITS.modalBlocks);
    const modal = JSON.stringify(all.blocks);
    const inModal = Array.from({ length: n }, (_, i) => modal.includes(`#${i} `));
    const left = inModal.filter((shown) => !shown).length;
    expect(left).toBeGreaterThan(0);
    expect(all.omittedExcerpts).toBe(left);
    expect(modal).toMatch(new RegExp(`ほか ${left} 件.*${EXCERPTS_FILE_NAME.replace('.', '\\.')}.*このスレッド`));
    expect(all.file?.name).toBe(EXCERPTS_FILE_NAME);
    for (let i = 0; i < n; i += 1) expect(all.file!.text).toContain(`#${i} <@U1> ふざけるな`);
    // In time order, quotes as said (plain text, not escaped for mrkdwn).
    expect(all.file!.text.indexOf('#0 ')).toBeLessThan(all.file!.text.indexOf('#399 '));
  });

  it('全文を見る for a result that fits the modal: every excerpt in it, no file', () => {
    const all = renderAllExcerpts(buildAnalysisView(bigResult(30, 5), { analysisId: 'a', withActions: false }), 'en', true);
    expect(all.file).toBeNull();
    expect(all.omittedExcerpts).toBe(0);
    for (let i = 0; i < 30; i += 1) expect(JSON.stringify(all.blocks)).toContain(`#${i} `);
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

describe('text a member typed', () => {
  it('never broadcasts: <!channel>, <!here> and <!everyone> are shown, not sent as notifications; a bare URL stays a URL', () => {
    const rendered = renderView({
      fallbackText: '質問: <!channel> 見てください',
      blocks: [
        { type: 'text', text: '<!here> 至急！ <!subteam^S123> <!everyone>' },
        { type: 'text', text: '🔗 回答: https://example.slack.com/archives/C1/p1?thread_ts=1&cid=C1', tone: 'muted' },
      ],
    }, { surface: 'message' });
    const json = JSON.stringify(rendered);
    expect(json).not.toMatch(/<!(?:channel|here|everyone|subteam)/);
    expect(json).toMatch(/&lt;!here&gt;|&lt;!here>/);
    // View text is text (tests/bots/member-text.test.ts): Slack links a bare URL itself; & is escaped as Slack asks.
    expect(json).toContain('https://example.slack.com/archives/C1/p1?thread_ts=1&amp;cid=C1');
    expect(rendered.text).not.toContain('<!channel>');
  });
});

describe('the thread reply of a long call', () => {
  it('shows the gravest moments first, with their times; 全文を見る has every one in time order', () => {
    const r = lateGraveCall();
    const thread = JSON.stringify(renderView(buildAnalysisView(r, { analysisId: 'a', maxExcerpts: 5 }), { surface: 'message', omitted: LABELS.ja.more }).blocks);
    // Each time follows its moment's number (① …, as on the timeline picture): `*㉖ 25:00*`.
    const order = [' 25:00*', ' 23:00*', ' 24:00*', ' 22:00*', ' 21:00*'].map((t) => thread.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const quote of ['殴ってやる', '土下座しろ', 'ネットに晒してやる', '同点の性的な発言']) expect(thread).toContain(quote);
    expect(thread).not.toContain('最初の55点の発言');
    const all = JSON.stringify(renderAllExcerpts(buildAnalysisView(r, { analysisId: 'a', withActions: false }), 'ja', true).blocks);
    const times = r.excerpts.map((e) => all.indexOf(` ${formatTime(e.start, e.line)}*`));
    expect(times.every((at) => at >= 0)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
