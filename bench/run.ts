/**
 * `npm run bench`: the speed figures for the README, as a markdown table.
 *
 *   npm run bench [-- analysis|hostile|timeline|cli|pipeline|slack …] [--iterations 200 --files 100 --runs 7 --json]
 *
 * Runs the named benches, all of them when none is named: the in-process analysis bench first (its cold
 * start must be the first import of src/analysis), the hostile inputs, the timeline picture's CPU per render, the CLI (start-up beside `node -e 0`,
 * then 100 files), bench/pipeline.ts's benchPipeline() when that file exists, and the Slack adapter (its
 * acknowledgements beside a bare Node server in the same run). A bench that fails is shown as a failed row; it
 * never stops the others. `--json` prints one JSON object; with `slack` alone, the Slack figures themselves
 * (ackP50Ms, ackP99Ms, floorAckP99Ms, eventToAnswerMs, serverCpuMsPerAnswer, …) for scripts to check.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchAnalysis, TARGET_MEDIAN_MS, type AnalysisBench } from './analysis.js';
import { DEFAULT_MODEL_FILE } from '../src/analysis/model/default-model.js';
import { benchCli, benchCliStart, TARGET_START_MS, TARGET_WALL_MS, type CliBench, type CliStartBench } from './cli.js';
import { benchHostile, TARGET_HOSTILE_MS, type HostileCase } from './hostile.js';
import type { SlackBench } from './slack.js';
import { benchTimeline, type TimelineCase } from './timeline.js';

export interface Row {
  measure: string;
  result: string;
  target: string;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

const ms = (v: number) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
const verdictMark = (ok: boolean) => (ok ? '✅' : '❌');

export function analysisRows(a: AnalysisBench): Row[] {
  if (!a.ok && a.coldStartMs === null) return [{ measure: 'analyzeFile (in process)', result: `failed: ${a.error ?? 'unknown error'}`, target: '' }];
  const rows: Row[] = [];
  if (a.coldStartMs !== null) rows.push({ measure: 'Cold start: import + first analysis (60 min, ja)', result: ms(a.coldStartMs), target: '' });
  if (a.modelLoadMs !== undefined) rows.push({ measure: `of which: reading the trained model (${(statSync(DEFAULT_MODEL_FILE).size / 1e6).toFixed(1)} MB JSON)`, result: ms(a.modelLoadMs), target: `≤ 300 ms ${verdictMark(a.modelLoadMs <= 300)}` });
  for (const c of a.cases) {
    const what = `analyzeFile, ${Math.round(c.minutes)}-min ${c.language} Teams VTT (${c.utterances} utterances, ${Math.round(c.bytes / 1024)} KiB), N=${c.iterations}`;
    rows.push({ measure: `${what}: median`, result: ms(c.medianMs), target: `≤ ${TARGET_MEDIAN_MS} ms ${verdictMark(c.medianMs <= TARGET_MEDIAN_MS)}` });
    rows.push({ measure: `${what}: p95`, result: ms(c.p95Ms), target: '' });
    rows.push({ measure: `same, hand-written rules alone (floor, same run): median`, result: ms(c.rulesMedianMs), target: '' });
  }
  if (!a.ok) rows.push({ measure: 'analyzeFile (in process)', result: `failed: ${a.error ?? 'unknown error'}`, target: '' });
  return rows;
}

export function cliRows(c: CliBench): Row[] {
  const formats = Object.entries(c.formats).map(([f, n]) => `${n} ${f}`).join(', ');
  const measure = `CLI: \`mamori analyze\` ${c.files} one-hour transcripts --json, one process (${formats}; ${(c.totalBytes / 1048576).toFixed(1)} MiB)`;
  if (!c.ok || c.wallMs === null) {
    return [{ measure, result: `failed: ${(c.error ?? 'unknown error').split('\n').slice(0, 2).join(' / ')}`, target: `≤ ${TARGET_WALL_MS / 1000} s` }];
  }
  return [{ measure: `${measure}: wall time`, result: `${(c.wallMs / 1000).toFixed(2)} s`, target: `≤ ${TARGET_WALL_MS / 1000} s ${verdictMark(c.wallMs <= TARGET_WALL_MS)}` }];
}

export function cliStartRows(c: CliStartBench): Row[] {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  return [
    {
      measure: `CLI start: \`npx mamori analyze\` one 60-min ja transcript --json, whole process (median of ${c.runs}): wall`,
      result: `${Math.round(c.wallMs)} ms`,
      target: `≤ ${TARGET_START_MS} ms ${verdictMark(c.wallMs <= TARGET_START_MS)}`,
    },
    { measure: 'same: CPU (user + system)', result: `${Math.round(c.cpuMs)} ms`, target: '' },
    { measure: 'floor, same run: `node -e 0` wall / CPU', result: `${Math.round(c.floorWallMs)} ms / ${Math.round(c.floorCpuMs)} ms`, target: `CLI wall ${ratio(c.wallMs, c.floorWallMs)} the floor` },
  ];
}

export function timelineRows(cases: readonly TimelineCase[]): Row[] {
  return cases.map((c) => ({
    measure: `Timeline picture, 60-min ${c.language} call (${c.excerpts} moments), 1000×260 PNG (${Math.round(c.pngBytes / 1024)} KiB): CPU per render (median of ${c.renders})`,
    result: `${c.cpuMsPerRender.toFixed(1)} ms`,
    target: '',
  }));
}

export function hostileRows(cases: readonly HostileCase[]): Row[] {
  return cases.map((c) => ({
    measure: `Hostile input: ${c.name} (${c.bytes >= 1048576 ? `${Math.round(c.bytes / 1048576)} MiB` : `${Math.round(c.bytes / 1024)} KiB`}) → ${c.outcome}`,
    result: ms(c.ms),
    target: `≤ ${TARGET_HOSTILE_MS} ms ${verdictMark(c.ms <= TARGET_HOSTILE_MS)}`,
  }));
}

/** Accepts whatever shape benchPipeline() returns: rows, a record of figures, or plain text. */
export function pipelineRows(value: unknown): Row[] {
  const text = (v: unknown): string => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : typeof v === 'string' ? v : JSON.stringify(v));
  const str = (o: Record<string, unknown>, keys: string[]) => {
    for (const k of keys) if (o[k] !== undefined && o[k] !== null) return text(o[k]);
    return '';
  };
  if (Array.isArray(value)) {
    return value.map((r, i) => {
      if (r && typeof r === 'object') {
        const o = r as Record<string, unknown>;
        return {
          measure: `Pipeline: ${str(o, ['measure', 'name', 'label', 'metric', 'what']) || `#${i + 1}`}`,
          result: `${str(o, ['result', 'value', 'ms', 'median', 'time'])}${typeof o.unit === 'string' ? ` ${o.unit}` : ''}`,
          target: str(o, ['target', 'goal']),
        };
      }
      return { measure: `Pipeline #${i + 1}`, result: text(r), target: '' };
    });
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.rows)) return pipelineRows(o.rows);
    return Object.entries(o).map(([k, v]) => ({ measure: `Pipeline: ${k}`, result: text(v), target: '' }));
  }
  if (value === undefined) return [];
  return [{ measure: 'Pipeline', result: text(value), target: '' }];
}

export async function runPipelineBench(): Promise<Row[]> {
  const file = ['pipeline.ts', 'pipeline.js'].map((f) => path.join(HERE, f)).find((f) => existsSync(f));
  if (!file) return [];
  try {
    const mod = (await import(pathToFileURL(file).href)) as { benchPipeline?: unknown };
    if (typeof mod.benchPipeline !== 'function') {
      return [{ measure: 'Pipeline', result: 'skipped: bench/pipeline.ts exports no benchPipeline()', target: '' }];
    }
    return pipelineRows(await (mod.benchPipeline as () => unknown)());
  } catch (e) {
    return [{ measure: 'Pipeline', result: `skipped: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, target: '' }];
  }
}

/** The Slack adapter against the local fakes: acknowledgement latency beside its floor, event to answer, CPU per answer. */
/** The Slack figures with Bolt's work per request (bench/slack-bolt.ts), CPU µs. */
export type SlackFigures = SlackBench & {
  boltUsPerEvent: number; boltUsPerAction: number; boltChainsUsPerEvent: number; boltChainsUsPerAction: number;
  floorBoltUsPerEvent: number; boltListeners: number;
};

export async function runSlackBench(): Promise<{ rows: Row[]; figures: SlackFigures | { error: string } }> {
  try {
    const { benchSlack } = await import('./slack.js');
    const { benchBoltWork } = await import('./slack-bolt.js');
    // In this process, before the app's processes start: Bolt and the routing alone, no HTTP, no database.
    const bolt = await benchBoltWork();
    const r = await benchSlack();
    const ratio = r.ackP99Ms / r.floorAckP99Ms;
    return {
      figures: {
        ...r,
        boltUsPerEvent: bolt.routedEventUs, boltUsPerAction: bolt.routedActionUs,
        boltChainsUsPerEvent: bolt.chainsEventUs, boltChainsUsPerAction: bolt.chainsActionUs,
        floorBoltUsPerEvent: bolt.floorEventUs, boltListeners: bolt.listeners,
      },
      rows: [
        { measure: `Slack: Bolt work per request, file event (message/file_share), ${bolt.listeners} listeners routed by one lookup (CPU, median of 5 × ${bolt.iterations})`, result: `${bolt.routedEventUs} µs`, target: `≤ 100 µs ${verdictMark(bolt.routedEventUs <= 100)}` },
        { measure: 'same, button press (block_actions)', result: `${bolt.routedActionUs} µs`, target: '' },
        { measure: `same run: the same listeners as ${bolt.listeners} Bolt listener chains, event / button`, result: `${bolt.chainsEventUs} µs / ${bolt.chainsActionUs} µs`, target: '' },
        { measure: 'floor, same run: a Bolt app with one listener, file event', result: `${bolt.floorEventUs} µs`, target: '' },
        { measure: `Slack: ack latency, burst of ${r.burstEvents} file events, 50 in flight, workers in process (${r.database}): p50`, result: `${r.ackP50Ms} ms`, target: '' },
        { measure: 'Slack: ack latency, same burst: p99', result: `${r.ackP99Ms} ms`, target: `≤ 1.5× the floor ${verdictMark(ratio <= 1.5)} (${ratio.toFixed(1)}×)` },
        { measure: 'floor, same run: a bare Node HTTP server, same burst: p50 / p99', result: `${r.floorAckP50Ms} ms / ${r.floorAckP99Ms} ms`, target: '' },
        { measure: `Slack: event → answer in thread, 60-min ja transcript (median of ${r.answersMeasured})`, result: `${r.eventToAnswerMs} ms`, target: '≤ 2000 ms' },
        { measure: 'Slack: server CPU per answered 60-min transcript (the app process, all threads)', result: `${r.serverCpuMsPerAnswer} ms`, target: `≤ 30 ms ${verdictMark(r.serverCpuMsPerAnswer <= 30)}` },
      ],
    };
  } catch (e) {
    const error = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    return { figures: { error }, rows: [{ measure: 'Slack', result: `skipped: ${error}`, target: '' }] };
  }
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdown(rows: readonly Row[]): string {
  return [
    '| Measure | Result | Target |',
    '|---|---:|---|',
    ...rows.map((r) => `| ${cell(r.measure)} | ${cell(r.result)} | ${cell(r.target)} |`),
  ].join('\n');
}

export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${os.platform()}-${os.arch()}, ${os.availableParallelism?.() ?? cpus.length} CPUs (${model}), ${Math.round(os.totalmem() / 1073741824)} GiB RAM`;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const BENCHES = ['analysis', 'hostile', 'timeline', 'cli', 'pipeline', 'slack'] as const;

async function main(): Promise<void> {
  const iterations = Number(arg('--iterations') ?? 200);
  const files = Number(arg('--files') ?? 100);
  const runs = Number(arg('--runs') ?? 7);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const named = BENCHES.filter((b) => process.argv.slice(2).includes(b));
  const wanted = new Set(named.length > 0 ? named : BENCHES);
  const json: Record<string, unknown> = { machine: machine(), date: new Date().toISOString() };
  const rows: Row[] = [];

  if (wanted.has('analysis')) {
    log(`analysis: ${iterations} warm iterations…`);
    const analysis = await benchAnalysis({ iterations });
    json.analysis = analysis;
    rows.push(...analysisRows(analysis));
  }
  if (wanted.has('hostile')) {
    log('hostile inputs…');
    try {
      const hostileCases = await benchHostile();
      json.hostile = hostileCases;
      rows.push(...hostileRows(hostileCases));
    } catch (e) {
      rows.push({ measure: 'Hostile inputs', result: `failed: ${e instanceof Error ? e.message : String(e)}`, target: '' });
    }
  }
  if (wanted.has('timeline')) {
    log('timeline picture…');
    const timeline = await benchTimeline();
    json.timeline = timeline;
    rows.push(...timelineRows(timeline));
  }
  if (wanted.has('cli')) {
    log(`cli: start-up, ${runs} runs beside node -e 0…`);
    try {
      const start = await benchCliStart({ runs });
      json.cliStart = start;
      rows.push(...cliStartRows(start));
    } catch (e) {
      rows.push({ measure: 'CLI start', result: `failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, target: '' });
    }
    log(`cli: ${files} files…`);
    const cli = await benchCli({ files });
    json.cli = cli;
    rows.push(...cliRows(cli));
  }
  if (wanted.has('pipeline')) {
    log('pipeline…');
    const pipeline = await runPipelineBench();
    json.pipeline = pipeline;
    rows.push(...pipeline);
  }
  if (wanted.has('slack')) {
    log('slack…');
    const slack = await runSlackBench();
    json.slack = slack.figures;
    rows.push(...slack.rows);
  }

  if (process.argv.includes('--json')) {
    // `slack --json` alone: the Slack figures as one flat object, for a script to compare.
    const only = named.length === 1 ? named[0]! : null;
    const value = only === 'slack' ? { ...(json.slack as object), machine: json.machine, date: json.date } : json;
    process.stdout.write(`${JSON.stringify(value, null, only === 'slack' ? 0 : 2)}\n`);
    return;
  }
  process.stdout.write(`${machine()}, ${new Date().toISOString().slice(0, 10)}\n\n${markdown(rows)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
