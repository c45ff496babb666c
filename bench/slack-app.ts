/**
 * The Slack app under bench in a process of its own, as it runs in production: Slack is elsewhere. The
 * load generator runs the fake Slack Web API (argv: its URL and bot token) and sends the events; this
 * process runs only the app (HTTP mode, database, workers), prints one JSON line with its URL, answers
 * `cpu` with the CPU it has used so far (all its threads, ms), and runs until its standard input closes.
 */
import { startHarness, SIGNING_SECRET } from '../tests/bots/slack/harness.js';
import { serveBenchRequests } from './bench-process.js';

const [apiUrl, token] = process.argv.slice(2);
if (!apiUrl || !token) throw new Error('usage: slack-app.ts SLACK_API_URL SLACK_BOT_TOKEN');
const h = await startHarness({ quota: 0, env: { SLACK_API_URL: apiUrl, SLACK_BOT_TOKEN: token } });
serveBenchRequests({ appUrl: h.signer.appUrl, secret: SIGNING_SECRET }, (request) => {
  if (request !== 'cpu') return { error: `unknown request: ${request}` };
  const c = process.cpuUsage();
  return { cpuMs: (c.user + c.system) / 1000 };
}, () => h.stop());
