/**
 * Slack's side of the Slack bench in a process of its own (the Web API the app calls back and the files it
 * downloads), so neither the app's nor the load generator's event loop does Slack's work. argv: the number of
 * small files (the burst's) and of one-hour transcripts (the answers measured one by one). Prints one JSON line
 * (API URL, bot token, the file objects for the events); then answers `answered CHANNEL TS` with whether the bot's
 * answer is in that thread and how long Slack's API has been idle (bench/bench-process.ts), until stdin closes.
 */
import { FakeSlack } from '../tests/helpers/fake-slack.js';
import { serveBenchRequests } from './bench-process.js';
import { generateTranscript } from './generate-transcript.js';

const count = Number(process.argv[2] ?? 500);
const longCount = Number(process.argv[3] ?? 0);
const slack = new FakeSlack();
await slack.start();
const small = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 顧客>ふざけるな、責任者を出せ\n\n00:00:05.000 --> 00:00:08.000\n<v 店員>申し訳ございません\n';
const files = Array.from({ length: count }, (_, i) => {
  slack.addFile({ id: `F-B${i}`, name: `b${i}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: `${small}NOTE ${i}\n` });
  return slack.fileObject(`F-B${i}`);
});
const longFiles = Array.from({ length: longCount }, (_, i) => {
  const long = generateTranscript({ minutes: 60, language: 'ja', format: 'teams', seed: 7 + i });
  slack.addFile({ id: `F-L${i}`, name: `call-${i}${long.ext}`, mimetype: 'text/vtt', filetype: 'vtt', content: long.text });
  return slack.fileObject(`F-L${i}`);
});
serveBenchRequests({ apiUrl: slack.apiUrl, token: slack.token, files, longFiles }, (request) => {
  const [what, channel, ts] = request.split(' ');
  if (what !== 'answered' || !channel || !ts) return { error: `unknown request: ${request}` };
  const answered = slack.threadMessages(channel, ts).some((m) => /危険度/.test(m.text ?? '') || /危険度/.test(JSON.stringify(m.blocks ?? [])));
  return { answered, idleMs: Date.now() - (slack.calls.at(-1)?.at ?? 0) };
}, () => slack.stop());
