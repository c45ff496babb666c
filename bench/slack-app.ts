/**
 * The Slack app under bench in a process of its own (as it runs in production, with Slack elsewhere):
 * starts the test harness (HTTP mode, fake Slack, workers), registers the burst's files, prints one JSON
 * line with what the load generator needs, and runs until its standard input closes.
 */
import { startHarness, SIGNING_SECRET } from '../tests/bots/slack/harness.js';

const burst = Number(process.argv[2] ?? 500);
const h = await startHarness({ quota: 0 });
const small = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 顧客>ふざけるな、責任者を出せ\n\n00:00:05.000 --> 00:00:08.000\n<v 店員>申し訳ございません\n';
const files = Array.from({ length: burst }, (_, i) => {
  h.slack.addFile({ id: `F-B${i}`, name: `b${i}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: `${small}NOTE ${i}\n` });
  return h.slack.fileObject(`F-B${i}`);
});
process.stdout.write(`${JSON.stringify({ appUrl: h.signer.appUrl, secret: SIGNING_SECRET, files })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  h.stop().finally(() => process.exit(0));
});
