/**
 * The staff-reply evaluator on hand-written replies, one habit at a time, with the habit signals alone
 * (no model: these examples are ours, written for this test, not rows of the labelled set). Each case reads
 * as the coaching a trainer would give.
 */
import { describe, expect, it } from 'vitest';
import { evaluateReply, type ReplyContext } from '../../../src/analysis/staff-reply/index.js';
import type { Category } from '../../../src/analysis/result.js';

function moment(lang: 'ja' | 'en', customer: string, categories: Category[] = [], before: Array<{ role: 'customer' | 'staff'; text: string }> = []): ReplyContext {
  return { lang, medium: 'phone', categories, demandReasonable: categories.length === 0, turns: [...before, { role: 'customer', text: customer }] };
}

const judge = (reply: string, ctx: ReplyContext) => evaluateReply(reply, ctx, null);
const verdict = (reply: string, ctx: ReplyContext) => Object.fromEntries(Object.values(judge(reply, ctx).habits).map((h) => [h.habit, h.verdict]));

const isharyo = moment('ja', '配達が遅れたんだから慰謝料10万払えよ。', ['unreasonable_demand']);
const shouting = moment('ja', 'ふざけんな！さっさとしろよ！', ['intimidation']);
const brokenKettle = moment('en', 'The kettle I bought here broke after two days. I want it replaced.');
const threat = moment('en', "I know where you live. Watch yourself on the way home.", ['threat']);

describe('acknowledge (限定謝罪)', () => {
  it('good: sorry for the inconvenience, not for a fault', () => {
    expect(verdict('お届けが遅れ、ご不便をおかけしたことはお詫びいたします。', isharyo).acknowledge).toBe('good');
    expect(verdict("I'm sorry for the inconvenience — let me look at the receipt.", brokenKettle).acknowledge).toBe('good');
  });
  it('bad: a fair complaint answered with no word for the customer', () => {
    expect(verdict('Receipt?', brokenKettle).acknowledge).toBe('bad');
  });
});

describe('no_overpromise', () => {
  it('bad: money, "just this once", an admission', () => {
    expect(verdict('わかりました、今回だけ特別に全額返金いたします。', isharyo).no_overpromise).toBe('bad');
    expect(verdict("It's all our fault, I promise it will never happen again.", brokenKettle).no_overpromise).toBe('bad');
  });
  it('naming the demand to refuse it is not a promise', () => {
    expect(verdict('慰謝料のお支払いには応じかねます。', isharyo).no_overpromise).not.toBe('bad');
  });
  it('good: check before promising', () => {
    expect(verdict("Let me check the order first, and I'll look into a replacement.", brokenKettle).no_overpromise).toBe('good');
  });
});

describe('refuse_clearly', () => {
  it('good: a calm, plain refusal of an unreasonable demand', () => {
    expect(verdict('慰謝料のお支払いはいたしかねます。', isharyo).refuse_clearly).toBe('good');
  });
  it('bad: stalling (「検討します」) or saying nothing about the demand', () => {
    expect(verdict('上の者と検討いたします。', isharyo).refuse_clearly).toBe('bad');
    expect(verdict('はあ……。', isharyo).refuse_clearly).toBe('bad');
  });
  it('bad: refusing a fair request', () => {
    expect(verdict("We can't replace it.", brokenKettle).refuse_clearly).toBe('bad');
  });
});

describe('name_conduct (警告→打ち切り)', () => {
  it('good: the conduct named and what follows if it continues', () => {
    expect(verdict('大きなお声を出されるとお話を伺えません。続くようでしたら、通話を終了いたします。', shouting).name_conduct).toBe('good');
  });
  it('bad: threatening to hang up on a fair complaint', () => {
    expect(verdict("If this continues I'll end the call.", brokenKettle).name_conduct).toBe('bad');
  });
});

describe('escalate', () => {
  it('good: a threat handed to the supervisor', () => {
    expect(verdict("I take that as a threat. I'm passing this to my supervisor now.", threat).escalate).toBe('good');
  });
  it('bad: a threat left with the worker alone', () => {
    expect(verdict('Okay. Anything else?', threat).escalate).toBe('bad');
  });
});

describe('keep_record', () => {
  it('good: the recording announced, the words noted', () => {
    expect(verdict('ただいまのご発言は記録いたします。この通話は録音しております。', shouting).keep_record).toBe('good');
    expect(verdict('This call is being recorded, and I have noted what you said.', threat).keep_record).toBe('good');
  });
  it('bad: a threat not recorded', () => {
    expect(verdict('Please calm yourself.', threat).keep_record).toBe('bad');
  });
});

describe('stay_respectful (never na)', () => {
  it('bad: insulting, blaming, lecturing back', () => {
    expect(verdict('うるさいですね。常識で考えてください。', shouting).stay_respectful).toBe('bad');
    expect(verdict("Calm down. It's your own fault for not reading the manual.", brokenKettle).stay_respectful).toBe('bad');
  });
  it('good on any reply without it', () => {
    expect(verdict('ご不便をおかけしております。', shouting).stay_respectful).toBe('good');
  });
});

describe('what the trainee reads', () => {
  it('a bad reply gets what to change, gravest first, and a better reply in its language', () => {
    const e = judge('うるさいな、今回だけ全額返金しますよ。', isharyo);
    expect(e.replyClass).toBe('insulted_back');
    expect(e.change[0]).toMatch(/言い返し/);
    expect(e.change[1]).toMatch(/約束しない/);
    expect(e.better).toMatch(/お受けいたしかねます/);
    expect(e.score).toBeLessThan(50);
  });
  it('a good reply gets praise and no better reply', () => {
    const e = judge("I'm sorry for the trouble. Let me check your order number and look into a replacement.", brokenKettle);
    expect(e.change).toEqual([]);
    expect(e.better).toBe('');
    expect(e.good.length).toBeGreaterThan(0);
    expect(e.score).toBe(100);
  });
  it('the evidence names the signals that fired', () => {
    const e = judge('慰謝料のお支払いはいたしかねます。', isharyo);
    expect(e.habits.refuse_clearly.evidence.some((x) => x.includes('refuse_clearly+'))).toBe(true);
    expect(e.judgedBy).toBe('rules');
  });
  it('is deterministic', () => {
    expect(judge('上の者と検討いたします。', isharyo)).toEqual(judge('上の者と検討いたします。', isharyo));
  });
});

describe('the reply class a scenario branches on', () => {
  const cls = (reply: string, ctx: ReplyContext) => judge(reply, ctx).replyClass;
  it('from the habits, in the customer\'s order of precedence', () => {
    expect(cls('今回だけ全額返金いたします。', isharyo)).toBe('gave_in');
    expect(cls('ばかなこと言わないでください。', isharyo)).toBe('insulted_back');
    expect(cls('慰謝料のお支払いはいたしかねます。', isharyo)).toBe('refused');
    expect(cls('大きなお声が続くようでしたら、通話を終了いたします。', shouting)).toBe('warned');
    expect(cls("I'm transferring you to my supervisor.", threat)).toBe('escalated');
    expect(cls('検討いたします。', isharyo)).toBe('stalled');
    expect(cls("We can't replace it.", brokenKettle)).toBe('dismissed');
    expect(cls("I'm so sorry, that's frustrating.", brokenKettle)).toBe('acknowledged');
  });
});
