/**
 * The words of the AI-review admin commands (`/mamori-admin ai …`, `manual`), Japanese and English,
 * shared by the Slack and Teams bots (plain text with *bold*, which both show).
 */
import type { Language } from '../analysis/result.js';
import type { Actor, OrgRef } from './actions/deps.js';
import type { SettingsOutcome } from './actions/settings.js';
import {
  getReviewSettings, getReviewUsage, setReviewAllowed, setReviewBudgets, setReviewManual, setReviewModel,
  type ReviewSettingsView, type ReviewUsageSummary,
} from './review-settings.js';

const num = (n: number, lang: Language) => n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
const usd = (n: number) => `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;

export interface ReviewMessages {
  usage: (platform: 'slack' | 'teams') => string;
  notAdmin: string;
  saved: string;
  on: string;
  off: string;
  model: (name: string | null) => string;
  budgets: (input: number | null, output: number | null) => string;
  invalid: (reason: string) => string;
  usageReport: (u: ReviewUsageSummary) => string;
  status: (s: ReviewSettingsView) => string;
  manualSaved: (chars: number) => string;
  manualRemoved: string;
  manualTitle: string;
  manualIntro: string;
  manualFile: string;
  manualText: string;
  manualSubmit: string;
  manualNeeded: string;
  manualFileUnreadable: string;
  failed: string;
}

const JA: ReviewMessages = {
  usage: (p) => {
    const c = p === 'slack' ? '/mamori-admin ' : '';
    return [
      '*AIによる確認（セカンドオピニオン）の設定*',
      `\`${c}ai\` 現在の設定と今月の利用量`,
      `\`${c}ai on\` / \`${c}ai off\` 文字起こしを言語モデルに送ることを許可する / しない（初期値: しない）`,
      `\`${c}ai model モデル名\` 使うモデル（\`default\` でサーバーの既定）`,
      `\`${c}ai tokens 入力 出力\` 1回あたりのトークン上限（\`default\` で既定）`,
      `\`${c}ai usage\` 今月のトークン数と費用`,
      p === 'slack' ? '`/mamori-admin manual` 対応マニュアルを登録（テキスト・Markdown ファイル、200KB まで） / `manual clear` 削除'
        : '`manual` に続けてマニュアルの本文を貼り付けて登録（200KB まで） / `manual clear` 削除',
    ].join('\n');
  },
  notAdmin: 'この設定を変えられるのは管理者だけです。',
  saved: '保存しました。',
  on: 'AIによる確認を有効にしました。以後の解析では、氏名・電話番号などを伏せた文字起こしの一部が設定済みの言語モデルに送られます。',
  off: 'AIによる確認を無効にしました。文字起こしは言語モデルに送られません。',
  model: (m) => (m ? `モデルを ${m} にしました。` : 'モデルをサーバーの既定に戻しました。'),
  budgets: (i, o) => `トークン上限: 入力 ${i ?? '既定'} / 出力 ${o ?? '既定'}`,
  invalid: (r) => ({
    model_name: 'モデル名に使えない文字があります（英数字と . _ - : / のみ）。',
    token_budget: 'トークン上限は 入力 1000〜1000000、出力 256〜100000 で指定してください。',
    manual_empty: 'マニュアルが空です。',
    manual_too_large: 'マニュアルが大きすぎます（200KB まで）。',
    manual_binary: 'テキストとして読めないファイルです（UTF-8 のテキストか Markdown にしてください）。',
  } as Record<string, string>)[r] ?? '入力を確認してください。',
  usageReport: (u) => `*${u.month} のAI利用量*\n${num(u.requests, 'ja')} 回 ・ 入力 ${num(u.inputTokens, 'ja')} / 出力 ${num(u.outputTokens, 'ja')} トークン ・ 費用 ${usd(u.costUsd)}${u.unpricedRequests > 0 ? `（うち ${num(u.unpricedRequests, 'ja')} 回は価格不明で含まず）` : ''}`,
  status: (s) => [
    `*AIによる確認*: ${s.allowModel ? '有効' : '無効（文字起こしは送られません）'}`,
    `モデル: ${s.model ?? 'サーバーの既定'}`,
    `トークン上限: 入力 ${s.maxInputTokens ?? '既定'} / 出力 ${s.maxOutputTokens ?? '既定'}`,
    `対応マニュアル: ${s.manual ? `${num(s.manual.chars, 'ja')} 文字` : '未登録（組み込みの対応指針を使います）'}`,
    JA.usageReport(s.usage),
  ].join('\n'),
  manualSaved: (n) => `対応マニュアルを登録しました（${num(n, 'ja')} 文字）。次の解析から、AIによる助言はこのマニュアルに沿います。`,
  manualRemoved: '対応マニュアルを削除しました。組み込みの対応指針を使います。',
  manualTitle: '対応マニュアル',
  manualIntro: 'AIによる確認が助言の根拠にする、貴社の対応マニュアルです。テキストまたは Markdown のファイル（200KB まで）をアップロードするか、短いものは下に貼り付けてください。登録済みのものは置き換わります。',
  manualFile: 'ファイル（.txt / .md）',
  manualText: 'または本文（3000 文字まで）',
  manualSubmit: '登録',
  manualNeeded: 'ファイルをアップロードするか、本文を入力してください。',
  manualFileUnreadable: 'ファイルを読み込めませんでした。もう一度お試しください。',
  failed: 'エラーが発生しました。時間をおいてもう一度お試しください。',
};

const EN: ReviewMessages = {
  usage: (p) => {
    const c = p === 'slack' ? '/mamori-admin ' : '';
    return [
      '*AI second opinion settings*',
      `\`${c}ai\` current settings and this month's usage`,
      `\`${c}ai on\` / \`${c}ai off\` allow / forbid sending transcripts to the language model (default: off)`,
      `\`${c}ai model NAME\` the model to use (\`default\`: the server's)`,
      `\`${c}ai tokens INPUT OUTPUT\` token budgets per review (\`default\`: the server's)`,
      `\`${c}ai usage\` this month's tokens and cost`,
      p === 'slack' ? '`/mamori-admin manual` upload your response manual (a text or Markdown file, up to 200 KB) / `manual clear` remove it'
        : '`manual` followed by the manual\'s text to upload it (up to 200 KB) / `manual clear` remove it',
    ].join('\n');
  },
  notAdmin: 'Only administrators can change this setting.',
  saved: 'Saved.',
  on: 'AI review is on. From now on, parts of each transcript, with names and phone numbers masked, are sent to the configured language model.',
  off: 'AI review is off. Transcripts are not sent to any language model.',
  model: (m) => (m ? `The model is now ${m}.` : 'The model is back to the server default.'),
  budgets: (i, o) => `Token budgets: input ${i ?? 'default'} / output ${o ?? 'default'}`,
  invalid: (r) => ({
    model_name: 'The model name has characters that are not allowed (letters, digits and . _ - : / only).',
    token_budget: 'Token budgets: input 1000–1000000, output 256–100000.',
    manual_empty: 'The manual is empty.',
    manual_too_large: 'The manual is too large (200 KB at most).',
    manual_binary: 'That file is not readable text (use UTF-8 text or Markdown).',
  } as Record<string, string>)[r] ?? 'Please check what you entered.',
  usageReport: (u) => `*AI usage in ${u.month}*\n${num(u.requests, 'en')} requests · input ${num(u.inputTokens, 'en')} / output ${num(u.outputTokens, 'en')} tokens · cost ${usd(u.costUsd)}${u.unpricedRequests > 0 ? ` (${num(u.unpricedRequests, 'en')} requests with an unknown price not included)` : ''}`,
  status: (s) => [
    `*AI review*: ${s.allowModel ? 'on' : 'off (transcripts are not sent)'}`,
    `Model: ${s.model ?? 'server default'}`,
    `Token budgets: input ${s.maxInputTokens ?? 'default'} / output ${s.maxOutputTokens ?? 'default'}`,
    `Response manual: ${s.manual ? `${num(s.manual.chars, 'en')} characters` : 'none (the built-in playbook is used)'}`,
    EN.usageReport(s.usage),
  ].join('\n'),
  manualSaved: (n) => `Response manual saved (${num(n, 'en')} characters). From the next analysis, the AI's advice follows it.`,
  manualRemoved: 'Response manual removed. The built-in playbook is used.',
  manualTitle: 'Response manual',
  manualIntro: 'Your organisation\'s response manual, which the AI review grounds its advice in. Upload a text or Markdown file (up to 200 KB), or paste a short one below. It replaces the current one.',
  manualFile: 'File (.txt / .md)',
  manualText: 'Or the text (up to 3000 characters)',
  manualSubmit: 'Save',
  manualNeeded: 'Upload a file or enter the text.',
  manualFileUnreadable: 'The file could not be read. Please try again.',
  failed: 'Something went wrong. Please try again later.',
};

export function reviewMessages(language: Language): ReviewMessages {
  return language === 'en' ? EN : JA;
}

/** The admin subcommands of both platforms: `ai …` and `manual …`, parsed; null when the words are not ours. */
export type ReviewCommand =
  | { kind: 'status' } | { kind: 'usage' } | { kind: 'help' }
  | { kind: 'allow'; allowed: boolean }
  | { kind: 'model'; model: string | null }
  | { kind: 'tokens'; input: number | null; output: number | null }
  | { kind: 'manual'; text: string }
  | { kind: 'manual_clear' };

export function parseReviewCommand(verb: string, args: string): ReviewCommand | null {
  const v = verb.toLowerCase();
  if (v === 'manual' || v === 'マニュアル') {
    if (/^(clear|off|remove|delete|削除)$/i.test(args.trim())) return { kind: 'manual_clear' };
    return { kind: 'manual', text: args };
  }
  if (v !== 'ai') return null;
  const [sub = '', ...rest] = args.trim().split(/\s+/);
  switch (sub.toLowerCase()) {
    case '':
    case 'show':
      return { kind: 'status' };
    case 'on':
      return { kind: 'allow', allowed: true };
    case 'off':
      return { kind: 'allow', allowed: false };
    case 'usage':
      return { kind: 'usage' };
    case 'model': {
      const name = rest.join(' ').trim();
      if (!name) return { kind: 'help' };
      return { kind: 'model', model: /^(default|既定)$/i.test(name) ? null : name };
    }
    case 'tokens': {
      if (rest.length === 1 && /^(default|既定)$/i.test(rest[0]!)) return { kind: 'tokens', input: null, output: null };
      const [i, o] = rest.map((x) => (/^\d+$/.test(x) ? Number(x) : NaN));
      if (i === undefined || Number.isNaN(i) || (o !== undefined && Number.isNaN(o))) return { kind: 'help' };
      return { kind: 'tokens', input: i, output: o ?? null };
    }
    default:
      return { kind: 'help' };
  }
}

type CommandDeps = Parameters<typeof getReviewSettings>[0];

/**
 * Carries out a parsed command for either platform and returns the answer's text. `manual` with text
 * stores that text (Teams pastes it; Slack passes a modal's text or an uploaded file's content).
 */
export async function runReviewCommand(
  deps: CommandDeps, input: { org: OrgRef; by: Actor; language: Language; platform: 'slack' | 'teams' }, cmd: ReviewCommand,
): Promise<string> {
  const m = reviewMessages(input.language);
  const base = { org: input.org, by: input.by };
  const answer = (out: SettingsOutcome, ok: string) => (out.status === 'ok' ? ok : out.status === 'not_admin' ? m.notAdmin : m.invalid(out.reason));
  switch (cmd.kind) {
    case 'help':
      return m.usage(input.platform);
    case 'status': {
      const out = await getReviewSettings(deps, base);
      return out.status === 'ok' ? m.status(out.settings) : answer(out, '');
    }
    case 'usage': {
      const out = await getReviewUsage(deps, base);
      return out.status === 'ok' ? m.usageReport(out.usage) : answer(out, '');
    }
    case 'allow':
      return answer(await setReviewAllowed(deps, { ...base, allowed: cmd.allowed }), cmd.allowed ? m.on : m.off);
    case 'model':
      return answer(await setReviewModel(deps, { ...base, model: cmd.model }), m.model(cmd.model?.trim() || null));
    case 'tokens':
      return answer(await setReviewBudgets(deps, { ...base, maxInputTokens: cmd.input, maxOutputTokens: cmd.output }), m.budgets(cmd.input, cmd.output));
    case 'manual_clear':
      return answer(await setReviewManual(deps, { ...base, manual: null }), m.manualRemoved);
    case 'manual': {
      if (!cmd.text.trim()) return m.usage(input.platform);
      return answer(await setReviewManual(deps, { ...base, manual: cmd.text }), m.manualSaved([...cmd.text.trim()].length));
    }
  }
}
