// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageCable } from './find';

/** A document that fails any DOM access: proves a page was declined on its URL alone. */
const untouchable = new Proxy({} as Document, {
  get() {
    throw new Error('the DOM was read');
  },
});

const seed = readFileSync(join(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8');

function seedPage(): Document {
  const doc = document.implementation.createHTMLDocument('A mirror');
  const post = doc.createElement('div');
  for (const part of seed.split(/\n{2,}/)) {
    const p = doc.createElement('p');
    p.textContent = part;
    p.setAttribute('style', 'white-space: pre-line');
    post.append(p);
  }
  doc.body.append(post);
  return doc;
}

describe('findPageCable', () => {
  it('declines a known mirror page that is no cable page without reading the DOM', () => {
    expect(findPageCable(untouchable, new URL('https://wikileaks.org/cable/2010/12/'))).toBeNull();
    expect(findPageCable(untouchable, new URL('https://cablegatesearch.net/cable.php?q=moscow'))).toBeNull();
  });

  it('looks for cable-shaped text on any other host, where only an enabled host runs it', () => {
    const found = findPageCable(seedPage(), new URL('https://example.org/cables/astana.html'));
    expect(found?.site).toBe('generic');
    expect(found?.original.length).toBeGreaterThan(0);
  });

  it('leaves an enabled host page without a cable alone', () => {
    const doc = document.implementation.createHTMLDocument('Blog');
    doc.body.textContent = 'A post about gardening, with no cable in it.';
    expect(findPageCable(doc, new URL('https://example.org/garden.html'))).toBeNull();
  });
});
