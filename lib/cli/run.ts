// The `cable-reader` command as a function: arguments and streams in, exit status out (0 printed, 1 usage or
// unreadable input, 2 no cable). Wiring only: parsing, reading, finding and printing live in their modules.
import { parseArgs, USAGE, UsageError } from './args';
import { isBatch, runBatch } from './batch';
import { loadCable } from './load-cable';
import { InputError, readInput } from './read-input';
import { render } from './render';

export interface Io {
  stdin: AsyncIterable<Uint8Array | string>;
  /** Writes to stdout; may return a promise that settles once the text is taken (back-pressure). */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: a batch run then draws a progress bar. */
  stderrIsTTY?: boolean;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Runs the command; returns its exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`cable-reader: ${oneLine(error.message)}\nTry 'cable-reader --help'.\n`);
    return 1;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (await isBatch(args)) return runBatch(args, io);
  let input: Awaited<ReturnType<typeof readInput>>;
  try {
    input = await readInput(args.file, io.stdin);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`cable-reader: ${oneLine(error.message)}\n`);
    return 1;
  }
  if (input.warning)
    io.stderr(`cable-reader: warning: ${input.name === '-' ? 'stdin' : input.name}: ${input.warning}\n`);
  const loaded = loadCable(input);
  if (!loaded.ok) {
    const source = input.name === '-' ? 'stdin' : input.name;
    io.stderr(`cable-reader: no cable in ${source}: ${oneLine(loaded.reason)}\n`);
    return 2;
  }
  io.stdout(render(loaded.cable, args.format));
  return 0;
}
