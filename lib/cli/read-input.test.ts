import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decode, InputError, readInput } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'cable-reader-input-'));
const noStdin = Readable.from([]);

describe('readInput', () => {
  it('reads a UTF-8 file', async () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<p>Zürich \u00b61.</p>');
    expect(await readInput(file, noStdin)).toEqual({
      name: file,
      path: file,
      content: '<p>Zürich \u00b61.</p>',
    });
  });

  it('reads stdin for -', async () => {
    const input = await readInput('-', Readable.from([Buffer.from('first '), Buffer.from('second')]));
    expect(input).toEqual({ name: '-', path: null, content: 'first second' });
  });

  it('names the file and the cause when it cannot read', async () => {
    await expect(readInput(join(dir, 'missing.html'), noStdin)).rejects.toThrow(InputError);
    await expect(readInput(join(dir, 'missing.html'), noStdin)).rejects.toThrow(
      /cannot read .*missing\.html: no such file/,
    );
    await expect(readInput(dir, noStdin)).rejects.toThrow(/it is a directory/);
  });
});

describe('decode', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc2, 0xb6]))).toBe('A\u00b6');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decode(new Uint8Array([0x4e, 0xfc, 0x72, 0x6e, 0x93, 0x94]))).toBe('Nürn\u201c\u201d');
  });
});
