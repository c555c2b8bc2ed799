import { describe, expect, it } from 'vitest';
import { escapeHtml, genericDivLayout } from '../../tests/fixtures/layouts';
import { SAMPLE_BODY } from '../../tests/fixtures/sample-cable';
import { loadCable } from './load-cable';
import { parsePage } from './parse-page';

const pre = `<pre>${escapeHtml(SAMPLE_BODY)}</pre>`;
const bodyOf = (doc: Document | null) =>
  Array.from(doc?.documentElement.children ?? []).find((el) => el.localName === 'body');

describe('parsePage', () => {
  it('keeps a whole page as parsed', () => {
    const html = genericDivLayout(SAMPLE_BODY);
    const doc = parsePage(html);
    expect(doc?.documentElement.localName).toBe('html');
    expect(bodyOf(doc)?.querySelector('#content')).not.toBeNull();
  });

  it('gives a fragment or a page without <body> an <html> root and a body holding its content', () => {
    for (const html of [
      `<div id="c">${pre}</div>`,
      `<html><div id="c">${pre}</div></html>`,
      `<title>Cable</title><div id="c">${pre}</div>`,
    ]) {
      const doc = parsePage(html);
      expect(doc?.documentElement.localName, html.slice(0, 30)).toBe('html');
      expect(bodyOf(doc)?.querySelector('#c pre')?.textContent).toBe(SAMPLE_BODY);
    }
  });

  it('is null for content without a single element', () => {
    expect(parsePage('just text')).toBeNull();
    expect(parsePage('<!-- a comment -->')).toBeNull();
  });
});

describe('loadCable on saved fragments', () => {
  it('finds the cable in a page saved without <html> or <body> (was declined as "too little text")', () => {
    for (const html of [`<div id="c">${pre}</div>`, `<html><div id="c">${pre}</div></html>`]) {
      const loaded = loadCable({ name: 'fragment.html', path: '/saved/fragment.html', content: html });
      expect(loaded.ok && loaded.site, html.slice(0, 30)).toBe('generic');
    }
  });
});
