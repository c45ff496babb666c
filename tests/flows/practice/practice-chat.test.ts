/**
 * Practice as a direct-message conversation (src/flows/practice/practice-chat.ts), with the session kept in
 * a map standing in for the database: start (by id or おまかせ), reply turn by turn, end with the summary,
 * stop; a text with no session under way is left to the caller; three scenarios played end to end.
 */
import { describe, expect, it } from 'vitest';
import { evaluateReply } from '../../../src/analysis/staff-reply/index.js';
import { beginPractice, MAX_REPLY_CHARS, replyInPractice, stopPractice, type PracticeDeps, type StoredPractice } from '../../../src/flows/practice/practice-chat.js';
import { PRACTICE_LABELS } from '../../../src/flows/practice/practice-view.js';
import type { MessageView } from '../../../src/flows/views/view.js';
import { builtInScenarios } from '../../../src/practice/library.js';
import { memoryPracticeStore } from '../../helpers/practice-store.js';

function deps(draw = 0): PracticeDeps & { kept: { get(trainee: string): StoredPractice | undefined } } {
  const store = memoryPracticeStore();
  return {
    kept: store.kept,
    store,
    scenarios: builtInScenarios,
    judge: (reply, ctx) => evaluateReply(reply, ctx, null),
    draw: () => draw,
  };
}

const text = (views: MessageView[]) => views.flatMap((v) => v.blocks.flatMap((b) => ('text' in b ? [b.text] : 'title' in b ? [b.title, ...b.items] : 'fields' in b ? b.fields.map((f) => `${f.label} ${f.value}`) : []))).join('\n');

describe('practice in a direct message', () => {
  it('no session under way: the text is left to the caller', async () => {
    expect(await replyInPractice(deps(), 'U1', '住民票をください')).toBeNull();
  });

  it('an unknown scenario and a wish nothing fits are said so', async () => {
    const d = deps();
    expect(text(await beginPractice(d, 'U1', { scenarioId: 'nope', lang: 'ja' }))).toContain('見つかりません');
    expect(text(await beginPractice(d, 'U1', { lang: 'en', kind: 'complaint', difficulty: 3 }))).toContain('No scenario fits');
  });

  it('おまかせ remembers what was practised and offers another next time', async () => {
    const d = deps(0);
    await beginPractice(d, 'U1', { lang: 'en', kind: 'complaint' });
    const first = d.kept.get('U1')!.session!.scenarioId;
    await stopPractice(d, 'U1', 'en');
    await beginPractice(d, 'U1', { lang: 'en', kind: 'complaint' });
    expect(d.kept.get('U1')!.session!.scenarioId).not.toBe(first);
    expect(d.kept.get('U1')!.recent.slice(1)).toEqual([first]);
  });

  it('a reply too long to be said is refused, the session unchanged', async () => {
    const d = deps();
    await beginPractice(d, 'U1', { scenarioId: 'ja-counter-store-dogeza', lang: 'ja' });
    const views = await replyInPractice(d, 'U1', 'あ'.repeat(MAX_REPLY_CHARS + 1));
    expect(text(views!)).toContain('長すぎます');
    expect(d.kept.get('U1')!.session!.turns).toEqual([]);
  });

  it('stop: the summary so far, and the next text is no longer practice', async () => {
    const d = deps();
    await beginPractice(d, 'U1', { scenarioId: 'en-counter-hotel-shouting', lang: 'en' });
    await replyInPractice(d, 'U1', "I'm sorry, that's a long day. I can store your bags while the room is cleaned.");
    const views = await stopPractice(d, 'U1', 'en');
    expect(text(views)).toContain('Practice stopped.');
    expect(text(views)).toContain(PRACTICE_LABELS.en.workOn);
    expect(await replyInPractice(d, 'U1', 'hello')).toBeNull();
    expect(text(await stopPractice(d, 'U1', 'en'))).toContain('No practice is under way.');
  });

  it('a message delivered again (the same message id) is judged once and answered once', async () => {
    const d = deps();
    await beginPractice(d, 'U2', { scenarioId: 'ja-phone-mailorder-isharyo', lang: 'ja' });
    const reply = 'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。';
    expect(await replyInPractice(d, 'U2', reply, 'm-1')).toHaveLength(1);
    expect(await replyInPractice(d, 'U2', reply, 'm-1')).toEqual([]);
    expect(d.kept.get('U2')!.session!.turns).toHaveLength(1);
  });

  const plays: Array<[string, string[], string]> = [
    ['ja-phone-mailorder-isharyo', [
      'お届けが遅れ、ご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。',
      '暴言が続くようでしたら、お電話を終了させていただきます。',
      'ご回答は変わりません。これ以上続くようでしたら通話を終了いたします。この通話は録音しております。',
    ], '予告のうえで対応を終了'],
    ['en-phone-courier-threat', [
      "I'm sorry the parcel didn't reach you. I can book a redelivery for tomorrow, but I can't share our drivers' details.",
      "I take that as a threat. This call is recorded and I'm passing it to my supervisor now.",
    ], 'handed over to a supervisor'],
    ['ja-complaint-counter-rice-cooker', [
      'せっかくお買い上げいただいたのに、ご不便をおかけして申し訳ございません。レシートを確認させてください。',
      'ご購入から30日以内ですので、新しいものと交換いたします。交換品も動作を確認してお渡しします。',
    ], '解決・納得'],
  ];
  for (const [id, replies, ending] of plays) {
    it(`plays ${id} end to end: each reply judged, the customer answering, the summary at the end`, async () => {
      const d = deps();
      const scenario = builtInScenarios().find((s) => s.id === id)!;
      const opening = await beginPractice(d, 'U9', { scenarioId: id, lang: scenario.lang });
      expect(text(opening)).toContain(scenario.steps[scenario.start]!.customer);
      let last: MessageView[] = [];
      for (const reply of replies) last = (await replyInPractice(d, 'U9', reply))!;
      expect(last).toHaveLength(2);
      expect(text(last)).toContain(ending);
      expect(d.kept.get('U9')!.session).toBeNull();
    });
  }
});
