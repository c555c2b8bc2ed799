// Command-line arguments of `cable-reader`: inputs (files, folders, `-` for stdin), an output format, an output
// folder, a number of jobs, --help. Parses argv only; it reads no files and prints nothing.

export type Format = 'text' | 'markdown' | 'json' | 'jsonl';

const FORMATS: readonly Format[] = ['text', 'markdown', 'json', 'jsonl'];

/**
 * `file` is the first input; `inputs` (every input, in order), `out` and `jobs` are present only when given, so a
 * one-file command reads as before.
 */
export type CliArgs =
  | { help: true }
  | { help: false; file: string; format: Format; inputs?: string[]; out?: string; jobs?: number };

/** A mistake in the command line; its message is one line for stderr. */
export class UsageError extends Error {}

export const USAGE = `Usage: cable-reader FILE [--format text|markdown|json]
       cable-reader DIR_OR_FILES... [--format json|jsonl|markdown|text] [--out DIR] [--jobs N]

Reads a leaked US diplomatic cable and prints it clean: page-break headers removed, split paragraphs
rejoined, lines reflowed, numbered paragraphs with their classification markings, the header as a card.

FILE is a saved mirror page (.html: the Cablegate viewer, PlusD, cablegatesearch, or any page holding
cable text), a plain text (.txt), a cablesearch.org API answer (.json/.jsonp), or the archive's CSV dump
(cables.csv: every record is a cable). Use - to read stdin. Folders are read whole (their cable files).

Several inputs, a folder, a CSV dump or --out make a batch run: worker threads read the cables, one output per
cable (named by its id) goes to --out, or with jsonl one CableDocument a line to stdout; a closing summary
(read, written, refused, failed) goes to stderr, with a progress bar when stderr is a terminal.

Options:
  -f, --format FORMAT  text (default): clean reading text
                       markdown: a readable document with a header card and numbered paragraphs
                       json: the CableDocument (id, meta, pageBreaks, blocks)
                       jsonl: one CableDocument a line (batch runs)
  -o, --out DIR        write one file per cable into DIR (created if missing)
  -j, --jobs N         worker threads for a batch run (default: one per core)
  -h, --help           show this help

Exit status: 0 printed, 1 bad usage or unreadable input, 2 no cable in the input, 3 some inputs of a batch
failed (the others were still written).`;

function formatOf(value: string | undefined): Format {
  if (value === undefined || value === '')
    throw new UsageError('--format needs a value: text, markdown, json or jsonl');
  const format = value.toLowerCase() === 'md' ? 'markdown' : value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${value}": use text, markdown, json or jsonl`);
  }
  return format as Format;
}

function jobsOf(value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError('--jobs needs a whole number from 1 to 256');
  return n;
}

function outOf(value: string | undefined): string {
  if (value === undefined || value === '') throw new UsageError('--out needs a folder');
  return value;
}

/** Reads `argv` (without node and script); throws UsageError on a mistake. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const files: string[] = [];
  let format: Format = 'text';
  let out: string | undefined;
  let jobs: number | undefined;
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
    } else if (!optionsEnded && (arg === '-o' || arg === '--out')) {
      out = outOf(argv[++i]);
    } else if (!optionsEnded && arg.startsWith('--out=')) {
      out = outOf(arg.slice('--out='.length));
    } else if (!optionsEnded && (arg === '-j' || arg === '--jobs')) {
      jobs = jobsOf(argv[++i]);
    } else if (!optionsEnded && arg.startsWith('--jobs=')) {
      jobs = jobsOf(arg.slice('--jobs='.length));
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  const file = files[0];
  if (file === undefined) throw new UsageError('no input: give a FILE, or - to read stdin');
  if (files.includes('-') && files.length > 1)
    throw new UsageError('stdin (-) is read alone, not among other inputs');
  return {
    help: false,
    file,
    format,
    ...(files.length > 1 ? { inputs: files } : {}),
    ...(out !== undefined ? { out } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
  };
}
