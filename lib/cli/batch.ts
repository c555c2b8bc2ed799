// A batch run of `cable-reader`: inputs and folders expanded, CSV dumps split into records, tasks spread over
// worker threads with a bounded number in flight, results written in input order (one file per cable named by
// its id, or a stream on stdout), a progress bar on a terminal and a closing summary. Orchestration only.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { type MessagePort, Worker } from 'node:worker_threads';
import { CsvRecordSplitter } from '../cable/csv-record';
import type { CliArgs, Format } from './args';
import { runTask, type Task, type TaskResult } from './batch-task';
import { Progress } from './progress';
import type { Io } from './run';

type Args = Extract<CliArgs, { help: false }>;

/** Marks a worker thread of the batch, so the bundle started as a worker runs tasks instead of the command. */
export const WORKER_ROLE = 'cable-reader-batch-worker';

const CABLE_EXTENSIONS = new Set([
  '.html',
  '.htm',
  '.xhtml',
  '.shtml',
  '.txt',
  '.text',
  '.json',
  '.jsonp',
  '.csv',
]);
const OUTPUT_EXTENSION: Record<Format, string> = {
  json: '.json',
  jsonl: '.jsonl',
  markdown: '.md',
  text: '.txt',
};
// Tasks handed out but not yet written, per worker: bounds the documents held in memory whatever the input size.
const IN_FLIGHT_PER_JOB = 8;
// Tasks a worker holds at once: it starts the next as soon as it posts a result, instead of idling until the main
// thread (busy writing, or descheduled on a loaded machine) answers with another.
const QUEUED_PER_WORKER = 3;
const LISTED = 20;
// A worker's young generation: the default (about 32 MB a worker) let two jobs' peak RSS reach 240 MB on the
// 100 MB corpus set, 8 MB gives 190 MB for the same CPU time. The old generation keeps its default, so that one
// large input cannot make a worker run out of heap.
const WORKER_YOUNG_MB = 8;

const isDirectory = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isDirectory() ?? false;

/** True when the command is a batch run: several inputs, a folder, a CSV dump, --out or jsonl. */
export async function isBatch(args: Args): Promise<boolean> {
  if (args.inputs || args.out !== undefined || args.format === 'jsonl') return true;
  if (args.file === '-') return false;
  return extname(args.file).toLowerCase() === '.csv' || (await isDirectory(args.file));
}

/** Every file of the inputs, folders read recursively (their cable files only), in a stable order. */
async function expand(inputs: readonly string[]): Promise<{ path: string; size: number }[]> {
  const out: { path: string; size: number }[] = [];
  const walk = async (path: string, named: boolean): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const name of names) await walk(join(path, name), false);
    } else if (named || CABLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      out.push({ path, size: info?.size ?? 0 });
    }
  };
  for (const input of inputs) await walk(input, true);
  return out;
}

interface Summary {
  read: number;
  written: number;
  refused: { name: string; reason: string }[];
  failed: { name: string; reason: string }[];
}

/** Names output files by cable id; a second cable of the same id (or an unnamed one) gets `-2`, `-3`... */
class Names {
  private used = new Map<string, number>();
  next(id: string | null, fallback: string, ext: string): string {
    const stem = (id ?? fallback).replace(/[^A-Za-z0-9._-]+/g, '_') || 'cable';
    const n = (this.used.get(stem) ?? 0) + 1;
    this.used.set(stem, n);
    return `${n === 1 ? stem : `${stem}-${n}`}${ext}`;
  }
}

/** Runs the batch; returns the exit status (0, 2 nothing but refusals, 3 some input failed). */
export async function runBatch(args: Args, io: Io): Promise<number> {
  const started = Date.now();
  const files = await expand(args.inputs ?? [args.file]);
  const jobs = Math.max(1, args.jobs ?? availableParallelism());
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const summary: Summary = { read: 0, written: 0, refused: [], failed: [] };
  const progress = new Progress(io.stderrIsTTY === true, io.stderr, totalBytes);
  const names = new Names();
  if (args.out !== undefined) await mkdir(args.out, { recursive: true });
  const jsonlFile = args.out !== undefined && args.format === 'jsonl' ? join(args.out, 'cables.jsonl') : null;
  const jsonlParts: string[] = [];
  const labels = new Map<number, { name: string; bytes: number }>();

  const write = async (result: TaskResult): Promise<void> => {
    const label = labels.get(result.seq) as { name: string; bytes: number };
    labels.delete(result.seq);
    summary.read++;
    progress.advance(label.bytes);
    if (result.status === 'refused') summary.refused.push({ name: label.name, reason: result.reason });
    else if (result.status === 'failed') summary.failed.push({ name: label.name, reason: result.reason });
    else {
      summary.written++;
      if (result.warning) progress.note(`cable-reader: warning: ${label.name}: ${result.warning}\n`);
      if (jsonlFile) jsonlParts.push(result.output);
      else if (args.out !== undefined) {
        const stem = basename(label.name, extname(label.name));
        await writeFile(
          join(args.out, names.next(result.id, stem, OUTPUT_EXTENSION[args.format])),
          result.output,
        );
      } else await io.stdout(args.format === 'jsonl' ? result.output : `${result.output}\n`);
      if (jsonlFile && jsonlParts.length >= 256) await flushJsonl();
    }
  };
  let jsonlStarted = false;
  const flushJsonl = async (): Promise<void> => {
    if (!jsonlFile) return;
    await writeFile(jsonlFile, jsonlParts.join(''), { flag: jsonlStarted ? 'a' : 'w' });
    jsonlStarted = true;
    jsonlParts.length = 0;
  };

  const pool = new Pool(jobs, IN_FLIGHT_PER_JOB * jobs, write);
  let seq = 0;
  for (const file of files) {
    if (extname(file.path).toLowerCase() === '.csv') {
      let index = 0;
      const splitter = new CsvRecordSplitter();
      const push = async (text: string): Promise<void> => {
        index++;
        labels.set(seq, { name: `${file.path}#${index}`, bytes: text.length });
        await pool.submit({
          seq: seq++,
          kind: 'record',
          source: file.path,
          index,
          text,
          format: args.format,
        });
      };
      try {
        for await (const chunk of createReadStream(file.path, { encoding: 'utf8', highWaterMark: 1 << 20 }))
          for (const record of splitter.push(chunk as string)) await push(record);
        for (const record of splitter.end()) await push(record);
      } catch (error) {
        summary.read++;
        summary.failed.push({ name: file.path, reason: `cannot read it: ${(error as Error).message}` });
      }
      if (index === 0 && !summary.failed.some((f) => f.name === file.path)) {
        summary.read++;
        summary.refused.push({ name: file.path, reason: 'no record of the archive CSV dump in it' });
      }
    } else {
      labels.set(seq, { name: file.path, bytes: file.size });
      await pool.submit({ seq: seq++, kind: 'file', path: file.path, format: args.format });
    }
  }
  await pool.close();
  await flushJsonl();
  progress.done();
  io.stderr(summaryText(summary, Date.now() - started, totalBytes));
  if (summary.failed.length > 0) return 3;
  return summary.written === 0 && summary.refused.length > 0 ? 2 : 0;
}

function summaryText(s: Summary, ms: number, bytes: number): string {
  const seconds = Math.max(ms, 1) / 1000;
  const rate = `${(s.read / seconds).toFixed(1)} files/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
  const lines = [
    `cable-reader: ${s.read} read, ${s.written} written, ${s.refused.length} refused, ${s.failed.length} failed (${seconds.toFixed(1)} s, ${rate})`,
  ];
  for (const [what, list] of [
    ['refused', s.refused],
    ['failed', s.failed],
  ] as const) {
    for (const item of list.slice(0, LISTED)) lines.push(`  ${what}: ${item.name}: ${item.reason}`);
    if (list.length > LISTED) lines.push(`  ... and ${list.length - LISTED} more ${what}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Worker threads that run tasks, at most `limit` handed out and unwritten at once; results are passed to
 * `write` in submission order, one at a time.
 */
class Pool {
  private workers: Worker[] = [];
  /** Tasks each worker holds (sent, result not back). */
  private held = new Map<Worker, number>();
  private queue: Task[] = [];
  private done = new Map<number, TaskResult>();
  private nextWrite = 0;
  private submitted = 0;
  private writing: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;

  constructor(
    jobs: number,
    private readonly limit: number,
    private readonly write: (r: TaskResult) => Promise<void>,
  ) {
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { role: WORKER_ROLE },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
      worker.on('message', (result: TaskResult) => this.finished(worker, result));
      worker.on('error', (error) => {
        this.failure = error;
        this.wake();
      });
      this.workers.push(worker);
      this.held.set(worker, 0);
    }
  }

  async submit(task: Task): Promise<void> {
    while (this.submitted - this.nextWrite >= this.limit && !this.failure)
      await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
    this.submitted++;
    this.queue.push(task);
    this.dispatch();
  }

  async close(): Promise<void> {
    while (this.nextWrite < this.submitted && !this.failure)
      await new Promise<void>((r) => this.waiters.push(r));
    await this.writing;
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let least: Worker | null = null;
      for (const w of this.workers)
        if (!least || (this.held.get(w) as number) < (this.held.get(least) as number)) least = w;
      if (!least || (this.held.get(least) as number) >= QUEUED_PER_WORKER) return;
      this.held.set(least, (this.held.get(least) as number) + 1);
      least.postMessage(this.queue.shift());
    }
  }

  private finished(worker: Worker, result: TaskResult): void {
    this.held.set(worker, (this.held.get(worker) as number) - 1);
    this.dispatch();
    this.done.set(result.seq, result);
    this.writing = this.writing.then(async () => {
      for (let r = this.done.get(this.nextWrite); r; r = this.done.get(this.nextWrite)) {
        this.done.delete(this.nextWrite);
        await this.write(r);
        this.nextWrite++;
        this.wake();
      }
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** The worker thread's side: runs the tasks it is sent one after another, posting each result back. */
export async function serveTasks(port: MessagePort): Promise<void> {
  let last: Promise<void> = Promise.resolve();
  port.on('message', (task: Task) => {
    last = last.then(async () => port.postMessage(await runTask(task)));
  });
  await once(port, 'close');
}
