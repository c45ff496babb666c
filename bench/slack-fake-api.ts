/**
 * Slack's side of the Slack bench in a process of its own (the Web API the app calls back and the files it
 * downloads), so neither the app's nor the load generator's event loop does Slack's work. argv: the number
 * of files; prints one JSON line (API URL, bot token, the file objects for the events) and runs until its
 * standard input closes.
 */
import { FakeSlack } from '../tests/helpers/fake-slack.js';

const count = Number(process.argv[2] ?? 500);
const slack = new FakeSlack();
await slack.start();
const small = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 顧客>ふざけるな、責任者を出せ\n\n00:00:05.000 --> 00:00:08.000\n<v 店員>申し訳ございません\n';
const files = Array.from({ length: count }, (_, i) => {
  slack.addFile({ id: `F-B${i}`, name: `b${i}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: `${small}NOTE ${i}\n` });
  return slack.fileObject(`F-B${i}`);
});
process.stdout.write(`${JSON.stringify({ apiUrl: slack.apiUrl, token: slack.token, files })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  slack.stop().finally(() => process.exit(0));
});
