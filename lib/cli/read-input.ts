// Reads the CLI's input (a file, or stdin for `-`) as text, at most 64 MB: UTF-8, UTF-16 with a byte-order mark,
// or Windows-1252 for the older saved pages. Unreadable input becomes an InputError with a one-line message.
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Input {
  /** The path as given, or `-` for stdin. */
  name: string;
  /** Absolute path, or null for stdin. */
  path: string | null;
  content: string;
  /** A note for stderr when the bytes were not clean text (invalid UTF-8 bytes replaced), else absent. */
  warning?: string;
}

/** The most an input may hold: `/dev/zero` or an endless stdin stops here instead of exhausting memory. */
const INPUT_LIMIT = 64 * 1024 * 1024;

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
  return decodeText(bytes).text;
}

// A valid UTF-8 sequence of two to four bytes: a text holding one is UTF-8 with a few bad bytes, not Windows-1252.
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
  if (bigEndian) body.swap16();
  return body.toString('utf16le');
}

/**
 * Bytes as text, with a warning when some were not text: UTF-16 after its byte-order mark; UTF-8 (a BOM dropped);
 * UTF-8 with its invalid bytes replaced by U+FFFD when the rest is UTF-8 or plain ASCII with a stray byte; else
 * Windows-1252.
 */
function decodeText(bytes: Uint8Array): { text: string; warning?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, false) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, true) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const sample = Buffer.from(bytes.subarray(0, 1 << 20)).toString('latin1');
    let high = 0;
    for (let i = 0; i < sample.length && high < 2; i++) if (sample.charCodeAt(i) >= 0x80) high++;
    if (high >= 2 && !UTF8_SEQUENCE.test(sample)) return { text: windows1252(bytes) };
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    let bad = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
    return { text, warning: `${bad} invalid UTF-8 byte sequence(s) replaced with \uFFFD` };
  }
}

const tooLarge = (limit: number): InputError =>
  new InputError(`it is larger than ${Math.round(limit / 1024 / 1024)} MB, the most one input may hold`);

/**
 * A regular file's bytes read at once, or null for anything else (a device, a pipe: read as a stream). Blocking,
 * which costs a file in the page cache microseconds, where a stream's round trips through the thread pool kept a
 * batch's workers waiting on a loaded machine.
 */
function readRegularFile(path: string, limit: number = INPUT_LIMIT): Uint8Array | null {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return null;
    if (info.size > limit) throw tooLarge(limit);
    const bytes = readFileSync(fd);
    if (bytes.length > limit) throw tooLarge(limit);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream whole, refusing past `limit` bytes (the stream is then left unread). */
async function readBounded(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number = INPUT_LIMIT,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > limit) {
      (stream as { destroy?: () => void }).destroy?.();
      throw tooLarge(limit);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function contentOf(bytes: Uint8Array): { content: string; warning?: string } {
  const { text, warning } = decodeText(bytes);
  return warning ? { content: text, warning } : { content: text };
}

/** Reads `file` (`-` for `stdin`). Throws InputError when it cannot be read. */
export async function readInput(file: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Input> {
  if (file === '-') {
    try {
      return { name: '-', path: null, ...contentOf(await readBounded(stdin)) };
    } catch (error) {
      throw new InputError(`cannot read stdin: ${(error as Error).message}`);
    }
  }
  const path = resolve(file);
  try {
    const bytes = readRegularFile(path) ?? (await readBounded(createReadStream(path)));
    return { name: file, path, ...contentOf(bytes) };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`cannot read ${file}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot read ${file}: ${CAUSES[code] ?? (error as Error).message}`);
  }
}
