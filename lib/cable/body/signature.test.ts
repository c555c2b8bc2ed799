import { describe, expect, it } from 'vitest';
import { isSignatureLine, splitGluedSignature, tailLength } from './signature';

describe('signatures', () => {
  it('knows a signer name alone on a line', () => {
    for (const name of ['HARRISON', 'DE LA CRUZ', 'Walsh', 'Thomas R. Lyle'])
      expect(isSignatureLine(name), name).toBe(true);
    for (const text of [
      'END COMMENT',
      'NNNN',
      'The talks ended.',
      'Peshawar, Jane Roe',
      'A Long Title Of Many Words',
      '',
    ]) {
      expect(isSignatureLine(text), text).toBe(false);
    }
  });

  it('splits a name glued after the last sentence', () => {
    expect(splitGluedSignature('End Text. MORROW')).toEqual(['End Text.', 'MORROW']);
    expect(splitGluedSignature('so the markets stay calm. Keane')).toEqual([
      'so the markets stay calm.',
      'Keane',
    ]);
    expect(splitGluedSignature('WITH THE MINISTER.    DE LA CRUZ')).toEqual([
      'WITH THE MINISTER.',
      'DE LA CRUZ',
    ]);
  });

  it('does not split a name after an initial, or a mixed-case phrase', () => {
    expect(splitGluedSignature('contact Thomas R. Lyle')).toBeNull();
    expect(splitGluedSignature('the report. New York Times')).toBeNull();
    expect(splitGluedSignature('no signature here')).toBeNull();
  });

  it('counts the message tail after the last text', () => {
    expect(tailLength(['text', 'CLINTON', '', 'NNNN', '', 'End Cable Text'])).toBe(4);
    expect(tailLength(['text', 'NAME', '', 'CONFIDENTIAL'])).toBe(2);
    expect(tailLength(['text', 'NAME', '', ''])).toBe(0);
    expect(tailLength(['text', 'NAME'])).toBe(0);
    expect(
      tailLength([
        'TEXT.',
        'ROE',
        '-----',
        '',
        'Declassified/Released US Department of State EO',
        'Systematic Review 01 JAN 2001',
      ]),
    ).toBe(4);
    expect(tailLength(['text', 'Roe', '@@@OASYS@@@'])).toBe(1);
    expect(tailLength(['text', 'Roe', '', '=====CABLE ENDS====='])).toBe(2);
    expect(tailLength(['text', 'Declassified by the minister'])).toBe(0);
  });
});
