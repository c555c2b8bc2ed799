import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE, UsageError } from './args';

describe('parseArgs', () => {
  it('takes a file and defaults to text', () => {
    expect(parseArgs(['page.html'])).toEqual({ help: false, file: 'page.html', format: 'text' });
  });

  it('reads --format in its three spellings, and md for markdown', () => {
    expect(parseArgs(['--format', 'json', 'a.html'])).toMatchObject({ format: 'json', file: 'a.html' });
    expect(parseArgs(['a.html', '--format=markdown'])).toMatchObject({ format: 'markdown' });
    expect(parseArgs(['-f', 'md', 'a.html'])).toMatchObject({ format: 'markdown' });
    expect(parseArgs(['-f', 'JSON', 'a.html'])).toMatchObject({ format: 'json' });
  });

  it('takes - for stdin, and a file named like an option after --', () => {
    expect(parseArgs(['-'])).toMatchObject({ file: '-' });
    expect(parseArgs(['--', '--odd-name.txt'])).toMatchObject({ file: '--odd-name.txt' });
  });

  it('answers --help before anything else', () => {
    expect(parseArgs(['--help'])).toEqual({ help: true });
    expect(parseArgs(['x.html', '-h', '--format', 'nope'])).toEqual({ help: true });
    expect(USAGE).toMatch(/--format text\|markdown\|json/);
  });

  it('rejects mistakes with a one-line message', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['--format', 'pdf', 'a.html'])).toThrow(/unknown format "pdf"/);
    expect(() => parseArgs(['a.html', '--format'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--wide', 'a.html'])).toThrow(/unknown option --wide/);
    expect(() => parseArgs(['a.html', '-'])).toThrow(/stdin \(-\) is read alone/);
  });
});

describe('batch arguments', () => {
  it('takes several inputs, an output folder and a number of jobs', () => {
    expect(parseArgs(['a.html', 'dir', '--format', 'jsonl', '--out', 'out', '-j', '2'])).toEqual({
      help: false,
      file: 'a.html',
      inputs: ['a.html', 'dir'],
      format: 'jsonl',
      out: 'out',
      jobs: 2,
    });
    expect(parseArgs(['dir', '--out=o', '--jobs=1'])).toEqual({
      help: false,
      file: 'dir',
      format: 'text',
      out: 'o',
      jobs: 1,
    });
  });
  it('refuses a bad number of jobs and a missing folder', () => {
    expect(() => parseArgs(['a', '--jobs', '0'])).toThrow(/--jobs needs a whole number/);
    expect(() => parseArgs(['a', '--jobs', 'x'])).toThrow(/--jobs/);
    expect(() => parseArgs(['a', '--out'])).toThrow(/--out needs a folder/);
  });
});
