import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cablegate } from './cablegate';
import { cablegatesearch } from './cablegatesearch';
import { isKnownCableUrl } from './index';
import {
  CABLE_URL_GLOBS,
  layoutsOn,
  MIRROR_HOSTS,
  MIRROR_LAYOUTS,
  MIRROR_MATCHES,
  MIRROR_ORIGINS,
} from './mirrors';
import { plusd } from './plusd';

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

describe('the adapters’ declarations', () => {
  it('accept, by their own URL test, a cable page on every host and path they declare', () => {
    const examples = new Map([
      [cablegate, '/cable/2010/02/10STATE17263.html'],
      [plusd, '/plusd/cables/09ZEMBLA123_a.html'],
      [cablegatesearch, '/cable.php?id=09ZEMBLA123'],
    ]);
    for (const [adapter, path] of examples) {
      for (const host of adapter.mirror?.hosts ?? []) {
        expect(adapter.matches(new URL(`https://${host}${path}`)), `${adapter.name} on ${host}`).toBe(true);
      }
    }
  });

  it('name the layouts each host serves', () => {
    expect(layoutsOn('wikileaks.org')).toEqual(['Cablegate viewer', 'PlusD']);
    expect(layoutsOn('search.wikileaks.org')).toEqual(['PlusD']);
    expect(layoutsOn('example.org')).toEqual([]);
  });
});

describe('the README', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

  it('lists exactly the declared hosts in the permission table', () => {
    const row = readme.split('\n').find((line) => line.startsWith('| host permissions for the'));
    const listed = /\(([^)]*)\)/.exec(row ?? '')?.[1]?.split(/,\s*/) ?? [];
    expect([...listed].sort()).toEqual([...MIRROR_HOSTS].sort());
  });

  it('says where each layout runs, on every host it declares (www variants aside)', () => {
    const section = readme.slice(readme.indexOf('## Where it runs'), readme.indexOf('## Commands'));
    const prose = section.replace(/\s+/g, ' ');
    for (const layout of MIRROR_LAYOUTS) {
      const at = prose.indexOf(layout.label);
      expect(at, layout.label).toBeGreaterThanOrEqual(0);
      const sentence = prose.slice(at, prose.indexOf(')', at) + 1);
      for (const host of layout.hosts.filter((h) => !h.startsWith('www.'))) {
        expect(sentence, `${layout.label} on ${host}`).toContain(host);
      }
    }
  });
});
