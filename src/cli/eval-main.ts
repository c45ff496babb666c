/**
 * `npm run eval -- [DIR] [--json] [--gate] [--predictions FILE] [--verbose] [--llm]`
 * `npm run eval -- --cross-validate [ROOT] [--json] [--gate] [--rules]`: leave-one-writer-group-out over every
 * group under ROOT (default corpus/) plus ../shared/corpus/dev, a fresh model trained per fold on the other
 * groups (`--rules`: the hand-written rules alone): the figure that estimates unseen calls.
 * `npm run eval -- --check [ROOT]`: every group's transcripts read by mamori's reader, spans on customer cues.
 * `npm run eval -- --guard [FILE] [--gate]`: the community's confidentiality guard on its labelled questions (src/eval/guard-command.ts).
 * `npm run eval -- --staff-replies [ROOT] [--json]`: the staff-reply evaluator of role-play practice on the labelled replies under
 * ROOT (default corpus/staff-replies/), leave-one-group-out (src/eval/staff-reply-command.ts).
 * Scores the detector on a labelled corpus (shared/corpus/SPEC.md) with the reference scorer's
 * definitions. `--llm` runs the model review (src/review) after the engine, configured by OPENAI_API_KEY,
 * OPENAI_BASE_URL and MAMORI_REVIEW_* (read here, at the entry point), and prints the engine alone and
 * engine+model side by side with the difference, then tokens and cost; --gate, --verbose and
 * --predictions then apply to engine+model. Exit codes: 0 done (and gate passed when --gate), 1 gate
 * failed, 2 bad input.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { CorpusError } from '../eval/corpus.js';
import { formatPredictionsJsonl } from '../eval/predict.js';
import { checkGroups } from '../eval/check-corpus.js';
import { crossValidate, ruleEngine } from '../eval/cross-validate.js';
import { formatRoleAccuracy, roleAccuracy } from '../eval/roles.js';
import { unusedPatterns } from '../eval/unused-patterns.js';
import { trainedDetector } from '../train/detector.js';
import { loadGroups } from '../eval/groups.js';
import { formatCrossValidation, formatFailures, formatGate, formatMetricsTable, formatMistakes } from '../eval/report.js';
import { checkGate, CROSS_VALIDATION_GATE, RULES_CROSS_VALIDATION_GATE } from '../eval/thresholds.js';
import { evaluateDir, evaluationJson, type Evaluation } from '../eval/run.js';
import type { Analyzer } from '../eval/predict.js';
import { analyzeFile } from '../analysis/index.js';
import { guardCommand } from '../eval/guard-command.js';
import { staffReplyCommand } from '../eval/staff-reply-command.js';
import { fitReplyModel } from '../train/staff-fit.js';
import { reviewConfigFromEnv } from '../review/config.js';
import { evaluateDirWithReview, formatReviewComparison, formatReviewSummary, reviewDifference, type ReviewComparison } from '../review/eval.js';

interface EvalOptions {
  json?: boolean;
  gate?: boolean;
  predictions?: string;
  verbose?: boolean;
  llm?: boolean;
  crossValidate?: boolean;
  unusedPatterns?: boolean;
  check?: boolean;
  rules?: boolean;
  guard?: boolean;
  staffReplies?: boolean;
}

/** Where the CLI writes and what it reads (the process's by default; tests pass their own). */
export interface EvalIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

const processIo: EvalIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), env: process.env };

export function main(argv: string[] = process.argv, io: EvalIo = processIo): number | Promise<number> {
  const program = new Command()
    .name('npm run eval --')
    .description('Score the harassment detector on a labelled corpus folder (labels.jsonl + conversations/).')
    .argument('[dir]', 'corpus folder', path.join('..', 'shared', 'corpus', 'dev'))
    .option('--json', 'print machine-readable JSON instead of tables')
    .option('--gate', 'exit 1 unless the "all" numbers reach the quality thresholds')
    .option('--predictions <file>', 'also write predictions.jsonl for the reference Python scorer')
    .option('--verbose', 'list every conversation with a mistake')
    .option('--llm', 'run the model review after the engine (needs OPENAI_API_KEY; OPENAI_BASE_URL, MAMORI_REVIEW_MODEL)')
    .option('--cross-validate', 'leave-one-writer-group-out over the groups under DIR (default corpus/) and ../shared/corpus/dev')
    .option('--check', 'check every group under DIR (default corpus/): transcripts readable, spans on customer cues, bank rows valid')
    .option('--unused-patterns', 'list the lexicon patterns that match no customer utterance in the groups under DIR (default corpus/; the dev corpus does not count)')
    .option('--rules', 'the hand-written rules alone, without the trained model (a corpus, --llm or --cross-validate)')
    .option('--guard', 'score the community confidentiality guard on DIR as a JSONL file (default tests/fixtures/guard/questions.jsonl)')
    .option('--staff-replies', 'score the role-play staff-reply evaluator on the labelled replies under DIR (default corpus/staff-replies/), leave-one-group-out')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  try {
    program.parse(argv);
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  }
  const opts = program.opts<EvalOptions>();
  if (opts.guard) return guardCommand(program.args[0], opts, io);
  if (opts.staffReplies) return staffReplyCommand(program.args[0], opts, io, fitReplyModel);
  if (opts.crossValidate || opts.check || opts.unusedPatterns) return groupsCommand(program.args[0], opts, io);
  const dir = path.resolve(program.args[0] ?? path.join('..', 'shared', 'corpus', 'dev'));

  const badCorpus = (e: unknown): number => {
    if (e instanceof CorpusError) {
      io.err(`eval: ${e.message}\n`);
      return 2;
    }
    throw e;
  };
  if (opts.llm) {
    let config;
    try {
      config = reviewConfigFromEnv(io.env);
    } catch (e) {
      io.err(`eval: bad review settings: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    if (!config) {
      io.err('eval: --llm needs OPENAI_API_KEY (any value for a local server at OPENAI_BASE_URL)\n');
      return 2;
    }
    return evaluateDirWithReview(dir, config, { analyze: engineOf(opts) }).then((comparison) => report(comparison.evaluation, opts, io, comparison), badCorpus);
  }
  let evaluation;
  try {
    evaluation = evaluateDir(dir, engineOf(opts));
  } catch (e) {
    return badCorpus(e);
  }
  return report(evaluation, opts, io);
}

const DEV_CORPUS = path.join('..', 'shared', 'corpus', 'dev');

function groupsCommand(root: string | undefined, opts: EvalOptions, io: EvalIo): number {
  let groups;
  try {
    groups = loadGroups(path.resolve(root ?? 'corpus'), [path.resolve(DEV_CORPUS)]);
  } catch (e) {
    if (e instanceof CorpusError) {
      io.err(`eval: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.unusedPatterns) {
    // The development corpus is where the rules came from: a match there is no evidence.
    const use = unusedPatterns(groups.filter((g) => g.dir !== path.resolve(DEV_CORPUS)));
    if (opts.json) io.out(JSON.stringify(use) + '\n');
    else io.out([...use.unused.map((u) => `${u.rule}\t${u.pattern}`), `${use.unused.length} of ${use.patterns} patterns match no customer utterance`].join('\n') + '\n');
    return 0;
  }
  if (opts.check) {
    const problems = checkGroups(groups);
    for (const p of problems) io.err(`${p.group}/${p.id}: ${p.message}\n`);
    const conversations = groups.reduce((n, g) => n + g.corpus.conversations.length, 0);
    const utterances = groups.reduce((n, g) => n + g.bank.length, 0);
    io.out(`${problems.length === 0 ? 'ok' : `${problems.length} problems`}: ${groups.length} groups, ${conversations} conversations, ${utterances} utterances\n`);
    if (problems.length > 0) return 1;
    if (!opts.crossValidate) return 0;
  }
  // A fresh model is trained for every held-out group, on the other groups only.
  const cv = crossValidate(groups, opts.rules ? ruleEngine : trainedDetector);
  const gate = checkGate(cv.pooled.all, opts.rules ? RULES_CROSS_VALIDATION_GATE : CROSS_VALIDATION_GATE);
  const roles = roleAccuracy(groups);
  if (opts.json) {
    io.out(JSON.stringify({
      detector: cv.detector, groups: cv.groups, ...cv.pooled, perGroup: cv.perGroup, utterances: cv.utterances, weakest: cv.weakest, roles,
      failures: cv.failures, trainMs: Math.round(cv.trainMs), predictMs: Math.round(cv.predictMs),
      gate: { passed: gate.passed, failed: gate.failed.map((c) => c.metric), checks: gate.checks },
    }) + '\n');
  } else {
    io.out(formatCrossValidation(cv) + `\n\n${formatRoleAccuracy(roles)}` + (opts.gate ? `\n\n${formatGate(gate)}` : '') + '\n');
  }
  if (opts.gate && !gate.passed) {
    if (opts.json) io.err(formatGate(gate) + '\n');
    return 1;
  }
  return 0;
}

/** `evaluation` is what the gate, --verbose and --predictions use: engine+model when `comparison` is given. */
function report(evaluation: Evaluation, opts: EvalOptions, io: EvalIo, comparison?: ReviewComparison): number {
  if (opts.predictions) {
    const out = path.resolve(opts.predictions);
    writeFileSync(out, formatPredictionsJsonl(evaluation.run.predictions), 'utf8');
    if (!opts.json) io.err(`wrote ${evaluation.run.predictions.length} predictions to ${out}\n`);
  }

  if (opts.json) {
    const json = comparison
      ? { ...evaluationJson(evaluation), engine: evaluationJson(comparison.engine), difference: reviewDifference(comparison), review: comparison.review }
      : evaluationJson(evaluation);
    io.out(JSON.stringify(json) + '\n');
  } else {
    const { corpus, run } = evaluation;
    const parts = [
      comparison
        ? `Corpus: ${corpus.dir} (${corpus.conversations.length} conversations; engine ${Math.round(comparison.engine.run.analysisMs)} ms, engine+model ${Math.round(run.analysisMs)} ms)`
        : `Corpus: ${corpus.dir} (${corpus.conversations.length} conversations, analysed in ${Math.round(run.analysisMs)} ms)`,
      '',
      comparison
        ? `Engine alone vs engine + model review, on the same ${corpus.conversations.length} conversations:\n\n${formatReviewComparison(comparison)}`
        : formatMetricsTable(evaluation.metrics),
    ];
    if (run.failures.length === corpus.conversations.length) {
      parts.push('', 'No conversation could be analysed: every prediction below is an empty "normal".');
    }
    const failures = formatFailures(run.failures);
    if (failures) parts.push('', failures);
    const untimed = Object.entries(run.untimedExcerpts);
    if (untimed.length) {
      parts.push('', `Excerpts without times (not scored as spans): ${untimed.map(([id, n]) => `${id} ×${n}`).join(', ')}`);
    }
    if (comparison) parts.push('', formatReviewSummary(comparison.review));
    if (opts.verbose) parts.push('', formatMistakes(evaluation.mistakes));
    if (opts.gate) parts.push('', formatGate(evaluation.gate));
    io.out(parts.join('\n') + '\n');
  }

  if (opts.gate && !evaluation.gate.passed) {
    if (opts.json) io.err(formatGate(evaluation.gate) + '\n');
    return 1;
  }
  return 0;
}

// Run only as the entry point (`npm run eval`), not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const code = main();
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}

/** The engine a corpus is scored with: the committed model and the rules, or the rules alone (`--rules`). */
function engineOf(opts: EvalOptions): Analyzer {
  return opts.rules ? ruleEngine.train([]) : (data, file) => analyzeFile(data, file);
}
