/**
 * Slack adapter figures, against the local fakes (loopback only, bounded):
 * - acknowledgement latency of a burst of 500 signed file_shared events (HTTP response time; Slack
 *   allows 3 s; target p99 ≤ 200 ms), 50 in flight at a time;
 * - event-to-reply time for a 60-minute transcript (event POST → the answer in the thread; target ≤ 2 s).
 *
 *   npx tsx -e "import('./bench/slack.ts').then(m => m.benchSlack()).then(r => console.log(r))"
 */
import { generateTranscript } from './generate-transcript.js';
import { dmFileEvent, startHarness, waitForThreadText } from '../tests/bots/slack/harness.js';

const BURST = 500;
const IN_FLIGHT = 50;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchSlack(): Promise<Record<string, number>> {
  const h = await startHarness({ quota: 0 });
  try {
    // Event to reply, 60-minute transcript, measured first on a quiet app.
    const long = generateTranscript({ minutes: 60, language: 'ja', format: 'teams', seed: 7 });
    h.slack.addFile({ id: 'F-LONG', name: `call${long.ext}`, mimetype: 'text/vtt', filetype: 'vtt', content: long.text });
    const warm = dmFileEvent(h, 'F-LONG', 'UWARM');
    const t0 = performance.now();
    await h.signer.event(warm.event, { eventId: 'Ev-long' });
    await waitForThreadText(h, warm.channel, warm.ts, /危険度/, 60_000);
    const eventToReplyMs = performance.now() - t0;

    // Burst of file events: acknowledgement latency.
    const small = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 顧客>ふざけるな、責任者を出せ\n\n00:00:05.000 --> 00:00:08.000\n<v 店員>申し訳ございません\n';
    const events = Array.from({ length: BURST }, (_, i) => {
      h.slack.addFile({ id: `F-B${i}`, name: `b${i}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: `${small}NOTE ${i}\n` });
      return dmFileEvent(h, `F-B${i}`, `UB${i % 20}`);
    });
    const latencies: number[] = [];
    let failures = 0;
    const burstStart = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < events.length) {
        const i = next++;
        const res = await h.signer.event(events[i]!.event, { eventId: `Ev-burst-${i}` });
        latencies.push(res.ms);
        if (res.status !== 200) failures += 1;
      }
    }));
    const burstSeconds = (performance.now() - burstStart) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      ack_p50_ms: round(percentile(latencies, 50)),
      ack_p99_ms: round(percentile(latencies, 99)),
      ack_max_ms: round(latencies.at(-1) ?? NaN),
      ack_failures: failures,
      burst_events: BURST,
      burst_seconds: round(burstSeconds),
      event_to_reply_60min_ms: round(eventToReplyMs),
      transcript_utterances: long.utterances.length,
    };
  } finally {
    await h.stop();
  }
}

const round = (v: number) => Math.round(v * 10) / 10;
