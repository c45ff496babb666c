// The entry of every analysis thread, in plain JavaScript so Node can start it without a loader: a
// worker thread does not inherit the TypeScript loader of a test runner (vitest), and `npm start`
// runs the sources through tsx without a build, so the thread registers tsx itself before loading
// the TypeScript module it was given. A built `.js` thread module needs nothing.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
