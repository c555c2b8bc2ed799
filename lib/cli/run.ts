// The `cable-reader` command as a function: arguments and streams in, exit status out (0 printed, 1 usage or
// unreadable input, 2 no cable). Wiring only: parsing, reading, finding and printing live in their modules.
import type { CableDocument } from '../cable/types';
import { type Format, parseArgs, USAGE, UsageError } from './args';
import { loadCable } from './load-cable';
import { InputError, readInput } from './read-input';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

export interface Io {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The printed form of a cable; `json` is the CableDocument itself (a public contract). */
export function render(doc: CableDocument, format: Format): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  if (format === 'markdown') return renderMarkdown(doc);
  return renderText(doc);
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
  let input: Awaited<ReturnType<typeof readInput>>;
  try {
    input = await readInput(args.file, io.stdin);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`cable-reader: ${oneLine(error.message)}\n`);
    return 1;
  }
  const loaded = loadCable(input);
  if (!loaded.ok) {
    const source = input.name === '-' ? 'stdin' : input.name;
    io.stderr(`cable-reader: no cable in ${source}: ${oneLine(loaded.reason)}\n`);
    return 2;
  }
  io.stdout(render(loaded.cable, args.format));
  return 0;
}
