/**
 * What Bolt's HTTPReceiver leaves to us on /slack/events:
 * - any method but POST is answered 405 (Bolt throws on it, which the server turned into a logged 500);
 * - a request timestamp in the future is refused. Bolt refuses timestamps more than five minutes old
 *   but accepts any future one, so a signed request captured once could be replayed for as long as its
 *   forged-ahead timestamp lasts. Slack's rule is "more than five minutes from local time" either way.
 * Both happen before Bolt reads or verifies anything; the signature check itself stays Bolt's.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { RefusalLog } from '../http/refusal-log.js';

/** Slack's documented tolerance between its clock and ours. */
export const SLACK_CLOCK_SKEW_SECONDS = 5 * 60;

export function guardSlackRequests(listener: RequestListener, refused: RefusalLog, now: () => number = Date.now): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain' }).end('method not allowed');
      return;
    }
    const header = req.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (Number.isFinite(timestamp) && timestamp > now() / 1000 + SLACK_CLOCK_SKEW_SECONDS) {
      refused('request timestamp in the future', { aheadSeconds: Math.round(timestamp - now() / 1000) });
      res.writeHead(401, { 'content-type': 'text/plain' }).end('request timestamp out of range');
      return;
    }
    listener(req, res);
  };
}
