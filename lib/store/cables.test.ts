import { describe, expect, it } from 'vitest';
import { cableInput, makeDocument } from '../../tests/fixtures/documents';
import { cableRecordFrom, isWebUrl, MAX_URLS, mergeUrls } from './cables';

describe('cable records', () => {
  it('keeps only http(s) URLs', () => {
    expect(isWebUrl('https://a.example/x')).toBe(true);
    expect(isWebUrl('http://a.example/x')).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url', '']) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });

  it('unites URL lists: one entry per URL at its latest sighting, newest first, capped', () => {
    const seen = (url: string, lastSeen: number) => ({ url: `https://${url}.example/`, site: url, lastSeen });
    expect(
      mergeUrls([seen('a', 1), seen('b', 5)], [seen('a', 9), { ...seen('c', 7), url: 'javascript:x' }]),
    ).toEqual([seen('a', 9), seen('b', 5)]);
    const many = Array.from({ length: 30 }, (_, i) => seen(`m${i}`, i));
    expect(mergeUrls(many)).toHaveLength(MAX_URLS);
    expect(mergeUrls(many)[0]?.lastSeen).toBe(29);
  });

  it('refreshes header fields the page has and keeps those it lacks', () => {
    const first = cableRecordFrom(
      cableInput(makeDocument('08A1', ['x'], { origin: 'Embassy A' })),
      undefined,
      10,
    );
    const later = cableRecordFrom(
      cableInput(makeDocument('08A1', ['x'], { origin: null, subject: 'New' })),
      first,
      5,
    );
    expect(later).toMatchObject({ origin: 'Embassy A', subject: 'New' });
    // Time never runs backwards for a record, even if a clock does.
    expect(later.updatedAt).toBeGreaterThan(first.updatedAt);
  });
});
