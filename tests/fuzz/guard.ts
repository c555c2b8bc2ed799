// The hang detector: runs fuzz targets in a worker thread and stops it when one input takes longer than a
// bound, so an endless loop fails the property with its input instead of freezing the test run.
// Times are a hang bound only (see config.ts HANG_MS); it measures no performance.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { HANG_MS } from './config';
import type { FuzzReport, FuzzRequest } from './targets';

export type Guarded = { hung: false; ms: number; report: FuzzReport } | { hung: true; ms: number };

/** Bundles worker.ts (targets, lib/sites, lib/cable, linkedom) into one file a worker thread can load. */
async function bundleWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'fuzz-worker.mjs');
  await build({
    entryPoints: [resolve(import.meta.dirname, 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // linkedom's CommonJS dependencies call require(); an ESM bundle needs one made for it.
    banner: {
      js: "import { createRequire as __fuzzRequire } from 'node:module'; const require = __fuzzRequire(import.meta.url);",
    },
    external: ['canvas'],
    logLevel: 'error',
  });
  return outfile;
}

/** A worker that runs fuzz requests one at a time, replaced by a fresh one after a hang. */
export class HangGuard {
  private readonly dir = mkdtempSync(join(tmpdir(), 'cable-reader-fuzz-'));
  private script: Promise<string> | null = null;
  private worker: Worker | null = null;
  private nextId = 0;
  private queue: Promise<void> = Promise.resolve();

  private async ready(): Promise<Worker> {
    this.script ??= bundleWorker(this.dir);
    const script = await this.script;
    this.worker ??= new Worker(script);
    return this.worker;
  }

  /**
   * Runs `request`; after `budgetMs` without an answer the worker is terminated and the run reported hung.
   * Requests queue up, so one always has the worker to itself (a hang stops no other request's run).
   */
  run(request: FuzzRequest, budgetMs: number = HANG_MS): Promise<Guarded> {
    const result = this.queue.then(() => this.runAlone(request, budgetMs));
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private async runAlone(request: FuzzRequest, budgetMs: number): Promise<Guarded> {
    const worker = await this.ready();
    const id = ++this.nextId;
    const start = performance.now();
    return new Promise<Guarded>((resolvePromise, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (message: { id: number; report: FuzzReport }): void => {
        if (message.id !== id) return;
        cleanup();
        resolvePromise({ hung: false, ms: performance.now() - start, report: message.report });
      };
      const onError = (error: Error): void => {
        cleanup();
        this.worker = null;
        reject(error);
      };
      // A worker that dies without answering (out of memory, a native crash) fails the run with its code.
      const onExit = (code: number): void => {
        cleanup();
        this.worker = null;
        reject(new Error(`the fuzz worker exited with code ${code} without answering`));
      };
      const timer = setTimeout(() => {
        cleanup();
        this.worker = null;
        void worker.terminate();
        resolvePromise({ hung: true, ms: performance.now() - start });
      }, budgetMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, request });
    });
  }

  /** Stops the worker and removes the bundle. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
