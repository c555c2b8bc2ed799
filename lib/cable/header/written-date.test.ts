import { describe, expect, it } from 'vitest';
import { writtenDate } from './written-date';

describe('writtenDate', () => {
  it.each([
    ['Tue Feb 19 00:00:00 +0100 1985', '1985-02-19'],
    ['1985-02-19', '1985-02-19'],
    ['1985-02-19 10:15:00', '1985-02-19T10:15'],
    ['1985-02-19 00:00:00', '1985-02-19'],
    ['1985-02-19T10:15:00Z', '1985-02-19T10:15'],
    ['1985-02-19T10:15:00.000+01:00', '1985-02-19T09:15'],
    // A clock with an offset is the same moment in UTC, as the cables' date-time groups are.
    ['Tue Feb 19 10:15:00 +0100 1985', '1985-02-19T09:15'],
    ['Mon Feb 18 23:30:00 -0500 1985', '1985-02-19T04:30'],
    ['Tue Feb 19 1985 10:15:00 GMT+0100 (Central European Standard Time)', '1985-02-19T09:15'],
    ['Tue Feb 19 10:15:00 UTC 1985', '1985-02-19T10:15'],
    // A zone named by letters only cannot be turned into UTC: the day alone.
    ['Tue Feb 19 10:15:00 CET 1985', '1985-02-19'],
    ['Tuesday, February 19 1985', '1985-02-19'],
  ])('%s -> %s', (line, iso) => {
    expect(writtenDate(line)).toBe(iso);
  });

  it('rejects what is not a date of its own', () => {
    expect(writtenDate('Tue Feb 19 25:00:00 +0100 1985')).toBeNull();
    expect(writtenDate('On Tue Feb 19 1985 the talks resumed')).toBeNull();
    expect(writtenDate('1985-13-01')).toBeNull();
  });
});
