/**
 * A practice session's messages as the one view model both platforms render (src/flows/views/view.ts): the
 * opening (scenario, facts and limits, the customer's first line), each reply's feedback with the
 * customer's next line, and the summary. Built once here so Slack and Teams show the same feedback; the
 * trainee's own words travel as text, escaped by each renderer. Both apps send them in the trainee's direct chat
 * (src/bots/slack/practice.ts, src/bots/teams/practice.ts); tests/bots/views/practice.test.ts renders them on both platforms.
 */
import type { Language } from '../../analysis/result.js';
import { HABITS, HABIT_NAMES } from '../../analysis/staff-reply/index.js';
import type { Scenario } from '../../practice/scenario-format.js';
import type { MessageView, ViewBlock } from '../views/view.js';
import type { PracticeTurn } from './session.js';
import type { PracticeSummary } from './summary.js';
import { OUTCOME_WORDS, REPLY_CLASS_WORDS } from './words.js';

export const PRACTICE_LABELS = {
  ja: {
    title: 'ロールプレイ練習', facts: '状況', limits: '対応できる範囲', customer: 'お客様', you: 'あなたの返答', score: '評価', kind: '返答の種類',
    good: '良かった点', change: '改善点', better: 'より良い返答', done: '練習終了', outcome: '結果', total: '合計', workOn: '次に練習する習慣', none: 'なし（この調子で）',
    yourTurn: 'お客様への返答を入力してください。', difficulty: '難易度', complaint: '正当な苦情',
  },
  en: {
    title: 'Role-play practice', facts: 'The situation', limits: 'What you can offer', customer: 'Customer', you: 'Your reply', score: 'Score', kind: 'Kind of reply',
    good: 'Good', change: 'To change', better: 'A better reply', done: 'Practice finished', outcome: 'Outcome', total: 'Total', workOn: 'Habits to work on', none: 'none (keep it up)',
    yourTurn: 'Type your reply to the customer.', difficulty: 'Difficulty', complaint: 'a legitimate complaint',
  },
} as const;

const customerSays = (lang: Language, line: string): ViewBlock => ({ type: 'text', text: `*${PRACTICE_LABELS[lang].customer}:* ${line}` });

export function practiceStartView(scenario: Scenario, customer: string): MessageView {
  const L = PRACTICE_LABELS[scenario.lang];
  return {
    fallbackText: `${L.title}: ${scenario.title}`,
    blocks: [
      { type: 'header', text: `${L.title}: ${scenario.title}` },
      { type: 'fields', fields: [{ label: L.difficulty, value: '★'.repeat(scenario.difficulty) }, { label: L.kind, value: scenario.kind === 'complaint' ? L.complaint : scenario.categories.join(', ') }] },
      { type: 'list', title: L.facts, items: scenario.facts },
      { type: 'list', title: L.limits, items: scenario.limits },
      { type: 'divider' },
      customerSays(scenario.lang, customer),
      { type: 'text', text: L.yourTurn, tone: 'muted' },
    ],
  };
}

/** One reply judged, and what the customer says next (null when the session ended without a line). */
export function practiceTurnView(lang: Language, turn: PracticeTurn, customer: string | null): MessageView {
  const L = PRACTICE_LABELS[lang];
  const marks = HABITS.filter((h) => turn.verdicts[h] !== 'na').map((h) => `${turn.verdicts[h] === 'good' ? '✓' : '✗'} ${HABIT_NAMES[lang][h]}`);
  const blocks: ViewBlock[] = [
    { type: 'text', text: `*${L.you}:* ${turn.reply}`, tone: 'muted' },
    { type: 'fields', fields: [{ label: L.score, value: `${turn.score}/100` }, { label: L.kind, value: REPLY_CLASS_WORDS[lang][turn.replyClass] }] },
    { type: 'text', text: marks.join('　'), tone: turn.score >= 70 ? 'good' : turn.score >= 40 ? 'warning' : 'danger' },
  ];
  if (turn.good.length) blocks.push({ type: 'list', title: L.good, items: turn.good });
  if (turn.change.length) blocks.push({ type: 'list', title: L.change, items: turn.change });
  if (turn.better) blocks.push({ type: 'text', text: `*${L.better}:* ${turn.better}` });
  if (customer) blocks.push({ type: 'divider' }, customerSays(lang, customer));
  return { fallbackText: `${L.score} ${turn.score}/100`, blocks };
}

export function practiceSummaryView(scenario: Scenario, summary: PracticeSummary): MessageView {
  const L = PRACTICE_LABELS[scenario.lang];
  const outcome = summary.outcome ? OUTCOME_WORDS[scenario.lang][summary.outcome] : '—';
  const workOn = summary.workOn.map((h) => HABIT_NAMES[scenario.lang][h]);
  return {
    fallbackText: `${L.done}: ${L.total} ${summary.score}/100`,
    blocks: [
      { type: 'header', text: `${L.done}: ${scenario.title}` },
      { type: 'fields', fields: [{ label: L.total, value: `${summary.score}/100` }, { label: L.outcome, value: outcome }] },
      { type: 'list', title: L.workOn, items: workOn.length ? workOn : [L.none] },
    ],
  };
}
