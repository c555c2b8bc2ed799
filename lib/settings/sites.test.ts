import { describe, expect, it } from 'vitest';
import { isKnownCableUrl } from '../sites/index';
import {
  CABLE_URL_GLOBS,
  enabledOrigins,
  MIRROR_HOSTS,
  MIRROR_MATCHES,
  MIRROR_ORIGINS,
  originPattern,
  planRegistration,
} from './sites';

describe('known mirrors', () => {
  it('declares the Cablegate viewer, PlusD and cablegatesearch hosts, www variants included', () => {
    expect(MIRROR_MATCHES).toContain('*://wikileaks.org/cable/*');
    expect(MIRROR_MATCHES).toContain('*://www.wikileaks.ch/cable/*');
    expect(MIRROR_MATCHES).toContain('*://cablegate.wikileaks.org/cable/*');
    expect(MIRROR_MATCHES).toContain('*://search.wikileaks.org/plusd/cables/*');
    expect(MIRROR_MATCHES).toContain('*://cablegatesearch.wikileaks.org/cable.php*');
    expect(MIRROR_MATCHES.some((m) => m.includes('<all_urls>') || m.startsWith('*://*/'))).toBe(false);
  });

  it('asks for their hosts as origins, each once', () => {
    expect(MIRROR_ORIGINS).toContain('*://wikileaks.org/*');
    expect(new Set(MIRROR_ORIGINS).size).toBe(MIRROR_ORIGINS.length);
  });

  it('knows their host names', () => {
    expect(MIRROR_HOSTS.has('wikileaks.org')).toBe(true);
    expect(MIRROR_HOSTS.has('www.cablegatesearch.net')).toBe(true);
    expect(MIRROR_HOSTS.has('example.org')).toBe(false);
  });
});

describe('originPattern', () => {
  it('enables the whole origin of a web page, port included', () => {
    expect(originPattern('https://example.org/cables/1.html?x#par2')).toBe('https://example.org/*');
    expect(originPattern('http://localhost:8080/a')).toBe('http://localhost:8080/*');
  });

  it('has nothing to enable on browser and extension pages', () => {
    expect(originPattern('chrome://extensions/')).toBeNull();
    expect(originPattern('about:blank')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('enabledOrigins', () => {
  it('keeps the granted web origins and drops the manifest mirrors', () => {
    expect(
      enabledOrigins([
        'https://b.example/*',
        '*://wikileaks.org/cable/*',
        'https://a.example/*',
        'https://b.example/*',
      ]),
    ).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect(enabledOrigins(['chrome://favicon/*', 'file:///*'])).toEqual([]);
    expect(enabledOrigins(undefined)).toEqual([]);
  });
});

describe('planRegistration', () => {
  it('registers for the first enabled host and updates when the set changes', () => {
    expect(planRegistration(['https://a.example/*'], null)).toEqual({
      action: 'register',
      matches: ['https://a.example/*'],
    });
    expect(planRegistration(['https://a.example/*', 'https://b.example/*'], ['https://a.example/*'])).toEqual(
      {
        action: 'update',
        matches: ['https://a.example/*', 'https://b.example/*'],
      },
    );
  });

  it('leaves a registration that already matches, and removes it with the last host', () => {
    expect(planRegistration(['https://a.example/*'], ['https://a.example/*'])).toEqual({ action: 'none' });
    expect(planRegistration([], ['https://a.example/*'])).toEqual({ action: 'unregister' });
    expect(planRegistration([], null)).toEqual({ action: 'none' });
  });
});

describe('CABLE_URL_GLOBS', () => {
  /** The manifest's glob rules: `*` any run of characters, `?` exactly one, over the whole URL. */
  const globMatches = (glob: string, url: string) =>
    new RegExp(
      `^${glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    ).test(url);
  const covered = (url: string) => CABLE_URL_GLOBS.some((glob) => globMatches(glob, url));

  it('covers every cable address of the known layouts, so each gets the script that carries the view', () => {
    const cables = [
      'https://wikileaks.org/cable/2010/02/10STATE17263.html',
      'http://cablegate.wikileaks.org/cable/2006/01/06SKOPJE105.html#par4',
      'https://wikileaks.ch/cable/2009/03/09ZEMBLA123.htm',
      'https://search.wikileaks.org/plusd/cables/1974ATHENS02959_b.html',
      'https://wikileaks.org/plusd/cables/09ZEMBLA123_a.html?x=1',
      'https://cablegatesearch.net/cable.php?id=09ZEMBLA123',
      'https://www.cablegatesearch.net/cable.php?lang=en&id=09ZEMBLA123',
    ];
    for (const url of cables) {
      expect(isKnownCableUrl(url), url).toBe(true);
      expect(covered(url), url).toBe(true);
    }
  });

  it('leaves the mirrors’ other matched pages to the small script', () => {
    for (const url of [
      'https://wikileaks.org/cable/',
      'https://wikileaks.org/cable/2010/12/',
      'https://www.cablegatesearch.net/cable.php',
      'https://wikileaks.org/plusd/cables/',
    ]) {
      expect(covered(url), url).toBe(false);
    }
  });
});
