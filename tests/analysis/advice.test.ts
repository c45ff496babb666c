/**
 * Advice people can act on (issue 15 §6): advice that fits where the contact happened, and lines to say
 * in the language the customer spoke, whatever language the reader reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscript, type AnalysisResult } from '../../src/analysis/index.js';
import { inferMedium } from '../../src/analysis/advice-medium.js';
import { analyzeConversation, callLog, type Turn } from './helpers/conversation.js';

const staffAdvice = (r: AnalysisResult, category: string) => r.advice.find((a) => a.audience === 'staff' && a.category === category)?.text ?? '';
const supervisorAdvice = (r: AnalysisResult, category: string) => r.advice.find((a) => a.audience === 'supervisor' && a.category === category)?.text ?? '';

/** A customer who will not let go, opened the way each medium opens. */
const held = (opening: string, hold: string): Turn[] => [
  ['staff', opening],
  ['customer', '注文した品物が壊れてたんだけど、どうなってんの。'],
  ['staff', '大変申し訳ございません。交換の手続きをいたします。'],
  ['customer', `${hold}、責任者が来るまで絶対帰らないからな。`],
  ['staff', '恐れ入りますが、本日はこれ以上のご対応はいたしかねます。'],
  ['customer', '謝るまで帰らないからな。'],
];

describe('advice fits the medium', () => {
  it('a phone call is told to hang up, not to ask the customer to leave the shop', () => {
    const r = analyzeConversation(held('お電話ありがとうございます。あおば通販の森でございます。', '電話切るなよ'));
    expect(r.medium).toBe('phone');
    expect(r.categories).toContain('restraint');
    expect(staffAdvice(r, 'restraint')).toContain('受話器を置いてください');
    expect(JSON.stringify(r.advice)).not.toMatch(/来店|お引き取り|居座/);
  });

  it('a visit at the counter is told to ask the customer to leave, up to three times', () => {
    const r = analyzeConversation(held('いらっしゃいませ。ご来店ありがとうございます。窓口の森でございます。', 'ふざけるな'));
    expect(r.medium).toBe('counter');
    expect(staffAdvice(r, 'restraint')).toContain('「お引き取りください」');
    expect(supervisorAdvice(r, 'restraint')).toContain('居座る場合は警察');
  });

  it('an online meeting is told to end the meeting', () => {
    const r = analyzeConversation(held('本日はお時間をいただきありがとうございます。会議を始めます。画面共有いたします。', 'ふざけるな'));
    expect(r.medium).toBe('meeting');
    expect(staffAdvice(r, 'restraint')).toContain('会議を終了してください');
  });

  it('tells the medium from words first, then speaker labels, then the format; otherwise unknown', () => {
    const vtt = (cues: string[]) => `WEBVTT\n\n${cues.map((c, i) => `00:00:0${i}.000 --> 00:00:0${i}.900\n${c}`).join('\n\n')}\n`;
    expect(inferMedium(readTranscript(vtt(['<v A>Thanks for calling, this is Sam.</v>', '<v B>You idiot.</v>']), 'a.vtt'))).toBe('phone');
    expect(inferMedium(readTranscript(vtt(['<v 店員>いらっしゃいませ。</v>', '<v 客>ふざけるな。</v>']), 'b.vtt'))).toBe('counter');
    expect(inferMedium(readTranscript(vtt(['<v A>Hello.</v>', '<v B>You are on mute, can you share your screen?</v>']), 'c.vtt'))).toBe('meeting');
    expect(inferMedium(readTranscript(callLog([['staff', 'はい。'], ['customer', 'ふざけるな。']]), 'd.txt'))).toBe('phone');
    expect(inferMedium(readTranscript(vtt(['<v A>はい。</v>', '<v B>ふざけるな。</v>']), 'e.vtt'))).toBe('unknown');
    // A Teams-format transcript of a phone call (「窓口は代表番号」 later on says nothing about a counter).
    expect(inferMedium(readTranscript(readFileSync(path.resolve(import.meta.dirname, '../../samples/ja-harassment.vtt')), 'ja-harassment.vtt'))).toBe('phone');
  });
});

const THREAT_EN: Turn[] = [
  ['staff', 'Thanks for calling Bright Mobile, my name is Sam. How may I help you?'],
  ['customer', 'You guys cut off my phone in the middle of a work call.'],
  ['staff', "I'm sorry to hear that. It looks like the bill was overdue."],
  ['customer', "i'm gonna kill you i swear"],
  ['staff', 'I am ending this call now.'],
];

describe('the lines to say follow the call, the explanation follows the reader', () => {
  it('an English caller gets English lines in a Japanese answer', () => {
    const r = analyzeConversation(THREAT_EN, { language: 'ja', lang: 'en' });
    expect(r.language).toBe('ja');
    expect(r.spokenLanguage).toBe('en');
    const threat = staffAdvice(r, 'threat');
    expect(threat).toContain('言い返さず、発言をそのまま記録してください。');
    expect(threat).toContain(`"I take that as a threat. I can't continue this conversation."`);
    expect(threat).not.toContain('脅迫と受け止めます');
    expect(supervisorAdvice(r, 'threat')).toContain('録音を保全し');
  });

  it('a Japanese caller gets Japanese lines in an English answer', () => {
    const r = analyzeConversation(held('お電話ありがとうございます。あおば通販の森でございます。', '電話切るなよ'), { language: 'en', lang: 'ja' });
    const restraint = staffAdvice(r, 'restraint');
    expect(restraint).toContain('State the time limit and hang up.');
    expect(restraint).toContain('「本日は○分が上限です。これで失礼いたします」');
  });
});
