import { describe, expect, it } from 'vitest';
import { isWebUrl, keptUrl, MAX_URL_LENGTH, MAX_URLS, mergeUrls } from './mirror-urls';

const seen = (url: string, lastSeen: number, visits?: number) => ({
  url,
  site: new URL(url).hostname,
  lastSeen,
  ...(visits === undefined ? {} : { visits }),
});

describe('mirror page addresses', () => {
  it('keeps only http(s) URLs', () => {
    expect(isWebUrl('https://a.example/x')).toBe(true);
    expect(isWebUrl('http://a.example/x')).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url', '']) {
      expect(isWebUrl(url), url).toBe(false);
      expect(keptUrl(url), url).toBeNull();
    }
  });

  it('keeps one address per page: no fragment, no tracking parameters, the rest sorted', () => {
    const page = 'https://cablegatesearch.net/cable.php?id=08ASTANA1147';
    for (const variant of [
      'https://cablegatesearch.net/cable.php?id=08ASTANA1147#par4',
      'https://cablegatesearch.net/cable.php?utm_source=twitter&id=08ASTANA1147&utm_medium=social',
      'https://CABLEGATESEARCH.net:443/cable.php?fbclid=abc&id=08ASTANA1147&gclid=x',
    ]) {
      expect(keptUrl(variant)).toEqual({ url: page, trimmed: null });
    }
    expect(keptUrl('https://m.example/c?b=2&a=1&a=0')?.url).toBe('https://m.example/c?a=0&a=1&b=2');
  });

  it('trims an address longer than the store keeps of its query, then of its path, and says so', () => {
    const path = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
    const long = `${path}?q=${'x'.repeat(MAX_URL_LENGTH)}`;
    expect(keptUrl(long)).toEqual({ url: path, trimmed: 'query' });
    const longPath = `https://wikileaks.org/${'p/'.repeat(MAX_URL_LENGTH)}`;
    expect(keptUrl(longPath)).toEqual({ url: 'https://wikileaks.org/', trimmed: 'path' });
    expect(keptUrl(`${path}?q=${'x'.repeat(MAX_URL_LENGTH - path.length - 3)}`)?.trimmed).toBeNull();
  });

  it('unites lists: one entry per page at its latest sighting, visits counted, newest first', () => {
    expect(
      mergeUrls(
        [seen('https://a.example/', 1), seen('https://b.example/', 5, 3)],
        [seen('https://a.example/#x', 9, 1), seen('javascript:x', 7)],
        1,
      ),
    ).toEqual([seen('https://a.example/', 9, 2), seen('https://b.example/', 5, 3)]);
    // An import unites without counting the same visits twice: the larger count stands.
    expect(mergeUrls([seen('https://a.example/', 1, 4)], [seen('https://a.example/', 2, 3)])).toEqual([
      seen('https://a.example/', 2, 4),
    ]);
  });

  it(`keeps at most ${MAX_URLS} pages, letting go of the least used, not of a page the reader keeps coming back to`, () => {
    const favourite = seen('https://favourite.example/', 0, 50);
    const many = Array.from({ length: 30 }, (_, i) => seen(`https://m${i}.example/`, i + 1, 1 + (i % 3)));
    const kept = mergeUrls([favourite, ...many], []);
    expect(kept).toHaveLength(MAX_URLS);
    // The oldest entry stays: it is the most visited.
    expect(kept.at(-1)).toEqual(favourite);
    // Among the rest, those visited least went first.
    const dropped = [...many].filter((m) => !kept.some((k) => k.url === m.url));
    expect(Math.max(...dropped.map((d) => d.visits ?? 1))).toBeLessThanOrEqual(
      Math.min(...kept.map((k) => k.visits ?? 1)),
    );
    expect(kept.map((k) => k.lastSeen)).toEqual([...kept.map((k) => k.lastSeen)].sort((a, b) => b - a));
  });
});
