/**
 * Who is who, measured (src/eval/roles.ts): each named speaker's assigned role against the label's
 * customer_speakers, on two tiny groups written here — one call whose speakers mamori reads right, one
 * whose customer speaks like staff and the staff like a customer, and one file that names nobody.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroups } from '../../src/eval/groups.js';
import { formatRoleAccuracy, roleAccuracy } from '../../src/eval/roles.js';

const root = mkdtempSync(path.join(tmpdir(), 'mamori-roles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function group(name: string, convs: Array<{ id: string; ext: string; text: string; customers: string[] }>): void {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'conversations'), { recursive: true });
  const labels = convs.map((c) => {
    writeFileSync(path.join(dir, 'conversations', `${c.id}.${c.ext}`), c.text);
    return JSON.stringify({
      id: c.id, file: `conversations/${c.id}.${c.ext}`, lang: 'ja', setting: 'call_center', verdict: 'normal', severity: 0,
      borderline: false, categories: [], customer_speakers: c.customers, spans: [],
    });
  });
  writeFileSync(path.join(dir, 'labels.jsonl'), labels.join('\n') + '\n');
}

const plain = [
  '[00:00:00] A: お電話ありがとうございます。さくら銀行の田中でございます。',
  '[00:00:05] B: 住所の変更をしたいんですけど。',
  '[00:00:09] A: かしこまりました。ご本人様確認をさせていただきます。',
  '[00:00:14] B: はい、お願いします。',
].join('\n');
// The customer is the one who sounds like a clerk: the caller is a bank employee phoning a shop.
const swapped = [
  '[00:00:00] A: おう、なんや。',
  '[00:00:03] B: お世話になっております。さくら銀行の田中でございます。恐れ入りますが、ご確認をお願いできますでしょうか。',
  '[00:00:11] A: ああ、ええよ。',
  '[00:00:14] B: ありがとうございます。かしこまりました。',
].join('\n');
const unnamed = '1\n00:00:00,000 --> 00:00:04,000\nお電話ありがとうございます。\n\n2\n00:00:04,000 --> 00:00:08,000\n住所の変更です。\n';

group('one', [{ id: 'o-1', ext: 'txt', text: plain, customers: ['B'] }, { id: 'o-2', ext: 'srt', text: unnamed, customers: [] }]);
group('two', [{ id: 't-1', ext: 'txt', text: swapped, customers: ['B'] }]);

describe('roleAccuracy', () => {
  const r = roleAccuracy(loadGroups(root));

  it('scores every named speaker against the label and counts the calls that name nobody apart', () => {
    expect(r.speakers).toBe(4);
    expect(r.calls).toBe(2);
    expect(r.unnamed).toBe(1);
  });

  it('tells a customer taken for staff from staff taken for a customer', () => {
    expect(r.correct).toBe(2);
    expect(r.accuracy).toBe(0.5);
    expect(r.customersAsStaff).toBe(1);
    expect(r.staffAsCustomer).toBe(1);
    expect(r.callsAllRight).toBe(1);
    expect(formatRoleAccuracy(r)).toContain('customers taken for staff 1, staff taken for customers 1');
  });
});
