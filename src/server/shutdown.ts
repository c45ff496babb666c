/**
 * Stopping on SIGTERM/SIGINT within a bound. Stopping drains: no new requests or jobs are taken and
 * the jobs in hand finish. A job in hand can take as long as its expiry (a stalled file download
 * waited up to 10 minutes, so `npm start` sometimes ignored SIGTERM for 10–20 minutes), so the
 * drain gets `graceMs` and the process then exits anyway, after handing the unfinished jobs back to
 * the queue: another worker, or this one restarted, retries them after their retry delay. A second
 * signal exits at once (the jobs then wait for their expiry).
 */
import { releaseJobsInHand } from '../jobs/worker-loop.js';
import type { Logger } from '../logger.js';

/** Handing jobs back is a few queries; a database that does not answer must not hold the exit either. */
const RELEASE_TIMEOUT_MS = 5000;

export function exitOnSignal(stop: () => Promise<void>, logger: Logger, graceMs: number): void {
  let stopping = false;
  const graceSeconds = graceMs / 1000;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while shutting down: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, graceSeconds }, 'shutting down');
    const deadline = setTimeout(() => {
      const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), RELEASE_TIMEOUT_MS));
      Promise.race([releaseJobsInHand().catch(() => -1), timeout]).then((released) => {
        logger.warn({ graceSeconds, released }, 'shutdown did not finish within its grace period: unfinished jobs handed back to the queue; exiting');
        process.exit(1);
      });
    }, graceMs);
    stop().then(
      () => {
        clearTimeout(deadline);
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err: err instanceof Error ? err.message : String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
