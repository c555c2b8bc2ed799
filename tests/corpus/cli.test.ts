// End to end: `npm run build:cli`, then `node bin/cable-reader.js` on corpus pages, a text, the cablesearch.org
// answers, a page that holds no cable (exit 2) and a missing file (exit 1).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalId } from '../../lib/cable';
import { corpusDir, hasCorpus } from '../corpus';
import { newsArticlePage } from '../fixtures/layouts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/cable-reader.js');
const dir = mkdtempSync(join(tmpdir(), 'cable-reader-cli-'));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const corpus = (path: string) => join(corpusDir, path);

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
}, 120_000);

describe('cable-reader command', () => {
  it('exits 2 with a one-line reason for a page without a cable', () => {
    const file = join(dir, 'news.html');
    writeFileSync(file, newsArticlePage());
    const r = cli([file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^cable-reader: no cable in .*news\.html: /);
  });

  it('exits 1 with a message for a missing file', () => {
    const r = cli([join(dir, 'missing.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cable-reader: cannot read .*missing\.html: no such file/);
  });

  it('reads the shipped seed from stdin', () => {
    const seed = readFileSync(join(root, 'assets/seed/08ASTANA1147.txt'), 'utf8');
    const r = cli(['--format', 'json', '-'], seed);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.id).toBe('08ASTANA1147');
    expect(
      doc.blocks
        .filter((b: { kind: string }) => b.kind === 'paragraph')
        .map((b: { number: string }) => b.number),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe.skipIf(!hasCorpus())('cable-reader command on the corpus', () => {
  const pages = [
    'pages/cablegate/08REYKJAVIK195.html',
    'pages/cablegate/07BERN881.html',
    'pages/cablegate/09BERLIN1626.html',
    'pages/plusd/1974ATHENS02959_b.html',
    'pages/cablesearch/cablesearch_api_08MADRID174.json',
    'pages/cablesearch/cablesearch_api_08MOSCOW3343.jsonp',
    'cables/08OTTAWA918.txt',
  ];
  for (const page of pages) {
    it(`prints ${page} as the JSON contract`, () => {
      const r = cli(['--format=json', corpus(page)]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout);
      const name = page
        .replace(/^.*\//, '')
        .replace(/\.[a-z]+$/, '')
        .replace(/^cablesearch_api_/, '');
      expect(doc.id).toBe(canonicalId(name));
      expect(Array.isArray(doc.pageBreaks)).toBe(true);
      expect(typeof doc.meta).toBe('object');
      const paragraphs = doc.blocks.filter((b: { kind: string }) => b.kind === 'paragraph');
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const b of doc.blocks) {
        expect(Object.keys(b)).toEqual(expect.arrayContaining(['kind', 'number', 'marking', 'text']));
      }
    });
  }

  it('prints clean text with no page-break headers and markings on the paragraphs', () => {
    const r = cli([corpus('pages/cablegate/08REYKJAVIK195.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('08REYKJAVIK195\n')).toBe(true);
    expect(r.stdout).toMatch(/^1\. \(U\) Summary:/m);
    expect(r.stdout).not.toMatch(/REYKJAVIK 00000195 +002 OF 002/);
    expect(r.stdout).not.toContain('\u00b6');
  });

  it('prints Markdown with a header card and numbered, marked paragraphs', () => {
    const r = cli(['-f', 'markdown', corpus('pages/cablegate/08REYKJAVIK195.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('# 08REYKJAVIK195\n')).toBe(true);
    expect(r.stdout).toContain('| Classification | CONFIDENTIAL |');
    expect(r.stdout).toMatch(/\*\*1\.\*\* \*\*\(U\)\*\* Summary:/);
  });
});
