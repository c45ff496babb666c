/**
 * The result contract (src/analysis/result.ts, schemaVersion 1) as a caller sees it: ranges, ordering
 * between a threat call, a complaint and a normal call, excerpts with times, advice that fits what was
 * found, language, and determinism.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type AnalysisResult, type Level } from '../../../src/analysis/index.js';
import { analyzeConversation, callLog, turnTime, type Turn } from '../helpers/conversation.js';

const LEVELS: Level[] = ['none', 'low', 'medium', 'high'];
const rank = (level: Level): number => LEVELS.indexOf(level);

const THREAT_JA: Turn[] = [
  ['staff', 'お電話ありがとうございます。さくら銀行の田中でございます。'],
  ['customer', '振込が反映されてないんだけど、どうなってんの。'],
  ['staff', '大変申し訳ございません。ただいま確認いたしますので、少々お待ちいただけますでしょうか。'],
  ['customer', 'いつまで待たせんだよ、てめえ殺すぞ'],
  ['staff', 'ただいまのご発言は脅迫と受け止めます。'],
  ['customer', 'お前の家まで行くからな、待ってろよ'],
  ['staff', 'これ以上の対応はできません。通話を終了いたします。'],
];

const COMPLAINT_JA: Turn[] = [
  ['staff', 'お電話ありがとうございます。みどり家電サポートセンターの佐藤でございます。'],
  ['customer', '昨日届いた電子レンジ、初期不良で電源が入らないんです。本当に困っているんです。'],
  ['staff', '大変申し訳ございません。'],
  ['customer', '不良品なので返金してください。正直、がっかりしました。責任者の方と話したいです。'],
  ['staff', 'かしこまりました。返金の手続きをいたします。責任者に代わりますので、少々お待ちください。'],
];

const NORMAL_JA: Turn[] = [
  ['staff', 'お電話ありがとうございます。さくら銀行の田中でございます。'],
  ['customer', '住所が変わったので、変更の手続きをしたいんですが。'],
  ['staff', 'かしこまりました。ご本人様確認のため、お名前と生年月日を伺えますでしょうか。'],
  ['customer', '山本花子、一九八五年四月二日です。'],
  ['staff', 'ありがとうございます。変更の書類をご自宅にお送りいたします。'],
  ['customer', 'わかりました。ありがとうございます。'],
];

const THREAT_EN: Turn[] = [
  ['staff', 'Thanks for calling Bright Mobile, my name is Sam. How may I help you?'],
  ['customer', 'You guys cut off my phone in the middle of a work call.'],
  ['staff', "I'm sorry to hear that. It looks like the bill was overdue."],
  ['customer', "i'm gonna kill you i swear"],
  ['staff', "I take that as a threat. I can't continue."],
  ['customer', 'I know where you live, buddy.'],
  ['staff', 'I am ending this call now.'],
];

const NORMAL_EN: Turn[] = [
  ['staff', 'Thank you for calling Harbor Bank, this is Emily. How can I help you today?'],
  ['customer', "Hi, I'd like to order a new checkbook."],
  ['staff', 'Sure. Can you confirm your date of birth?'],
  ['customer', 'March third, nineteen ninety.'],
  ['staff', "Thank you. The checkbook will arrive within a week. Is there anything else I can help with?"],
  ['customer', "No, that's all. Thanks!"],
];

function expectWellFormed(result: AnalysisResult): void {
  expect(result.schemaVersion).toBe(1);
  expect(result.file).toBe('test.txt');
  expect(Number.isInteger(result.risk)).toBe(true);
  expect(result.risk).toBeGreaterThanOrEqual(0);
  expect(result.risk).toBeLessThanOrEqual(100);
  expect(LEVELS).toContain(result.level);
  for (const c of result.categories) expect(CATEGORIES).toContain(c);
  for (const e of result.excerpts) {
    for (const c of e.categories) expect(result.categories).toContain(c);
    expect(e.score).toBeGreaterThanOrEqual(0);
    expect(e.score).toBeLessThanOrEqual(100);
  }
  for (const a of result.advice) {
    expect(['staff', 'supervisor']).toContain(a.audience);
    if (a.category !== null) expect(result.categories).toContain(a.category);
    expect(a.text.length).toBeGreaterThan(0);
  }
  const share = result.speakers.reduce((s, x) => s + x.share, 0);
  expect(share).toBeCloseTo(1, 1);
  expect(result.staffStress.score).toBeGreaterThanOrEqual(0);
  expect(result.staffStress.score).toBeLessThanOrEqual(100);
}

describe('result contract', () => {
  const threat = analyzeConversation(THREAT_JA);
  const complaint = analyzeConversation(COMPLAINT_JA);
  const normal = analyzeConversation(NORMAL_JA);

  it('is schemaVersion 1 with risk 0–100 and known levels and categories', () => {
    for (const r of [threat, complaint, normal, analyzeConversation(THREAT_EN), analyzeConversation(NORMAL_EN)]) expectWellFormed(r);
  });

  it('gives a threat call kasuhara, a defect complaint complaint, a routine call normal', () => {
    expect(threat.verdict).toBe('kasuhara');
    expect(threat.categories).toContain('threat');
    expect(complaint.verdict).toBe('complaint');
    expect(normal.verdict).toBe('normal');
  });

  it('orders risk and level: threat > complaint >= normal', () => {
    expect(threat.risk).toBeGreaterThan(complaint.risk);
    expect(complaint.risk).toBeGreaterThanOrEqual(normal.risk);
    expect(rank(threat.level)).toBeGreaterThan(rank(complaint.level));
    expect(rank(complaint.level)).toBeGreaterThanOrEqual(rank(normal.level));
    // Only kasuhara calls carry categories and excerpts.
    expect(complaint.categories).toEqual([]);
    expect(complaint.excerpts).toEqual([]);
    expect(normal.excerpts).toEqual([]);
  });

  it('lists excerpts in time order, with the times of the quoted turns', () => {
    expect(threat.excerpts.length).toBeGreaterThanOrEqual(2);
    const starts = threat.excerpts.map((e) => e.start);
    for (const e of threat.excerpts) {
      expect(typeof e.start).toBe('number');
      expect(typeof e.end).toBe('number');
      expect(e.end!).toBeGreaterThan(e.start!);
      expect(e.speaker).toBe('お客様');
    }
    expect([...starts].sort((a, b) => a! - b!)).toEqual(starts);
    // The threat is turn 3 (0-based) and the home-visit threat turn 5 of a log 7 s apart.
    expect(starts).toContain(turnTime(3));
    expect(starts).toContain(turnTime(5));
  });

  it('reports the call length from the log (last line + 5 s)', () => {
    expect(threat.durationSec).toBe(turnTime(THREAT_JA.length - 1) + 5);
  });

  it('gives advice that fits the categories: police for threats; none for a normal call', () => {
    expect(threat.advice.length).toBeGreaterThan(0);
    expect(threat.advice.some((a) => a.category === 'threat')).toBe(true);
    expect(threat.advice.map((a) => a.text).join('\n')).toMatch(/警察|110/);
    expect(normal.advice).toEqual([]);

    const en = analyzeConversation(THREAT_EN);
    expect(en.advice.map((a) => a.text).join('\n')).toMatch(/police/i);
    expect(analyzeConversation(NORMAL_EN).advice).toEqual([]);
  });

  it('detects the language, and the language option forces it', () => {
    expect(threat.language).toBe('ja');
    expect(analyzeConversation(THREAT_EN).language).toBe('en');

    const forced = analyzeConversation(THREAT_JA, { language: 'en' });
    expect(forced.language).toBe('en');
    expect(forced.advice.map((a) => a.text).join('\n')).toMatch(/police/i);
  });

  it('is deterministic: the same input gives the identical JSON', () => {
    for (const turns of [THREAT_JA, COMPLAINT_JA, NORMAL_JA, THREAT_EN]) {
      const text = callLog(turns);
      expect(JSON.stringify(analyzeConversation(turns))).toBe(JSON.stringify(analyzeConversation(turns)));
      expect(callLog(turns)).toBe(text);
    }
  });
});
