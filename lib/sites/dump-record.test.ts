import { describe, expect, it } from 'vitest';
import { fromRecordOf } from './dump-record';

const dump = [
  '2009-03-14 12:00:00\t09ZEMBLA123\tEmbassy Zembla\tSECRET\t\tVZCZC1\\',
  'FM AMEMBASSY ZEMBLA\tS E C R E T ZEMBLA 000123 \\',
  'first body \\',
  '',
  '4711\t2009-03-15 08:30:00\t09ATLANTIS7\tEmbassy Atlantis\tUNCLASSIFIED\t\tVZCZC2\\',
  'FM AMEMBASSY ATLANTIS\tUNCLAS ATLANTIS 000007 \\',
  'second body \\',
].join('\n');

describe('fromRecordOf', () => {
  it('starts at the record of the wanted id, row number included', () => {
    expect(fromRecordOf(dump, '09ATLANTIS7').startsWith('4711\t2009-03-15 08:30:00\t09ATLANTIS7\t')).toBe(
      true,
    );
  });

  it('finds the first record too, and matches ids case-insensitively', () => {
    expect(fromRecordOf(dump, '09zembla123')).toBe(dump);
  });

  it('gives the whole dump when no record has the id', () => {
    expect(fromRecordOf(dump, '09NOWHERE1')).toBe(dump);
  });

  it('does not take an id mentioned inside a record for a record start', () => {
    const mention = `${dump}\nsee 2009-03-14 12:00:00 09ATLANTIS7 in text`;
    expect(fromRecordOf(mention, '09ATLANTIS7').startsWith('4711\t')).toBe(true);
  });
});
