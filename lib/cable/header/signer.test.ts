import { describe, expect, it } from 'vitest';
import { cleanSigner } from './signer';

describe('cleanSigner', () => {
  it.each([
    ['DOE', 'DOE'],
    ['DOE.', 'DOE'],
    ['DOE ##', 'DOE'],
    ['DOE Doe', 'DOE'],
    ['ROE ROE', 'ROE'],
    ['VAN DOE', 'VAN DOE'],
    ['DOE JR', 'DOE JR'],
    ['ROE UNQUOTE DOE', 'DOE'],
    ['XXXXXXXXXXX DOE', 'DOE'],
    ['Declassified/Released US Department of State EO Systematic Review 30 JUN 2005', null],
    ['NOTE: NOT PASSED TO FOOBAR', null],
    ['08FOOBAR123 - Classification: SECRET', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (found, name) => {
    expect(cleanSigner(found)).toBe(name);
  });
});
