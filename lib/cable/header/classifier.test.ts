import { describe, expect, it } from 'vitest';
import { splitClassifier } from './classifier';

describe('splitClassifier', () => {
  it.each([
    ['Ambassador A. B. Person', 'A. B. Person', 'Ambassador'],
    ['DCM A. Person', 'A. Person', 'DCM'],
    ['A. Person, Political Counselor', 'A. Person', 'Political Counselor'],
    [
      'A. Person, CDA, U.S. Embassy Foobar, Dept of State',
      'A. Person',
      'CDA, U.S. Embassy Foobar, Dept of State',
    ],
    ["Charge d'Affaires a.i. A. Person", 'A. Person', "Charge d'Affaires a.i."],
    ['Political Minister-Counselor A. Person', 'A. Person', 'Political Minister-Counselor'],
    ['ISN/MTR DIRECTOR A. PERSON', 'A. PERSON', 'ISN/MTR DIRECTOR'],
    ['Deputy Chief of Mission A. Person', 'A. Person', 'Deputy Chief of Mission'],
    ["CHARGE D'AFFAIRES", null, "CHARGE D'AFFAIRES"],
    ['A. Person', 'A. Person', null],
  ])('%s', (by, name, title) => {
    expect(splitClassifier(by)).toEqual({ name, title });
  });

  it('is null without an officer', () => {
    expect(splitClassifier(null)).toBeNull();
    expect(splitClassifier('  ')).toBeNull();
    expect(splitClassifier('DERIVED FROM: DSCG 05-1')).toBeNull();
    expect(splitClassifier('Derived from Multiple Sources')).toBeNull();
  });
});
