import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { genericPreLayout, newsArticlePage } from '../../tests/fixtures/layouts';
import { SAMPLE_BODY } from '../../tests/fixtures/sample-cable';
import { run } from './run';

const dir = mkdtempSync(join(tmpdir(), 'cable-reader-run-'));
const page = join(dir, 'cable.html');
writeFileSync(page, genericPreLayout(SAMPLE_BODY));
const news = join(dir, 'news.html');
writeFileSync(news, newsArticlePage());

async function call(argv: string[], stdin: string[] = []) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdin: Readable.from(stdin.map((s) => Buffer.from(s))),
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { status, stdout, stderr };
}

describe('run', () => {
  it('prints the cable as text by default', async () => {
    const { status, stdout, stderr } = await call([page]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('1. (C) Summary:');
  });

  it('prints the CableDocument contract as JSON', async () => {
    const out = JSON.parse((await call(['--format', 'json', page])).stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['id', 'meta', 'pageBreaks', 'blocks']));
    expect(out.blocks[0]).toEqual(
      expect.objectContaining({
        kind: expect.any(String),
        number: expect.anything(),
        marking: expect.anything(),
        text: expect.any(String),
      }),
    );
  });

  it('reads stdin for -', async () => {
    const { status, stdout } = await call(['-f', 'markdown', '-'], [SAMPLE_BODY]);
    expect(status).toBe(0);
    expect(stdout).toContain('**1.** **(C)**');
  });

  it('exits 2 with one line when there is no cable', async () => {
    const { status, stdout, stderr } = await call([news]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^cable-reader: no cable in .*news\.html: .+\n$/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 1 for unreadable input and for usage mistakes', async () => {
    const missing = await call([join(dir, 'nope.html')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.html: no such file/);
    const usage = await call(['--format', 'pdf', page]);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/unknown format/);
  });

  it('prints help and exits 0', async () => {
    const { status, stdout } = await call(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: cable-reader FILE/);
  });
});
