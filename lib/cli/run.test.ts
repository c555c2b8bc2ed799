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

  it("reads a text another mirror converted: its metadata lines as the page's, then the cable", async () => {
    const converted = join(dir, 'converted.txt');
    writeFileSync(
      converted,
      [
        '85FOOBAR1234',
        'VIEWS ON THE TALKS AND THE',
        'Tue Feb 19 00:00:00 +0100 1985',
        'CONFIDENTIAL',
        'Embassy Foobar',
        'O 191200Z FEB 85',
        'FM AMEMBASSY FOOBAR',
        'TO SECSTATE WASHDC IMMEDIATE 1234',
        'INFO AMEMBASSY NEW TOWN',
        'BT',
        'C O N F I D E N T I A L FOOBAR 01234',
        '',
        'E.O. 12356: DECL: OADR',
        'TAGS: PREL, XX',
        'SUBJECT: VIEWS ON THE TALKS AND THE QUOTA',
        '',
        '1. (C) THE MINISTRY SAID THE TALKS WILL RESUME.',
        '',
        '2. (C) LITTLE PROGRESS IS LIKELY.',
        '',
      ].join('\n'),
    );
    const json = await call(['--format', 'json', converted]);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.id).toBe('85FOOBAR1234');
    expect(doc.meta).toMatchObject({
      date: '1985-02-19T12:00',
      classification: 'CONFIDENTIAL',
      origin: 'Embassy Foobar',
      subject: 'VIEWS ON THE TALKS AND THE QUOTA',
      info: ['AMEMBASSY NEW TOWN'],
    });
    expect(doc.blocks.map((b: { number: string }) => b.number)).toEqual(['1', '2']);
    const text = await call([converted]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^85FOOBAR1234\nVIEWS ON THE TALKS AND THE QUOTA\n=+\n/);
    expect(text.stdout).toMatch(/^Date {12}1985-02-19T12:00$/m);
    expect(text.stdout).toMatch(/^Classification {2}CONFIDENTIAL$/m);
    expect(text.stdout).toMatch(/^Origin {10}Embassy Foobar$/m);
    expect(text.stdout).toMatch(/^Info {12}AMEMBASSY NEW TOWN$/m);
    // The metadata lines are the card's, never the body's.
    expect(text.stdout.slice(text.stdout.indexOf('1. (C)'))).not.toMatch(/Tue Feb|Embassy Foobar|\bBT\b/);
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
