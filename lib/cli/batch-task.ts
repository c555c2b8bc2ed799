// One batch task as a worker thread runs it: a file (read, found, cleaned, printed) or one CSV dump record.
// The work of a single `cable-reader FILE`, message-shaped; spawning, ordering and writing are batch.ts's.
import { parseCable } from '../cable';
import { readCsvRecord } from '../cable/csv-record';
import type { Format } from './args';
import { loadCable } from './load-cable';
import { InputError, readInput } from './read-input';
import { render } from './render';

export type Task =
  | { seq: number; kind: 'file'; path: string; format: Format }
  | { seq: number; kind: 'record'; source: string; index: number; text: string; format: Format };

export type TaskResult =
  | { seq: number; status: 'written'; id: string | null; output: string; warning?: string }
  | { seq: number; status: 'refused'; reason: string }
  | { seq: number; status: 'failed'; reason: string };

// Tasks name files; stdin is never theirs.
const NO_STDIN: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: async function* () {} };

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Runs one task; never throws (a crash is a `failed` result with its message). */
export async function runTask(task: Task): Promise<TaskResult> {
  const { seq } = task;
  try {
    if (task.kind === 'record') {
      const record = readCsvRecord(task.text);
      if (!record) return { seq, status: 'refused', reason: 'not a record of the CSV dump' };
      const doc = parseCable({
        headerText: record.headerText,
        bodyText: record.bodyText,
        pageMeta: record.pageMeta,
      });
      return { seq, status: 'written', id: doc.id, output: render(doc, task.format) };
    }
    const input = await readInput(task.path, NO_STDIN);
    const loaded = loadCable(input);
    if (!loaded.ok) return { seq, status: 'refused', reason: oneLine(loaded.reason) };
    const output = render(loaded.cable, task.format);
    return input.warning
      ? { seq, status: 'written', id: loaded.cable.id, output, warning: input.warning }
      : { seq, status: 'written', id: loaded.cable.id, output };
  } catch (error) {
    const message =
      error instanceof InputError ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
    return { seq, status: 'failed', reason: oneLine(message) };
  }
}
