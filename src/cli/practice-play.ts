/**
 * `mamori practice play ID REPLY...`: plays a scenario offline with the given replies, one a turn, and prints
 * each customer line, the judgement of each reply (habits, what was good, what to change, a better reply)
 * and the summary — how a trainee's session goes, and how an admin tries a scenario file (`--file`) before
 * uploading it. Loaded only for this subcommand (the flows' practice engine and the committed reply model).
 */
import { evaluateReply, HABITS, HABIT_NAMES } from '../analysis/staff-reply/index.js';
import { answer, startPractice, type ReplyJudge } from '../flows/practice/session.js';
import { summarize } from '../flows/practice/summary.js';
import { OUTCOME_WORDS, REPLY_CLASS_WORDS } from '../flows/practice/words.js';
import { defaultReplyModel } from '../practice/reply-model-file.js';
import type { Scenario } from '../practice/scenario-format.js';
import type { Output } from './analyze-command.js';

const LABELS = {
  ja: { customer: '客', you: 'あなた', score: '評価', good: '良かった点', change: '改善点', better: 'より良い返答', end: '終了', total: '合計', workOn: '次に練習する習慣', none: 'なし' },
  en: { customer: 'Customer', you: 'You', score: 'Score', good: 'Good', change: 'Change', better: 'Better', end: 'Ended', total: 'total', workOn: 'Habits to work on', none: 'none' },
} as const;

export function playScenario(scenario: Scenario, replies: readonly string[], opts: { json?: boolean; rules?: boolean }, io: Output): void {
  const model = opts.rules ? null : defaultReplyModel();
  const judge: ReplyJudge = (reply, ctx) => evaluateReply(reply, ctx, model);
  const L = LABELS[scenario.lang];
  const started = startPractice(scenario);
  let session = started.session;
  const lines = [`${scenario.id} — ${scenario.title} (${scenario.medium}, ${'★'.repeat(scenario.difficulty)})`, `${L.customer}: ${started.customer}`];
  for (const reply of replies) {
    if (session.outcome) break;
    const r = answer(scenario, session, reply, judge);
    session = r.session;
    const marks = HABITS.filter((h) => r.turn.verdicts[h] !== 'na').map((h) => `${r.turn.verdicts[h] === 'good' ? '✓' : '✗'} ${HABIT_NAMES[scenario.lang][h]}`);
    lines.push(`${L.you}: ${reply}`, `  ${L.score} ${r.turn.score}/100 [${REPLY_CLASS_WORDS[scenario.lang][r.turn.replyClass]}] ${marks.join('  ')}`);
    for (const g of r.turn.good) lines.push(`  ${L.good}: ${g}`);
    for (const c of r.turn.change) lines.push(`  ${L.change}: ${c}`);
    if (r.turn.better) lines.push(`  ${L.better}: ${r.turn.better}`);
    if (r.customer) lines.push(`${L.customer}: ${r.customer}`);
  }
  const summary = summarize(session);
  if (opts.json) {
    io.out(JSON.stringify({ scenario: scenario.id, judgedBy: model ? `model ${model.version}` : 'rules', session, summary }));
    return;
  }
  const ended = session.outcome ? OUTCOME_WORDS[scenario.lang][session.outcome] : '—';
  lines.push(`${L.end}: ${ended} — ${L.total} ${summary.score}/100`, `${L.workOn}: ${summary.workOn.map((h) => HABIT_NAMES[scenario.lang][h]).join(scenario.lang === 'ja' ? '、' : ', ') || L.none}`);
  io.out(lines.join('\n'));
}
