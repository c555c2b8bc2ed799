// Command-line arguments of `cable-reader`: one input (a file, or `-` for stdin), an output format, --help.
// Parses argv only; it reads no files and prints nothing.

export type Format = 'text' | 'markdown' | 'json';

export const FORMATS: readonly Format[] = ['text', 'markdown', 'json'];

export type CliArgs = { help: true } | { help: false; file: string; format: Format };

/** A mistake in the command line; its message is one line for stderr. */
export class UsageError extends Error {}

export const USAGE = `Usage: cable-reader FILE [--format text|markdown|json]

Reads a leaked US diplomatic cable and prints it clean: page-break headers removed, split paragraphs
rejoined, lines reflowed, numbered paragraphs with their classification markings, the header as a card.

FILE is a saved mirror page (.html: the Cablegate viewer, PlusD, cablegatesearch, or any page holding
cable text), a plain text (.txt), or a cablesearch.org API answer (.json/.jsonp). Use - to read stdin.

Options:
  -f, --format FORMAT  text (default): clean reading text
                       markdown: a readable document with a header card and numbered paragraphs
                       json: the CableDocument (id, meta, pageBreaks, blocks)
  -h, --help           show this help

Exit status: 0 printed, 1 bad usage or unreadable input, 2 no cable in the input.`;

function formatOf(value: string | undefined): Format {
  if (value === undefined || value === '')
    throw new UsageError('--format needs a value: text, markdown or json');
  const format = value.toLowerCase() === 'md' ? 'markdown' : value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${value}": use text, markdown or json`);
  }
  return format as Format;
}

/** Reads `argv` (without node and script); throws UsageError on a mistake. */
export function parseArgs(argv: readonly string[]): CliArgs {
  let file: string | undefined;
  let format: Format = 'text';
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!optionsEnded && (arg === '-h' || arg === '--help')) return { help: true };
    if (!optionsEnded && arg === '--') {
      optionsEnded = true;
    } else if (!optionsEnded && (arg === '-f' || arg === '--format')) {
      format = formatOf(argv[++i]);
    } else if (!optionsEnded && arg.startsWith('--format=')) {
      format = formatOf(arg.slice('--format='.length));
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`one input at a time (got ${file} and ${arg})`);
    }
  }
  if (file === undefined) throw new UsageError('no input: give a FILE, or - to read stdin');
  return { help: false, file, format };
}
