// Reads the CLI's input (a file, or stdin for `-`) as text: UTF-8, or Windows-1252 for the older saved pages.
// Reading only: unreadable input becomes an InputError with a one-line message, never a stack trace.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface Input {
  /** The path as given, or `-` for stdin. */
  name: string;
  /** Absolute path, or null for stdin. */
  path: string | null;
  content: string;
}

/** Input that cannot be read; the message names the file and the cause. */
export class InputError extends Error {}

const CAUSES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

// Windows-1252 differs from Latin-1 in 0x80-0x9F (curly quotes, dashes); Node without full ICU decodes
// "windows-1252" as Latin-1, so those 32 are mapped here (0 = unassigned, kept as the byte's code).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** Bytes as text: UTF-8 when valid (a BOM dropped), else Windows-1252 (pages saved from 2010-era sites). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Reads `file` (`-` for `stdin`). Throws InputError when it cannot be read. */
export async function readInput(file: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Input> {
  if (file === '-') {
    try {
      return { name: '-', path: null, content: decode(await readStream(stdin)) };
    } catch (error) {
      throw new InputError(`cannot read stdin: ${(error as Error).message}`);
    }
  }
  const path = resolve(file);
  try {
    return { name: file, path, content: decode(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot read ${file}: ${CAUSES[code] ?? (error as Error).message}`);
  }
}
