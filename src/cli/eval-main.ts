/**
 * `npm run eval -- [DIR] [--json] [--gate] [--predictions FILE] [--verbose] [--llm]`
 * Scores the detector on a labelled corpus (shared/corpus/SPEC.md) with the reference scorer's
 * definitions. `--llm` runs the model review (src/review) after the engine, configured by OPENAI_API_KEY,
 * OPENAI_BASE_URL and MAMORI_REVIEW_* (read here, at the entry point). Exit codes: 0 done (and gate passed when --gate), 1 gate failed, 2 bad input.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { CorpusError } from '../eval/corpus.js';
import { formatPredictionsJsonl } from '../eval/predict.js';
import { formatFailures, formatGate, formatMetricsTable, formatMistakes } from '../eval/report.js';
import { evaluateDir, evaluationJson, type Evaluation } from '../eval/run.js';
import { reviewConfigFromEnv } from '../review/config.js';
import { evaluateDirWithReview, formatReviewSummary, type ReviewRunSummary } from '../review/eval.js';

interface EvalOptions {
  json?: boolean;
  gate?: boolean;
  predictions?: string;
  verbose?: boolean;
  llm?: boolean;
}

export function main(argv: string[] = process.argv): number | Promise<number> {
  const program = new Command()
    .name('npm run eval --')
    .description('Score the harassment detector on a labelled corpus folder (labels.jsonl + conversations/).')
    .argument('[dir]', 'corpus folder', path.join('..', 'shared', 'corpus', 'dev'))
    .option('--json', 'print machine-readable JSON instead of tables')
    .option('--gate', 'exit 1 unless the "all" numbers reach the quality thresholds')
    .option('--predictions <file>', 'also write predictions.jsonl for the reference Python scorer')
    .option('--verbose', 'list every conversation with a mistake')
    .option('--llm', 'run the model review after the engine (needs OPENAI_API_KEY; OPENAI_BASE_URL, MAMORI_REVIEW_MODEL)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  try {
    program.parse(argv);
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  }
  const opts = program.opts<EvalOptions>();
  const dir = path.resolve(program.args[0] ?? path.join('..', 'shared', 'corpus', 'dev'));

  const badCorpus = (e: unknown): number => {
    if (e instanceof CorpusError) {
      process.stderr.write(`eval: ${e.message}\n`);
      return 2;
    }
    throw e;
  };
  if (opts.llm) {
    const config = reviewConfigFromEnv(process.env);
    if (!config) {
      process.stderr.write('eval: --llm needs OPENAI_API_KEY (any value for a local server at OPENAI_BASE_URL)\n');
      return 2;
    }
    return evaluateDirWithReview(dir, config).then(({ evaluation, review }) => report(evaluation, opts, review), badCorpus);
  }
  let evaluation;
  try {
    evaluation = evaluateDir(dir);
  } catch (e) {
    return badCorpus(e);
  }
  return report(evaluation, opts);
}

function report(evaluation: Evaluation, opts: EvalOptions, review?: ReviewRunSummary): number {
  if (opts.predictions) {
    const out = path.resolve(opts.predictions);
    writeFileSync(out, formatPredictionsJsonl(evaluation.run.predictions), 'utf8');
    if (!opts.json) process.stderr.write(`wrote ${evaluation.run.predictions.length} predictions to ${out}\n`);
  }

  if (opts.json) {
    process.stdout.write(JSON.stringify(review ? { ...evaluationJson(evaluation), review } : evaluationJson(evaluation)) + '\n');
  } else {
    const { corpus, run } = evaluation;
    const parts = [
      `Corpus: ${corpus.dir} (${corpus.conversations.length} conversations, analysed in ${Math.round(run.analysisMs)} ms)`,
      '',
      formatMetricsTable(evaluation.metrics),
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
    if (review) parts.push('', formatReviewSummary(review));
    if (opts.verbose) parts.push('', formatMistakes(evaluation.mistakes));
    if (opts.gate) parts.push('', formatGate(evaluation.gate));
    process.stdout.write(parts.join('\n') + '\n');
  }

  if (opts.gate && !evaluation.gate.passed) {
    if (opts.json) process.stderr.write(formatGate(evaluation.gate) + '\n');
    return 1;
  }
  return 0;
}

const code = main();
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
