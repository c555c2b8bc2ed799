import { describe, expect, it } from 'vitest';
import { formatDate, httpUrl } from './format';

describe('formatDate', () => {
  it('writes ISO dates and date-times out in words', () => {
    expect(formatDate('2006-05-30T09:09')).toBe('30 May 2006, 09:09');
    expect(formatDate('2013-09-08')).toBe('8 September 2013');
  });

  it('returns instructions and unreadable dates as written', () => {
    expect(formatDate('OADR')).toBe('OADR');
    expect(formatDate('10/10/2018')).toBe('10/10/2018');
    expect(formatDate('2013-13-01')).toBe('2013-13-01');
  });
});

describe('httpUrl', () => {
  it('accepts http and https URLs only', () => {
    expect(httpUrl('https://wikileaks.org/plusd/cables/99TESTPOST1_a.html')).toBe(
      'https://wikileaks.org/plusd/cables/99TESTPOST1_a.html',
    );
    expect(httpUrl('http://example.org')).toBe('http://example.org/');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,x')).toBeNull();
    expect(httpUrl('/relative')).toBeNull();
  });
});
