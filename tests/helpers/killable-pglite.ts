/**
 * Simulates a worker process being killed, inside one process on one embedded PGlite database.
 * Each simulated worker reaches the shared database through its own handle; after `kill()` the handle
 * answers nothing ever again (calls hang, as a dead process's would never arrive), and a transaction
 * it had open is rolled back (as PostgreSQL does when a connection drops).
 */
import type { PGlite } from '@electric-sql/pglite';

export class WorkerKilled extends Error {
  override name = 'WorkerKilled';
}

const never = <T>() => new Promise<T>(() => {});

export interface KillableHandle {
  client: PGlite;
  kill(): void;
  readonly killed: boolean;
  /** Kill at the n-th query run inside a transaction from now (that query fails, the transaction rolls back). */
  killAtTransactionQuery(n: number): void;
}

export function killablePglite(real: PGlite): KillableHandle {
  let killed = false;
  let txQueriesLeft = Infinity;
  const guardTx = <T>(run: () => Promise<T>): Promise<T> => {
    if (!killed && --txQueriesLeft <= 0) killed = true;
    if (killed) return Promise.reject(new WorkerKilled('worker killed'));
    return run();
  };
  const client = {
    query: (text: string, params?: unknown[], options?: object) =>
      killed ? never() : real.query(text, params as never, options as never),
    exec: (text: string, options?: object) => (killed ? never() : real.exec(text, options as never)),
    transaction: async <T>(cb: (tx: unknown) => Promise<T>): Promise<T> => {
      if (killed) return never();
      try {
        return await real.transaction((rtx) =>
          cb({
            query: (text: string, params?: unknown[], options?: object) => guardTx(() => rtx.query(text, params as never, options as never)),
            exec: (text: string, options?: object) => guardTx(() => rtx.exec(text, options as never)),
            rollback: () => rtx.rollback(),
            get closed() {
              return rtx.closed;
            },
          }),
        );
      } catch (err) {
        if (killed) return never();
        throw err;
      }
    },
    get closed() {
      return real.closed;
    },
  };
  return {
    client: client as unknown as PGlite,
    kill: () => {
      killed = true;
    },
    get killed() {
      return killed;
    },
    killAtTransactionQuery(n: number) {
      txQueriesLeft = n;
    },
  };
}
