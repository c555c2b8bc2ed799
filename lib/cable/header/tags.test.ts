import { describe, expect, it } from 'vitest';
import { readTags } from './tag-list';
import { countryName, SUBJECT_CODES, tagKind } from './tags';

describe('countryName', () => {
  it.each([
    ['KZ', 'Kazakhstan'],
    ['IC', 'Iceland'],
    ['AF', 'Afghanistan'],
    ['US', 'United States'],
    ['FR', 'France'],
    ['GM', 'Germany'],
  ])('%s -> %s', (code, meaning) => {
    expect(countryName(code)).toBe(meaning);
  });

  it('ignores case and surrounding spaces', () => {
    expect(countryName(' kz ')).toBe('Kazakhstan');
  });

  it('returns null for subject codes, unknown codes and personal-name tags', () => {
    expect(countryName('PGOV')).toBeNull();
    expect(countryName('ZZZZ')).toBeNull();
    expect(countryName('SMITH')).toBeNull();
    expect(countryName('')).toBeNull();
  });

  it('tells country digraphs from subject tags', () => {
    expect(SUBJECT_CODES.has('PGOV')).toBe(true);
    expect(SUBJECT_CODES.has('KZ')).toBe(false);
  });
});

describe('readTags', () => {
  it.each([
    ['PGOV, PREL, XX', ['PGOV', 'PREL', 'XX']],
    ['pgov, prel, pins, tu', ['PGOV', 'PREL', 'PINS', 'TU']],
    ['KFRDKIRFCVIS', ['KFRD', 'KIRF', 'CVIS']],
    ['KDEM PGOV KDEMAF', ['KDEM', 'PGOV', 'AF']],
    ['PGOV POLITICS USEU', ['PGOV', 'POLITICS', 'USEU']],
    ['PREL SIPDIS PGOV', ['PREL', 'PGOV']],
    ['PREL SECRET PAGE PGOV', ['PREL', 'PGOV']],
    ['PTER COUNTERTERRORISM XX', ['PTER', 'COUNTERTERRORISM', 'XX']],
    ['OVIP (DOE, JOHN B.) PREL XX', ['OVIP', 'DOE, JOHN B', 'PREL', 'XX']],
    ['OVIP ROE JANE PREL', ['OVIP', 'ROE, JANE', 'PREL']],
    ['PGOV PGOV XX', ['PGOV', 'XX']],
    ['PGOV PREL The minister said', ['PGOV', 'PREL']],
  ])('%s', (value, tags) => {
    expect(readTags(value).tags).toEqual(tags);
  });

  it('gives each tag its kind', () => {
    expect(readTags('PGOV KPAO NATO KZ OVIP (DOE, JOHN) ZZZZZZ')).toEqual({
      tags: ['PGOV', 'KPAO', 'NATO', 'KZ', 'OVIP', 'DOE, JOHN', 'ZZZZZZ'],
      kinds: ['subject', 'program', 'organisation', 'geographic', 'subject', 'person', 'other'],
    });
  });
});

describe('tagKind', () => {
  it.each([
    ['PGOV', 'subject'],
    ['PHSA', 'subject'],
    ['KTIP', 'program'],
    ['IAEA', 'organisation'],
    ['FR', 'geographic'],
    ['INTERPOL', 'organisation'],
    ['ITALY', 'other'],
  ])('%s is %s', (code, kind) => {
    expect(tagKind(code)).toBe(kind);
  });
});
