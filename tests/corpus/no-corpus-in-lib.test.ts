// Keeps the pipeline's rules general: no corpus cable id (in any written form) and no distinctive corpus
// phrase (SUBJECT lines, paragraph openings) may appear in lib/ source. Test files are exempt.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles, hasCorpus, readCorpus } from '../corpus';

const root = resolve(import.meta.dirname, '../..');
const libDir = join(root, 'lib');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:[cm]?[jt]sx?|json|css|html)$/.test(name) && !/\.test\.[jt]sx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Corpus ids from the file names of cables/, pages/ and seed/ (`08FOO1147`, `1974FOO02959_b`, `..._api_ID`). */
function corpusIds(): string[] {
  const names = [
    ...corpusFiles('cables', '.txt'),
    ...corpusFiles('pages/cablegate', '.html'),
    ...corpusFiles('pages/plusd', '.html'),
    ...corpusFiles('pages/cablesearch', '.json'),
    ...corpusFiles('pages/cablesearch', '.jsonp'),
    ...corpusFiles('seed', '.txt'),
  ].map((f) => basename(f).replace(/\.[a-z]+$/, ''));
  const ids = names
    .map((n) => /((?:19|20)?\d{2}[A-Z]+\d+)(?:_[ab]\d*)?$/.exec(n)?.[1])
    .filter((x): x is string => !!x);
  return [...new Set(ids)];
}

/** Every written form of an id: compact with or without padding, and origin + serial as in page headers. */
function idPattern(id: string): RegExp {
  const m = /^((?:19|20)?\d{2})([A-Z]+)(\d+)$/.exec(id);
  if (!m) throw new Error(`unexpected corpus id ${id}`);
  const [, , origin = '', serial = ''] = m;
  const letters = origin.split('').join('[ ]?');
  const number = `0*${serial.replace(/^0+/, '')}`;
  return new RegExp(`(?:\\d{2}|\\d{4})?${letters}${number}(?!\\d)|\\b${letters}[ \\t]+${number}(?!\\d)`);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Distinctive phrases: SUBJECT lines and the openings of numbered paragraphs (40 characters and more). */
function corpusPhrases(): string[] {
  const phrases = new Set<string>();
  for (const file of [...corpusFiles('cables', '.txt'), ...corpusFiles('seed', '.txt')]) {
    const text = readCorpus(file).replace(/¶/g, '');
    const subject = /^SUBJECT:[ \t]*(.+)$/m.exec(text)?.[1];
    if (subject && collapse(subject).length >= 15) phrases.add(collapse(subject));
    for (const m of text.matchAll(/^[ \t]*\d{1,2}\.[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?([^\n]{40,})/gm)) {
      phrases.add(collapse(m[1] as string).slice(0, 40));
    }
  }
  return [...phrases].filter((p) => p.length >= 15);
}

describe.skipIf(!hasCorpus())('no corpus material in lib/', () => {
  const files = sourceFiles(libDir);
  const ids = corpusIds();
  const phrases = corpusPhrases();

  it('has files, ids and phrases to check', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(ids.length).toBeGreaterThanOrEqual(55);
    expect(phrases.length).toBeGreaterThan(100);
    expect(existsInCorpus()).toBe(true);
  });

  it('no corpus cable id in any written form', () => {
    const hits: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const id of ids) {
        const hit = idPattern(id).exec(source);
        if (hit) hits.push(`${relative(root, file)}: ${id} as "${hit[0]}"`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('no distinctive corpus phrase', () => {
    const hits: string[] = [];
    for (const file of files) {
      const source = collapse(readFileSync(file, 'utf8'));
      for (const phrase of phrases)
        if (source.includes(phrase)) hits.push(`${relative(root, file)}: "${phrase}"`);
    }
    expect(hits).toEqual([]);
  });

  it('the id patterns catch every form', () => {
    const pattern = idPattern('08FOOBAR1147');
    for (const form of [
      '08FOOBAR1147',
      '08FOOBAR00001147',
      'FOOBAR 00001147',
      'FOOBAR 1147',
      'FOO BAR 1147',
    ]) {
      expect(pattern.test(form), form).toBe(true);
    }
    expect(pattern.test('08FOOBAR11470')).toBe(false);
  });
});

function existsInCorpus(): boolean {
  return statSync(join(corpusDir, 'cables')).isDirectory();
}
