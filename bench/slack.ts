/**
 * Slack adapter figures, against the local fakes (loopback only, bounded), three processes as in production:
 * Slack's side (bench/slack-fake-api.ts), the app (bench/slack-app.ts: HTTP mode, database, workers) and the
 * load generator (this one).
 * - event to answer: a one-hour transcript shared in a DM, event POST → the answer in the thread (median of
 *   LONG_CALLS, after one not counted);
 * - server CPU per answer: the app process's CPU (all its threads) over those answers, less what the idle app spends
 *   in the same time (job-queue polling; measured just before), divided by their number: acknowledgement,
 *   download, analysis, timeline picture, outbox and the Slack calls (with PGlite, the database's work too);
 * - acknowledgement latency of a burst of 500 signed file events, 50 in flight (Slack allows 3 s), and the
 *   floor: the same burst against a bare Node HTTP server (bench/bare-server.ts) in the same run.
 *
 *   npm run bench -- slack [--json]
 *
 * MAMORI_BENCH_PROFILE=DIR writes the app process's CPU profile (node --cpu-prof) to DIR.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SlackSigner } from '../tests/helpers/fake-slack.js';
import { startBenchProcess, type BenchProcess } from './bench-process.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const BURST = 500;
const IN_FLIGHT = 50;
/**
 * Events sent first and not counted, so JIT and connection set-up are not measured as acknowledgement
 * time: as many at once as the burst keeps in flight, so its connections are open when it starts (as
 * Slack's are: it keeps connections to an app alive).
 */
const WARM_UP = IN_FLIGHT;
/** One-hour calls answered one after another; the first warms the app up and is not counted. */
const LONG_CALLS = 6;
/** Slack's API idle this long after an answer: the app has finished with that event (picture, outbox). */
const SETTLED_MS = 300;
/** How long the idle app is watched for its CPU baseline. */
const IDLE_MS = 3000;

export interface SlackBench {
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  ackFailures: number;
  /** The bare Node server, same burst, same run. */
  floorAckP50Ms: number;
  floorAckP99Ms: number;
  eventToAnswerMs: number;
  serverCpuMsPerAnswer: number;
  /** The app's CPU while idle (job-queue polling), per second: subtracted from the answers' CPU. */
  idleCpuMsPerSecond: number;
  burstEvents: number;
  burstSeconds: number;
  answersMeasured: number;
  database: 'PostgreSQL' | 'PGlite';
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

export async function benchSlack(): Promise<SlackBench> {
  const slack = startBenchProcess(path.join(HERE, 'slack-fake-api.ts'), [String(BURST + WARM_UP), String(LONG_CALLS)]);
  let app: BenchProcess | null = null;
  let floor: BenchProcess | null = null;
  try {
    const { apiUrl, token, files, longFiles } = (await slack.ready) as { apiUrl: string; token: string; files: unknown[]; longFiles: unknown[] };
    const profile = process.env.MAMORI_BENCH_PROFILE;
    app = startBenchProcess(path.join(HERE, 'slack-app.ts'), [apiUrl, token], profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []);
    const { appUrl, secret } = (await app.ready) as { appUrl: string; secret: string };
    const signer = new SlackSigner(appUrl, secret);

    // What the app spends doing nothing, after its start-up has settled.
    await new Promise((r) => setTimeout(r, 1000));
    const idleFrom = (await app.ask('cpu')).cpuMs as number;
    const idleT0 = performance.now();
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idleCpuMsPerMs = ((await app.ask('cpu')).cpuMs as number - idleFrom) / (performance.now() - idleT0);

    // One-hour calls, one at a time, on a quiet app.
    const answerMs: number[] = [];
    let cpuMs = 0;
    for (let i = 0; i < LONG_CALLS; i++) {
      const channel = `DL${i}`;
      const ts = `1800100${String(i).padStart(4, '0')}.000100`;
      const cpuBefore = (await app.ask('cpu')).cpuMs as number;
      const t0 = performance.now();
      await signer.event({ type: 'message', subtype: 'file_share', channel, channel_type: 'im', user: `UL${i}`, ts, text: '', files: [longFiles[i]] }, { eventId: `Ev-long-${i}` });
      let state = await slack.ask(`answered ${channel} ${ts}`);
      const deadline = t0 + 60_000;
      while (!state.answered && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 10));
        state = await slack.ask(`answered ${channel} ${ts}`);
      }
      if (!state.answered) throw new Error(`no answer to one-hour call ${i} within 60 s`);
      const elapsed = performance.now() - t0;
      while ((state.idleMs as number) < SETTLED_MS) {
        await new Promise((r) => setTimeout(r, SETTLED_MS - (state.idleMs as number)));
        state = await slack.ask(`answered ${channel} ${ts}`);
      }
      const cpuAfter = (await app.ask('cpu')).cpuMs as number;
      if (i === 0) continue;
      answerMs.push(elapsed);
      cpuMs += cpuAfter - cpuBefore - idleCpuMsPerMs * (performance.now() - t0);
    }

    // The floor first, then the app: the same burst, the same load generator.
    floor = startBenchProcess(path.join(HERE, 'bare-server.ts'), []);
    const bare = new SlackSigner((await floor.ready).appUrl as string, secret);
    const floorRun = await burst(bare, files);
    await floor.stop();
    floor = null;
    const appRun = await burst(signer, files);
    return {
      ackP50Ms: round(percentile(appRun.latencies, 50)),
      ackP99Ms: round(percentile(appRun.latencies, 99)),
      ackMaxMs: round(appRun.latencies.at(-1) ?? NaN),
      ackFailures: appRun.failures,
      floorAckP50Ms: round(percentile(floorRun.latencies, 50)),
      floorAckP99Ms: round(percentile(floorRun.latencies, 99)),
      eventToAnswerMs: round(median(answerMs)),
      serverCpuMsPerAnswer: round(cpuMs / answerMs.length),
      idleCpuMsPerSecond: round(idleCpuMsPerMs * 1000),
      burstEvents: BURST,
      burstSeconds: round(appRun.burstSeconds),
      answersMeasured: answerMs.length,
      database: process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite',
    };
  } finally {
    await floor?.stop();
    await app?.stop();
    await slack.stop();
  }
}

/** A warm-up, then BURST file events with IN_FLIGHT at a time, each with a file of its own. Latencies sorted. */
async function burst(signer: SlackSigner, files: unknown[]): Promise<{ latencies: number[]; failures: number; burstSeconds: number }> {
  const send = (i: number) => {
    const ts = `1800000${String(i).padStart(4, '0')}.000100`;
    const event = { type: 'message', subtype: 'file_share', channel: `DB${i % 20}`, channel_type: 'im', user: `UB${i % 20}`, ts, text: '', files: [files[i]] };
    return signer.event(event, { eventId: `Ev-burst-${i}` });
  };
  await Promise.all(Array.from({ length: WARM_UP }, (_, i) => send(BURST + i)));
  await new Promise((r) => setTimeout(r, 2000)); // the warm-up's own intake and answers finish first
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < BURST) {
      const res = await send(next++);
      latencies.push(res.ms);
      if (res.status !== 200) failures += 1;
    }
  }));
  latencies.sort((a, b) => a - b);
  return { latencies, failures, burstSeconds: (performance.now() - started) / 1000 };
}

const round = (v: number) => Math.round(v * 10) / 10;
