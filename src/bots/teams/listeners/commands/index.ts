/**
 * The one table of Teams commands: the words people type to mamori (Japanese and English, either
 * always works) and the handler each one runs. A message's first word is looked up here once; a word
 * that is not here gets the help for the reader's roles. There is no chain of handlers to fall through.
 *
 * `beforeTranscripts`: the feature commands (community, study groups, booking, dashboard) are taken even
 * in a long pasted message; the analysis settings yield to a pasted transcript that happens to begin
 * with their word (see listeners/messages/index.ts).
 */
import { commandText } from '../context.js';
import { bookingCommand, invoiceRights } from './booking.js';
import type { CommandHandler } from './command.js';
import { askCommand, communityChannelCommand, faqCommand, grantRoleCommand, studyGroupCommand } from './community.js';
import { dashboard } from './dashboard.js';
import { exportData } from './export.js';
import { practice } from './practice.js';
import {
  alertLevel, dataSettings, departmentChannel, help, language, notInstalled, orgLink, reviewAdmin, settings, stress, supervisor, unsupervise,
} from './settings.js';

export interface Command {
  words: readonly string[];
  run: CommandHandler;
  feature: 'analysis' | 'community' | 'booking' | 'insights' | 'practice';
}

const COMMANDS: readonly Command[] = [
  // The analysis and its settings.
  { words: ['help', 'ヘルプ', '使い方'], run: help, feature: 'analysis' },
  { words: ['settings', '設定'], run: settings, feature: 'analysis' },
  { words: ['alert', '通知レベル'], run: alertLevel, feature: 'analysis' },
  { words: ['language', '言語'], run: language, feature: 'analysis' },
  { words: ['department', '部署チャンネル'], run: departmentChannel, feature: 'analysis' },
  { words: ['supervisor', '上長'], run: supervisor, feature: 'analysis' },
  { words: ['unsupervise', '上長解除'], run: unsupervise, feature: 'analysis' },
  { words: ['not-installed', '未インストール'], run: notInstalled, feature: 'analysis' },
  { words: ['ai', 'manual', 'マニュアル'], run: reviewAdmin, feature: 'analysis' },
  { words: ['link', 'unlink', '連携', '連携解除'], run: orgLink, feature: 'analysis' },
  { words: ['stress', '負担'], run: stress, feature: 'analysis' },
  { words: ['retention', '保存期間', 'quota', '上限', '解析上限'], run: dataSettings, feature: 'analysis' },
  // The graduates' community and its study groups.
  { words: ['ask', '質問'], run: askCommand, feature: 'community' },
  { words: ['faq', '検索'], run: faqCommand, feature: 'community' },
  { words: ['community', 'コミュニティ'], run: communityChannelCommand, feature: 'community' },
  { words: ['graduate', '修了生'], run: grantRoleCommand('graduate'), feature: 'community' },
  { words: ['instructor', '講師'], run: grantRoleCommand('instructor'), feature: 'community' },
  { words: ['event', '勉強会'], run: studyGroupCommand(false), feature: 'community' },
  { words: ['参加予定'], run: studyGroupCommand(true), feature: 'community' },
  // Consultations.
  { words: ['book', '予約'], run: bookingCommand('book'), feature: 'booking' },
  { words: ['availability', '受付時間'], run: bookingCommand('availability'), feature: 'booking' },
  { words: ['bookings', '予約一覧'], run: bookingCommand('bookings'), feature: 'booking' },
  { words: ['invoice-rights', '請求書払い'], run: invoiceRights, feature: 'booking' },
  // Insights.
  { words: ['dashboard', 'ダッシュボード'], run: dashboard, feature: 'insights' },
  { words: ['export', '書き出し', 'エクスポート'], run: exportData, feature: 'insights' },
  // Role-play practice (issue 18).
  { words: ['practice', '練習'], run: practice, feature: 'practice' },
];

const BY_WORD = new Map<string, Command>();
for (const c of COMMANDS) {
  for (const w of c.words) {
    if (BY_WORD.has(w)) throw new Error(`two Teams commands share the word ${w}`);
    BY_WORD.set(w, c);
  }
}

export interface FoundCommand {
  command: Command | null;
  word: string;
  rest: string;
  text: string;
}

/** The message's command (null: not a command word), with its word, the rest and the text without mentions. */
export function findCommand(a: Parameters<typeof commandText>[0]): FoundCommand {
  const text = commandText(a);
  const [word = ''] = text.split(/\s+/, 1);
  // Full-width letters (ｓｔｒｅｓｓ) are the same word, as the stress command always took them.
  const command = BY_WORD.get(word.toLowerCase()) ?? BY_WORD.get(word.normalize('NFKC').toLowerCase()) ?? null;
  return { command, word, rest: text.slice(word.length).replace(/^[ \t]+/, ''), text };
}
