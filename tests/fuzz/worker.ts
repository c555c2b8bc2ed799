// The guarded worker's entry: answers each `{ id, request }` message with the run's report. Bundled by guard.ts
// and run in a worker thread, so an endless loop can be stopped from outside; it owns no checks.
import { parentPort } from 'node:worker_threads';
import { type FuzzRequest, runRequest } from './targets';

parentPort?.on('message', (message: { id: number; request: FuzzRequest }) => {
  parentPort?.postMessage({ id: message.id, report: runRequest(message.request) });
});
