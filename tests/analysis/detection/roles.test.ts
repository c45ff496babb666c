/**
 * Who is staff and who is the customer: by role words in the labels, by what people say when labels are
 * just names or diarisation ids, turn by turn when there are no labels at all, and by the `staff` option.
 * Harassment is only ever read from the customer's side: staff lines never become excerpts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile, type AnalysisResult } from '../../../src/analysis/index.js';
import { excerptsCovering, plainText, srt, type Turn } from '../helpers/conversation.js';

function roleOf(result: AnalysisResult, label: string): string | undefined {
  return result.speakers.find((s) => s.label === label)?.role;
}

/** No excerpt quotes any of the staff turns. */
function expectNoStaffExcerpts(result: AnalysisResult, turns: readonly Turn[]): void {
  for (const [role, text] of turns) {
    if (role === 'staff') expect(excerptsCovering(result, text)).toEqual([]);
  }
}

const BANK_THREAT: Turn[] = [
  ['staff', 'お電話ありがとうございます。さくら銀行の山田でございます。'],
  ['customer', '振込が反映されてないんだけど、どうなってんの。'],
  ['staff', '大変申し訳ございません。ただいまお調べいたしますので、少々お待ちいただけますでしょうか。'],
  ['customer', 'いつまで待たせんだよ、てめえ殺すぞ'],
  ['staff', 'ただいまのご発言は脅迫と受け止めます。これ以上の対応はできません。'],
];

const THREAT_SAY = 'いつまで待たせんだよ、てめえ殺すぞ';

const EN_THREAT: Turn[] = [
  ['staff', 'Thanks for calling Bright Mobile, my name is Sam. How may I help you?'],
  ['customer', 'You guys cut off my phone in the middle of a work call.'],
  ['staff', "I'm sorry to hear that. Let me check your account, it looks like the bill was overdue."],
  ['customer', "i'm gonna kill you i swear"],
  ['staff', "I take that as a threat. I can't continue."],
];

describe('roles from content: labels that are just names', () => {
  it('plain text "山田: …" / "佐藤: …": the keigo speaker is staff, the threat is the customer’s', () => {
    const text = plainText(BANK_THREAT, { staff: '山田', customer: '佐藤' });
    const result = analyzeFile(text, 'memo.txt');

    expect(roleOf(result, '山田')).toBe('staff');
    expect(roleOf(result, '佐藤')).toBe('customer');
    expect(result.verdict).toBe('kasuhara');
    expect(result.categories).toContain('threat');
    expect(result.excerpts.length).toBeGreaterThan(0);
    expect(result.excerpts.every((e) => e.speaker === '佐藤')).toBe(true);
    // Plain text has no times; the excerpt points at the source line instead.
    expect(excerptsCovering(result, THREAT_SAY)[0]).toMatchObject({ start: null, end: null, line: 4 });
  });

  it('plain text with English first names, the customer speaking first', () => {
    const turns: Turn[] = [
      ['customer', "Hi, I'm calling about my bill, it doubled this month."],
      ['staff', 'Thank you for calling Bright Mobile, my name is Lisa. I understand, let me check your account.'],
      ['customer', 'I want it fixed today.'],
      ['staff', "I'm sorry for the trouble. I can see a roaming charge, and I can remove it for you."],
      ['customer', 'Good. Thanks.'],
      ['staff', 'Is there anything else I can help you with today?'],
    ];
    const result = analyzeFile(plainText(turns, { staff: 'Lisa', customer: 'Tom' }), 'notes.txt');

    expect(roleOf(result, 'Lisa')).toBe('staff');
    expect(roleOf(result, 'Tom')).toBe('customer');
    expect(result.verdict).toBe('normal');
  });

  it('three names: an agent, the caller, and a supervisor who joins', () => {
    const text = [
      'Sam: Thanks for calling Bright Mobile, my name is Sam. How may I help you?',
      'Tom: My bill doubled and I want it fixed now.',
      "Sam: I'm sorry about that. Let me check. I can see a roaming charge.",
      "Tom: I never left the country. Put your supervisor on.",
      'Sam: Of course, please hold while I transfer you.',
      "Rachel: Hi, this is Rachel, the supervisor. I understand the roaming charge is wrong, and I'm sorry for the trouble.",
      'Tom: So will you remove it?',
      "Rachel: Yes, I can remove it today. Is there anything else I can help with?",
      'Tom: No. Thanks.',
    ].join('\n');
    const result = analyzeFile(text, 'escalation.txt');

    expect(roleOf(result, 'Sam')).toBe('staff');
    expect(roleOf(result, 'Rachel')).toBe('staff');
    expect(roleOf(result, 'Tom')).toBe('customer');
  });

  it('SRT with SPEAKER_00 / SPEAKER_01 diarisation, staff first', () => {
    const text = srt(BANK_THREAT, { staff: 'SPEAKER_00', customer: 'SPEAKER_01' });
    const result = analyzeFile(text, 'call.srt');

    expect(roleOf(result, 'SPEAKER_00')).toBe('staff');
    expect(roleOf(result, 'SPEAKER_01')).toBe('customer');
    expect(result.categories).toContain('threat');
    expect(result.excerpts.every((e) => e.speaker === 'SPEAKER_01')).toBe(true);
  });

  it('SRT with SPEAKER_00 / SPEAKER_01, the customer speaking first (English)', () => {
    const turns: Turn[] = [['customer', "Hello? I'm calling because my phone got cut off."], ...EN_THREAT.slice(0)];
    const text = srt(turns, { staff: 'SPEAKER_01', customer: 'SPEAKER_00' });
    const result = analyzeFile(text, 'call.srt');

    expect(roleOf(result, 'SPEAKER_01')).toBe('staff');
    expect(roleOf(result, 'SPEAKER_00')).toBe('customer');
    expect(result.categories).toContain('threat');
    expect(result.excerpts.every((e) => e.speaker === 'SPEAKER_00')).toBe(true);
  });
});

describe('roles without any speaker labels', () => {
  it('SRT with no prefixes, the customer speaking first and twice in a row', () => {
    const turns: Turn[] = [
      ['customer', 'もしもし、ちょっと聞きたいんだけど'],
      ['staff', 'お電話ありがとうございます。さくら銀行でございます。いかがなさいましたか。'],
      ['customer', '口座が止められてるんだけど'],
      ['customer', 'なんで勝手に止めてんだよ'],
      ['staff', '大変申し訳ございません。不正利用の疑いがございまして、確認させていただいております。'],
      ['customer', 'ふざけんな、てめえ殺すぞ'],
      ['staff', 'ただいまのご発言は脅迫と受け止めます。これ以上の対応はいたしかねます。'],
    ];
    const result = analyzeFile(srt(turns, null), 'nolabels.srt');

    expect(result.categories).toContain('threat');
    expect(excerptsCovering(result, 'ふざけんな、てめえ殺すぞ').length).toBeGreaterThan(0);
    expectNoStaffExcerpts(result, turns);
  });

  it('SRT with no prefixes (Japanese): the threat is found in the customer’s cue, staff cues are never excerpts', () => {
    const result = analyzeFile(srt(BANK_THREAT, null), 'nolabels.srt');

    expect(result.verdict).toBe('kasuhara');
    expect(result.categories).toContain('threat');
    expect(excerptsCovering(result, THREAT_SAY).length).toBeGreaterThan(0);
    expectNoStaffExcerpts(result, BANK_THREAT);
    expect(result.excerpts.every((e) => e.speaker === null)).toBe(true);
  });

  it('SRT with no prefixes (English)', () => {
    const result = analyzeFile(srt(EN_THREAT, null), 'nolabels.srt');

    expect(result.verdict).toBe('kasuhara');
    expect(result.categories).toContain('threat');
    expect(excerptsCovering(result, "i'm gonna kill you i swear").length).toBeGreaterThan(0);
    expectNoStaffExcerpts(result, EN_THREAT);
  });

  it('staff quoting the forbidden words back is not an excerpt, even unlabelled', () => {
    const turns: Turn[] = [
      ['staff', 'お電話ありがとうございます。さくら銀行の山田でございます。'],
      ['customer', 'カードが使えないんだけど、どうなってんの。'],
      ['staff', '大変申し訳ございません。ただいま確認いたします。'],
      ['customer', 'ふざけんな、てめえ殺すぞ'],
      ['staff', '「殺すぞ」というご発言は脅迫と受け止めます。これ以上の対応はいたしかねます。'],
    ];
    const result = analyzeFile(srt(turns, null), 'nolabels.srt');

    expect(result.categories).toContain('threat');
    expect(excerptsCovering(result, 'ふざけんな、てめえ殺すぞ').length).toBeGreaterThan(0);
    expectNoStaffExcerpts(result, turns);
  });
});

describe('roles from role words in the labels', () => {
  it('受付 / 患者 (clinic), in plain text', () => {
    const turns: Turn[] = [
      ['staff', 'はい、ひまわりクリニックです。'],
      ['customer', '予約取れないってどういうことだよ。'],
      ['staff', '本日の予約は埋まっております。'],
      ['customer', '家族がどうなっても知らねえぞ'],
      ['staff', 'そのようなご発言があった場合は警察に相談いたします。'],
    ];
    const result = analyzeFile(plainText(turns, { staff: '受付', customer: '患者' }), 'clinic.txt');

    expect(roleOf(result, '受付')).toBe('staff');
    expect(roleOf(result, '患者')).toBe('customer');
    expect(result.categories).toContain('threat');
    expect(result.excerpts.every((e) => e.speaker === '患者')).toBe(true);
  });

  it('Dispatcher / Caller, in SRT', () => {
    const turns: Turn[] = [
      ['staff', 'City Cabs dispatch.'],
      ['customer', 'I booked a cab forty minutes ago and nobody came.'],
      ['staff', 'Sorry, all our cars are busy. Next one is ten minutes out.'],
      ['customer', 'I know where you live, buddy.'],
      ['staff', "I take that as a threat. I'm ending this call."],
    ];
    const result = analyzeFile(srt(turns, { staff: 'Dispatcher', customer: 'Caller' }), 'dispatch.srt');

    expect(roleOf(result, 'Dispatcher')).toBe('staff');
    expect(roleOf(result, 'Caller')).toBe('customer');
    expect(result.categories).toContain('threat');
    expect(result.excerpts.every((e) => e.speaker === 'Caller')).toBe(true);
  });
});

describe('the staff option overrides role detection', () => {
  const turns: Turn[] = BANK_THREAT;
  const text = plainText(turns, { staff: 'B', customer: 'A' });

  it('analyzeFile(text, name, { staff: ["B"] }) makes B staff and everyone else a customer', () => {
    const result = analyzeFile(text, 'x.txt', { staff: ['B'] });

    expect(roleOf(result, 'B')).toBe('staff');
    expect(roleOf(result, 'A')).toBe('customer');
    expect(result.categories).toContain('threat');
    expect(result.excerpts.every((e) => e.speaker === 'A')).toBe(true);
  });

  it('wins over what the content says: naming the threatening speaker as staff leaves nothing to excerpt from them', () => {
    const result = analyzeFile(text, 'x.txt', { staff: ['A'] });

    expect(roleOf(result, 'A')).toBe('staff');
    expect(roleOf(result, 'B')).toBe('customer');
    expect(excerptsCovering(result, THREAT_SAY)).toEqual([]);
    expect(result.excerpts.every((e) => e.speaker !== 'A')).toBe(true);
  });

  it('accepts a label with surrounding spaces', () => {
    const result = analyzeFile(text, 'x.txt', { staff: [' B '] });
    expect(roleOf(result, 'B')).toBe('staff');
  });
});
